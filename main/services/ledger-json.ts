// `export --json`: the record of the offer in one JSON file a reviewer (auditor, counsel, the next
// system) can read without Offer Desk: the offer's settings and terms, the close, the holders (ID
// numbers masked as on screen), every document as keyed with how it stands now, cures, waivers,
// extensions, the elections grant by grant, the letters (what was sent and the SHA-256 of each
// PDF, not the PDFs), printings, sent marks and the whole audit trail with its hashes, so the
// export can be checked against the ledger's chain. Nothing here is an ID number: the ledger keeps
// those sealed, and its audit trail records only a digest of them.
import { maskedId } from '../core/masked-id';
import type { DeskReader } from './desk-parts';
import { electionRows } from './records';
import { electionOrEmpty } from './snapshot';
import { assessmentOf } from './views';

/** Bumped when a field changes meaning, so a reader of an old export knows. */
export const LEDGER_JSON_FORMAT = 1;

export function ledgerJson(reader: DeskReader): string {
  const { ledger } = reader;
  const snap = reader.snapshot();
  const info = ledger.info();
  const documents = ledger.documents().map((d) => ({
    ...d,
    assessment: assessmentOf(electionOrEmpty(snap, d.employeeId), d.id),
    attachments: ledger.attachments(d.id),
  }));
  const letters = ledger.letters().map((l) => ({
    id: l.id,
    documentId: l.documentId,
    employeeId: l.employeeId,
    kind: l.kind,
    letterDate: l.letterDate,
    pages: l.pages,
    pdfSha256: l.pdfSha256,
    producedAt: l.producedAt,
    operator: l.operator,
  }));
  const record = {
    format: LEDGER_JSON_FORMAT,
    exportedAt: reader.now(),
    ledger: { ledgerId: info.ledgerId, format: info.format, createdAt: info.createdAt, createdBy: info.createdBy, auditHead: ledger.auditHead() },
    offer: { settings: snap.settings, expiresAt: snap.expiresAt, exchangeTerms: ledger.exchangeTerms(), closing: ledger.closing() },
    holders: snap.holders.map((h) => ({ employeeId: h.employeeId, name: h.name, email: h.email, address: h.address, idNumber: maskedId(h.idLast4) })),
    documents,
    cures: ledger.cures(),
    waivers: ledger.waivers(),
    extensions: ledger.extensions(),
    elections: electionRows(reader),
    letters,
    printRuns: ledger.printRuns(),
    sentMarks: ledger.sentMarks(),
    auditEvents: ledger.auditEvents(),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
