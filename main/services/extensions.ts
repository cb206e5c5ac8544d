// Extensions of the offer: recording one (also after the fact, with a written reason), previewing
// which documents change standing, and voiding the newest one recorded by mistake (the expiration
// reverts). The rules of the schedule are core's (schedule.ts); this is the desk's side.
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../core/business-days';
import { isOfferDeskError, OfferDeskError } from '../core/errors';
import { currentExpiration, extensionAnnouncementDeadline, newestExtension } from '../core/schedule';
import { formatInZone, parseInstantInput } from '../core/time';
import type { Extension, Instant } from '../core/types';
import type { ExtensionPreview, ExtensionResult, ExtensionVoidPreview, ExtensionVoidResult, StandingChange } from './correction-types';
import type { DeskParts } from './desk-parts';
import { judgeAs, type Snapshot } from './snapshot';
import { standingChanges } from './standing-changes';

export interface ExtensionInput {
  to: string;
  reason: string;
  /** When it was decided (default: when keyed). */
  decidedAt?: string | null | undefined;
  /** When it was announced (default: when decided); the 9:00 a.m. rule judges this time. */
  announcedAt?: string | null | undefined;
  /** Required when the new expiration has already passed ("recorded after the fact"). */
  afterTheFactReason?: string | null | undefined;
}

/**
 * Documents whose standing can change when the expiration moves between `a` and `b`: those of
 * holders with paper received, or a cure received, after the earlier of the two (the expiration is
 * also the default cure deadline). Everyone else is judged exactly as before.
 */
export function expirationChanges(parts: DeskParts, snap: Snapshot, to: Instant): StandingChange[] {
  const since = to < snap.expiresAt ? to : snap.expiresAt;
  const holders: string[] = [];
  for (const [employeeId, docs] of snap.documentsByHolder) {
    const touched = docs.some((d) => d.receivedAt > since || (snap.curesByDocument.get(d.id) ?? []).some((c) => c.curedAt > since));
    if (touched) holders.push(employeeId);
  }
  return standingChanges(parts.ledger, snap, holders, (id) => judgeAs(snap, id, { expiresAt: to }));
}

function optionalTime(text: string | null | undefined, zone: string): Instant | null {
  return text === null || text === undefined || text.trim() === '' ? null : parseInstantInput(text, zone);
}

/** `recording`: the write itself (a preview may be asked before the reason is typed). */
function plan(parts: DeskParts, snap: Snapshot, input: ExtensionInput, recording: boolean): ExtensionPreview {
  const at = parts.now();
  const zone = snap.settings.zone;
  const say = (i: Instant) => formatInZone(i, zone);
  const to = parseInstantInput(input.to, zone);
  if (to <= snap.expiresAt) {
    throw new OfferDeskError('invalid-input', `An extension must move the expiration later than ${say(snap.expiresAt)}; ${say(to)} is not later.`);
  }
  // Every screen shows the announcement limit of the expiration in force (9:00 a.m. on the business
  // day after it). An expiration past the business-day calendar would leave the desk unable to show
  // the offer at all (and settings:update to fail after writing), so it is refused before anything is.
  try {
    extensionAnnouncementDeadline(to, zone);
  } catch (e) {
    if (!isOfferDeskError(e)) throw e;
    throw new OfferDeskError(
      'invalid-input',
      `An extension to ${say(to)} is beyond the business-day calendar Offer Desk knows (federal holidays of ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}), so the offer's schedule could not be worked out; check the new expiration.`,
    );
  }
  const decidedAt = optionalTime(input.decidedAt, zone) ?? at;
  const announcedAt = optionalTime(input.announcedAt, zone) ?? decidedAt;
  if (decidedAt > at) throw new OfferDeskError('invalid-input', `The decision time ${say(decidedAt)} is in the future (it is now ${say(at)}).`);
  if (announcedAt > at) throw new OfferDeskError('invalid-input', `The announcement time ${say(announcedAt)} is in the future (it is now ${say(at)}).`);
  if (announcedAt < decidedAt) {
    throw new OfferDeskError('invalid-input', `The extension cannot be announced (${say(announcedAt)}) before it was decided (${say(decidedAt)}).`);
  }
  const newest = newestExtension(parts.ledger.extensions());
  if (newest && decidedAt < newest.decidedAt) {
    throw new OfferDeskError(
      'invalid-input',
      `Extension ${newest.id} was decided ${say(newest.decidedAt)}; a further extension cannot have been decided before it (${say(decidedAt)}).`,
    );
  }
  const recordedAfterTheFact = to <= at;
  const lateReason = input.afterTheFactReason?.trim() ? input.afterTheFactReason : null;
  if (recording && recordedAfterTheFact && lateReason === null) {
    throw new OfferDeskError(
      'invalid-input',
      `The new expiration ${say(to)} has already passed (it is now ${say(at)}). An extension is recorded after the fact only with a written reason ` +
        '(CLI: --late-reason TEXT; API: afterTheFactReason), and it is flagged.',
    );
  }
  if (!recordedAfterTheFact && lateReason !== null) {
    throw new OfferDeskError('invalid-input', 'A reason for recording after the fact is only for an extension whose new expiration has already passed; this one needs none.');
  }
  const limit = extensionAnnouncementDeadline(snap.expiresAt, zone);
  const announcedLate = announcedAt > limit;
  const warnings: string[] = [];
  if (announcedLate) {
    warnings.push(`Announced ${say(announcedAt)}, after the announcement limit ${say(limit)} (9:00 a.m. ET on the business day after the expiration it extends).`);
  }
  if (recordedAfterTheFact) {
    warnings.push(`Recorded after the fact: the new expiration ${say(to)} has already passed; it needs a written reason and is flagged.`);
  }
  return {
    fromExpiresAt: snap.expiresAt,
    fromText: say(snap.expiresAt),
    toExpiresAt: to,
    toText: say(to),
    decidedAt,
    announcedAt,
    recordedAfterTheFact,
    announcedLate,
    warnings,
    affected: expirationChanges(parts, snap, to),
  };
}

