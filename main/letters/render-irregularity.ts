// Notice of a document's defects: what is wrong, how to cure it, and by when. The Offer
// (Instruction 5) says nobody is obliged to give such notice, so the letter says it is a courtesy
// — it must not read as a promise that every defect will be pointed out.
import { isPaperDefect } from '../core/types';
import { formatInstant, formatInstantDate } from './format';
import { DOCUMENT_NAMES, type IrregularityNoticeInput } from './letter-input';
import type { LetterBody } from './letter-frame';
import { drawFacts } from './letter-parts';
import type { PageFlow } from './page-flow';
import { deliveryDirections, questionsLine, viaText, whoText } from './wording';

/**
 * Paper that no cure can make count (someone not on the roster; a grant that is not the sender's):
 * the notice says it was received and kept on record, why it has no effect, and what to do instead.
 */
function neverCountsParagraphs(flow: PageFlow, input: IrregularityNoticeInput): void {
  const head = input.letterhead;
  const deadline = formatInstant(input.cureDeadline, head.zone);
  const notOnRoster = input.defects.some((d) => d.kind === 'not-on-roster');
  flow.paragraph([
    {
      text: notOnRoster
        ? 'Our records do not show you as a holder of options eligible for the Offer, so this document cannot take effect. ' +
          'It is kept on record as received. If you believe you hold eligible options, please contact us at once'
        : 'An Election Form can tender only your own eligible option grants, so this form cannot take effect as delivered. ' +
          'It is kept on record as received, and your election remains as it was before you delivered it. ' +
          'If you wish to tender your eligible options, deliver a new Election Form naming only your own grants',
    },
    { text: notOnRoster ? `: any document that is to count must actually be received by the Company no later than ${deadline}` : `; the Company must actually receive it no later than ${deadline}`, weight: 'bold' },
    { text: `, delivered ${deliveryDirections(head)}.` },
  ]);
}

export function irregularityBody(input: IrregularityNoticeInput): LetterBody {
  const { document: doc, letterhead: head, holder } = input;
  const neverCounts = input.defects.some((d) => isPaperDefect(d.kind));
  const name = DOCUMENT_NAMES[doc.kind];
  const deadline = formatInstant(input.cureDeadline, head.zone);
  const several = input.defects.length > 1;
  return {
    title: 'Notice of irregularities',
    subject: `Irregularities in your ${name} received ${formatInstantDate(doc.receivedAt, head.zone)}`,
    lastParagraph: questionsLine(head),
    draw(flow: PageFlow) {
      flow.paragraph([{ text: 'We received the following document from you under the Offer to Exchange Options:' }]);
      drawFacts(flow, [
        ['From', whoText(holder)],
        ['Document', `${name} (our document no. ${doc.id})`],
        ['Received', `${formatInstant(doc.receivedAt, head.zone)}, ${viaText(doc.via)}`],
        ['Status', neverCounts ? 'Not in proper form: no effect' : 'Not in proper form: no effect until cured'],
        [neverCounts ? 'New document by' : 'Cure by', deadline],
      ]);
      flow.paragraph([
        { text: `The document is not in proper form, for the following ${several ? 'reasons' : 'reason'}:` },
      ]);
      for (const defect of input.defects) {
        flow.paragraph([{ text: defect.description }], { indent: 18, marker: '\u2022', after: 4 });
      }
      flow.gap(4);
      if (neverCounts) neverCountsParagraphs(flow, input);
      else curingParagraphs(flow, input, name, deadline, several);
      courtesyParagraph(flow);
    },
  };
}

function curingParagraphs(flow: PageFlow, input: IrregularityNoticeInput, name: string, deadline: string, several: boolean): void {
  const head = input.letterhead;
  flow.paragraph([
    {
      text:
        `Until ${several ? 'these defects are' : 'this defect is'} cured (or waived by the Company), ` +
        `this ${name} has no effect: your election remains as it was before you delivered it.`,
    },
  ]);
  flow.paragraph([
    { text: 'How to cure. ', weight: 'bold' },
    { text: `${input.howToCure.trim()} ` },
    { text: `The Company must actually receive the cure no later than ${deadline}`, weight: 'bold' },
    { text: `, delivered ${deliveryDirections(head)}. A document cured in time keeps its place by its original receipt time.` },
  ]);
}

function courtesyParagraph(flow: PageFlow): void {
  flow.paragraph([
    {
      text:
        'We send this notice as a courtesy: under the terms of the Offer, neither the Company nor anyone else ' +
        'is obliged to give notice of defects or irregularities, or is liable for not giving it. The Company ' +
        'decides all questions of form and validity; it may reject a document not in proper form or waive a ' +
        'defect, and its decisions are final and binding.',
    },
  ]);
}
