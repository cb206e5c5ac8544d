// The sender's identity on paper: the first page's letterhead, the short header of continuation
// pages, and the footer with "Page X of N" stamped once the letter's length is known.
import type { LetterheadInput } from './letter-input';
import { COLORS, PAGE, type PageFlow } from './page-flow';
import type { Typesetter } from './typeset';

const RIGHT_COLUMN = 170;

/** Draws the first page's letterhead and leaves the flow below its rule. */
export function drawLetterhead(flow: PageFlow, head: LetterheadInput): void {
  const { ts } = flow;
  const top = PAGE.top;
  // Left: the company and its address; right: how to reach the desk. The right column is
  // measured first so a long company name wraps instead of running under the phone numbers.
  const leftWidth = PAGE.contentWidth - RIGHT_COLUMN - 12;
  const nameLines = ts.wrap([{ text: head.company, weight: 'bold' }], 16, leftWidth);
  let y = top;
  for (const line of nameLines) {
    ts.drawLine(line, PAGE.left, y + 15, 16, COLORS.accent);
    y += 19;
  }
  const addressLines = ts.wrap([{ text: head.addressLines.join('  \u00b7  ') }], 8.5, leftWidth);
  y += 2;
  for (const line of addressLines) {
    ts.drawLine(line, PAGE.left, y + 8.5, 8.5, COLORS.muted);
    y += 11.5;
  }

  const contact = [
    ...(head.phone.trim() ? [`Telephone ${head.phone}`] : []),
    `Fax ${head.fax}`,
  ];
  let contactY = top + 5;
  for (const text of contact) {
    ts.drawText(text, PAGE.right - RIGHT_COLUMN, contactY + 8.5, {
      size: 8.5,
      color: COLORS.muted,
      align: 'right',
      width: RIGHT_COLUMN,
    });
    contactY += 11.5;
  }

  const ruleY = Math.max(y, contactY) + 6;
  ts.doc
    .moveTo(PAGE.left, ruleY)
    .lineTo(PAGE.right, ruleY)
    .lineWidth(1.2)
    .strokeColor(COLORS.accent)
    .stroke();
  flow.y = ruleY + 22;
}

/** The header of page 2 onwards: whose letter this is, so loose pages can be put back together. */
export function drawContinuationHeader(ts: Typesetter, company: string, aboutLine: string): number {
  const size = 8.5;
  const lineHeight = 11;
  // The holder's name and date keep the right; the company wraps in what is left of the line.
  const about = ts.wrap([{ text: aboutLine }], size, PAGE.contentWidth / 2);
  const aboutWidth = Math.max(0, ...about.map((l) => l.width));
  const companyLines = ts.wrap([{ text: company, weight: 'bold' }], size, PAGE.contentWidth - aboutWidth - 18);
  let baseline = PAGE.top + size;
  companyLines.forEach((line, i) => ts.drawLine(line, PAGE.left, baseline + i * lineHeight, size, COLORS.accent));
  about.forEach((line, i) =>
    ts.drawLine(line, PAGE.right - aboutWidth, baseline + i * lineHeight, size, COLORS.muted, 'right', aboutWidth),
  );
  baseline += (Math.max(companyLines.length, about.length) - 1) * lineHeight;
  const ruleY = baseline + 6;
  ts.doc.moveTo(PAGE.left, ruleY).lineTo(PAGE.right, ruleY).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
  return ruleY + 18;
}

/**
 * Stamps the footer on each of the letter's pages. Numbering is per letter, so in a batch every
 * letter reads "Page 1 of N" from its own first page.
 */
export function stampFooters(flow: PageFlow, leftText: string, anchorText: string | null = null): void {
  const { ts } = flow;
  for (let i = 0; i < flow.pageCount; i++) {
    ts.doc.switchToPage(flow.firstPageIndex + i);
    ts.doc
      .moveTo(PAGE.left, PAGE.footerRule)
      .lineTo(PAGE.right, PAGE.footerRule)
      .lineWidth(0.6)
      .strokeColor(COLORS.rule)
      .stroke();
    ts.drawText(leftText, PAGE.left, PAGE.footerBaseline, { size: 7.5, color: COLORS.muted });
    // The ledger's audit head, under the footer: a copy of it on paper, outside the file.
    if (anchorText !== null) ts.drawText(anchorText, PAGE.left, PAGE.footerBaseline + 10, { size: 6.5, color: COLORS.muted });
    ts.drawText(`Page ${i + 1} of ${flow.pageCount}`, PAGE.right - 120, PAGE.footerBaseline, {
      size: 7.5,
      color: COLORS.muted,
      align: 'right',
      width: 120,
    });
  }
}
