// Turns a draft typed at the desk (or given to the CLI) into the facts of a received document,
// enforcing the intake lock. Every refusal here happens before anything is written.
import { OfferDeskError } from '../core/errors';
import { checkDefectsAllowed } from '../core/defects';
import { commencementInstant } from '../core/schedule';
import { checkSigner } from '../core/signer';
import { formatInZone, parseInstantInput } from '../core/time';
import { isTimely } from '../core/timeliness';
import type { DefectKind, DeliveryVia, DocumentKind, Grant, Holder, Instant, OfferSettings, ReceiptSource, ReceivedDocument, SignerCapacity, Tender } from '../core/types';
import type { Snapshot } from './snapshot';

/**
 * A document as typed at the desk (the contract's `documentDraft`, already parsed: text trimmed and
 * checked, defaults filled). Times are still text: read here, in the offer's zone, by core.
 */
export interface DraftInput {
  employeeId: string;
  kind: DocumentKind;
  via: DeliveryVia;
  receivedAt: string;
  /** Defaults from `via`: a fax's header time, a hand delivery's desk stamp. */
  receiptSource?: ReceiptSource | undefined;
  pages: number | null;
  senderFax: string | null;
  signedBy: string | null;
  signerCapacity: SignerCapacity;
  defects: readonly DefectKind[];
  tenders: readonly Tender[];
  /** The document's note; the written reason when a timely document is keyed after the expiration. */
  lateKeyingReason: string | null;
  cureDeadline: string | null;
  /** Paper from someone not on the roster: the sender's name as written. */
  notOnRosterName: string | null;
}
export type NewDocument = Omit<ReceivedDocument, 'id' | 'corrects' | 'voided'>;

/** An unknown employee id is refused as a likely typo; the refusal says how to log the paper anyway. */
export function notOnRosterError(employeeId: string): OfferDeskError {
  return new OfferDeskError(
    'not-found',
    `No holder with employee id ${employeeId} is on the eligibility roster. Check the id; if the paper really comes from ` +
      `someone not on the roster, log it as such with the name as written (CLI: --not-on-roster "NAME"; API: draft.notOnRosterName). ` +
      'It is kept on record and changes no one\'s election.',
  );
}

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

/**
 * An Election Form may tender nothing at all (no line, or every line 0): it is still a new Election
 * Form and replaces everything before it. `foreignAllowed`: the form was deliberately logged as
 * naming a grant that is not the holder's (or comes from someone not on the roster): such lines
 * are kept exactly as written.
 */
/**
 * Who sent the paper: a holder on the roster, or (logged deliberately) someone who is not, known
 * by the name and employee id as written (no address, no ID number).
 */
export function senderOf(snap: Snapshot, draft: Pick<DraftInput, 'employeeId' | 'notOnRosterName'>): Holder {
  const onRoster = snap.holderById.get(draft.employeeId);
  if (draft.notOnRosterName === null) {
    if (!onRoster) throw notOnRosterError(draft.employeeId);
    return onRoster;
  }
  if (onRoster) {
    throw new OfferDeskError(
      'conflict',
      `${draft.employeeId} is on the roster (${onRoster.name}): log the paper as theirs, not as paper from someone not on the roster.`,
    );
  }
  return { employeeId: draft.employeeId, name: draft.notOnRosterName, email: '', address: '', idLast4: '' };
}

function resolveTenders(kind: NewDocument['kind'], requested: readonly Tender[], grants: Grant[], employeeId: string, foreignAllowed: boolean): Tender[] {
  if (kind === 'notice') {
    if (requested.length > 0) {
      throw new OfferDeskError('invalid-input', 'A Notice to Change Election withdraws every tendered option; it cannot name grants to tender.');
    }
    return [];
  }
  const byId = new Map(grants.map((g) => [g.grantId, g]));
  const seen = new Set<string>();
  return requested.map((t) => {
    if (seen.has(t.grantId)) throw new OfferDeskError('invalid-input', `Grant ${t.grantId} is named twice on the form.`);
    seen.add(t.grantId);
    const grant = byId.get(t.grantId);
    if (!grant && foreignAllowed) return { grantId: t.grantId, shares: t.shares };
    if (!grant) {
      throw new OfferDeskError(
        'invalid-input',
        `Grant ${t.grantId} is not one of ${employeeId}'s eligible grants. Check the grant id; if the form really names it, ` +
          'log the form as written with the defect grant-not-eligible (CLI: --defect grant-not-eligible with GRANT:SHARES; API: defects ["grant-not-eligible"]). It will have no effect.',
      );
    }
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
  // Paper dated before the offer existed is a mis-keyed year or a stray document, never an answer.
  const commenced = commencementInstant(ctx.settings.commencedOn, zone);
  if (receivedAt < commenced) {
    throw new OfferDeskError(
      'invalid-input',
      `The offer commenced ${formatInZone(commenced, zone)}; a document received ${formatInZone(receivedAt, zone)} cannot be an answer to it. Check the date on the paper.`,
    );
  }
  checkDefectsAllowed(draft.kind, draft.signerCapacity, draft.defects);
  checkSigner(draft.defects, draft.signedBy);
  const notOnRoster = draft.notOnRosterName !== null;
  if (draft.defects.includes('not-on-roster') && !notOnRoster) {
    throw new OfferDeskError('invalid-input', 'Paper from someone not on the roster is logged with the name as written (CLI: --not-on-roster "NAME"; API: draft.notOnRosterName).');
  }
  const foreignLogged = draft.defects.includes('grant-not-eligible');
  const tenders = resolveTenders(draft.kind, draft.tenders, ctx.grants, draft.employeeId, notOnRoster || foreignLogged);
  if (foreignLogged && !notOnRoster && tenders.every((t) => ctx.grants.some((g) => g.grantId === t.grantId))) {
    throw new OfferDeskError('invalid-input', `The form names no grant that is not ${draft.employeeId}'s, so it is not logged with the defect grant-not-eligible.`);
  }
  const defects = notOnRoster ? ['not-on-roster' as const, ...draft.defects.filter((d) => d !== 'not-on-roster')] : [...new Set(draft.defects)];

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
  // Any other document may carry the same field as a plain note: replaying a paper log after the
  // fact must be able to say why (e.g. a late Notice keyed from the day's log).

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
    defects,
    tenders,
    nameAsWritten: draft.notOnRosterName,
    lateKeyingReason: reason,
    keyedAfterExpiration: expired,
    cureDeadline,
  };
  return { document, timely, lateKeyingRequired, warnings };
}
