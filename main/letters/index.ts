// The letters the desk sends, as PDFs. Plain data in (see letter-input.ts), PDF bytes out.
export type {
  ConfirmationLetterInput,
  ConfirmedStanding,
  CorrectionLetterInput,
  LetterInError,
  ElectionGrantLine,
  ElectionSnapshot,
  IrregularityNoticeInput,
  LateDeliveryNoticeInput,
  LetterDefect,
  LetterDocument,
  LetterHolder,
  LetterInput,
  LetterKind,
  LetterheadInput,
  PromisedGrantLine,
  PromiseToGrantLetterInput,
} from './letter-input';
export { DEFECT_DESCRIPTIONS, DOCUMENT_NAMES, LETTER_KINDS, defaultHowToCure } from './letter-input';
export { letterInputSchema, parseLetterInput } from './letter-input-schema';
export { renderLetter, type RenderOptions } from './render-letter';
export { batchMeta, joinBatch, parseBatch, renderBatch } from './batch';
export {
  FALLBACK_FONT_FILES,
  defaultLetterFontPaths,
  letterFontPaths,
  loadLetterFonts,
  type LetterFontPaths,
  type LetterFonts,
} from './fonts';
/** For intake or roster import to warn early about a name no letter font can print. */
export { uncoveredCharacters } from './text-runs';
export { countPdfPages, sha256Hex } from './pdf-facts';
