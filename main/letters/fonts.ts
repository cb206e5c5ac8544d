// The fonts a letter is printed in, where they come from, and which characters each can draw.
//
// pdfkit's built-in Helvetica is WinAnsi only and silently loses "Ł"; a holder's name must never
// lose a character. So letters embed DejaVu Sans (Latin, Greek, Cyrillic, most symbols) and fall
// back to Droid Sans Fallback for what DejaVu lacks (CJK: 田中 太郎). The paths are injectable:
// in the packaged Electron app the fallback font lives under `process.resourcesPath`, not in the
// repository, so the app passes `letterFontPaths({ fontsDir: join(process.resourcesPath, 'fonts') })`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfferDeskError } from '../core/errors';

export type FontFace = 'regular' | 'bold' | 'fallback';
export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'fallback'];

/** Absolute paths of the three TrueType files a letter may use. */
export interface LetterFontPaths {
  regular: string;
  bold: string;
  /** Drawn only for characters the regular/bold face lacks (CJK). */
  fallback: string;
}

export const FALLBACK_FONT_FILE = 'DroidSansFallbackFull.ttf';

const requireHere = createRequire(import.meta.url);

/**
 * DejaVu's folder, found through the package's own location rather than a path relative to the
 * repository, so it works from source, from the electron-vite bundle and from inside app.asar.
 */
function dejaVuDir(): string {
  return join(dirname(requireHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * Font paths for a given folder holding the fallback font. DejaVu always comes from its npm
 * package. The Electron app calls this with `join(process.resourcesPath, 'fonts')`.
 */
export function letterFontPaths(options: { fontsDir: string }): LetterFontPaths {
  const dejaVu = dejaVuDir();
  return {
    regular: join(dejaVu, 'DejaVuSans.ttf'),
    bold: join(dejaVu, 'DejaVuSans-Bold.ttf'),
    fallback: join(options.fontsDir, FALLBACK_FONT_FILE),
  };
}

/**
 * For Node (tests, CLI, dev): the repository's `resources/fonts`. This file sits two levels
 * below the repository root both as source (main/letters/) and bundled (out/main/).
 */
export function defaultLetterFontPaths(): LetterFontPaths {
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return letterFontPaths({ fontsDir: join(repoRoot, 'resources', 'fonts') });
}

/**
 * The part of a fontkit font we rely on: glyph coverage, and `layout`, which is how pdfkit
 * recognises an already-parsed font it can embed (see pdf-document.ts).
 */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): unknown;
}

function isFontkitFont(value: unknown): value is FontkitFont {
  return (
    typeof value === 'object' &&
    value !== null &&
    'hasGlyphForCodePoint' in value &&
    typeof value.hasGlyphForCodePoint === 'function' &&
    'layout' in value &&
    typeof value.layout === 'function'
  );
}

/**
 * fontkit is pdfkit's own dependency, not ours: resolve it from pdfkit's location so coverage is
 * judged by exactly the parser that will embed the glyphs (and so hoisting cannot pick another
 * copy). It has no type declarations; only `create` is used, and its result is checked.
 */
function openFontkit(data: Buffer, path: string): FontkitFont {
  const requireFromPdfkit = createRequire(requireHere.resolve('pdfkit'));
  const fontkit: unknown = requireFromPdfkit('fontkit');
  if (typeof fontkit !== 'object' || fontkit === null || !('create' in fontkit) || typeof fontkit.create !== 'function') {
    throw new OfferDeskError('internal', 'fontkit (a pdfkit dependency) could not be loaded.');
  }
  const font: unknown = fontkit.create(data);
  if (!isFontkitFont(font)) {
    throw new OfferDeskError('invalid-input', `Not a single TrueType/OpenType font: ${path}`);
  }
  return font;
}

/** The fonts read and parsed once, with a coverage check per face. */
export interface LetterFonts {
  readonly paths: LetterFontPaths;
  /**
   * Parsed fonts, handed to every document. Parsing per document (pdfkit's behaviour when given
   * a path or buffer) decoded the same GSUB/GPOS tables again for each letter: about half the
   * time of a short letter. Each document still builds its own subset of used glyphs.
   */
  readonly parsed: Readonly<Record<FontFace, FontkitFont>>;
  /** Whether `face` has a glyph for the code point. */
  covers(face: FontFace, codePoint: number): boolean;
}

function readFont(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new OfferDeskError('not-found', `Letter font not found or unreadable: ${path} (${reason})`);
  }
}

// Reading and parsing the 4 MB fallback font costs tens of milliseconds; a batch of letters or a
// reprint loop must not pay it per letter. Keyed by the three paths.
const cache = new Map<string, LetterFonts>();

export function loadLetterFonts(paths: LetterFontPaths = defaultLetterFontPaths()): LetterFonts {
  const key = JSON.stringify([paths.regular, paths.bold, paths.fallback]);
  const cached = cache.get(key);
  if (cached) return cached;

  const data: Record<FontFace, Buffer> = {
    regular: readFont(paths.regular),
    bold: readFont(paths.bold),
    fallback: readFont(paths.fallback),
  };
  const parsed: Record<FontFace, FontkitFont> = {
    regular: openFontkit(data.regular, paths.regular),
    bold: openFontkit(data.bold, paths.bold),
    fallback: openFontkit(data.fallback, paths.fallback),
  };
  // Coverage is asked per character of every string printed; the answers never change.
  const memo = new Map<string, boolean>();
  const fonts: LetterFonts = {
    paths: { ...paths },
    parsed,
    covers(face, codePoint) {
      const memoKey = `${face}:${codePoint}`;
      let known = memo.get(memoKey);
      if (known === undefined) {
        known = parsed[face].hasGlyphForCodePoint(codePoint);
        memo.set(memoKey, known);
      }
      return known;
    },
  };
  cache.set(key, fonts);
  return fonts;
}
