// A table of grants in a letter, whatever its columns: it breaks across pages between rows (never
// inside one), repeats its caption and header row on every page it touches, and keeps its totals
// with the last row. The confirmation's election table and the Promise to Grant's table of
// cancelled and new options are both drawn by it, so they look and break alike.
import { COLORS, PAGE, type PageFlow } from './page-flow';
import type { Align, Line } from './typeset';

export interface TableColumn<T> {
  header: string;
  width: number;
  align: Align;
  cell: (row: T) => string;
}

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

function layoutRow<T>(flow: PageFlow, columns: readonly TableColumn<T>[], texts: string[], size: number, bold: boolean): Row {
  const cells = columns.map((col, i) =>
    flow.ts.wrap([{ text: texts[i] ?? '', weight: bold ? 'bold' : 'regular' }], size, col.width - 2 * PAD_X),
  );
  const lines = Math.max(1, ...cells.map((c) => c.length));
  return { cells, height: lines * LINE + 2 * PAD_Y, bold };
}

function drawRow<T>(
  flow: PageFlow,
  columns: readonly TableColumn<T>[],
  row: Row,
  size: number,
  color: string,
  fill: string | null,
  valign: 'top' | 'bottom' = 'top',
): void {
  const { doc } = flow.ts;
  if (fill) doc.rect(PAGE.left, flow.y, PAGE.contentWidth, row.height).fill(fill);
  const rowLines = Math.round((row.height - 2 * PAD_Y) / LINE);
  let x = PAGE.left;
  columns.forEach((col, i) => {
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
 * "<caption> (continued)". `totals` are the bold last row's cells. `items` is not empty.
 */
export function drawTable<T>(flow: PageFlow, columns: readonly TableColumn<T>[], items: readonly T[], totals: string[], caption: string): void {
  const captionHeight = 16;
  const header = layoutRow(flow, columns, columns.map((c) => c.header), HEADER_SIZE, true);
  const rows = items.map((g) => layoutRow(flow, columns, columns.map((c) => c.cell(g)), SIZE, false));
  const totalsRow = layoutRow(flow, columns, totals, SIZE, true);

  const drawHead = (continued: boolean) => {
    flow.ts.drawText(continued ? `${caption} (continued)` : caption, PAGE.left, flow.y + 9, {
      size: 9,
      weight: 'bold',
      color: COLORS.accent,
    });
    flow.y += captionHeight;
    drawRow(flow, columns, header, HEADER_SIZE, COLORS.text, COLORS.headerFill, 'bottom');
    rule(flow, 0.8, COLORS.accent);
  };

  // A short table stays whole; a long one starts where the header has a few rows under it.
  const allRows = rows.reduce((h, r) => h + r.height, 0) + totalsRow.height;
  const start = rows.length <= 6 ? allRows : rows.slice(0, 3).reduce((h, r) => h + r.height, 0);
  flow.ensure(captionHeight + header.height + start + 4);
  drawHead(false);
  rows.forEach((row, i) => {
    const isLast = i === rows.length - 1;
    // The last row carries the totals with it to the next page.
    if (flow.ensure(row.height + (isLast ? totalsRow.height + 2 : 0))) drawHead(true);
    drawRow(flow, columns, row, SIZE, COLORS.text, i % 2 === 1 ? COLORS.stripe : null);
  });
  rule(flow, 0.8, COLORS.accent);
  drawRow(flow, columns, totalsRow, SIZE, COLORS.text, null);
  rule(flow, 0.4, COLORS.rule);
  flow.gap(10);
}
