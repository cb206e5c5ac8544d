// Turns a draft typed at the desk (or given to the CLI) into the facts of a received document,
// enforcing the intake lock. Every refusal here happens before anything is written.
import type { ParsedInput } from '../ipc/contract';
import { OfferDeskError } from '../core/errors';
import { checkDefectsAllowed } from '../core/defects';
import { checkSigner } from '../core/signer';
import { formatInZone, parseInstantInput } from '../core/time';
import { isTimely } from '../core/timeliness';
import type { Grant, Instant, OfferSettings, ReceivedDocument, Tender } from '../core/types';

export type DraftInput = ParsedInput<'intake:record'>['draft'];
export type NewDocument = Omit<ReceivedDocument, 'id'>;

export interface IntakeContext {
  settings: OfferSettings;
  expiresAt: Instant;
  now: Instant;
  operator: string;
  grants: Grant[];
}

export interface IntakeDecision {
  document: NewDocument;
  timely: boolean;
  /** The expiration has passed and this timely document is being keyed late. */
  lateKeyingRequired: boolean;
  warnings: string[];
}

function resolveTenders(kind: NewDocument['kind'], requested: Tender[], grants: Grant[], employeeId: string): Tender[] {
  if (kind === 'notice') {
    if (requested.length > 0) {
      throw new OfferDeskError('invalid-input', 'A Notice to Change Election withdraws every tendered option; it cannot name grants to tender.');
    }
    return [];
  }
  if (requested.length === 0) {
    throw new OfferDeskError(
      'invalid-input',
      'An Election Form must say what it tenders: name each grant (a grant not named keeps its options).',
    );
  }
  const byId = new Map(grants.map((g) => [g.grantId, g]));
  const seen = new Set<string>();
  return requested.map((t) => {
    const grant = byId.get(t.grantId);
    if (!grant) {
      throw new OfferDeskError('invalid-input', `Grant ${t.grantId} is not one of ${employeeId}'s eligible grants.`);
    }
    if (seen.has(t.grantId)) throw new OfferDeskError('invalid-input', `Grant ${t.grantId} is named twice on the form.`);
    seen.add(t.grantId);
    if (t.shares > grant.shares) {
      throw new OfferDeskError(
        'invalid-input',
        `Grant ${t.grantId} has ${grant.shares.toLocaleString('en-US')} shares; the form cannot tender ${t.shares.toLocaleString('en-US')}.`,
      );
    }
    return { grantId: t.grantId, shares: t.shares };
  });
}

/**
 * A document received by the expiration but keyed after it counts only with a written reason.
 * The preview asks this as soon as the receipt time is readable, so the window knows to ask for it.
 */
export function needsLateKeyingReason(receivedAt: Instant, expiresAt: Instant, now: Instant): boolean {
  return isTimely(receivedAt, expiresAt) && now > expiresAt;
}

export function decideIntake(draft: DraftInput, ctx: IntakeContext): IntakeDecision {
  const zone = ctx.settings.zone;
  const receivedAt = parseInstantInput(draft.receivedAt, zone);
  if (receivedAt > ctx.now) {
    throw new OfferDeskError(
      'future-receipt',
      `The receipt time ${formatInZone(receivedAt, zone)} is in the future (it is now ${formatInZone(ctx.now, zone)}); a document can only be logged once it has been received.`,
    );
  }
  checkDefectsAllowed(draft.kind, draft.signerCapacity, draft.defects);
  checkSigner(draft.defects, draft.signedBy);
  const tenders = resolveTenders(draft.kind, draft.tenders, ctx.grants, draft.employeeId);

  const timely = isTimely(receivedAt, ctx.expiresAt);
  const expired = ctx.now > ctx.expiresAt;
  const lateKeyingRequired = needsLateKeyingReason(receivedAt, ctx.expiresAt, ctx.now);
  const reason = draft.lateKeyingReason && draft.lateKeyingReason.length > 0 ? draft.lateKeyingReason : null;
  const warnings: string[] = [];
  if (lateKeyingRequired && !reason) {
    throw new OfferDeskError(
      'intake-locked',
      `Intake locked at the expiration ${formatInZone(ctx.expiresAt, zone)}. A document received before then can be keyed now only with a written reason, and it will be flagged.`,
    );
  }
  if (lateKeyingRequired) warnings.push('Keyed after the expiration: this document is flagged with the written reason.');
  if (!timely) {
    warnings.push(`Late: received ${formatInZone(receivedAt, zone)}, after the expiration ${formatInZone(ctx.expiresAt, zone)}. It is logged but has no effect.`);
  }
  if (reason && !lateKeyingRequired) {
    throw new OfferDeskError('invalid-input', 'A late-keying reason is only for a timely document keyed after the expiration; this one needs none.');
  }

  let cureDeadline: Instant | null = null;
  if (draft.cureDeadline) {
    cureDeadline = parseInstantInput(draft.cureDeadline, zone);
    if (cureDeadline < receivedAt) throw new OfferDeskError('invalid-input', 'The cure deadline cannot be before the document was received.');
  }

  const document: NewDocument = {
    employeeId: draft.employeeId,
    kind: draft.kind,
    via: draft.via,
    receivedAt,
    receiptSource: draft.receiptSource ?? (draft.via === 'fax' ? 'fax-header' : 'desk-stamp'),
    keyedAt: ctx.now,
    operator: ctx.operator,
    pages: draft.pages,
    senderFax: draft.senderFax && draft.senderFax.length > 0 ? draft.senderFax : null,
    signedBy: draft.signedBy && draft.signedBy.length > 0 ? draft.signedBy : null,
    signerCapacity: draft.signerCapacity,
    defects: [...new Set(draft.defects)],
    tenders,
    lateKeyingReason: reason,
    keyedAfterExpiration: expired,
    cureDeadline,
  };
  return { document, timely, lateKeyingRequired, warnings };
}
