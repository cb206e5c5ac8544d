// The cursor that moves down a letter's pages. Everything in the body asks it for room before
// drawing, so nothing ever runs into the footer: when a block does not fit, the flow starts a new
// page (with the letter's continuation header) and the block goes there whole.
import type { Span, Typesetter } from './typeset';

/** US Letter, 1-inch side margins, in PDF points. */
export const PAGE = {
  width: 612,
  height: 792,
  left: 72,
  right: 540,
  contentWidth: 468,
  top: 48,
  /** The flow never draws below this line. */
  contentBottom: 726,
  footerRule: 740,
  footerBaseline: 753,
} as const;

export const COLORS = {
  text: '#1b1b1b',
  muted: '#5a5f66',
  rule: '#a9aeb5',
  accent: '#1f3a5f',
  headerFill: '#e8ecf2',
  stripe: '#f6f7f9',
} as const;

// DejaVu Sans runs wide: 9.5 pt reads like 10.5 pt Helvetica and lets a typical letter fit one page.
export const BODY = { size: 9.5, lineHeight: 13.2, paragraphGap: 7.5 } as const;

export interface ParagraphOptions {
  size?: number;
  lineHeight?: number;
  color?: string;
  /** Left indent from the content margin. */
  indent?: number;
  /** Space after the paragraph (default: one paragraph gap). */
  after?: number;
  /** Drawn in the indent on the first line, e.g. a bullet. */
  marker?: string;
}

export class PageFlow {
  /** Top of the next thing to draw on the current page. */
  y = 0;
  /** Index (in the document) of this letter's first page. */
  readonly firstPageIndex: number;
  pageCount = 0;

  constructor(
    readonly ts: Typesetter,
    /** Draws a continuation page's header and returns where the body resumes. */
    private readonly continuationHeader: (pageNumber: number) => number,
  ) {
    const range = ts.doc.bufferedPageRange();
    this.firstPageIndex = range.start + range.count;
  }

  /** Adds the letter's first page; the caller draws the letterhead and sets `y`. */
  start(): void {
    this.ts.doc.addPage();
    this.pageCount = 1;
    this.y = PAGE.top;
  }

  newPage(): void {
    this.ts.doc.addPage();
    this.pageCount += 1;
    this.y = this.continuationHeader(this.pageCount);
  }

  /** Makes sure `height` fits above the footer; returns true when that took a new page. */
  ensure(height: number): boolean {
    if (this.y + height <= PAGE.contentBottom) return false;
    this.newPage();
    return true;
  }

  gap(height: number): void {
    this.y += height;
  }

  /**
   * A wrapped paragraph. Lines flow across a page break, but never leave a single line alone at
   * the foot of a page or the head of the next (orphans and widows).
   */
  paragraph(spans: Span[], options: ParagraphOptions = {}): void {
    const size = options.size ?? BODY.size;
    const lineHeight = options.lineHeight ?? BODY.lineHeight;
    const color = options.color ?? COLORS.text;
    const indent = options.indent ?? 0;
    const x = PAGE.left + indent;
    const lines = this.ts.wrap(spans, size, PAGE.contentWidth - indent);
    // Keep the first two lines together, and the last two (when 3 lines would otherwise split 2/1).
    this.ensure(Math.min(lines.length, lines.length === 3 ? 3 : 2) * lineHeight);
    lines.forEach((line, i) => {
      const remaining = lines.length - i;
      if (remaining === 2 && i > 0 && this.y + 2 * lineHeight > PAGE.contentBottom) this.newPage();
      this.ensure(lineHeight);
      const baseline = this.y + size;
      if (i === 0 && options.marker) {
        this.ts.drawText(options.marker, x - 12, baseline, { size, color });
      }
      this.ts.drawLine(line, x, baseline, size, color);
      this.y += lineHeight;
    });
    this.y += options.after ?? BODY.paragraphGap;
  }

  /** Height a paragraph will take, for keeping blocks together. */
  measure(spans: Span[], options: ParagraphOptions = {}): number {
    const size = options.size ?? BODY.size;
    const lineHeight = options.lineHeight ?? BODY.lineHeight;
    const lines = this.ts.wrap(spans, size, PAGE.contentWidth - (options.indent ?? 0));
    return lines.length * lineHeight + (options.after ?? BODY.paragraphGap);
  }
}
