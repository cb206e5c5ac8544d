// The two forms a holder answers the offer with, in the offer's own words (Alpha's exhibit (a)(4)
// for the Notice; the Election Form in the same voice): the Election Form listing the holder's
// eligible grants with a box for the shares tendered, and the Notice to Change Election From
// Accept to Reject with its withdrawal box. Names, the officer, fax number, address, plans and
// the expiration come from the offer, never from the text of Alpha's paper.
import { formatPrice, formatShares, formatShortDate } from './format';
import { drawCheckbox, drawFormFoot, expirationText } from './form-page';
import { DOCUMENT_NAMES } from './letter-input';
import { BODY, COLORS, PAGE, type PageFlow } from './page-flow';
import type { FormGrantLine, FormHolder, PersonalFormsOffer } from './personal-form-input';
import { LOOKBACK_NOTE } from './wording';
import type { StampBook } from './form-stamps';

// A batch prints the same few hundred grant dates over and over; luxon formats each once.
const shortDates = new Map<string, string>();
function shortDate(date: string): string {
  let text = shortDates.get(date);
  if (text === undefined) {
    text = formatShortDate(date);
    if (shortDates.size > 10_000) shortDates.clear();
    shortDates.set(date, text);
  }
  return text;
}

interface Column {
  header: string;
  width: number;
  align: 'left' | 'right' | 'center';
  cell(g: FormGrantLine): string;
}

const COLUMNS: readonly Column[] = [
  { header: 'Grant ID', width: 82, align: 'left', cell: (g) => g.grantId },
  { header: 'Plan', width: 44, align: 'left', cell: (g) => g.plan },
  { header: 'Grant date', width: 70, align: 'left', cell: (g) => shortDate(g.grantDate) },
  { header: 'Exercise\nprice', width: 60, align: 'right', cell: (g) => formatPrice(g.exercisePrice) },
  { header: 'Shares\noutstanding', width: 72, align: 'right', cell: (g) => formatShares(g.shares) },
  { header: 'Required\n(look-back)', width: 64, align: 'center', cell: (g) => (g.required ? 'Yes' : 'No') },
];
const TENDER_HEADER = 'Shares tendered\n(write the number)';
const TENDER_WIDTH = PAGE.contentWidth - COLUMNS.reduce((w, c) => w + c.width, 0);
const SIZE = 8.5;
const ROW = 24;
const HEAD_ROW = 26;
const PAD = 4;

function drawTableHead(flow: PageFlow): void {
  const { ts } = flow;
  ts.doc.rect(PAGE.left, flow.y, PAGE.contentWidth, HEAD_ROW).fill(COLORS.headerFill);
  let x = PAGE.left;
  for (const col of [...COLUMNS, { header: TENDER_HEADER, width: TENDER_WIDTH, align: 'center' as const }]) {
    const lines = col.header.split('\n');
    lines.forEach((text, i) => {
      // Labels sit on the row's bottom line, as in the letters' tables.
      const baseline = flow.y + HEAD_ROW - PAD - (lines.length - 1 - i) * 9.5 - 1;
      ts.drawText(text, x + PAD, baseline, { size: 7.5, weight: 'bold', color: COLORS.text, align: col.align, width: col.width - 2 * PAD });
    });
    x += col.width;
  }
  flow.gap(HEAD_ROW);
  ts.doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(0.8).strokeColor(COLORS.accent).stroke();
}

/** One grant: its facts, and an empty box the holder writes the shares tendered in. */
function drawGrantRow(flow: PageFlow, grant: FormGrantLine): void {
  const { ts } = flow;
  let x = PAGE.left;
  const baseline = flow.y + ROW / 2 + SIZE * 0.35;
  for (const col of COLUMNS) {
    // A grant id longer than its column is shrunk onto one line rather than wrapped under the box.
    const text = col.cell(grant);
    const natural = ts.runWidth({ text, face: 'regular' }, SIZE);
    const size = natural > col.width - 2 * PAD ? (SIZE * (col.width - 2 * PAD)) / natural : SIZE;
    ts.drawText(text, x + PAD, baseline, { size, weight: col === COLUMNS[0] || grant.required ? 'bold' : 'regular', color: COLORS.text, align: col.align, width: col.width - 2 * PAD });
    x += col.width;
  }
  ts.doc.rect(x + 6, flow.y + 3, TENDER_WIDTH - 12, ROW - 6).lineWidth(0.9).strokeColor(COLORS.text).stroke();
  flow.gap(ROW);
  ts.doc.moveTo(PAGE.left, flow.y).lineTo(PAGE.right, flow.y).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
}

function drawGrants(flow: PageFlow, grants: readonly FormGrantLine[]): void {
  if (grants.length === 0) {
    // Not reached from a roster (every roster row is a grant); said plainly rather than left blank.
    flow.paragraph([{ text: 'No eligible option grants are recorded for you. If you hold options you believe are eligible, call the officer named below before the Offer expires.', weight: 'bold' }]);
    return;
  }
  flow.ensure(HEAD_ROW + ROW * Math.min(grants.length, 3));
  drawTableHead(flow);
  for (const grant of grants) {
    // A long list goes on over the page, its head drawn again above the rest.
    if (flow.ensure(ROW)) drawTableHead(flow);
    drawGrantRow(flow, grant);
  }
  flow.gap(BODY.paragraphGap);
}

