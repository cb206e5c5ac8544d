// The holder's election grant by grant, drawn as a letter table (letter-table.ts: breaks across
// pages between rows, repeats its header, keeps its totals with the last row).
import { formatPrice, formatShares, formatShortDate } from './format';
import type { ElectionGrantLine } from './letter-input';
import { drawTable, type TableColumn } from './letter-table';
import type { PageFlow } from './page-flow';

/** Marks a grant whose tender the look-back rule raised above what the form said. */
export const RAISED_MARK = '*';

const COLUMNS: readonly TableColumn<ElectionGrantLine>[] = [
  { header: 'Grant ID', width: 78, align: 'left', cell: (g) => g.grantId },
  { header: 'Plan', width: 50, align: 'left', cell: (g) => g.plan },
  { header: 'Grant date', width: 70, align: 'left', cell: (g) => formatShortDate(g.grantDate) },
  { header: 'Exercise\nprice', width: 62, align: 'right', cell: (g) => formatPrice(g.exercisePrice) },
  { header: 'Shares\neligible', width: 66, align: 'right', cell: (g) => formatShares(g.sharesEligible) },
  { header: 'Shares\ntendered', width: 66, align: 'right', cell: (g) => formatShares(g.sharesTendered) },
  {
    header: 'Required\n(look-back)',
    width: 76,
    align: 'center',
    cell: (g) => (g.required ? `Yes${g.raisedByLookback ? RAISED_MARK : ''}` : 'No'),
  },
];

/**
 * Draws the table at the flow's position. `caption` heads it; on later pages it reads
 * "<caption> (continued)".
 */
export function drawGrantTable(flow: PageFlow, grants: readonly ElectionGrantLine[], caption: string): void {
  if (grants.length === 0) {
    flow.paragraph([{ text: 'No eligible option grants are recorded for you.' }]);
    return;
  }
  const totals = [
    'Total',
    '',
    '',
    '',
    formatShares(grants.reduce((s, g) => s + g.sharesEligible, 0)),
    formatShares(grants.reduce((s, g) => s + g.sharesTendered, 0)),
    '',
  ];
  drawTable(flow, COLUMNS, grants, totals, caption);
}
