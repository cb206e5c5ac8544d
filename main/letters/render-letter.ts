// One letter in, one PDF out. Dispatches on the input's `kind` to the letter's body; the frame,
// fonts and document settings are shared with the batch so a letter prints the same alone or in
// a batch.
import { parseLetterInput } from './letter-input-schema';
import { drawLetterFrame, type LetterBody } from './letter-frame';
import type { LetterInput } from './letter-input';
import { loadLetterFonts, type LetterFontPaths } from './fonts';
import { createLetterDocument, finishDocument } from './pdf-document';
import { confirmationBody } from './render-confirmation';
import { correctionBody } from './render-correction';
import { irregularityBody } from './render-irregularity';
import { lateNoticeBody } from './render-late-notice';
import { promiseBody } from './render-promise';
import { Typesetter } from './typeset';

export interface RenderOptions {
  /** Where the fonts are; defaults to the repository's (see fonts.ts). Electron passes its own. */
  fonts?: LetterFontPaths;
}

export function letterBody(input: LetterInput): LetterBody {
  switch (input.kind) {
    case 'confirmation':
      return confirmationBody(input);
    case 'irregularity':
      return irregularityBody(input);
    case 'late-delivery':
      return lateNoticeBody(input);
    case 'correction':
      return correctionBody(input);
    case 'promise-to-grant':
      return promiseBody(input);
  }
}

/** Draws a validated letter from a fresh page of the typesetter's document; returns its pages. */
export function drawLetter(ts: Typesetter, input: LetterInput): number {
  return drawLetterFrame(ts, input, letterBody(input));
}

/** Short identification for PDF metadata; makes the trailer /ID differ between letters. */
export function letterTag(input: LetterInput): string {
  return `${input.kind} for document no. ${input.document.id}, employee ${input.holder.employeeId}`;
}

/**
 * Renders one letter. The input is checked first (it may come from stored JSON); bad input
 * throws OfferDeskError('invalid-input'). Same input, same bytes.
 */
export function renderLetter(input: LetterInput, options: RenderOptions = {}): Buffer {
  const letter = parseLetterInput(input);
  const fonts = loadLetterFonts(options.fonts);
  const body = letterBody(letter);
  const doc = createLetterDocument(
    {
      title: `${body.title}: ${letter.holder.name}`,
      author: letter.letterhead.company,
      subject: `${body.subject} (${letterTag(letter)})`,
      date: letter.letterDate,
    },
    fonts,
  );
  const ts = new Typesetter(doc, fonts);
  drawLetterFrame(ts, letter, body);
  ts.assertAllCharactersPrinted();
  return finishDocument(doc);
}
