// The pieces every letter shares, in the order a business letter has them: date, addressee,
// subject, salutation … then a block of facts about the document, and the CFO's signature.
import { formatLongDate } from './format';
import type { LetterHolder, LetterheadInput } from './letter-input';
import { BODY, COLORS, PAGE, type PageFlow } from './page-flow';
import type { Span } from './typeset';

const ADDRESS_WIDTH = 280;

function addressLines(address: string): string[] {
  return address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Date, addressee, subject line and salutation. */
export function drawOpening(flow: PageFlow, letterDate: string, holder: LetterHolder, subject: string): void {
  const { ts } = flow;
  const size = BODY.size;
  ts.drawText(formatLongDate(letterDate), PAGE.left, flow.y + size, { size, color: COLORS.text });
  flow.gap(BODY.lineHeight * 1.6);

  // The letter shows the ID number's last four only, and says the letter is personal.
  ts.drawText('PERSONAL AND CONFIDENTIAL', PAGE.left, flow.y + 8, { size: 8, weight: 'bold', color: COLORS.muted });
  flow.gap(BODY.lineHeight);
  for (const [i, text] of [holder.name, ...addressLines(holder.address)].entries()) {
    for (const line of ts.wrap([{ text, weight: i === 0 ? 'bold' : 'regular' }], size, ADDRESS_WIDTH)) {
      flow.ensure(BODY.lineHeight); // only an absurdly long address would need it
      ts.drawLine(line, PAGE.left, flow.y + size, size, COLORS.text);
      flow.gap(BODY.lineHeight);
    }
  }
  flow.gap(BODY.lineHeight);

  flow.paragraph([{ text: `Re: ${subject}`, weight: 'bold' }], { after: BODY.lineHeight * 0.7 });
  flow.paragraph([{ text: `Dear ${holder.name}:` }]);
}

export type Fact = readonly [label: string, value: string];

/** A two-column block of labelled facts (who, what, when, how), easy to check at a glance. */
export function drawFacts(flow: PageFlow, facts: readonly Fact[]): void {
  const { ts } = flow;
  const labelWidth = 96;
  const indent = 16;
  const valueX = PAGE.left + indent + labelWidth;
  const valueWidth = PAGE.right - valueX;
  const rows = facts.map(([label, value]) => ({ label, lines: ts.wrap([{ text: value }], BODY.size, valueWidth) }));
  const height = rows.reduce((h, r) => h + Math.max(1, r.lines.length) * BODY.lineHeight + 2, 0);
  flow.ensure(height + 12);
  const top = flow.y;
  flow.gap(6);
  for (const row of rows) {
    ts.drawText(row.label, PAGE.left + indent, flow.y + BODY.size, { size: 9, weight: 'bold', color: COLORS.muted });
    for (const line of row.lines) {
      ts.drawLine(line, valueX, flow.y + BODY.size, BODY.size, COLORS.text);
      flow.gap(BODY.lineHeight);
    }
    flow.gap(2);
  }
  flow.gap(4);
  // A hairline down the left edge groups the facts without the weight of a box.
  ts.doc.moveTo(PAGE.left + 4, top + 2).lineTo(PAGE.left + 4, flow.y - 4).lineWidth(2).strokeColor(COLORS.headerFill).stroke();
  flow.gap(BODY.paragraphGap);
}

/**
 * The letter's last paragraph, "Sincerely," and the CFO's name and title, kept together
 * on one page: a signature alone on a last page looks like a page went missing.
 */
export function drawClosing(flow: PageFlow, head: LetterheadInput, lastParagraph: Span[]): void {
  const signatureSpace = 30;
  // The company is in the letterhead; the signature block names the officer and the office.
  const lines: Span[][] = [[{ text: head.cfoName, weight: 'bold' }], [{ text: head.cfoTitle }]];
  const height =
    flow.measure(lastParagraph) + BODY.paragraphGap / 2 + BODY.lineHeight + signatureSpace + lines.length * BODY.lineHeight;
  flow.ensure(height);
  flow.paragraph(lastParagraph);
  flow.gap(BODY.paragraphGap / 2);
  flow.paragraph([{ text: 'Sincerely,' }], { after: signatureSpace });
  for (const spans of lines) {
    if (spans.every((s) => s.text.trim() === '')) continue;
    flow.paragraph(spans, { after: 0 });
  }
}
