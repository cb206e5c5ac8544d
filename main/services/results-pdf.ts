// The results report as a PDF, for "Save results PDF…" in the window and `offer-desk report`.
// Nothing is recorded: a report reads the ledger and anchors itself to the audit head it read.
import { renderResultsReport } from '../letters/results-report/render-results-report';
import { sha256Hex, type LetterFontPaths } from '../letters';
import type { DeskReader } from './desk-parts';
import { resultsReport } from './results-report';
import type { ResultsPdf } from './results-report-types';

export function resultsPdf(reader: DeskReader, fonts: LetterFontPaths | undefined): ResultsPdf {
  const report = resultsReport(reader);
  const { pdf, pages } = renderResultsReport(report, fonts === undefined ? {} : { fonts });
  return {
    fileName: `offer-results-${report.asOfDate}${report.banner === null ? '' : '-preliminary'}.pdf`,
    base64: pdf.toString('base64'),
    pages,
    sha256: sha256Hex(pdf),
    banner: report.banner,
    scheduleTo: report.scheduleTo,
    asOfText: report.asOfText,
    auditHead: report.auditHead,
  };
}
