// The per-holder table of the report: every grant of every holder who tendered anything, with the
// shares tendered and accepted, the new option shares (ratio applied) and the shares kept. Holders
// who declined or did not respond keep every option; they are counted on the report, not listed
// grant by grant (the stock plan administrator's CSV lists everyone). The table's totals row is
// the offer's totals from the results, which the per-grant rows add up to.
import type { ResultsReport } from '../../core/results-report';
import { formatPrice, formatShares } from '../format';
import type { PageFlow } from '../page-flow';
import { drawReportTable, type ReportColumn, type ReportRow } from './report-table';

const COLUMNS: readonly ReportColumn[] = [
  { header: 'Employee', width: 48, align: 'left' },
  { header: 'Holder', width: 88, align: 'left' },
  { header: 'Grant', width: 54, align: 'left' },
  { header: 'Plan', width: 28, align: 'left' },
  { header: 'Exercise\nprice', width: 44, align: 'right' },
  { header: 'Shares\neligible', width: 48, align: 'right' },
  // Wide enough for the offer's totals in bold (ten characters at 100,000 holders).
  { header: 'Tendered and\naccepted', width: 54, align: 'right' },
  { header: 'New option\nshares', width: 54, align: 'right' },
  { header: 'Shares\nkept', width: 50, align: 'right' },
];

export function drawHolderTable(flow: PageFlow, r: ResultsReport): void {
  const rows: ReportRow[] = [];
  for (const h of r.holders) {
    if (h.participation !== 'in-full' && h.participation !== 'in-part') continue;
    h.grants.forEach((g, i) => {
      const figures = [g.grantId, g.plan, formatPrice(g.exercisePrice), formatShares(g.sharesOutstanding), formatShares(g.sharesAccepted), formatShares(g.newShares), formatShares(g.sharesKept)];
      rows.push({
        ruleAbove: i === 0 && rows.length > 0,
        cells: i === 0 ? [h.employeeId, h.name, ...figures] : ['', '', ...figures],
        // A holder whose grants run onto the next page is named again there.
        ...(i > 0 ? { atPageTop: [h.employeeId, `${h.name} (continued)`, ...figures] } : {}),
      });
    });
  }
  const count = (n: number, one: string, many: string) => `${formatShares(n)} ${n === 1 ? one : many}`;
  flow.paragraph([
    {
      text:
        `Every grant of the ${count(r.totals.holdersParticipating, 'holder', 'holders')} who tendered options. ` +
        `Holders who declined (${formatShares(r.participation.declined)}) or did not respond (${formatShares(r.participation['not-responding'])}) keep all their options and are not listed here.`,
    },
  ]);
  drawReportTable(flow, {
    caption: 'Grants of the holders who tendered',
    columns: COLUMNS,
    rows,
    totals: {
      cells: ['Total', '', '', '', '', '', formatShares(r.totals.sharesAccepted), formatShares(r.totals.newShares), ''],
    },
    empty: 'No holder has tendered options.',
  });
}
