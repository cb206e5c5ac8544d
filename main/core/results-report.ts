// What the results report shows, as plain data: the screen, the PDF (main/letters/results-report)
// and `offer-desk report` all read this one shape, built once by main/services/results-report.ts.
// Every figure in it comes from core/offer-results.ts (per grant rows and their sums); the lists
// are the records themselves (documents, waivers, extensions), never recounted.

import type { OfferResults, Participation, PlanResult, ResultTotals } from './offer-results';
import type { CalendarDate, DefectKind, DocumentKind, Instant } from './types';

/** Shown on every page and screen of a report made before the close. */
export const PRELIMINARY_BANNER = 'PRELIMINARY \u2014 the offer is not closed';

/** How each answer is named on the report. */
export const PARTICIPATION_LABELS: Record<Participation, string> = {
  'in-full': 'Participating in full',
  'in-part': 'Participating in part',
  declined: 'Declined',
  'not-responding': 'Not responding',
};

export const PARTICIPATION_ORDER: readonly Participation[] = ['in-full', 'in-part', 'declined', 'not-responding'];

/** Short names of the intake checks for the report's lists. */
export const DEFECT_LABELS: Record<DefectKind, string> = {
  unsigned: 'not signed',
  'signature-mismatch': 'signature does not match',
  'name-mismatch': 'name not as on the form',
  'no-date-time': 'no date and time of signing',
  'no-email': 'no e-mail address',
  'no-id-number': 'no identification number',
  'withdraw-box-unmarked': 'withdrawal box not marked',
  'no-authority-evidence': 'no evidence of authority',
  'not-on-roster': 'sender not on the roster',
  'grant-not-eligible': 'names a grant not the holder\u2019s',
};

/** One document in a list of the report. */
export interface ReportDocumentLine {
  documentId: number;
  employeeId: string;
  /** The holder's name, or the name as written on paper from someone not on the roster. */
  name: string;
  kind: DocumentKind;
  receivedAt: Instant;
  /** "2003-03-31 17:00:01 ET". */
  receivedAtText: string;
  /** For defective documents: the defects still open (neither cured in time nor waived). */
  openDefects: DefectKind[];
  /** For voided documents: why, and the document that corrects it, if any. */
  voidReason: string | null;
  replacedBy: number | null;
}

export interface ReportWaiverLine {
  id: number;
  defect: DefectKind;
  reason: string;
  grantedAt: Instant;
  grantedAtText: string;
  operator: string;
  /** A voided waiver settles nothing; it stays on the report as a record. */
  voidedReason: string | null;
}

export interface ReportExtensionLine {
  id: number;
  fromText: string;
  toText: string;
  decidedAtText: string;
  reason: string;
  operator: string;
  announcedLate: boolean;
  voidedReason: string | null;
}

/** Where the report's dates come from: the recorded close, or the rules while the offer is open. */
export interface ReportDates {
  commencedOn: CalendarDate;
  /** The expiration in force (the close's once closed). */
  expiresAt: Instant;
  expiresAtText: string;
  cancellationDate: CalendarDate;
  newGrantDate: CalendarDate;
  /** "the close" or "the rules (expected)". */
  source: 'close' | 'rules';
  /** Why the close's dates differ from the rules', when they do. */
  datesReason: string | null;
}

export interface ReportClosing {
  closedAt: Instant;
  closedAtText: string;
  closedBy: string;
  operator: string;
}

/** The report without the per-holder rows: what the Results screen shows. */
export interface ResultsSummary {
  company: string;
  /** PRELIMINARY_BANNER while the offer is open; null once it is closed. */
  banner: string | null;
  closing: ReportClosing | null;
  /** When the report was made (the desk's clock), and that day in the offer's zone. */
  asOf: Instant;
  asOfText: string;
  asOfDate: CalendarDate;
  zone: string;
  dates: ReportDates;
  /** The exchange terms in words ("1 new for 1 old"), and the new-grant rule. */
  ratios: string[];
  newGrantRule: string;
  plans: PlanResult[];
  totals: ResultTotals;
  participation: Record<Participation, number>;
  /** Grants with shares accepted that no exchange ratio covers (the close refuses until there are none). */
  uncovered: OfferResults['uncovered'];
  /** The paragraph for the final amendment to the Schedule TO, filled in. */
  scheduleTo: string;
  lateDocuments: ReportDocumentLine[];
  /** Timely documents with a defect still open: at the close they count as not properly made. */
  defectiveDocuments: ReportDocumentLine[];
  waivers: ReportWaiverLine[];
  extensions: ReportExtensionLine[];
  voidedDocuments: ReportDocumentLine[];
  /**
   * Figures the close froze that the ledger no longer gives (e.g. after an upgrade changed a rule),
   * one sentence each; empty when they agree or the offer is open. The report then says so rather
   * than print either set silently.
   */
  closeFiguresDiffer: string[];
  /** The ledger's audit head when the report was made: the paper anchors the record. */
  auditHead: { seq: number; hash: string };
}

/** The whole report: the summary and every holder's grants. */
export interface ResultsReport extends ResultsSummary {
  holders: OfferResults['holders'];
}
