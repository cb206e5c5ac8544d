// The results report as a PDF: title and status, the offer's dates, the Schedule TO paragraph,
// totals by plan, how holders answered, the chart, the records (late, defective, waivers,
// extensions, voided), then every participating holder's grants. Fonts, document setup and
// determinism are the letters' own (fonts.ts, pdf-document.ts, typeset.ts, page-flow.ts): the
// same report data gives the same bytes. Every page's footer carries the ledger's audit head, so
// the paper anchors the record it was printed from.
import { formatAnchor } from '../../core/anchor';
import type { ResultsReport } from '../../core/results-report';
import { loadLetterFonts, type LetterFontPaths } from '../fonts';
import { formatLongDate } from '../format';
import { COLORS, PAGE, PageFlow } from '../page-flow';
import { createLetterDocument, finishDocument } from '../pdf-document';
import { Typesetter } from '../typeset';
import { drawHolderTable } from './holder-table';
import { drawDates, drawHeading, drawLists, drawScheduleTo, drawTitle, drawTotals } from './report-sections';

export interface RenderedReport {
  pdf: Buffer;
  pages: number;
}

function continuationHeader(flow: PageFlow, r: ResultsReport): number {
  const { ts } = flow;
  const left = `${r.company} \u00b7 Results of the Offer to Exchange Options \u00b7 ${formatLongDate(r.asOfDate)}`;
  ts.drawText(left, PAGE.left, PAGE.top + 8, { size: 8, color: COLORS.muted });
  let y = PAGE.top + 14;
  // The mark goes on every page: a page taken out of the report still says it is preliminary.
  if (r.banner !== null) {
    ts.drawText(r.banner, PAGE.left, PAGE.top + 19, { size: 8, weight: 'bold', color: '#b3261e' });
    y += 11;
  }
  ts.doc.moveTo(PAGE.left, y).lineTo(PAGE.right, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  return y + 12;
}

function stampFooters(flow: PageFlow, r: ResultsReport): void {
  const { ts } = flow;
  const anchor = formatAnchor(r.auditHead);
  for (let i = 0; i < flow.pageCount; i++) {
    ts.doc.switchToPage(flow.firstPageIndex + i);
    ts.doc.moveTo(PAGE.left, PAGE.footerRule).lineTo(PAGE.right, PAGE.footerRule).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
    ts.drawText(anchor, PAGE.left, PAGE.footerBaseline, { size: 7.5, color: COLORS.muted });
    ts.drawText(`Page ${i + 1} of ${flow.pageCount}`, PAGE.right - 120, PAGE.footerBaseline, { size: 7.5, color: COLORS.muted, align: 'right', width: 120 });
  }
}

/** Renders the report. Same report data, same bytes. */
export function renderResultsReport(r: ResultsReport, options: { fonts?: LetterFontPaths } = {}): RenderedReport {
  const fonts = loadLetterFonts(options.fonts);
  const doc = createLetterDocument(
    {
      title: `Results of the Offer to Exchange Options: ${r.company}`,
      author: r.company,
      subject: `${r.banner ?? 'Final results'} (as of ${r.asOfText}; audit event ${r.auditHead.seq})`,
      date: r.asOfDate,
    },
    fonts,
  );
  const ts = new Typesetter(doc, fonts);
  // The header of pages 2 … N; called by the flow itself, only after it exists.
  const flow: PageFlow = new PageFlow(ts, () => continuationHeader(flow, r));
  flow.start();
  drawTitle(flow, r);
  drawDates(flow, r);
  drawScheduleTo(flow, r);
  drawTotals(flow, r);
  drawLists(flow, r);
  flow.newPage();
  drawHeading(flow, 'Per holder and grant');
  drawHolderTable(flow, r);
  stampFooters(flow, r);
  ts.assertAllCharactersPrinted();
  return { pdf: finishDocument(doc), pages: flow.pageCount };
}
