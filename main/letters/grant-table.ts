// The holder's election grant by grant. A holder may have dozens of grants, so the table breaks
// across pages between rows (never inside one), repeats its header row on every page it
// touches, and keeps its totals with the last row.
import { formatPrice, formatShares, formatShortDate } from './format';
import type { ElectionGrantLine } from './letter-input';
import { COLORS, PAGE, type PageFlow } from './page-flow';
import type { Align, Line } from './typeset';

interface Column {
  header: string;
  width: number;
  align: Align;
  cell: (g: ElectionGrantLine) => string;
}

/** Marks a grant whose tender the look-back rule raised above what the form said. */
export const RAISED_MARK = '*';

const COLUMNS: readonly Column[] = [
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

const SIZE = 8.5;
const HEADER_SIZE = 8;
const LINE = 10.5;
const PAD_X = 5;
const PAD_Y = 3.5;

interface Row {
  cells: Line[][];
  height: number;
  bold: boolean;
}

function layoutRow(flow: PageFlow, texts: string[], size: number, bold: boolean): Row {
  const cells = COLUMNS.map((col, i) =>
    flow.ts.wrap([{ text: texts[i] ?? '', weight: bold ? 'bold' : 'regular' }], size, col.width - 2 * PAD_X),
  );
  const lines = Math.max(1, ...cells.map((c) => c.length));
  return { cells, height: lines * LINE + 2 * PAD_Y, bold };
}

function drawRow(flow: PageFlow, row: Row, size: number, color: string, fill: string | null, valign: 'top' | 'bottom' = 'top'): void {
  const { doc } = flow.ts;
  if (fill) doc.rect(PAGE.left, flow.y, PAGE.contentWidth, row.height).fill(fill);
  const rowLines = Math.round((row.height - 2 * PAD_Y) / LINE);
  let x = PAGE.left;
  COLUMNS.forEach((col, i) => {
    const cell = row.cells[i] ?? [];
    // Header labels sit on the row's bottom line, as in printed financial tables; data reads
    // from the top, so a wrapped grant id starts level with the rest of its row.
    const skip = valign === 'bottom' ? rowLines - cell.length : 0;
    cell.forEach((line, n) => {
      const baseline = flow.y + PAD_Y + (skip + n) * LINE + size * 0.95;
      flow.ts.drawLine(line, x + PAD_X, baseline, size, color, col.align, col.width - 2 * PAD_X);
    });
    x += col.width;
  });
  flow.y += row.height;
}

function rule(flow: PageFlow, width: number, color: string): void {
  flow.ts.doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(width).strokeColor(color).stroke();
}

/**
 * Draws the table at the flow's position. `caption` heads it; on later pages it reads
 * "<caption> (continued)".
 */
export function drawGrantTable(flow: PageFlow, grants: readonly ElectionGrantLine[], caption: string): void {
  const captionHeight = 16;
  if (grants.length === 0) {
    flow.paragraph([{ text: 'No eligible option grants are recorded for you.' }]);
    return;
  }
  const header = layoutRow(flow, COLUMNS.map((c) => c.header), HEADER_SIZE, true);
  const rows = grants.map((g) => layoutRow(flow, COLUMNS.map((c) => c.cell(g)), SIZE, false));
  const totals = layoutRow(
    flow,
    [
      'Total',
      '',
      '',
      '',
      formatShares(grants.reduce((s, g) => s + g.sharesEligible, 0)),
      formatShares(grants.reduce((s, g) => s + g.sharesTendered, 0)),
      '',
    ],
    SIZE,
    true,
  );

  const drawHead = (continued: boolean) => {
    flow.ts.drawText(continued ? `${caption} (continued)` : caption, PAGE.left, flow.y + 9, {
      size: 9,
      weight: 'bold',
      color: COLORS.accent,
    });
    flow.y += captionHeight;
    drawRow(flow, header, HEADER_SIZE, COLORS.text, COLORS.headerFill, 'bottom');
    rule(flow, 0.8, COLORS.accent);
  };

  // A short table stays whole; a long one starts where the header has a few rows under it.
  const allRows = rows.reduce((h, r) => h + r.height, 0) + totals.height;
  const start = rows.length <= 6 ? allRows : rows.slice(0, 3).reduce((h, r) => h + r.height, 0);
  flow.ensure(captionHeight + header.height + start + 4);
  drawHead(false);
  rows.forEach((row, i) => {
    const isLast = i === rows.length - 1;
    // The last row carries the totals with it to the next page.
    if (flow.ensure(row.height + (isLast ? totals.height + 2 : 0))) drawHead(true);
    drawRow(flow, row, SIZE, COLORS.text, i % 2 === 1 ? COLORS.stripe : null);
  });
  rule(flow, 0.8, COLORS.accent);
  drawRow(flow, totals, SIZE, COLORS.text, null);
  rule(flow, 0.4, COLORS.rule);
  flow.gap(10);
}
