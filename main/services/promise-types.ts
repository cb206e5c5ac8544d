// The Promise to Grant letters of the close, as the window and the CLI see them. Plain JSON-safe
// data; main/ipc/dto.ts re-exports them as the contract's output types.
import type { CalendarDate, Instant } from '../core/types';
import type { LetterRecord } from './letter-types';

/** One holder whose options were accepted: what the promise will say, and the letter if made. */
export interface PromiseRow {
  employeeId: string;
  name: string;
  /** The holder's governing Election Form: the document the letter is about. */
  documentId: number;
  /** Grants with shares accepted. */
  grants: number;
  sharesCancelled: number;
  newShares: number;
  /** The Promise to Grant on record (the first; a holder is promised once), or null: still to make. */
  letter: LetterRecord | null;
}

export interface PromiseQueue {
  /** The close (null: the offer is not closed, and no Promise to Grant can be made yet). */
  closing: { closedAt: Instant; closedBy: string; cancellationDate: CalendarDate; newGrantDate: CalendarDate } | null;
  /** Every holder whose options were accepted, in roster order (empty before the close). */
  rows: PromiseRow[];
  /** Rows whose letter is still to make. */
  toMake: number;
  /** The governing Election Forms of the next batch to make (the first of those still owed, at most one batch's worth). */
  nextBatch: number[];
  /** Holders with no accepted options (declined or never answered): they get no Promise to Grant. */
  withoutPromise: number;
}
