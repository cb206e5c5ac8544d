// A table of the results report that may run over many pages (a per-grant table of a 5,000-holder
// offer runs to hundreds): rows break between pages, never inside one; the caption and header row
// repeat on every page the table touches; a totals row stays with the last row. Cells wrap within
// their column (a long name takes two lines rather than running into the next column).
import { COLORS, PAGE, type PageFlow } from '../page-flow';
import type { Align, Line } from '../typeset';

export interface ReportColumn {
  header: string;
  width: number;
  align: Align;
}

export interface ReportRow {
  cells: string[];
  bold?: boolean;
  /** A thin rule above the row (a new holder's first grant). */
  ruleAbove?: boolean;
  /** The cells to print instead when the row opens a continued page (a holder's name again). */
  atPageTop?: string[];
}

const SIZE = 7.5;
const HEADER_SIZE = 7;
const LINE = 9.2;
const PAD_X = 3;
const PAD_Y = 2.2;
const CAPTION_HEIGHT = 15;

interface Laid {
  cells: Line[][];
  height: number;
  source: ReportRow;
}

function layout(flow: PageFlow, columns: readonly ReportColumn[], row: ReportRow, size: number): Laid {
  const cells = columns.map((col, i) => flow.ts.wrap([{ text: row.cells[i] ?? '', weight: row.bold ? 'bold' : 'regular' }], size, col.width - 2 * PAD_X));
  const lines = Math.max(1, ...cells.map((c) => c.length));
  return { cells, height: lines * LINE + 2 * PAD_Y, source: row };
}

function draw(flow: PageFlow, columns: readonly ReportColumn[], row: Laid, size: number, fill: string | null, valign: 'top' | 'bottom'): void {
  const { doc } = flow.ts;
  if (fill) doc.rect(PAGE.left, flow.y, PAGE.contentWidth, row.height).fill(fill);
  if (row.source.ruleAbove) doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(0.3).strokeColor(COLORS.rule).stroke();
  const rowLines = Math.round((row.height - 2 * PAD_Y) / LINE);
  let x = PAGE.left;
  columns.forEach((col, i) => {
    const cell = row.cells[i] ?? [];
    const skip = valign === 'bottom' ? rowLines - cell.length : 0;
    cell.forEach((line, n) => {
      flow.ts.drawLine(line, x + PAD_X, flow.y + PAD_Y + (skip + n) * LINE + size * 0.95, size, COLORS.text, col.align, col.width - 2 * PAD_X);
    });
    x += col.width;
  });
  flow.y += row.height;
}

function rule(flow: PageFlow, width: number, color: string): void {
  flow.ts.doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(width).strokeColor(color).stroke();
}

/**
 * Draws a table at the flow's position. Column widths should add up to the content width.
 * `empty` is printed instead when there are no rows.
 */
export function drawReportTable(
  flow: PageFlow,
  spec: { caption: string; columns: readonly ReportColumn[]; rows: readonly ReportRow[]; totals?: ReportRow; empty: string },
): void {
  const { caption, columns, rows, totals } = spec;
  const drawCaption = (continued: boolean) => {
    flow.ts.drawText(continued ? `${caption} (continued)` : caption, PAGE.left, flow.y + 9, { size: 9, weight: 'bold', color: COLORS.accent });
    flow.y += CAPTION_HEIGHT;
  };
  if (rows.length === 0) {
    flow.ensure(CAPTION_HEIGHT + 20);
    drawCaption(false);
    flow.paragraph([{ text: spec.empty }], { color: COLORS.muted });
    return;
  }
  const header = layout(flow, columns, { cells: columns.map((c) => c.header), bold: true }, HEADER_SIZE);
  const drawHead = (continued: boolean) => {
    drawCaption(continued);
    draw(flow, columns, header, HEADER_SIZE, COLORS.headerFill, 'bottom');
    rule(flow, 0.7, COLORS.accent);
  };
  const totalsRow = totals ? layout(flow, columns, { ...totals, bold: true }, SIZE) : null;
  // Rows are laid out one at a time and drawn at once: a table of 15,000 rows is never held laid out whole.
  const first = layout(flow, columns, rows[0] as ReportRow, SIZE);
  flow.ensure(CAPTION_HEIGHT + header.height + first.height * Math.min(rows.length, 3) + 4);
  drawHead(false);
  rows.forEach((row, i) => {
    let laid = i === 0 ? first : layout(flow, columns, row, SIZE);
    const isLast = i === rows.length - 1;
    if (flow.ensure(laid.height + (isLast && totalsRow ? totalsRow.height + 2 : 0))) {
      drawHead(true);
      if (row.atPageTop) laid = layout(flow, columns, { ...row, cells: row.atPageTop }, SIZE);
    }
    draw(flow, columns, laid, SIZE, i % 2 === 1 ? COLORS.stripe : null, 'top');
  });
  rule(flow, 0.7, COLORS.accent);
  if (totalsRow) {
    draw(flow, columns, totalsRow, SIZE, null, 'top');
    rule(flow, 0.4, COLORS.rule);
  }
  flow.gap(12);
}