export function previewExtension(parts: DeskParts, input: ExtensionInput): ExtensionPreview {
  return plan(parts, parts.snapshot(), input, false);
}

export function recordExtension(parts: DeskParts, input: ExtensionInput): ExtensionResult {
  return parts.write((snap) => {
    const p = plan(parts, snap, input, true);
    const extension = parts.ledger.addExtension(
      {
        fromExpiresAt: p.fromExpiresAt,
        toExpiresAt: p.toExpiresAt,
        decidedAt: p.decidedAt,
        announcedAt: p.announcedAt,
        reason: input.reason,
        announcedLate: p.announcedLate,
        afterTheFactReason: p.recordedAfterTheFact ? (input.afterTheFactReason ?? null) : null,
      },
      { at: parts.now(), operator: parts.operator() },
    );
    const warning = p.warnings.length === 0 ? null : p.warnings.join(' ');
    return { value: { extension, warning, affected: p.affected }, holders: null };
  });
}

function voidPlan(parts: DeskParts, snap: Snapshot, extensionId: number): ExtensionVoidPreview {
  const all = parts.ledger.extensions();
  const target = all.find((e) => e.id === extensionId);
  if (!target) throw new OfferDeskError('not-found', `There is no extension ${extensionId}.`);
  if (target.voided) throw new OfferDeskError('conflict', `Extension ${extensionId} is already void (${target.voided.reason}).`);
  const newest = newestExtension(all);
  if (newest && newest.id !== target.id) {
    throw new OfferDeskError(
      'invalid-input',
      `Extension ${extensionId} is not the extension in force (extension ${newest.id} is, to ${formatInZone(newest.toExpiresAt, snap.settings.zone)}); ` +
        'only the newest unvoided extension can be voided, so the expiration reverts step by step. Void the later one first.',
    );
  }
  const without: Extension[] = all.map((e) => (e.id === target.id ? { ...e, voided: { reason: '-', voidedAt: parts.now(), operator: '-' } } : e));
  const reverted = currentExpiration(snap.settings, without);
  const zone = snap.settings.zone;
  return {
    extension: target,
    fromExpiresAt: snap.expiresAt,
    fromText: formatInZone(snap.expiresAt, zone),
    toExpiresAt: reverted,
    toText: formatInZone(reverted, zone),
    affected: expirationChanges(parts, snap, reverted),
  };
}

export function previewExtensionVoid(parts: DeskParts, extensionId: number): ExtensionVoidPreview {
  return voidPlan(parts, parts.snapshot(), extensionId);
}

export function voidExtension(parts: DeskParts, extensionId: number, reason: string): ExtensionVoidResult {
  return parts.write((snap) => {
    const p = voidPlan(parts, snap, extensionId);
    const extension = parts.ledger.voidExtension({ id: extensionId, reason }, { at: parts.now(), operator: parts.operator() });
    return {
      value: { extension, expiresAt: p.toExpiresAt, expiresAtText: p.toText, affected: p.affected },
      holders: null,
    };
  });
}
