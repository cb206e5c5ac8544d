// The frame every letter is drawn in: letterhead and opening on its first page, the
// continuation header on the others, closing and signature, then footers numbered per letter.
// Each letter kind only supplies its body.
import { formatAnchor } from '../core/anchor';
import { formatLongDate } from './format';
import type { LetterInput } from './letter-input';
import { drawClosing, drawOpening } from './letter-parts';
import { drawContinuationHeader, drawLetterhead, stampFooters } from './letterhead';
import { PageFlow } from './page-flow';
import type { Typesetter } from './typeset';

export interface LetterBody {
  /** Short name of the letter for the footer, e.g. "Confirmation". */
  title: string;
  /** The "Re:" line. */
  subject: string;
  /** The paragraph before "Sincerely,", kept on the signature's page. */
  lastParagraph: string;
  draw(flow: PageFlow): void;
}

/** Draws one whole letter, starting on a new page of `ts.doc`. Returns its page count. */
export function drawLetterFrame(ts: Typesetter, input: LetterInput, body: LetterBody): number {
  const head = input.letterhead;
  const about = `${input.holder.name} \u00b7 ${formatLongDate(input.letterDate)}`;
  const flow = new PageFlow(ts, () => drawContinuationHeader(ts, head.company, about));
  flow.start();
  drawLetterhead(flow, head);
  drawOpening(flow, input.letterDate, input.holder, body.subject);
  body.draw(flow);
  drawClosing(flow, head, [{ text: body.lastParagraph }]);
  stampFooters(flow, `Offer to Exchange Options \u00b7 ${body.title} \u00b7 Document no. ${input.document.id}`, input.anchor === undefined ? null : formatAnchor(input.anchor));
  return flow.pageCount;
}
