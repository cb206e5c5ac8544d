// The results report's shapes for the contract (main/ipc/dto.ts re-exports them). The report data
// itself is defined in main/core/results-report.ts, because the PDF (main/letters) reads it too.
export type {
  ReportClosing,
  ReportDates,
  ReportDocumentLine,
  ReportExtensionLine,
  ReportWaiverLine,
  ResultsReport,
  ResultsSummary,
} from '../core/results-report';

/** `results:pdf`: the report's bytes and what `offer-desk report` prints beside them. */
export interface ResultsPdf {
  fileName: string;
  base64: string;
  pages: number;
  sha256: string;
  /** PRELIMINARY_BANNER while the offer is open; null once closed. */
  banner: string | null;
  /** The Schedule TO paragraph, as on the report (schedule-to.txt). */
  scheduleTo: string;
  asOfText: string;
  auditHead: { seq: number; hash: string };
}
