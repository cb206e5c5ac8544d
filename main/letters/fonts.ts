// The fonts a letter is printed in, where they come from, and which characters each can draw.
//
// pdfkit's built-in Helvetica is WinAnsi only and silently loses "Ł"; a holder's name must never
// lose a character. So letters embed DejaVu Sans (Latin, Greek, Cyrillic, most symbols) and fall
// back, in order, to fonts shipped with the app for what DejaVu lacks: Droid Sans Fallback (CJK:
// 田中 太郎), then NanumGothic (Hangul: 김민준, which Droid has only 3 syllables of). The paths are
// injectable: in the packaged Electron app the fallback fonts live under `process.resourcesPath`,
// not in the repository, so the app passes
// `letterFontPaths({ fontsDir: join(process.resourcesPath, 'fonts') })`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfferDeskError } from '../core/errors';

export type WeightFace = 'regular' | 'bold';
/**
 * The n-th fallback font (1-based), named by position rather than by font so the list can be
 * injected and extended without touching the typesetter. These names are also pdfkit's font
 * names inside a document.
 */
export type FallbackFace = `fallback-${number}`;
export type FontFace = WeightFace | FallbackFace;

export function fallbackFace(index: number): FallbackFace {
  return `fallback-${index + 1}`;
}

/** Absolute paths of the TrueType files a letter may use. */
export interface LetterFontPaths {
  regular: string;
  bold: string;
  /**
   * Tried in this order, for either weight, for characters the weight's own face lacks: each
   * character is drawn in the first font that has it. None has a bold cut, so text in the
   * fallbacks is regular even in bold spans — a lighter name beats a missing one.
   */
  fallbacks: readonly string[];
}

/**
 * The fallback fonts shipped in `resources/fonts` (see NOTICE.md there), in the order they are
 * tried. The order matters where they overlap: Droid Sans Fallback's CJK ideographs and kana are
 * what letters have always printed in, so NanumGothic (which also has some ideographs) only gets
 * what Droid lacks — Hangul.
 */
export const FALLBACK_FONT_FILES: readonly string[] = ['DroidSansFallbackFull.ttf', 'NanumGothic.ttf'];

const requireHere = createRequire(import.meta.url);

/**
 * DejaVu's folder, found through the package's own location rather than a path relative to the
 * repository, so it works from source, from the electron-vite bundle and from inside app.asar.
 */
function dejaVuDir(): string {
  return join(dirname(requireHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * Font paths for a given folder holding the fallback fonts. DejaVu always comes from its npm
 * package. The Electron app calls this with `join(process.resourcesPath, 'fonts')`.
 */
export function letterFontPaths(options: { fontsDir: string }): LetterFontPaths {
  const dejaVu = dejaVuDir();
  return {
    regular: join(dejaVu, 'DejaVuSans.ttf'),
    bold: join(dejaVu, 'DejaVuSans-Bold.ttf'),
    fallbacks: FALLBACK_FONT_FILES.map((file) => join(options.fontsDir, file)),
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

/** One face of a letter's font set, read and parsed. */
export interface LoadedFace {
  readonly face: FontFace;
  readonly path: string;
  /**
   * Parsed once and handed to every document. Parsing per document (pdfkit's behaviour when
   * given a path or buffer) decoded the same GSUB/GPOS tables again for each letter: about half
   * the time of a short letter. Each document still builds its own subset of used glyphs.
   */
  readonly font: FontkitFont;
}

/** The fonts read and parsed once, with a coverage check per face. */
export interface LetterFonts {
  readonly paths: LetterFontPaths;
  /**
   * Every face in a fixed order — regular, bold, then the fallbacks in the order they are tried.
   * Documents register and number their fonts in this order, which keeps the bytes deterministic
   * (see pdf-document.ts).
   */
  readonly faces: readonly LoadedFace[];
  /** The fallback faces, in the order they are tried. */
  readonly fallbackFaces: readonly FallbackFace[];
  /** Whether `face` has a glyph for the code point (false for a face not in this set). */
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

// Reading and parsing the 4–5 MB fallback fonts costs tens of milliseconds; a batch of letters or
// a reprint loop must not pay it per letter. Keyed by all the paths, in order.
const cache = new Map<string, LetterFonts>();

export function loadLetterFonts(paths: LetterFontPaths = defaultLetterFontPaths()): LetterFonts {
  const key = JSON.stringify([paths.regular, paths.bold, ...paths.fallbacks]);
  const cached = cache.get(key);
  if (cached) return cached;

  // Every font is read up front, even one a given letter will not use: a missing or broken font
  // file is an installation fault, reported with its path the first time letters are printed,
  // not discovered on the day a Korean name comes in.
  const fallbackFaces = paths.fallbacks.map((_, i) => fallbackFace(i));
  const sources: { face: FontFace; path: string }[] = [
    { face: 'regular', path: paths.regular },
    { face: 'bold', path: paths.bold },
    ...paths.fallbacks.map((path, i) => ({ face: fallbackFace(i), path })),
  ];
  const faces: LoadedFace[] = sources.map(({ face, path }) => ({ face, path, font: openFontkit(readFont(path), path) }));
  const byFace = new Map<FontFace, FontkitFont>(faces.map(({ face, font }) => [face, font]));

  // Coverage is asked per character of every string printed; the answers never change.
  const memo = new Map<string, boolean>();
  const fonts: LetterFonts = {
    paths: { ...paths, fallbacks: [...paths.fallbacks] },
    faces,
    fallbackFaces,
    covers(face, codePoint) {
      const memoKey = `${face}:${codePoint}`;
      let known = memo.get(memoKey);
      if (known === undefined) {
        known = byFace.get(face)?.hasGlyphForCodePoint(codePoint) ?? false;
        memo.set(memoKey, known);
      }
      return known;
    },
  };
  cache.set(key, fonts);
  return fonts;
}
