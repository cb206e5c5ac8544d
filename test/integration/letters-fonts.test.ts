// Where the letter fonts come from, and that every character of a name has a font to print it.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOfferDeskError } from '../../main/core/errors';
import {
  defaultLetterFontPaths,
  FALLBACK_FONT_FILE,
  letterFontPaths,
  loadLetterFonts,
  renderLetter,
} from '../../main/letters';
import { splitRuns, uncoveredCharacters } from '../../main/letters/text-runs';
import { lateDelivery } from './letters-fixtures';
import { pdfFonts, pdfText, requirePoppler } from './letters-poppler';

// Fails the whole file, with the command to install poppler, before any PDF is read back.
requirePoppler();

describe('letter fonts', () => {
  const fonts = loadLetterFonts();

  it('have a glyph for every character of names in Latin, Greek, Cyrillic and CJK scripts', () => {
    for (const name of ['Zofia Łukasiewicz', 'Anders Ångström', 'Patrick O’Brien', "O'Brien", '田中 太郎', 'Νίκος Καζαντζάκης', 'Фёдор Достоевский', 'Nguyễn Văn An', 'さくら', 'サクラ']) {
      expect(uncoveredCharacters(fonts, name), name).toEqual([]);
    }
  });

  it('a character no font has (many Hangul syllables) stops the letter instead of printing a box', () => {
    expect(uncoveredCharacters(loadLetterFonts(), '김민준')).toEqual(['김', '민', '준']);
    try {
      renderLetter({ ...lateDelivery(), holder: { ...lateDelivery().holder, name: '김민준' } });
      expect.unreachable('printed a name as boxes');
    } catch (e) {
      expect(isOfferDeskError(e) && e.code).toBe('invalid-input');
      expect(String(e)).toContain('cannot print 김 민 준 (U+AE40, U+BBFC, U+C900)');
    }
  });

  it('draw each character in DejaVu where it can, and in the fallback only where it must', () => {
    expect(splitRuns(fonts, 'regular', 'Łukasiewicz 田中 太郎')).toEqual([
      { text: 'Łukasiewicz ', face: 'regular' },
      { text: '田中 太郎', face: 'fallback' },
    ]);
    expect(splitRuns(fonts, 'bold', 'Ångström')).toEqual([{ text: 'Ångström', face: 'bold' }]);
  });

  it('default to DejaVu from its npm package and the fallback from the repository', () => {
    const paths = defaultLetterFontPaths();
    expect(paths.regular).toMatch(/dejavu-fonts-ttf[/\\]ttf[/\\]DejaVuSans\.ttf$/);
    expect(paths.bold).toMatch(/DejaVuSans-Bold\.ttf$/);
    expect(paths.fallback).toMatch(/resources[/\\]fonts[/\\]DroidSansFallbackFull\.ttf$/);
  });

  describe('injected by the app (as Electron passes process.resourcesPath/fonts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-fonts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('print from a fonts folder elsewhere', () => {
      copyFileSync(defaultLetterFontPaths().fallback, join(dir, FALLBACK_FONT_FILE));
      const pdf = renderLetter(lateDelivery(), { fonts: letterFontPaths({ fontsDir: dir }) });
      expect(pdfText(pdf)).toContain('田中 太郎');
      expect(pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('DroidSansFallback');
    });

    it('a missing font file is refused with its path, not printed with boxes', () => {
      const missing = join(dir, 'nowhere');
      try {
        renderLetter(lateDelivery(), { fonts: letterFontPaths({ fontsDir: missing }) });
        expect.unreachable('rendered without its font');
      } catch (e) {
        expect(isOfferDeskError(e) && e.code).toBe('not-found');
        expect(String(e)).toContain(join(missing, FALLBACK_FONT_FILE));
      }
    });
  });
});
