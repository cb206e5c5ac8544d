// The parts every page of a personalised form shares: the head (the company, the form's title,
// whom it is for, and the 2-D code in the top right corner), the signature block and the
// "return to" box. The code sits in the corner farthest from where anyone writes (the grant boxes
// and signatures are in the body and at the foot), so a pen stroke or a staple does not cross it,
// and under the fax header line a receiving fax server stamps across the top edge.
import { formCodeText } from '../core/form-code';
import type { DocumentKind } from '../core/types';
import { formatInstant } from './format';
import { drawQrSymbol, symbolExtent, type ModuleMatrix } from './form-code-symbol';
import { DOCUMENT_NAMES } from './letter-input';
import { BODY, COLORS, PAGE, PageFlow } from './page-flow';
import type { StampBook } from './form-stamps';
import type { FormHolder, PersonalFormsOffer } from './personal-form-input';
import type { Typesetter } from './typeset';

/** The code's quiet zone starts this far from the page's top and right edges (inside any printer's margin). */
const CODE_INSET = 30;
/** Gap between the head's text and the code's quiet zone. */
const CODE_GAP = 12;

/** The form's name as the offer's paper prints it. */
export function formName(kind: DocumentKind): string {
  return DOCUMENT_NAMES[kind];
}

/** The form's name where room is short (the code's caption, the footer). */
export function shortFormName(kind: DocumentKind): string {
  return kind === 'election' ? 'Election Form' : 'Notice';
}

const expirations = new WeakMap<PersonalFormsOffer, string>();

/** "March 31, 2003 at 5:00 PM ET": the expiration in force, as every form states it. */
export function expirationText(offer: PersonalFormsOffer): string {
  // Said several times on every page of a batch; luxon's formatting showed in its profile.
  let text = expirations.get(offer);
  if (text === undefined) {
    text = formatInstant(offer.letterhead.expiresAt, offer.letterhead.zone);
    expirations.set(offer, text);
  }
  return text;
}

/**
 * Draws the head of a page of `holder`'s form of `kind` (every page has it whole, code included:
 * a page faxed alone still says whose it is) and returns where the body starts. The company and
 * the titles are the same on every copy: they come from `stamps`.
 */
export function drawFormHead(
  ts: Typesetter,
  stamps: StampBook,
  codes: (text: string) => ModuleMatrix,
  offer: PersonalFormsOffer,
  holder: FormHolder,
  kind: DocumentKind,
  pageNumber: number,
): number {
  const head = offer.letterhead;
  const matrix = codes(formCodeText(offer.ledgerId, holder.employeeId, kind));
  const extent = symbolExtent(matrix);
  const codeX = PAGE.width - CODE_INSET - extent;
  drawQrSymbol(ts.doc, matrix, codeX, CODE_INSET);
  // The code's words under it, for a person: which holder and which form this page is.
  const captionBaseline = CODE_INSET + extent + 7;
  ts.drawText(`${holder.employeeId} \u00b7 ${shortFormName(kind)}`, codeX, captionBaseline, {
    size: 7,
    color: COLORS.muted,
    align: 'center',
    width: extent,
  });

  // Left of the code: as wide as this code allows (a long employee id makes a larger symbol).
  const width = codeX - CODE_GAP - PAGE.left;
  const lines = (flow: PageFlow, text: string, size: number, weight: 'regular' | 'bold', color: string, lineHeight: number) => {
    for (const line of ts.wrap([{ text, weight }], size, width)) {
      ts.drawLine(line, PAGE.left, flow.y + size, size, color);
      flow.y += lineHeight;
    }
  };
  const flow = new PageFlow(ts, () => PAGE.top);
  flow.y = PAGE.top;
  stamps.place(flow, `head:${kind}:${pageNumber > 1}:${width}`, (f) => {
    lines(f, head.company, 13, 'bold', COLORS.accent, 16);
    const contact = [...head.addressLines, `Fax ${head.fax}`, ...(head.phone.trim() ? [`Telephone ${head.phone}`] : [])];
    lines(f, contact.join('  \u00b7  '), 8, 'regular', COLORS.muted, 10.5);
    f.y += 8;
    lines(f, 'OFFER TO EXCHANGE OPTIONS', 9, 'bold', COLORS.text, 12);
    lines(f, formName(kind).toUpperCase() + (pageNumber > 1 ? ' (CONTINUED)' : ''), 12.5, 'bold', COLORS.text, 15.5);
    f.y += 6;
  });
  lines(flow, `Prepared for ${holder.name} (employee ID ${holder.employeeId})`, BODY.size, 'bold', COLORS.text, BODY.lineHeight);

  const ruleY = Math.max(flow.y, captionBaseline) + 6;
  ts.doc.moveTo(PAGE.left, ruleY).lineTo(PAGE.right, ruleY).lineWidth(1).strokeColor(COLORS.accent).stroke();
  return ruleY + 14;
}

