// Notice that a document arrived after the expiration. Receipt is what counts ("delivery will be
// deemed made only when actually received"), so the letter states both instants side by side and
// says plainly which election stands instead.
import { OfferDeskError } from '../core/errors';
import { formatInstant, formatInstantDate } from './format';
import { drawGrantTable } from './grant-table';
import { DOCUMENT_NAMES, type LateDeliveryNoticeInput } from './letter-input';
import type { LetterBody } from './letter-frame';
import { drawFacts } from './letter-parts';
import type { PageFlow } from './page-flow';
import { describeDocument, electionSummary, questionsLine, viaText, whoText } from './wording';

export function lateNoticeBody(input: LateDeliveryNoticeInput): LetterBody {
  const { document: doc, letterhead: head, holder, election } = input;
  // A late notice for a timely document would tell an employee their election failed when it
  // did not: refuse to print it.
  if (doc.receivedAt <= input.expiration) {
    throw new OfferDeskError(
      'invalid-input',
      `A late-delivery notice needs a document received after the expiration (received ${doc.receivedAt}, expiration ${input.expiration}).`,
    );
  }
  const name = DOCUMENT_NAMES[doc.kind];
  const received = formatInstant(doc.receivedAt, head.zone);
  const expiration = formatInstant(input.expiration, head.zone);
  const governing = election.governingDocument;
  return {
    title: 'Notice of late delivery',
    subject: `Late delivery of your ${name} received ${formatInstantDate(doc.receivedAt, head.zone)}`,
    lastParagraph: questionsLine(head),
    draw(flow: PageFlow) {
      flow.paragraph([{ text: 'We received the following document from you under the Offer to Exchange Options:' }]);
      drawFacts(flow, [
        ['From', whoText(holder)],
        ['Document', `${name} (our document no. ${doc.id})`],
        ['Received', `${received}, ${viaText(doc.via)}`],
        ['Offer expired', expiration],
        ['Status', 'Received after the expiration: no effect'],
      ]);
      flow.paragraph([
        { text: `The Offer expired on ${expiration}. This ${name} was received on ${received}, ` },
        { text: 'after the expiration, so it has no effect on your election.', weight: 'bold' },
        {
          text:
            ' Under the terms of the Offer, delivery is made only when a document is actually received by the ' +
            'Company. We have kept the document with our records of the Offer.',
        },
      ]);
      flow.paragraph([
        { text: 'Your election remains as it was at the expiration', weight: 'bold' },
        { text: governing ? `, governed by ${describeDocument(governing, head.zone)}. ` : '. ' },
        { text: electionSummary(election) },
      ]);
      drawGrantTable(flow, election.grants, 'Your election at the expiration, grant by grant');
    },
  };
}
