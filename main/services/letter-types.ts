// The confirmations queue, letters, print runs and sent marks.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { CalendarDate, DeliveryVia, DocumentKind, DocumentStanding, Instant, LetterKind, PrintPurpose, SendMethod } from '../core/types';
import type { LetterToCorrect } from './correction-types';

// --- letters and the confirmations queue ------------------------------------------------------

export const CONFIRMATION_FILTERS = ['all', 'due-today', 'overdue', 'upcoming', 'sent', 'unsent', 'correction-due', 'void'] as const;

export type ConfirmationFilter = (typeof CONFIRMATION_FILTERS)[number];

/**
 * Where a document's confirmation stands today (in the offer's zone): marked sent, or not yet and
 * its due date (five business days after receipt) is past, today, or still ahead. 'correction-due':
 * a letter on record about it is in error and no correction letter has settled it yet (this
 * outranks the rest); 'void': a void document whose letters are all settled, owed nothing.
 */
export type ConfirmationStatus = 'sent' | 'overdue' | 'due-today' | 'upcoming' | 'correction-due' | 'void';

/** A letter as produced (its stored input stays in the ledger). */
export interface LetterRecord {
  id: number;
  documentId: number;
  employeeId: string;
  /** The holder's name, as on the roster now. */
  name: string;
  kind: LetterKind;
  /** The date printed on the letter. */
  letterDate: CalendarDate;
  pages: number;
  /** SHA-256 of this letter's PDF rendered on its own: a reprint must match it. */
  pdfSha256: string;
  producedAt: Instant;
  operator: string;
}

export interface SentMarkView {
  documentId: number;
  /** The confirming letter that was sent. */
  letterId: number;
  sentOn: CalendarDate;
  method: SendMethod;
  recordedAt: Instant;
  operator: string;
}

/** One document in the confirmations queue. */
export interface ConfirmationRow {
  documentId: number;
  employeeId: string;
  name: string;
  documentKind: DocumentKind;
  via: DeliveryVia;
  receivedAt: Instant;
  receivedAtText: string;
  standing: DocumentStanding;
  /** Five business days after receipt, in the offer's zone (federal holidays skipped). */
  due: CalendarDate;
  status: ConfirmationStatus;
  /** The letter the document gets: a correction letter if one is due, a late-delivery notice if late, else a confirmation. */
  letterKind: LetterKind;
  /** Letters on record about it that are in error and not yet settled by a correction letter. */
  correctionDue: LetterToCorrect[];
  /** A courtesy irregularity notice can be produced too (timely, not properly made, cure deadline not passed). */
  irregularityAvailable: boolean;
  /** Letters produced about this document, oldest first (any kind). */
  letters: LetterRecord[];
  sent: SentMarkView | null;
}

export interface ConfirmationQueue {
  /** Today in the offer's zone, by the desk's clock. */
  today: CalendarDate;
  /** Every document by status, whatever the filter. */
  counts: Record<ConfirmationStatus, number>;
  /** Rows matching the filter, before paging. */
  total: number;
  offset: number;
  /** Ordered by due date, then receipt. */
  rows: ConfirmationRow[];
}

/** A letter rendered for the screen, not recorded. */
export interface LetterPreview {
  documentId: number;
  kind: LetterKind;
  fileName: string;
  /** The PDF. */
  base64: string;
  pages: number;
}

/** One PDF for the printer (every letter on a new page), as recorded in the ledger. */
export interface PrintedBatch {
  printRunId: number;
  purpose: PrintPurpose;
  fileName: string;
  base64: string;
  pages: number;
  /** SHA-256 of the batch PDF, as recorded with the print run. */
  pdfSha256: string;
  /** In printed order. */
  letters: LetterRecord[];
}

export interface MarkSentResult {
  marked: SentMarkView[];
}

/** A print run with its letters, for the history of every print. */
export interface PrintRunView {
  id: number;
  at: Instant;
  atText: string;
  operator: string;
  purpose: PrintPurpose;
  pages: number;
  pdfSha256: string;
  letters: LetterRecord[];
}

/** One row of `offer-desk confirmations --json`. */
export interface ConfirmationJsonRow {
  document_id: number;
  employee_id: string;
  due: CalendarDate;
  /** The day the confirmation was sent, or null. */
  sent_at: CalendarDate | null;
}
