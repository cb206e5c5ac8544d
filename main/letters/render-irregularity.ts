// Notice of a document's defects: what is wrong, how to cure it, and by when. The Offer
// (Instruction 5) says nobody is obliged to give such notice, so the letter says it is a courtesy
// — it must not read as a promise that every defect will be pointed out.
import { formatInstant, formatInstantDate } from './format';
import { DOCUMENT_NAMES, type IrregularityNoticeInput } from './letter-input';
import type { LetterBody } from './letter-frame';
import { drawFacts } from './letter-parts';
import type { PageFlow } from './page-flow';
import { deliveryDirections, questionsLine, viaText } from './wording';

export function irregularityBody(input: IrregularityNoticeInput): LetterBody {
  const { document: doc, letterhead: head, holder } = input;
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
        ['From', `${holder.name} (employee ID ${holder.employeeId}, ID ending ${holder.idLast4})`],
        ['Document', `${name} (our document no. ${doc.id})`],
        ['Received', `${formatInstant(doc.receivedAt, head.zone)}, ${viaText(doc.via)}`],
        ['Status', 'Not in proper form: no effect until cured'],
        ['Cure by', deadline],
      ]);
      flow.paragraph([
        { text: `The document is not in proper form, for the following ${several ? 'reasons' : 'reason'}:` },
      ]);
      for (const defect of input.defects) {
        flow.paragraph([{ text: defect.description }], { indent: 18, marker: '\u2022', after: 4 });
      }
      flow.gap(4);
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
      flow.paragraph([
        {
          text:
            'We send this notice as a courtesy: under the terms of the Offer, neither the Company nor anyone else ' +
            'is obliged to give notice of defects or irregularities, or is liable for not giving it. The Company ' +
            'decides all questions of form and validity; it may reject a document not in proper form or waive a ' +
            'defect, and its decisions are final and binding.',
        },
      ]);
    },
  };
}
