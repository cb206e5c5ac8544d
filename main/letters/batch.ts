// Many letters as one PDF for the printer: each letter starts on a new page and numbers its own
// pages ("Page 1 of 2" restarts with every letter), so the stack can be split by hand.
//
// Every letter is typeset once, alone (renderLetter: the PDF whose SHA-256 the ledger records and
// a reprint checks), and the batch is those very PDFs joined (merge-pdfs.ts). A letter therefore
// prints exactly as its recorded bytes say, in a batch or alone.
import { OfferDeskError } from '../core/errors';
import type { LetterInput } from './letter-input';
import { parseLetterInput } from './letter-input-schema';
import { mergeLetterPdfs } from './merge-pdfs';
import type { PdfMeta } from './pdf-document';
import { letterTag, renderLetter, type RenderOptions } from './render-letter';

/** Every letter checked before any is drawn, so a bad one fails the batch with its position named. */
export function parseBatch(letters: readonly LetterInput[]): LetterInput[] {
  if (letters.length === 0) {
    throw new OfferDeskError('invalid-input', 'A batch of letters needs at least one letter.');
  }
  return letters.map((letter, i) => {
    try {
      return parseLetterInput(letter);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new OfferDeskError('invalid-input', `Letter ${i + 1} of ${letters.length}: ${message}`);
    }
  });
}

/** The batch's PDF metadata; it carries the latest letter date, so the same batch gives the same bytes. */
export function batchMeta(letters: readonly LetterInput[]): PdfMeta {
  const first = letters[0];
  return {
    title: `Offer Desk letters (${letters.length})`,
    author: first ? first.letterhead.company : '',
    subject: letters.map(letterTag).join('; '),
    date: letters.map((l) => l.letterDate).reduce((a, b) => (b > a ? b : a)),
  };
}

/** The batch made of letters already rendered alone (`pdfs[i]` is `letters[i]`'s own PDF). */
export function joinBatch(letters: readonly LetterInput[], pdfs: readonly Uint8Array[]): Buffer {
  if (letters.length !== pdfs.length) throw new OfferDeskError('internal', `${letters.length} letters but ${pdfs.length} PDFs`);
  return mergeLetterPdfs(pdfs, batchMeta(letters));
}

export function renderBatch(letters: LetterInput[], options: RenderOptions = {}): Buffer {
  const parsed = parseBatch(letters);
  return joinBatch(parsed, parsed.map((letter) => renderLetter(letter, options)));
}
