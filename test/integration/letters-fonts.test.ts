// Where the letter fonts come from, and that every character of a name has a font to print it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOfferDeskError } from '../../main/core/errors';
import {
  defaultLetterFontPaths,
  FALLBACK_FONT_FILES,
  letterFontPaths,
  loadLetterFonts,
  renderLetter,
} from '../../main/letters';
import { splitRuns, uncoveredCharacters } from '../../main/letters/text-runs';
import { confirmation, lateDelivery, MINJUN } from './letters-fixtures';
import { pdfFonts, pdfText, requirePoppler, saveFirstPagePng } from './letters-poppler';

/** Font names as pdffonts lists them, without the 6-letter subset tag. */
const fontNames = (pdf: Buffer) => pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));

// Fails the whole file, with the command to install poppler, before any PDF is read back.
requirePoppler();

describe('letter fonts', () => {
  const fonts = loadLetterFonts();

  it('have a glyph for every character of names in Latin, Greek, Cyrillic and CJK scripts', () => {
    for (const name of ['Zofia Łukasiewicz', 'Anders Ångström', 'Patrick O’Brien', "O'Brien", '田中 太郎', 'Νίκος Καζαντζάκης', 'Фёдор Достоевский', 'Nguyễn Văn An', 'さくら', 'サクラ', '김민준', '서울특별시 강남구 테헤란로 152']) {
      expect(uncoveredCharacters(fonts, name), name).toEqual([]);
    }
  });

  it('have a glyph for every one of the 11,172 precomposed Hangul syllables (NanumGothic)', () => {
    const missing: string[] = [];
    for (let cp = 0xac00; cp <= 0xd7a3; cp++) {
      if (uncoveredCharacters(fonts, String.fromCodePoint(cp)).length > 0) missing.push(String.fromCodePoint(cp));
    }
    expect(missing).toEqual([]);
  });

  // Linear B (U+10000) and an Egyptian hieroglyph (U+13080): none of DejaVu, Droid Sans Fallback
  // or NanumGothic has them (checked with fontkit), so they stand for any script still uncovered.
  it('a character no font has (Linear B, Egyptian hieroglyphs) stops the letter instead of printing a box', () => {
    expect(uncoveredCharacters(fonts, 'Ra \u{10000}\u{13080} 김')).toEqual(['\u{10000}', '\u{13080}']);
    try {
      renderLetter({ ...lateDelivery(), holder: { ...lateDelivery().holder, name: '김 \u{10000}\u{13080}' } });
      expect.unreachable('printed a name as boxes');
    } catch (e) {
      expect(isOfferDeskError(e) && e.code).toBe('invalid-input');
      expect(String(e)).toContain('cannot print \u{10000} \u{13080} (U+10000, U+13080)');
    }
  });

  it('draw each character in DejaVu where it can, else in the first fallback that has it', () => {
    expect(splitRuns(fonts, 'regular', 'Łukasiewicz 田中 太郎')).toEqual([
      { text: 'Łukasiewicz ', face: 'regular' },
      { text: '田中 太郎', face: 'fallback-1' },
    ]);
    expect(splitRuns(fonts, 'bold', 'Ångström')).toEqual([{ text: 'Ångström', face: 'bold' }]);
    // Hangul goes to NanumGothic, digits stay in DejaVu, ideographs stay in Droid although
    // NanumGothic has some too: the order of the fallbacks decides.
    expect(splitRuns(fonts, 'regular', '테헤란로 152 田中 김')).toEqual([
      { text: '테헤란로 ', face: 'fallback-2' },
      { text: '152 ', face: 'regular' },
      { text: '田中 ', face: 'fallback-1' },
      { text: '김', face: 'fallback-2' },
    ]);
  });

  it('print a character the bold face lacks in regular weight, never as a box', () => {
    // U+1D5A0 (mathematical sans-serif A) is in DejaVu Sans but not DejaVu Sans Bold.
    expect(splitRuns(fonts, 'bold', 'A\u{1D5A0}')).toEqual([
      { text: 'A', face: 'bold' },
      { text: '\u{1D5A0}', face: 'regular' },
    ]);
  });

  it('default to DejaVu from its npm package and the fallbacks, in order, from the repository', () => {
    const paths = defaultLetterFontPaths();
    expect(paths.regular).toMatch(/dejavu-fonts-ttf[/\\]ttf[/\\]DejaVuSans\.ttf$/);
    expect(paths.bold).toMatch(/DejaVuSans-Bold\.ttf$/);
    expect(paths.fallbacks).toHaveLength(2);
    expect(paths.fallbacks[0]).toMatch(/resources[/\\]fonts[/\\]DroidSansFallbackFull\.ttf$/);
    expect(paths.fallbacks[1]).toMatch(/resources[/\\]fonts[/\\]NanumGothic\.ttf$/);
  });

  describe('a Korean name and address', () => {
    const pdf = renderLetter(confirmation({ holder: MINJUN }));

    it('read back whole, every character', () => {
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain('김민준');
      expect(text).toContain('서울특별시 강남구 테헤란로 152');
      expect(text).toContain('Dear 김민준:');
    });

    it('embed NanumGothic as a subset with a Unicode map, and not Droid Sans Fallback (no CJK used)', () => {
      const rows = pdfFonts(pdf);
      const nanum = rows.filter((f) => f.name.replace(/^[A-Z]{6}\+/, '') === 'NanumGothic');
      expect(nanum).toHaveLength(1);
      expect(nanum[0]).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(fontNames(pdf)).not.toContain('DroidSansFallback');
      for (const f of rows) expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
    });

    it('saves a PNG of page 1 for review', () => {
      saveFirstPagePng(pdf, 'confirmation-korean');
    });
  });

  it('an all-Latin letter embeds neither fallback font', () => {
    const pdf = renderLetter(confirmation());
    expect(pdfText(pdf)).toContain('Zofia Łukasiewicz');
    expect(new Set(fontNames(pdf))).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
  });

  describe('injected by the app (as Electron passes process.resourcesPath/fonts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'letter-fonts-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('print from a fonts folder elsewhere', () => {
      // Every fallback font must be in the folder (they are all loaded up front), so copy both.
      for (const [i, file] of FALLBACK_FONT_FILES.entries()) {
        const source = defaultLetterFontPaths().fallbacks[i];
        if (source === undefined) throw new Error(`no default path for ${file}`);
        copyFileSync(source, join(dir, file));
      }
      const fonts = letterFontPaths({ fontsDir: dir });
      const pdf = renderLetter(lateDelivery(), { fonts });
      expect(pdfText(pdf)).toContain('田中 太郎');
      expect(fontNames(pdf)).toContain('DroidSansFallback');
      const korean = renderLetter(confirmation({ holder: MINJUN }), { fonts });
      expect(pdfText(korean)).toContain('김민준');
      expect(fontNames(korean)).toContain('NanumGothic');
    });

    it('a missing font file is refused with its path, not printed with boxes', () => {
      const missing = join(dir, 'nowhere');
      try {
        renderLetter(lateDelivery(), { fonts: letterFontPaths({ fontsDir: missing }) });
        expect.unreachable('rendered without its font');
      } catch (e) {
        expect(isOfferDeskError(e) && e.code).toBe('not-found');
        expect(String(e)).toContain(join(missing, 'DroidSansFallbackFull.ttf'));
      }
    });

    it('a missing second fallback (NanumGothic) is refused with its path too, even for a Latin letter', () => {
      const onlyDroid = join(dir, 'only-droid');
      mkdirSync(onlyDroid);
      copyFileSync(join(dir, 'DroidSansFallbackFull.ttf'), join(onlyDroid, 'DroidSansFallbackFull.ttf'));
      try {
        renderLetter(confirmation(), { fonts: letterFontPaths({ fontsDir: onlyDroid }) });
        expect.unreachable('rendered without NanumGothic');
      } catch (e) {
        expect(isOfferDeskError(e) && e.code).toBe('not-found');
        expect(String(e)).toContain(join(onlyDroid, 'NanumGothic.ttf'));
      }
    });
  });
});
