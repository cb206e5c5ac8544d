// The Promise to Grant Stock Option(s) (Alpha's exhibit (a)(5)): after the close, each holder
// whose options were accepted is told, grant by grant, which old shares were cancelled on the
// cancellation date and how many shares the new option promised for them will cover (the exchange
// ratio applied, rounded down), when the new option is expected to be granted, at what price, how
// it vests, and that the promise holds only if the holder is still employed on the grant date.
// Everything it says comes from its input, which records the close's dates and the figures.
import { formatInstant, formatLongDate, formatPrice, formatShares, formatShortDate } from './format';
import { DOCUMENT_NAMES, type PromisedGrantLine, type PromiseToGrantLetterInput } from './letter-input';
import type { LetterBody } from './letter-frame';
import { drawFacts } from './letter-parts';
import { drawTable, type TableColumn } from './letter-table';
import { COLORS, type PageFlow } from './page-flow';
import { questionsLine, viaText, whoText } from './wording';

const COLUMNS: readonly TableColumn<PromisedGrantLine>[] = [
  { header: 'Grant ID', width: 78, align: 'left', cell: (g) => g.grantId },
  { header: 'Plan', width: 50, align: 'left', cell: (g) => g.plan },
  { header: 'Grant date', width: 70, align: 'left', cell: (g) => formatShortDate(g.grantDate) },
  { header: 'Exercise\nprice', width: 62, align: 'right', cell: (g) => formatPrice(g.exercisePrice) },
  { header: 'Shares\ncancelled', width: 72, align: 'right', cell: (g) => formatShares(g.sharesCancelled) },
  { header: 'Ratio\n(new : old)', width: 60, align: 'center', cell: (g) => `${g.ratioNew} : ${g.ratioOld}` },
  { header: 'New option\nshares', width: 76, align: 'right', cell: (g) => formatShares(g.newShares) },
];

export function promiseBody(input: PromiseToGrantLetterInput): LetterBody {
  const { letterhead: head, holder, document: doc, grants } = input;
  const company = head.company;
  const cancelled = grants.reduce((s, g) => s + g.sharesCancelled, 0);
  const promised = grants.reduce((s, g) => s + g.newShares, 0);
  const cancelledOn = formatLongDate(input.cancellationDate);
  const grantOn = formatLongDate(input.newGrantDate);
  const several = grants.length > 1;
  return {
    title: 'Promise to Grant',
    subject: `Promise to Grant Stock Option(s) under the Offer to Exchange Options of ${company}`,
    lastParagraph: `Please keep this letter with your records: it is the Company\u2019s promise to you. ${questionsLine(head)}`,
    draw(flow: PageFlow) {
      flow.paragraph([
        {
          text:
            `In exchange for your agreement to cancel the stock option${several ? 's' : ''} described below, and under the terms ` +
            `of the Offer to Exchange Options of ${company} (the \u201cOffer\u201d), ${company} (the \u201cCompany\u201d) hereby promises to grant you ` +
            `a new stock option (or options) to purchase ${formatShares(promised)} shares of the Company\u2019s common stock on or about ${grantOn}, ` +
            'subject to the terms and conditions of this letter.',
        },
      ]);
      drawFacts(flow, [
        ['To', whoText(holder)],
        ['Your election', `${DOCUMENT_NAMES[doc.kind]} (our document no. ${doc.id}), received ${viaText(doc.via)} on ${formatInstant(doc.receivedAt, head.zone)}`],
        ['Cancelled on', `${cancelledOn}: ${formatShares(cancelled)} shares under ${grants.length} option grant${several ? 's' : ''}`],
        ['New grant date', `${grantOn} (expected), for options on ${formatShares(promised)} shares`],
      ]);
      flow.paragraph([
        {
          text:
            `On ${cancelledOn} the Company accepted for exchange and cancelled the options you tendered, as shown below; ` +
            'options you did not tender remain outstanding under their existing terms.',
        },
      ]);
      drawTable(
        flow,
        COLUMNS,
        grants,
        ['Total', '', '', '', formatShares(cancelled), '', formatShares(promised)],
        'Options cancelled and new options promised, grant by grant',
      );
      flow.paragraph(
        [
          {
            text:
              'The number of shares of each new option is the number of shares cancelled multiplied by the exchange ratio ' +
              '(new shares : old shares), rounded down to a whole share; no fraction of a share is granted.',
          },
        ],
        { size: 8.5, lineHeight: 11.5, color: COLORS.muted },
      );
      flow.paragraph([
        { text: 'Grant date. ', weight: 'bold' },
        {
          text:
            `The new option${several ? 's are' : ' is'} expected to be granted on ${grantOn} (the \u201cNew Grant Date\u201d), ` +
            'as the Company set it under the terms of the Offer when the Offer closed.',
        },
      ]);
      flow.paragraph([
        { text: 'Exercise price. ', weight: 'bold' },
        {
          text: 'The exercise price per share of each new option will be the closing market price of the Company\u2019s common stock on the New Grant Date.',
        },
      ]);
      flow.paragraph([
        { text: 'Vesting. ', weight: 'bold' },
        {
          text:
            'Each new option will vest on the same schedule as the cancelled option it replaces, and will otherwise be subject to ' +
            'the stock option plan under which it is granted and a new option agreement between you and the Company.',
        },
      ]);
      flow.paragraph([
        { text: 'Continued employment. ', weight: 'bold' },
        {
          text:
            'This promise is conditioned on your continued employment with the Company or one of its subsidiaries through the New Grant Date. ' +
            'If your employment ends for any reason before then, you will not receive the new option, and the cancelled options will not be returned. ',
        },
        { text: 'This promise is not a guarantee of employment for any period.', weight: 'bold' },
      ]);
    },
  };
}
