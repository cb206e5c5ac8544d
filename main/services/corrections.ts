// Corrections that keep the original: a document keyed by mistake is voided with a written reason
// (it stays on record and counts for nothing), or corrected: voided and replaced by the corrected
// document in one transaction, the two linked both ways. The holder (or both holders, when the
// mistake was the employee id) is re-judged; only those holders, so the rest of the snapshot stays.
import { OfferDeskError } from '../core/errors';
import type { HolderElection, ReceivedDocument } from '../core/types';
import type { CorrectionResult, DocumentVoidPreview, DocumentVoidResult } from './correction-types';
import type { HolderDetail } from './holder-types';
import { describeChanges } from './changes';
import type { DeskParts } from './desk-parts';
import { holderDetail } from './holders';
import { decideIntake, senderOf, type DraftInput } from './intake';
import { electionOrEmpty, judge, type Snapshot } from './snapshot';
import { standingChanges } from './standing-changes';
import { toDocumentView } from './views';

function unvoided(parts: DeskParts, documentId: number): ReceivedDocument {
  const doc = parts.ledger.document(documentId);
  if (!doc) throw new OfferDeskError('not-found', `There is no document ${documentId}.`);
  if (doc.voided) {
    const by = doc.voided.replacedBy ? `; it is corrected by document ${doc.voided.replacedBy}` : '';
    throw new OfferDeskError('conflict', `Document ${documentId} is already void (${doc.voided.reason})${by}.`);
  }
  return doc;
}

/** The holder's paper judged as if `documentId` were void. */
function withoutDocument(parts: DeskParts, snap: Snapshot, doc: ReceivedDocument): HolderElection {
  const docs = (snap.documentsByHolder.get(doc.employeeId) ?? []).map((d) =>
    d.id === doc.id ? { ...d, voided: { reason: '-', voidedAt: parts.now(), operator: parts.operator(), replacedBy: null } } : d,
  );
  return judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, snap.grantsByHolder.get(doc.employeeId) ?? [], docs);
}

function voidPlan(parts: DeskParts, snap: Snapshot, documentId: number): DocumentVoidPreview {
  const doc = unvoided(parts, documentId);
  const before = electionOrEmpty(snap, doc.employeeId);
  const after = withoutDocument(parts, snap, doc);
  return {
    document: toDocumentView(doc, before, snap.settings.zone, parts.ledger.attachments(doc.id), parts.ledger.faxOfDocument(doc.id)),
    before,
    after,
    changes: describeChanges(before, after, doc.id),
    affected: standingChanges(parts.ledger, snap, [doc.employeeId], () => after),
  };
}

export function previewDocumentVoid(parts: DeskParts, documentId: number): DocumentVoidPreview {
  return voidPlan(parts, parts.snapshot(), documentId);
}

function detailOrNull(parts: DeskParts, employeeId: string): HolderDetail | null {
  return parts.snapshot().holderById.has(employeeId) ? holderDetail(parts, employeeId) : null;
}

function viewOf(parts: DeskParts, documentId: number) {
  const snap = parts.snapshot();
  const doc = parts.ledger.document(documentId) as ReceivedDocument;
  return toDocumentView(doc, electionOrEmpty(snap, doc.employeeId), snap.settings.zone, parts.ledger.attachments(doc.id), parts.ledger.faxOfDocument(doc.id));
}

export function voidDocument(parts: DeskParts, documentId: number, reason: string): DocumentVoidResult {
  const { affected, employeeId } = parts.write((snap) => {
    const p = voidPlan(parts, snap, documentId);
    parts.ledger.voidDocument({ id: documentId, reason }, { at: parts.now(), operator: parts.operator() });
    return { value: { affected: p.affected, employeeId: p.document.employeeId }, holders: [p.document.employeeId] };
  });
  return { voided: viewOf(parts, documentId), detail: detailOrNull(parts, employeeId), affected };
}

/**
 * Void document A and record the corrected document B in one transaction. B's note defaults to
 * "Corrects document #A: <reason>", which is also the written reason a timely document keyed after
 * the expiration needs.
 */
export function correctDocument(parts: DeskParts, documentId: number, reason: string, draft: DraftInput): CorrectionResult {
  const ctx = { at: parts.now(), operator: parts.operator() };
  const out = parts.write((snap) => {
    const original = unvoided(parts, documentId);
    const note = draft.lateKeyingReason?.trim() ? draft.lateKeyingReason : `Corrects document #${documentId}: ${reason}`;
    const holder = senderOf(snap, draft);
    const decision = decideIntake(
      { ...draft, lateKeyingReason: note },
      { settings: snap.settings, expiresAt: snap.expiresAt, now: ctx.at, operator: ctx.operator, grants: snap.grantsByHolder.get(holder.employeeId) ?? [] },
    );
    const holders = [...new Set([original.employeeId, holder.employeeId])];
    const before = new Map(holders.map((id) => [id, electionOrEmpty(snap, id)]));
    const [, corrected] = parts.ledger.correctDocument({ id: documentId, reason }, decision.document, ctx);
    return { value: { before, corrected, holders, warnings: decision.warnings, original }, holders };
  });
  const snap = parts.snapshot();
  const after = (id: string) => electionOrEmpty(snap, id);
  const before = (id: string) => out.before.get(id) ?? after(id);
  return {
    voided: viewOf(parts, documentId),
    corrected: viewOf(parts, out.corrected.id),
    detail: detailOrNull(parts, out.corrected.employeeId),
    changes: describeChanges(before(out.corrected.employeeId), after(out.corrected.employeeId), out.corrected.id),
    warnings: out.warnings,
    affected: standingChanges(parts.ledger, snap, out.holders, after, before),
  };
}
