// Intake at the desk: the form previewed as it is typed (every reason it cannot be saved yet, or
// what saving would do), and the document recorded with its scans in one transaction.
import { OfferDeskError } from '../core/errors';
import { confirmationDueDate } from '../core/business-days';
import { formatInZone, readInstantInput } from '../core/time';
import { signerProblem } from '../core/signer';
import type { HolderElection, ReceivedDocument } from '../core/types';
import { decodeAttachment, type AttachmentUpload } from './attachment-upload';
import { describeChanges } from './changes';
import { NO_OPERATOR, UNNAMED_OPERATOR, type DeskParts, type DeskReader } from './desk-parts';
import { decideIntake, needsLateKeyingReason, senderOf, type DraftInput, type IntakeDecision } from './intake';
import { draftFromFax, refuseFaxRecordSource } from './fax-filing';
import type { IntakeOutcome, IntakePreview, IntakeResult } from './intake-types';
import { electionOf, electionOrEmpty, judge, type Snapshot } from './snapshot';
import { toDocumentView } from './views';

/** Judges a hypothetical document under an id no real document can have. */
const PREVIEW_DOCUMENT_ID = Number.MAX_SAFE_INTEGER;

function decide(desk: DeskReader, snap: Snapshot, typed: DraftInput, operator: string, faxId: number | null) {
  // A fax from the inbox gives the receipt time and its source; anything typed is checked against it.
  const fromFax = faxId === null ? null : draftFromFax(desk, snap, faxId, typed);
  if (fromFax === null) refuseFaxRecordSource(typed);
  const draft = fromFax?.draft ?? typed;
  const holder = senderOf(snap, draft);
  const grants = snap.grantsByHolder.get(holder.employeeId) ?? [];
  const decided = decideIntake(draft, { settings: snap.settings, expiresAt: snap.expiresAt, now: desk.now(), operator, grants });
  const decision = fromFax === null ? decided : { ...decided, warnings: [...fromFax.warnings, ...decided.warnings] };
  const before = electionOrEmpty(snap, holder.employeeId);
  return { holder, grants, decision, before, filing: fromFax?.filing ?? null };
}

function outcome(snap: Snapshot, holder: Snapshot['holders'][number], decision: IntakeDecision, before: HolderElection, after: HolderElection, documentId: number): IntakeOutcome {
  const zone = snap.settings.zone;
  return {
    holder,
    receivedAt: decision.document.receivedAt,
    receivedAtText: formatInZone(decision.document.receivedAt, zone),
    timely: decision.timely,
    lateKeyingRequired: decision.lateKeyingRequired,
    confirmationDue: confirmationDueDate(decision.document.receivedAt, zone),
    before,
    after,
    changes: describeChanges(before, after, documentId),
    warnings: decision.warnings,
  };
}

/**
 * The intake form as it stands (holder, receipt time or a name as written may still be empty),
 * answered with every reason it cannot be saved yet, in the words `intake:record` would refuse it
 * with, or, when nothing blocks, what saving would do. The window shows this answer; it never
 * decides on its own what the desk will accept.
 */
export function previewIntake(desk: DeskReader, form: DraftInput, faxId: number | null = null): IntakePreview {
  const snap = desk.snapshot();
  const operator = desk.operatorOrNull();
  const blocking: string[] = [];
  let lateKeyingRequired = false;
  // The facts the desk needs before it can judge anything, each reported on its own, so the
  // operator sees everything missing at once.
  if (form.notOnRosterName !== null) {
    // Paper from someone not on the roster, logged deliberately: known by what the paper says.
    if (form.notOnRosterName === '') blocking.push("Type the sender's name as written on the paper.");
    if (form.employeeId === '') blocking.push('Type the employee id as written on the paper.');
  } else if (form.employeeId === '') blocking.push('Choose the holder.');
  else if (!snap.holderById.has(form.employeeId)) blocking.push(`No holder with employee id ${form.employeeId} is on the eligibility roster.`);
  if (form.receivedAt === '') {
    blocking.push(form.via === 'fax' ? 'Type the receipt time from the fax header.' : 'Enter when the document was received.');
  } else {
    const reading = readInstantInput(form.receivedAt, snap.settings.zone);
    if (reading.ok) lateKeyingRequired = needsLateKeyingReason(reading.instant, snap.expiresAt, desk.now());
    else blocking.push(`The receipt time is unreadable: ${reading.message}`);
  }
  if (operator === null) blocking.push(NO_OPERATOR);
  const signer = signerProblem(form.defects, form.signedBy);
  if (signer !== null) blocking.push(signer);
  if (blocking.length > 0) return { blocking, lateKeyingRequired, outcome: null };

  // Everything else is exactly what recording would decide, refusal for refusal.
  try {
    const { holder, grants, decision, before } = decide(desk, snap, form, operator ?? UNNAMED_OPERATOR, faxId);
    const hypothetical: ReceivedDocument = { ...decision.document, id: PREVIEW_DOCUMENT_ID };
    const existing = snap.documentsByHolder.get(holder.employeeId) ?? [];
    const after = judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, grants, [...existing, hypothetical]);
    return { blocking: [], lateKeyingRequired: decision.lateKeyingRequired, outcome: outcome(snap, holder, decision, before, after, PREVIEW_DOCUMENT_ID) };
  } catch (e: unknown) {
    if (e instanceof OfferDeskError) return { blocking: [e.message, ...e.details], lateKeyingRequired, outcome: null };
    throw e;
  }
}

/**
 * Records the document with its scans in one transaction. Filed from a fax (`faxId`), the fax's
 * bytes are attached to the document and the fax is marked filed as it, in the same transaction.
 */
export function recordIntake(desk: DeskParts, draft: DraftInput, attachments: readonly AttachmentUpload[] = [], faxId: number | null = null): IntakeResult {
  const decoded = attachments.map((a) => ({ fileName: a.fileName, mediaType: a.mediaType, bytes: decodeAttachment(a) }));
  const ctx = { at: desk.now(), operator: desk.operator() };
  const { document, made } = desk.write((snap) => {
    const made = decide(desk, snap, draft, ctx.operator, faxId);
    const saved = desk.ledger.addDocument(made.decision.document, ctx);
    for (const a of decoded) desk.ledger.addAttachment(saved.id, a, ctx);
    if (made.filing !== null) {
      const { fax, receiptOverridden } = made.filing;
      const bytes = desk.ledger.faxBytes(fax.id);
      if (bytes === null) throw new OfferDeskError('not-found', `There is no fax ${fax.id} in the ledger.`);
      desk.ledger.addAttachment(saved.id, { fileName: fax.fileName, mediaType: fax.mediaType, bytes }, ctx);
      desk.ledger.fileFax(fax.id, saved.id, receiptOverridden, ctx);
    }
    return { value: { document: saved, made }, holders: [saved.employeeId] };
  });
  const snap = desk.snapshot();
  const after = electionOf(snap, document.employeeId);
  return {
    ...outcome(snap, made.holder, made.decision, made.before, after, document.id),
    document: toDocumentView(document, after, snap.settings.zone, desk.ledger.attachments(document.id)),
  };
}
