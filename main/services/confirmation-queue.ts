// The confirmations queue: "Alpha will send a confirmation within five business days of receipt".
// Every document received, its due date (core's rule: five business days, Eastern time, federal
// holidays skipped), and whether its confirmation went out. Pure: the snapshot, the letters and
// sent marks and today's date come in, rows go out.
import { confirmationDueDate } from '../core/business-days';
import { formatInZone } from '../core/time';
import type { CalendarDate, Instant } from '../core/types';
import type { ConfirmationFilter, ConfirmationRow, ConfirmationStatus, LetterRecord, SentMarkView } from '../ipc/dto';
import type { LetterRecord as StoredLetter, SentMark } from '../ledger/ledger';
import { defaultLetterKind, letterRefusal } from './letter-inputs';
import type { Snapshot } from './snapshot';
import { assessmentOf } from './views';

export function statusOf(due: CalendarDate, today: CalendarDate, sent: boolean): ConfirmationStatus {
  if (sent) return 'sent';
  if (due < today) return 'overdue';
  return due === today ? 'due-today' : 'upcoming';
}

export function matchesFilter(status: ConfirmationStatus, filter: ConfirmationFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unsent':
      return status !== 'sent';
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
  const rows: ConfirmationRow[] = [];
  for (const holder of snap.holders) {
    const election = snap.elections.get(holder.employeeId);
    if (election === undefined) continue;
    for (const doc of snap.documentsByHolder.get(holder.employeeId) ?? []) {
      // A void document is owed no confirmation; its past letters stay on record (corrections:due).
      if (doc.voided) continue;
      const assessment = assessmentOf(election, doc.id);
      const due = confirmationDueDate(doc.receivedAt, zone);
      const sent = sentByDocument.get(doc.id);
      rows.push({
        documentId: doc.id,
        employeeId: holder.employeeId,
        name: holder.name,
        documentKind: doc.kind,
        via: doc.via,
        receivedAt: doc.receivedAt,
        receivedAtText: formatInZone(doc.receivedAt, zone),
        standing: assessment.standing,
        due,
        status: statusOf(due, today, sent !== undefined),
        letterKind: defaultLetterKind(assessment),
        irregularityAvailable: letterRefusal(doc, assessment, 'irregularity', snap, now) === null,
        letters: lettersByDocument.get(doc.id) ?? [],
        sent: sent === undefined ? null : toSentMarkView(sent),
      });
    }
  }
  return rows.sort((a, b) =>
    a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.receivedAt !== b.receivedAt ? (a.receivedAt < b.receivedAt ? -1 : 1) : a.documentId - b.documentId,
  );
}

export function countByStatus(rows: readonly ConfirmationRow[]): Record<ConfirmationStatus, number> {
  const counts: Record<ConfirmationStatus, number> = { sent: 0, overdue: 0, 'due-today': 0, upcoming: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
