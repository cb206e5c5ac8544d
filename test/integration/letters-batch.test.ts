// A stack of letters for the printer: one PDF where every letter starts on a fresh page and
// numbers its own pages, so the printed stack separates cleanly into envelopes.
import { describe, expect, it } from 'vitest';
import { isOfferDeskError } from '../../main/core/errors';
import { renderBatch, renderLetter, type LetterInput } from '../../main/letters';
import { ANDERS, confirmation, irregularity, lateDelivery, manyGrants, PATRICK } from './letters-fixtures';
import { pdfPageCount, pdfPagesText, requirePoppler } from './letters-poppler';

// Fails the whole file, with the command to install poppler, before any PDF is read back.
requirePoppler();

describe('a batch of letters', () => {
  const letters: LetterInput[] = [
    confirmation(),
    confirmation({ holder: ANDERS, election: { ...confirmation().election, grants: manyGrants(40) } }),
    irregularity({ holder: PATRICK }),
    lateDelivery(),
  ];
  const pagesEach = letters.map((l) => pdfPageCount(renderLetter(l)));
  const batch = renderBatch(letters);
  const pages = pdfPagesText(batch).map((p) => p.replace(/\s+/g, ' '));

  it('has exactly the pages of its letters printed one by one', () => {
    expect(pagesEach[1]).toBeGreaterThan(1);
    expect(pages).toHaveLength(pagesEach.reduce((a, b) => a + b, 0));
  });

  it('starts every letter on a new page, with the letterhead and its own "Page 1 of N"', () => {
    const names = ['Zofia Łukasiewicz', 'Anders Ångström', "Patrick O'Brien", '田中 太郎'];
    let page = 0;
    letters.forEach((letter, i) => {
      const first = pages[page] ?? '';
      expect(first, `letter ${i + 1}`).toContain('Telephone (603) 635-5160');
      expect(first).toContain(`Dear ${names[i]}:`);
      const count = pagesEach[i] ?? 0;
      for (let n = 1; n <= count; n++) {
        expect(pages[page + n - 1], `letter ${i + 1}, its page ${n}`).toContain(`Page ${n} of ${count}`);
        expect(pages[page + n - 1]).toContain(`Document no. ${letter.document.id}`);
      }
      // Its last page carries the signature; the next letter does not begin on it.
      expect(pages[page + count - 1]).toContain('Sincerely, James Polakiewicz');
      page += count;
    });
  });

  it('refuses an empty batch, and names the bad letter in a batch', () => {
    expect(() => renderBatch([])).toThrowError(/at least one letter/);
    try {
      renderBatch([confirmation(), { ...irregularity(), defects: [] }]);
      expect.unreachable('a notice without defects was printed');
    } catch (e) {
      expect(isOfferDeskError(e) && e.code).toBe('invalid-input');
      expect(String(e)).toMatch(/Letter 2 of 2: .*defects/);
    }
  });
});
