// The typesetter of a long batch of forms. Most of what a form says is the same on every holder's
// copy (the Notice's paragraphs, the labels, the return box), and laying a paragraph out again for
// each of 100,000 holders was a fifth of the batch's time. Lines depend only on the text, weight,
// size and width, and drawing never changes them, so a laid-out paragraph is kept and reused.
import { Typesetter, type Line, type Span } from './typeset';

// Bounded: holder-specific texts (names, ids) come and go; dropping the memo only costs time.
const LIMIT = 4_000;

export class BatchTypesetter extends Typesetter {
  private readonly lines = new Map<string, Line[]>();

  override wrap(spans: Span[], size: number, maxWidth: number): Line[] {
    let key = `${size}\u0000${maxWidth}`;
    for (const span of spans) key += `\u0000${span.weight ?? 'regular'}\u0001${span.text}`;
    let lines = this.lines.get(key);
    if (lines === undefined) {
      // The first layout of a text also records any character no font has (assertAllCharactersPrinted).
      lines = super.wrap(spans, size, maxWidth);
      if (this.lines.size >= LIMIT) this.lines.clear();
      this.lines.set(key, lines);
    }
    return lines;
  }
}
