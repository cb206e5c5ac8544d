// The confirmations queue: "Alpha will send a confirmation within five business days of receipt".
// Every document received, its due date (core's rule: five business days, Eastern time, federal
// holidays skipped), and whether its confirmation went out. Pure: the snapshot, the letters and
// sent marks and today's date come in, rows go out.
import type { CalendarDate, Instant } from '../core/types';
import type { ConfirmationFilter, ConfirmationRow, ConfirmationStatus, LetterRecord, SentMarkView } from './letter-types';
import type { LetterRecord as StoredLetter, SentMark } from '../ledger/ledger';
import { whyNoLongerFits } from '../core/corrections';
import { inErrorByDocument } from './correction-letters';
import { dueDateOf, receivedAtTextOf } from './document-dates';
import { defaultLetterKind, letterRefusal } from './letter-inputs';
import type { Snapshot } from './snapshot';
import { assessmentOf } from './views';

/**
 * A letter on record in error outranks everything (the flag must be seen); a void document with
 * nothing in error is owed nothing; otherwise the confirmation's own state.
 */
export function statusOf(due: CalendarDate, today: CalendarDate, sent: boolean, correctionDue = false, voided = false): ConfirmationStatus {
  if (correctionDue) return 'correction-due';
  if (voided) return 'void';
  if (sent) return 'sent';
  if (due < today) return 'overdue';
  return due === today ? 'due-today' : 'upcoming';
}

export function matchesFilter(status: ConfirmationStatus, filter: ConfirmationFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unsent':
      return status !== 'sent' && status !== 'void';
    default:
      return status === filter;
  }
}

/** A stored letter as the screens see it: without its input, with the holder's name. */
export function toLetterRecord(letter: StoredLetter, snap: Snapshot): LetterRecord {
  return {
    id: letter.id,
    documentId: letter.documentId,
    employeeId: letter.employeeId,
    name: snap.holderById.get(letter.employeeId)?.name ?? letter.employeeId,
    kind: letter.kind,
    letterDate: letter.letterDate,
    pages: letter.pages,
    pdfSha256: letter.pdfSha256,
    producedAt: letter.producedAt,
    operator: letter.operator,
  };
}

export function toSentMarkView(mark: SentMark): SentMarkView {
  return { ...mark };
}

/** Every document with its confirmation's due date and status, by due date then receipt. */
export function confirmationRows(
  snap: Snapshot,
  letters: readonly StoredLetter[],
  marks: readonly SentMark[],
  today: CalendarDate,
  now: Instant,
): ConfirmationRow[] {
  const zone = snap.settings.zone;
  const lettersByDocument = new Map<number, LetterRecord[]>();
  for (const letter of letters) {
    const list = lettersByDocument.get(letter.documentId) ?? [];
    list.push(toLetterRecord(letter, snap));
    lettersByDocument.set(letter.documentId, list);
  }
  const sentByDocument = new Map(marks.map((m) => [m.documentId, m]));
  const standing = new Map([...snap.elections.values()].flatMap((e) => e.documents.map((a) => [a.documentId, a.standing] as const)));
  const inError = inErrorByDocument(letters, (id) => standing.get(id));
  const rows: ConfirmationRow[] = [];
  // Every sender with paper on the desk: the roster's holders, and anyone not on the roster whose
  // paper was logged deliberately (it is answered by an irregularity notice, see letter-inputs.ts).
  for (const [employeeId, docs] of snap.documentsByHolder) {
    const election = snap.elections.get(employeeId);
    if (election === undefined) continue;
    const holder = snap.holderById.get(employeeId) ?? { employeeId, name: docs.find((d) => d.nameAsWritten)?.nameAsWritten ?? employeeId };
    for (const doc of docs) {
      const wrong = inError.get(doc.id) ?? [];
      const documentLetters = lettersByDocument.get(doc.id) ?? [];
      // A void document is owed no confirmation: it shows only while letters about it are on
      // record, flagged "correction due" until a correction letter settles them.
      if (doc.voided && documentLetters.length === 0) continue;
      const assessment = assessmentOf(election, doc.id);
      const due = dueDateOf(doc, zone);
      const sent = sentByDocument.get(doc.id);
      rows.push({
        documentId: doc.id,
        employeeId: holder.employeeId,
        name: holder.name,
        documentKind: doc.kind,
        via: doc.via,
        receivedAt: doc.receivedAt,
        receivedAtText: receivedAtTextOf(doc, zone),
        standing: assessment.standing,
        due,
        status: statusOf(due, today, sent !== undefined, wrong.length > 0, doc.voided !== null),
        letterKind: defaultLetterKind(assessment, wrong.length > 0),
        correctionDue: wrong.map((l) => ({ letterId: l.id, kind: l.kind, letterDate: l.letterDate, why: whyNoLongerFits(l.kind, assessment.standing) })),
        irregularityAvailable: letterRefusal(doc, assessment, 'irregularity', snap, now) === null,
        letters: documentLetters,
        sent: sent === undefined ? null : toSentMarkView(sent),
      });
    }
  }
  return rows.sort((a, b) =>
    a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.receivedAt !== b.receivedAt ? (a.receivedAt < b.receivedAt ? -1 : 1) : a.documentId - b.documentId,
  );
}

export function countByStatus(rows: readonly ConfirmationRow[]): Record<ConfirmationStatus, number> {
  const counts: Record<ConfirmationStatus, number> = { 'correction-due': 0, sent: 0, overdue: 0, 'due-today': 0, upcoming: 0, void: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
