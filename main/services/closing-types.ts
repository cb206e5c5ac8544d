// What the close of the offer shows and records. Plain JSON-safe data, so the same shapes cross
// Electron's IPC, the browser harness and the CLI's output unchanged; main/ipc/dto.ts re-exports
// them as the contract's output types.
import type { OfferResults, Participation, PlanResult, ResultTotals } from '../core/offer-results';
import type { CalendarDate, DefectKind, DocumentKind, Instant } from '../core/types';

/** A document still defective when the offer closes: it counts as not properly made, for good. */
export interface DefectiveAtClose {
  documentId: number;
  employeeId: string;
  name: string;
  kind: DocumentKind;
  receivedAtText: string;
  /** Its defects neither cured in time nor waived. */
  openDefects: DefectKind[];
}

/**
 * The figures the close freezes (stored with the close, canonical JSON): every one from
 * resultsOf (core/offer-results.ts), so the close, the report and the exports cannot disagree.
 */
export type ClosingFigures = {
  totals: ResultTotals;
  byPlan: PlanResult[];
  participation: Record<Participation, number>;
  /** Ids of the documents still defective at the close (they count as not properly made). */
  defectiveAtClose: number[];
};

/** The close as recorded: who, when, and the dates it fixed. */
export interface ClosingView {
  closedAt: Instant;
  closedAtText: string;
  /** The officer who closed the offer. */
  closedBy: string;
  /** Who keyed the close at the desk. */
  operator: string;
  /** The expiration in force at the close. */
  expiresAt: Instant;
  cancellationDate: CalendarDate;
  newGrantDate: CalendarDate;
  /** Why the dates differ from the rules' (null when they are the rules'). */
  datesReason: string | null;
  /** One sentence every screen and command can show. */
  sentence: string;
}

export interface ClosePreview {
  /** The close on record, or null while the offer is open. */
  closed: ClosingView | null;
  /** Whether the close may be recorded now (the dialog's button). */
  allowed: boolean;
  /** Why not, in plain words (null when allowed). */
  notAllowedBecause: string | null;
  /** The close may be recorded only after this instant: the extension-announcement limit of the expiration in force. */
  allowedAfter: Instant;
  allowedAfterText: string;
  expiresAt: Instant;
  expiresAtText: string;
  figures: ClosingFigures;
  defectiveAtClose: DefectiveAtClose[];
  /** The dates from the rules (core/closing-dates.ts with the offer's exchange terms). */
  cancellationDate: CalendarDate;
  newGrantDate: CalendarDate;
  newGrantRule: string;
  /** Accepted grants no exchange ratio covers: the close is refused while any exist. */
  uncovered: OfferResults['uncovered'];
  /** The officer who signs letters: the dialog's default for "Closed by". */
  officer: string;
}

export interface CloseResult {
  closing: ClosingView;
  figures: ClosingFigures;
  defectiveAtClose: DefectiveAtClose[];
  /** Said beside the close, e.g. when the step after it (the backup) failed: the close stands. */
  warnings: string[];
}
