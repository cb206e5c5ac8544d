// Splits a string into runs, each drawn in one font: the weight's own face where it has the
// glyph, else the first fallback face that has it (CJK, then Hangul). Names like
// "Zofia Łukasiewicz 田中 김민준" thus print whole, each character in a font that can draw it.
import type { FontFace, LetterFonts } from './fonts';

export type Weight = 'regular' | 'bold';

export interface TextRun {
  text: string;
  face: FontFace;
}

// Spaces and combining marks have no script of their own: they stay in the font of what they
// follow, so a run is not broken at every space and an accent stays with its letter.
const INHERITS_FONT = /^[\s\p{M}\u200c\u200d\ufe00-\ufe0f]$/u;

/** The face to draw one (NFC) character in, given the face of the character before it. */
export function faceOf(fonts: LetterFonts, weight: Weight, char: string, previous: FontFace | null): FontFace {
  return previous && INHERITS_FONT.test(char) ? previous : faceFor(fonts, weight, char);
}

function faceFor(fonts: LetterFonts, weight: Weight, char: string): FontFace {
  const codePoint = char.codePointAt(0) ?? 0;
  if (fonts.covers(weight, codePoint)) return weight;
  // A character the bold face lacks but the regular face has prints in regular weight rather
  // than as a box: isCovered (which checks the regular face) has already let it through.
  if (weight !== 'regular' && fonts.covers('regular', codePoint)) return 'regular';
  // First match wins, so where fallbacks overlap the earlier one decides (see FALLBACK_FONT_FILES).
  const fallback = fonts.fallbackFaces.find((face) => fonts.covers(face, codePoint));
  if (fallback) return fallback;
  // No face has it: keep the weight's face (its "missing glyph" box). The typesetter notes
  // the character and the letter is refused before it is printed (see isCovered).
  return weight;
}

/** NFC first: a decomposed "Å" (A + ring) becomes the one precomposed glyph every face has. */
export function splitRuns(fonts: LetterFonts, weight: Weight, text: string): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  for (const char of text.normalize('NFC')) {
    const face = faceOf(fonts, weight, char, current?.face ?? null);
    if (current && current.face === face) {
      current.text += char;
    } else {
      current = { text: char, face };
      runs.push(current);
    }
  }
  return runs;
}

/** Whether some face can draw the (NFC) character; spaces and marks count as covered. */
export function isCovered(fonts: LetterFonts, char: string): boolean {
  if (INHERITS_FONT.test(char)) return true;
  const codePoint = char.codePointAt(0) ?? 0;
  return fonts.covers('regular', codePoint) || fonts.fallbackFaces.some((face) => fonts.covers(face, codePoint));
}

/** Characters no face can draw (they would print as a box). */
export function uncoveredCharacters(fonts: LetterFonts, text: string): string[] {
  return [...new Set([...text.normalize('NFC')].filter((char) => !isCovered(fonts, char)))];
}