/**
 * The Election Form's body: the election, the grants with their boxes, the look-back rule, the
 * signature. Only the grants are the holder's; the words above and below them are stamps.
 */
export function drawElectionForm(flow: PageFlow, stamps: StampBook, offer: PersonalFormsOffer, holder: FormHolder): void {
  const company = offer.letterhead.company;
  const expiration = expirationText(offer);
  stamps.place(flow, 'election:top', (f) => {
    f.paragraph([
      {
        text:
          `I have received the Offer to Exchange of ${company} (the \u201cCompany\u201d) and this Election Form. ` +
          `I elect to accept the Company\u2019s offer to exchange (the \u201cOffer\u201d) the options I tender below for New Options on the terms of the Offer.`,
      },
    ]);
    f.paragraph([
      { text: 'For each grant, write in the box the number of shares you tender: ' },
      { text: 'all of the shares outstanding, part of them, or 0 to keep the grant.', weight: 'bold' },
      { text: ' A grant left blank is not tendered.' },
    ]);
  });
  drawGrants(flow, holder.grants);
  const lookback = holder.grants.some((g) => g.required);
  stamps.place(flow, `election:bottom:${lookback}`, (f) => {
    if (lookback) f.paragraph([{ text: LOOKBACK_NOTE }], { size: 8.5, lineHeight: 11.5 });
    f.paragraph([
      {
        text:
          `I understand that this Election Form, once received by the Company, replaces in full every ${DOCUMENT_NAMES.election} or ` +
          `${DOCUMENT_NAMES.notice} I delivered before it, and that I may change my election until the Offer expires on ${expiration}. ` +
          `To withdraw all of my tendered options I will deliver the ${DOCUMENT_NAMES.notice} instead.`,
      },
    ]);
    f.paragraph([{ text: 'I have signed this Election Form as my name is written on the face of my option agreement(s), and printed my name below.' }]);
    drawFormFoot(f, offer);
  });
}

/** "the Alpha Technologies Group, Inc. 1994 Stock Option Plan or 1985 Stock Option Plan". */
function plansText(offer: PersonalFormsOffer): string {
  const plans = offer.plans.map((p) => `${p} Stock Option Plan`);
  const list = plans.length <= 1 ? (plans[0] ?? 'stock option plan') : `${plans.slice(0, -1).join(', ')} or ${plans.at(-1) ?? ''}`;
  return `the ${offer.letterhead.company} ${list}`;
}

/** The Notice to Change Election From Accept to Reject, in exhibit (a)(4)'s words. */
export function drawNoticeForm(flow: PageFlow, stamps: StampBook, offer: PersonalFormsOffer): void {
  // Nothing in the Notice's body is the holder's: the whole of it is one stamp.
  stamps.place(flow, 'notice:body', (f) => drawNoticeBody(f, offer));
}

function drawNoticeBody(flow: PageFlow, offer: PersonalFormsOffer): void {
  const head = offer.letterhead;
  const company = head.company;
  const officer = head.cfoName;
  const expiration = expirationText(offer);
  const address = [company, ...head.addressLines].join(', ');
  const phone = head.phone.trim() ? ` (telephone ${head.phone})` : '';
  const paragraphs = [
    `I previously received a copy of the Offer to Exchange and an Election Form. I signed and returned the Election Form, in which I elected to accept ` +
      `${company}\u2019s (the \u201cCompany\u201d) offer to exchange (the \u201cOffer\u201d) some of or all of my options. I now wish to change that election ` +
      `and reject the Company\u2019s Offer to exchange my options. I understand that by signing this Notice and delivering it to ${officer} by ${expiration} ` +
      'I will be able to withdraw my acceptance of the Offer and reject the Offer to exchange options instead.',
    `I understand that in order to reject the Offer, I must sign, date and deliver this Notice via facsimile (fax number ${head.fax}) or hand delivery ` +
      `to ${officer} at ${address}${phone} by ${expiration}.`,
    'I understand that by rejecting the Offer to exchange options, I will not receive any New Options pursuant to the Offer and I will keep the Old Options ' +
      `that I have. My Old Options will continue to be governed by ${plansText(offer)}, as the case may be, and by the existing option agreements ` +
      'between the Company and me.',
    `I understand that I may change this election, and once again accept the Offer to exchange options, by submitting a new Election Form to ${officer} ` +
      `via facsimile (fax number ${head.fax}) prior to ${expiration}.`,
  ];
  for (const text of paragraphs) flow.paragraph([{ text }]);
  drawCheckbox(flow, 'Yes, I wish to withdraw my previously tendered options in full and I do not accept the Offer to exchange any options.');
  flow.paragraph([{ text: 'I have signed this Notice and printed my name exactly as it appears on the Election Form.' }]);
  drawFormFoot(flow, offer);
}
