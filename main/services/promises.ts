// The Promise to Grant letters of the close, as a list: every holder whose options were accepted,
// what the promise will say in figures, and the letter on record once made. The letters themselves
// are produced, previewed, printed, recorded and reprinted by the letter machinery (letters.ts,
// kind 'promise-to-grant'); this says which documents are owed one.
import { MAX_LETTERS_PER_RUN } from '../ledger/print-runs';
import type { DeskReader } from './desk-parts';
import { toLetterRecord } from './confirmation-queue';
import { promiseBasis } from './promise-letters';
import type { PromiseQueue } from './promise-types';

export function promiseQueue(reader: DeskReader): PromiseQueue {
  const snap = reader.snapshot();
  if (reader.ledger.closing() === null) return { closing: null, rows: [], toMake: 0, nextBatch: [], withoutPromise: 0 };
  const basis = promiseBasis(reader.ledger, snap, () => reader.now());
  const rows = [...basis.accepted.values()].map((h) => {
    const accepted = h.grants.filter((g) => g.sharesAccepted > 0);
    const letter = basis.promised.get(h.employeeId);
    return {
      employeeId: h.employeeId,
      name: h.name,
      // A holder with accepted shares has a governing Election Form (results' participation rule).
      documentId: h.governingDocumentId ?? 0,
      grants: accepted.length,
      sharesCancelled: accepted.reduce((s, g) => s + g.sharesAccepted, 0),
      newShares: accepted.reduce((s, g) => s + g.newShares, 0),
      letter: letter === undefined ? null : toLetterRecord(letter, snap),
    };
  });
  const { closedAt, closedBy, cancellationDate, newGrantDate } = basis.closing;
  const owed = rows.flatMap((r) => (r.letter === null ? [r.documentId] : []));
  return {
    closing: { closedAt, closedBy, cancellationDate, newGrantDate },
    rows,
    toMake: owed.length,
    nextBatch: owed.slice(0, MAX_LETTERS_PER_RUN),
    withoutPromise: basis.withoutPromise,
  };
}
