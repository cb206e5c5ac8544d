// The correction letter: "Our confirmation of <date> was in error; your election stands as
// follows." A letter already sent is a fact and is never withdrawn; this one says which of the
// desk's letters was wrong, why (the document was recorded by mistake, or an extension made it
// timely or late), and restates the holder's election as it stands now, grant by grant.
import { formatInstant, formatInstantDate, formatLongDate } from './format';
import { drawGrantTable } from './grant-table';
import { DOCUMENT_NAMES, type CorrectionLetterInput, type LetterInError } from './letter-input';
import type { LetterBody } from './letter-frame';
import { drawFacts } from './letter-parts';
import { COLORS, type PageFlow } from './page-flow';
import { changeInstructions, describeDocument, electionSummary, LOOKBACK_NOTE, questionsLine, RAISED_NOTE, viaText, whoText } from './wording';

const LETTER_NAMES: Record<LetterInError['kind'], string> = {
  confirmation: 'confirmation',
  irregularity: 'notice of irregularities',
  'late-delivery': 'notice of late delivery',
  correction: 'correction letter',
  'promise-to-grant': 'Promise to Grant',
};

const STATUS_TEXT: Record<CorrectionLetterInput['standing'], string> = {
  governing: 'Received before the expiration; governs your election',
  superseded: 'Received before the expiration; superseded by a later document',
  defective: 'Received before the expiration; not in proper form (no effect until cured)',
  late: 'Received after the expiration: no effect',
  void: 'Recorded by mistake and voided: no effect',
};

/** "Our confirmation of March 25, 2003 and our notice of irregularities of March 26, 2003 were". */
export function lettersInErrorPhrase(inError: readonly LetterInError[]): string {
  const parts = inError.map((l) => `our ${LETTER_NAMES[l.kind]} of ${formatLongDate(l.letterDate)}`);
  const list = parts.length <= 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${parts.length === 1 ? 'was' : 'were'}`;
}

/** What is true of the document now, in words for the holder. */
function whatIsTrue(input: CorrectionLetterInput): string {
  const { document: doc, letterhead: head } = input;
  const name = DOCUMENT_NAMES[doc.kind];
  const received = formatInstant(doc.receivedAt, head.zone);
  const expiration = formatInstant(head.expiresAt, head.zone);
  switch (input.standing) {
    case 'void':
      return (
        `Our record of your ${name} received ${viaText(doc.via)} on ${received} (our document no. ${doc.id}) was made by mistake ` +
        'and has been voided. It has no effect on your election.' +
        (input.replacedBy ? ` The paper is now recorded as ${describeDocument(input.replacedBy, head.zone)} (our document no. ${input.replacedBy.id}).` : '')
      );
    case 'late':
      return `Your ${name} received ${viaText(doc.via)} on ${received} arrived after the expiration of the Offer on ${expiration}, so it has no effect on your election.`;
    case 'governing':
      return `Your ${name} received ${viaText(doc.via)} on ${received} arrived before the expiration of the Offer on ${expiration}. It is timely and it governs your election.`;
    case 'superseded':
      return `Your ${name} received ${viaText(doc.via)} on ${received} arrived before the expiration of the Offer on ${expiration}. It is timely, but a later document governs your election.`;
    case 'defective':
      return (
        `Your ${name} received ${viaText(doc.via)} on ${received} arrived before the expiration of the Offer on ${expiration}. ` +
        'It is timely, but it is not in proper form, so it has no effect on your election unless its defects are cured (or waived by the Company).'
      );
  }
}

export function correctionBody(input: CorrectionLetterInput): LetterBody {
  const { document: doc, election, letterhead: head, holder } = input;
  const name = DOCUMENT_NAMES[doc.kind];
  const opening = `${lettersInErrorPhrase(input.inError)} in error; your election stands as follows.`;
  return {
    title: 'Correction',
    subject: `Correction about your ${name} received ${formatInstantDate(doc.receivedAt, head.zone)}`,
    lastParagraph: `Please keep this letter with your records in place of the letter it corrects. ${questionsLine(head)}`,
    draw(flow: PageFlow) {
      flow.paragraph([{ text: opening, weight: 'bold' }]);
      drawFacts(flow, [
        ['To', whoText(holder)],
        ['Document', `${name} (our document no. ${doc.id})`],
        ['Received', `${formatInstant(doc.receivedAt, head.zone)}, ${viaText(doc.via)}`],
        ['Status now', STATUS_TEXT[input.standing]],
      ]);
      flow.paragraph([{ text: whatIsTrue(input) }]);
      const governing = election.governingDocument;
      flow.paragraph([
        { text: 'Your election stands as follows', weight: 'bold' },
        { text: governing ? `, governed by ${describeDocument(governing, head.zone)}. ` : '. ' },
        { text: electionSummary(election) },
      ]);
      drawGrantTable(flow, election.grants, 'Your election, grant by grant');
      const notes = [
        ...(election.grants.some((g) => g.required) ? [LOOKBACK_NOTE] : []),
        ...(election.grants.some((g) => g.raisedByLookback) ? [RAISED_NOTE] : []),
      ];
      if (notes.length > 0) flow.paragraph([{ text: notes.join(' ') }], { size: 8.5, lineHeight: 11.5, color: COLORS.muted });
      flow.paragraph([{ text: changeInstructions(input.letterDate, head) }]);
    },
  };
}
