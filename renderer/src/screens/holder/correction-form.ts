// Correct…: the intake form prefilled with a document's facts as recorded, and what the corrected
// draft changes, in words. Pure; the dialog owns the state and the desk decides.
import { instantInputText } from '../../../../main/core/time';
import type { Grant } from '../../../../main/core/types';
import type { DocumentDraft } from '../../../../main/ipc/contract';
import type { DocumentView } from '../../../../main/ipc/dto';
import { CAPACITY_LABEL, DEFECT_LABEL, KIND_SHORT, SOURCE_LABEL, VIA_LABEL } from '../../format/labels';
import { formatShares } from '../../format/numbers';
import type { IntakeForm } from '../intake/draft';

/**
 * The form as the document was recorded. Every grant of the holder is listed (0 where the form
 * tendered none), because on the intake form a grant left out means "the whole grant".
 */
export function formFromDocument(doc: DocumentView, zone: string, grants: readonly Grant[]): IntakeForm {
  const shares = new Map(doc.tenders.map((t) => [t.grantId, t.shares]));
  return {
    employeeId: doc.employeeId,
    kind: doc.kind,
    via: doc.via,
    receivedAt: instantInputText(doc.receivedAt, zone),
    // The recorded time is what the field shows: a hand delivery's stamp must not start ticking.
    receivedAtEdited: true,
    receiptSource: doc.receiptSource,
    pages: doc.pages ?? '',
    senderFax: doc.senderFax ?? '',
    signedBy: doc.signedBy ?? '',
    signerCapacity: doc.signerCapacity,
    defects: doc.assessment.defects.map((d) => d.defect),
    everyGrantInFull: false,
    tenders: Object.fromEntries(grants.map((g) => [g.grantId, shares.get(g.grantId) ?? 0])),
    // Paper from someone not on the roster, and lines naming grants that are not the holder's, as written.
    notOnRosterName: doc.nameAsWritten,
    writtenLines: doc.tenders.filter((t) => !grants.some((g) => g.grantId === t.grantId)).map((t) => ({ grantId: t.grantId, shares: t.shares })),
    files: [],
    lateKeyingReason: '',
  };
}

const tendersText = (d: DocumentDraft) =>
  d.kind === 'notice' ? '—' : (d.tenders ?? []).map((t) => `${t.grantId} ${formatShares(t.shares)}`).join(' · ') || 'nothing';
const defectsText = (d: DocumentDraft) => ((d.defects ?? []).length === 0 ? 'none' : (d.defects ?? []).map((k) => DEFECT_LABEL[k]).join('; '));

/** "Tenders: A 1,000 · B 0 → A 0 · B 500", one line per fact that differs. */
export function draftChanges(original: DocumentDraft, corrected: DocumentDraft, receivedText: (d: DocumentDraft) => string): string[] {
  const facts: [string, (d: DocumentDraft) => string][] = [
    ['Holder', (d) => d.employeeId],
    ['Document', (d) => KIND_SHORT[d.kind]],
    ['Delivery', (d) => VIA_LABEL[d.via]],
    ['Received', receivedText],
    ['Receipt time from', (d) => (d.receiptSource ? SOURCE_LABEL[d.receiptSource] : '—')],
    ['Pages', (d) => (d.pages === null || d.pages === undefined ? '?' : String(d.pages))],
    ['Sender fax', (d) => d.senderFax ?? '—'],
    ['Signed by', (d) => d.signedBy ?? '—'],
    ['Signer', (d) => (d.signerCapacity ? CAPACITY_LABEL[d.signerCapacity] : '—')],
    ['Defects', defectsText],
    ['Tenders', tendersText],
  ];
  return facts.flatMap(([label, show]) => (show(original) === show(corrected) ? [] : [`${label}: ${show(original)} → ${show(corrected)}`]));
}