const SIGNATURE_ROWS: readonly (readonly [string, string])[] = [
  ['SIGNATURE', 'DATE AND TIME SIGNED'],
  ['NAME (PLEASE PRINT)', 'E-MAIL ADDRESS'],
  ['SOCIAL SECURITY, TAX OR NATIONAL ID NUMBER', 'IF SIGNED FOR THE HOLDER: CAPACITY'],
];
const SIGNATURE_ROW_HEIGHT = 34;

function signatureHeight(): number {
  return SIGNATURE_ROWS.length * SIGNATURE_ROW_HEIGHT;
}

/** Lines to write on, each labelled under it as on the offer's own form (Instructions 2 and 3 say what is needed). */
function drawSignatureBlock(flow: PageFlow): void {
  const { ts } = flow;
  const column = (PAGE.contentWidth - 36) / 2;
  for (const [left, right] of SIGNATURE_ROWS) {
    const lineY = flow.y + 22;
    for (const [i, label] of [left, right].entries()) {
      const x = PAGE.left + i * (column + 36);
      ts.doc.moveTo(x, lineY).lineTo(x + column, lineY).lineWidth(0.7).strokeColor(COLORS.text).stroke();
      ts.drawText(label, x, lineY + 9, { size: 6.8, color: COLORS.muted });
    }
    flow.gap(SIGNATURE_ROW_HEIGHT);
  }
}

function returnLines(offer: PersonalFormsOffer): string[] {
  const head = offer.letterhead;
  return [
    `RETURN TO ${head.cfoName.toUpperCase()} NO LATER THAN ${expirationText(offer).toUpperCase()}`,
    `BY FAX TO ${head.fax} OR BY HAND AT ${[head.company, ...head.addressLines].join(', ').toUpperCase()}`,
    `THE COMPANY WILL SEND A CONFIRMATION WITHIN FIVE BUSINESS DAYS OF RECEIPT`,
  ];
}

const RETURN_SIZE = 7.8;
const RETURN_LINE = 10.5;

function returnHeight(ts: Typesetter, offer: PersonalFormsOffer): number {
  const lines = returnLines(offer).flatMap((text) => ts.wrap([{ text, weight: 'bold' }], RETURN_SIZE, PAGE.contentWidth - 16));
  return lines.length * RETURN_LINE + 12;
}

/** The boxed reminder of where, how and by when the form must arrive: receipt is what counts. */
function drawReturnBox(flow: PageFlow, offer: PersonalFormsOffer): void {
  const { ts } = flow;
  const height = returnHeight(ts, offer);
  const top = flow.y;
  ts.doc.rect(PAGE.left, top, PAGE.contentWidth, height).lineWidth(0.8).strokeColor(COLORS.accent).stroke();
  let y = top + 6;
  for (const text of returnLines(offer)) {
    for (const line of ts.wrap([{ text, weight: 'bold' }], RETURN_SIZE, PAGE.contentWidth - 16)) {
      ts.drawLine(line, PAGE.left + 8, y + RETURN_SIZE, RETURN_SIZE, COLORS.text, 'center', PAGE.contentWidth - 16);
      y += RETURN_LINE;
    }
  }
  flow.y = top + height;
}

/** The signature block and the return box, kept together on one page. */
export function drawFormFoot(flow: PageFlow, offer: PersonalFormsOffer): void {
  flow.ensure(signatureHeight() + 8 + returnHeight(flow.ts, offer));
  drawSignatureBlock(flow);
  flow.gap(8);
  drawReturnBox(flow, offer);
}

/** A box to mark, with its statement beside it (the Notice's withdrawal box). */
export function drawCheckbox(flow: PageFlow, statement: string): void {
  const { ts } = flow;
  const box = 11;
  const indent = box + 10;
  const lines = ts.wrap([{ text: statement, weight: 'bold' }], BODY.size, PAGE.contentWidth - indent);
  flow.ensure(lines.length * BODY.lineHeight + 4);
  ts.doc.rect(PAGE.left, flow.y, box, box).lineWidth(1).strokeColor(COLORS.text).stroke();
  for (const line of lines) {
    ts.drawLine(line, PAGE.left + indent, flow.y + BODY.size, BODY.size, COLORS.text);
    flow.gap(BODY.lineHeight);
  }
  flow.gap(BODY.paragraphGap);
}
