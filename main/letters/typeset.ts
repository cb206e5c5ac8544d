// Measures, wraps and draws text that may mix weights and scripts. pdfkit's own wrapping draws
// one font per call, so a line holding "Łukasiewicz" and "田中" in two fonts could not be
// measured or broken correctly; here every line is laid out first (so its height is known before
// anything is drawn, which is what page breaking needs) and then drawn run by run at fixed
// positions with lineBreak off, so pdfkit never adds a page on its own.
import { OfferDeskError } from '../core/errors';
import type { LetterFonts } from './fonts';
import { faceOf, isCovered, type TextRun, type Weight } from './text-runs';

export interface Span {
  text: string;
  weight?: Weight;
}

export type Align = 'left' | 'right' | 'center';

/** A run positioned on its line: `x` is the offset from the line's start. */
export interface PlacedRun extends TextRun {
  x: number;
}

export interface Line {
  runs: PlacedRun[];
  width: number;
}

interface Word {
  runs: TextRun[];
  width: number;
  /** Whitespace stood before it in the source (CJK characters break without a space). */
  spaceBefore: boolean;
  /** An explicit "\n" before it forces a new line. */
  breakBefore: boolean;
}

// Break opportunities between ideographs/kana/hangul, which are written without spaces.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3134f}]/u;

export type Doc = PDFKit.PDFDocument;

/** A no-break space joins what it separates; every other whitespace is a break opportunity. */
const isBreakingSpace = (char: string) => char !== '\u00a0' && char !== '\u202f' && /\s/u.test(char);

// Widths per 1 pt of font size, by font set, face and text. Shaping a string with fontkit is the
// costliest step of a letter, and the same words ("Shares", "1994", "Yes") recur in every
// letter of a batch; a width depends only on the font file, so it can outlive one document.
// Bounded so a desk left running for weeks does not grow it without limit; widths are pure, so
// dropping them only costs time.
const widthCaches = new WeakMap<LetterFonts, Map<string, number>>();
const WIDTH_CACHE_LIMIT = 100_000;

export class Typesetter {
  private readonly widths: Map<string, number>;
  /** Characters laid out that no font can draw. */
  private readonly missing = new Set<string>();

  constructor(
    readonly doc: Doc,
    readonly fonts: LetterFonts,
  ) {
    let cache = widthCaches.get(fonts);
    if (!cache) {
      cache = new Map();
      widthCaches.set(fonts, cache);
    }
    this.widths = cache;
  }

  runWidth(run: TextRun, size: number): number {
    const key = `${run.face}\u0000${run.text}`;
    let perPoint = this.widths.get(key);
    if (perPoint === undefined) {
      perPoint = this.doc.font(run.face).fontSize(1000).widthOfString(run.text) / 1000;
      if (this.widths.size >= WIDTH_CACHE_LIMIT) this.widths.clear();
      this.widths.set(key, perPoint);
    }
    return perPoint * size;
  }

  private words(spans: Span[], size: number): Word[] {
    const words: Word[] = [];
    let pendingSpace = false;
    let pendingBreak = false;
    let current: { chars: { char: string; weight: Weight }[] } | null = null;
    const flush = () => {
      if (!current) return;
      const runs: TextRun[] = [];
      for (const { char, weight } of current.chars) {
        const last = runs.at(-1);
        const face = faceOf(this.fonts, weight, char, last?.face ?? null);
        if (!isCovered(this.fonts, char)) this.missing.add(char);
        if (last && last.face === face) last.text += char;
        else runs.push({ text: char, face });
      }
      const width = runs.reduce((sum, run) => sum + this.runWidth(run, size), 0);
      words.push({ runs, width, spaceBefore: pendingSpace, breakBefore: pendingBreak });
      pendingSpace = false;
      pendingBreak = false;
      current = null;
    };
    for (const span of spans) {
      const weight = span.weight ?? 'regular';
      for (const char of span.text.normalize('NFC')) {
        if (char === '\n') {
          flush();
          pendingBreak = true;
          pendingSpace = false;
        } else if (isBreakingSpace(char)) {
          flush();
          pendingSpace = words.length > 0 && !pendingBreak;
        } else if (CJK.test(char)) {
          flush();
          current = { chars: [{ char, weight }] };
          flush();
        } else {
          current ??= { chars: [] };
          current.chars.push({ char, weight });
        }
      }
    }
    flush();
    return words;
  }

