// The confirmation the Offer promises "within five business days of receipt": who sent what,
// when it was received and how, and the holder's resulting election grant by grant.
//
// It must be honest about the document it confirms. Only a governing document "supersedes all
// earlier elections"; a superseded one is confirmed as received but without effect, and a
// defective one as received but without effect until its defects are cured or waived.
import { formatInstant, formatInstantDate } from './format';
import { drawGrantTable } from './grant-table';
import { DOCUMENT_NAMES, type ConfirmationLetterInput } from './letter-input';
import type { LetterBody } from './letter-frame';
import { drawFacts, type Fact } from './letter-parts';
import { COLORS, type PageFlow } from './page-flow';
import { changeInstructions, describeDocument, electionSummary, LOOKBACK_NOTE, questionsLine, RAISED_NOTE, viaText, whoText } from './wording';

const STANDING_TEXT: Record<ConfirmationLetterInput['standing'], string> = {
  governing: 'Governs your election',
  superseded: 'Received; superseded by a later document (no effect)',
  defective: 'Received; not in proper form (no effect until cured)',
};

/** What the standing means for the holder, and what their election is as a result. */
function standingParagraph(input: ConfirmationLetterInput): string {
  const { document: doc, election, letterhead: head } = input;
  const name = DOCUMENT_NAMES[doc.kind];
  const governing = election.governingDocument;
  switch (input.standing) {
    case 'governing':
      return (
        `This ${name} was properly made and received before the expiration of the Offer. ` +
        'It now governs your election, and it supersedes all of your earlier elections: it replaces in full ' +
        `every ${DOCUMENT_NAMES.election} and ${DOCUMENT_NAMES.notice} you delivered before it.` +
        (doc.kind === 'notice' ? ' All of your previously tendered options are withdrawn from the Offer.' : '')
      );
    case 'superseded':
      return (
        `We received this ${name}, but it does not govern your election and has no effect on it: ` +
        (governing && governing.id !== doc.id
          ? `a later document, ${describeDocument(governing, head.zone)}, supersedes it.`
          : 'a later document supersedes it.')
      );
    case 'defective': {
      const missing = input.openDefects.map((d) => d.description.replace(/\.$/, '')).join('; ');
      const deadline = input.cureDeadline === null ? 'the expiration of the Offer' : formatInstant(input.cureDeadline, head.zone);
      return (
        `We received this ${name}, but it is not in proper form, so it has no effect on your election ` +
        `unless and until its defects are cured (or waived by the Company). What is missing: ${missing}. ` +
        `To cure it, deliver a corrected, signed ${name} to ${head.cfoName} by fax at ${head.fax} or by hand, ` +
        `so that it is received no later than ${deadline}. Until then, your election is unchanged` +
        (governing ? ` and is governed by ${describeDocument(governing, head.zone)}.` : '.')
      );
    }
  }
}

export function confirmationBody(input: ConfirmationLetterInput): LetterBody {
  const { document: doc, election, letterhead: head, holder } = input;
  const name = DOCUMENT_NAMES[doc.kind];
  return {
    title: 'Confirmation',
    subject: `Confirmation of your ${name} received ${formatInstantDate(doc.receivedAt, head.zone)}`,
    lastParagraph: `Please keep this letter with your records. ${questionsLine(head)}`,
    draw(flow: PageFlow) {
      flow.paragraph([
        { text: 'We confirm receipt of the following document under the Offer to Exchange Options:' },
      ]);
      const facts: Fact[] = [
        ['From', whoText(holder)],
        ['Document', `${name} (our document no. ${doc.id})`],
        ['Received', `${formatInstant(doc.receivedAt, head.zone)}, ${viaText(doc.via)}`],
        ['Status', STANDING_TEXT[input.standing]],
      ];
      drawFacts(flow, facts);
      flow.paragraph([{ text: standingParagraph(input) }]);
      // A superseded document's holder needs the why: core's explanation says what governs
      // instead. (A governing one is explained above; a defective one lists what is missing.)
      if (input.standing === 'superseded' && election.explanation.trim()) {
        flow.paragraph([{ text: election.explanation.trim() }], { size: 8.5, lineHeight: 11.5, color: COLORS.muted });
      }
      flow.paragraph([
        { text: 'Your election now stands as follows. ', weight: 'bold' },
        { text: electionSummary(election) },
      ]);
      drawGrantTable(flow, election.grants, 'Your election, grant by grant');
      const notes = [
        ...(election.grants.some((g) => g.required) ? [LOOKBACK_NOTE] : []),
        ...(election.grants.some((g) => g.raisedByLookback) ? [RAISED_NOTE] : []),
      ];
      if (notes.length > 0) {
        flow.paragraph([{ text: notes.join(' ') }], { size: 8.5, lineHeight: 11.5, color: COLORS.muted });
      }
      flow.paragraph([{ text: changeInstructions(input.letterDate, head) }]);
    },
  };
}
