// Many letters as one PDF for the printer: each letter starts on a new page and numbers its own
// pages ("Page 1 of 2" restarts with every letter), so the stack can be split by hand.
import { OfferDeskError } from '../core/errors';
import { loadLetterFonts } from './fonts';
import type { LetterInput } from './letter-input';
import { parseLetterInput } from './letter-input-schema';
import { createLetterDocument, finishDocument } from './pdf-document';
import { drawLetter, letterTag, type RenderOptions } from './render-letter';
import { Typesetter } from './typeset';

export function renderBatch(letters: LetterInput[], options: RenderOptions = {}): Buffer {
  if (letters.length === 0) {
    throw new OfferDeskError('invalid-input', 'A batch of letters needs at least one letter.');
  }
  // Check every letter before drawing any, so a bad one fails the batch with its position named.
  const parsed = letters.map((letter, i) => {
    try {
      return parseLetterInput(letter);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new OfferDeskError('invalid-input', `Letter ${i + 1} of ${letters.length}: ${message}`);
    }
  });
  const fonts = loadLetterFonts(options.fonts);
  // The batch carries the latest letter date, so reprinting the same batch gives the same bytes.
  const date = parsed.map((l) => l.letterDate).reduce((a, b) => (b > a ? b : a));
  const first = parsed[0];
  const doc = createLetterDocument(
    {
      title: `Offer Desk letters (${parsed.length})`,
      author: first ? first.letterhead.company : '',
      subject: parsed.map(letterTag).join('; '),
      date,
    },
    fonts,
  );
  const ts = new Typesetter(doc, fonts);
  for (const letter of parsed) drawLetter(ts, letter);
  ts.assertAllCharactersPrinted();
  return finishDocument(doc);
}