  /**
   * A word wider than the whole line is cut rather than allowed to overflow: after a hyphen or
   * slash where one fits ("GRANT-2001-" / "000123"), else between characters. Only such words are
   * cut, so a phone number in running text never breaks at its hyphen.
   */
  private splitLongWord(word: Word, size: number, maxWidth: number): Word[] {
    const chars = word.runs.flatMap((run) =>
      [...run.text].map((char) => ({ char, face: run.face, width: this.runWidth({ text: char, face: run.face }, size) })),
    );
    const pieces: Word[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = start;
      let width = 0;
      let lastBreak = -1;
      for (; end < chars.length; end++) {
        const c = chars[end];
        if (!c || (width + c.width > maxWidth && end > start)) break;
        width += c.width;
        if ((c.char === '-' || c.char === '/') && end + 1 < chars.length) lastBreak = end + 1;
      }
      if (end < chars.length && lastBreak > start) end = lastBreak;
      const piece: Word = { runs: [], width: 0, spaceBefore: start === 0 && word.spaceBefore, breakBefore: start === 0 && word.breakBefore };
      for (const c of chars.slice(start, end)) {
        const last = piece.runs.at(-1);
        if (last && last.face === c.face) last.text += c.char;
        else piece.runs.push({ text: c.char, face: c.face });
        piece.width += c.width;
      }
      pieces.push(piece);
      start = end;
    }
    return pieces;
  }

  /** Greedy line filling; never drops a character. An empty input gives no lines. */
  wrap(spans: Span[], size: number, maxWidth: number): Line[] {
    const lines: Line[] = [];
    let line: Line = { runs: [], width: 0 };
    const spaceWidth = this.runWidth({ text: ' ', face: 'regular' }, size);
    const words = this.words(spans, size).flatMap((w) =>
      w.width > maxWidth ? this.splitLongWord(w, size, maxWidth) : [w],
    );
    for (const word of words) {
      const gap = line.runs.length > 0 && word.spaceBefore ? spaceWidth : 0;
      if (line.runs.length > 0 && (word.breakBefore || line.width + gap + word.width > maxWidth)) {
        lines.push(line);
        line = { runs: [], width: 0 };
      }
      let x = line.width;
      word.runs.forEach((run, i) => {
        const last = line.runs.at(-1);
        const spaced = i === 0 && line.runs.length > 0 && word.spaceBefore;
        if (last && last.face === run.face) {
          // Same font as what precedes: extend that run, so a line is drawn in as few pieces as
          // possible and the space is measured in the font that draws it.
          const text = (spaced ? ' ' : '') + run.text;
          last.text += text;
          x += this.runWidth({ text, face: run.face }, size);
        } else {
          if (spaced) x += spaceWidth;
          line.runs.push({ ...run, x });
          x += this.runWidth(run, size);
        }
      });
      line.width = x;
    }
    if (line.runs.length > 0) lines.push(line);
    return lines;
  }

  /**
   * Refuses the document if any character had no font: a name printed as boxes is a wrong
   * letter, and it must not go out looking right. Called before the PDF is finished.
   */
  assertAllCharactersPrinted(): void {
    if (this.missing.size === 0) return;
    const chars = [...this.missing];
    const codes = chars.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    throw new OfferDeskError(
      'invalid-input',
      `The letter cannot print ${chars.join(' ')} (${codes.join(', ')}): none of its fonts has these characters. ` +
        'Add a font that covers them to the letter fonts, or correct the text.',
      chars,
    );
  }

  /** Draws one laid-out line with its baseline at `baseline`. */
  drawLine(line: Line, x: number, baseline: number, size: number, color: string, align: Align = 'left', boxWidth = 0): void {
    const offset = align === 'right' ? boxWidth - line.width : align === 'center' ? (boxWidth - line.width) / 2 : 0;
    for (const run of line.runs) {
      this.doc
        .font(run.face)
        .fontSize(size)
        .fillColor(color)
        .text(run.text, x + offset + run.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
  }

  /** One line of text, not wrapped (for footers and short labels); a newline prints as a space. */
  drawText(text: string, x: number, baseline: number, style: { size: number; weight?: Weight; color: string; align?: Align; width?: number }): number {
    const oneLine = text.replace(/\s*\n\s*/g, ' ');
    const lines = this.wrap([{ text: oneLine, weight: style.weight ?? 'regular' }], style.size, Number.POSITIVE_INFINITY);
    const line = lines[0];
    if (!line) return 0;
    this.drawLine(line, x, baseline, style.size, style.color, style.align ?? 'left', style.width ?? 0);
    return line.width;
  }
}
