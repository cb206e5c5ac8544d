// The pages of a fax as the code reader sees them: gray, one byte a pixel, with square pixels (a
// normal-resolution page's half-height rows stretched), black staying black whichever way the fax
// server wrote its bits, and a page too large to hold refused before it is decoded.
import { beforeAll, describe, expect, it } from 'vitest';
import { formCodeText } from '../../main/core/form-code';
import { readFaxCodes } from '../../main/services/fax-code-reader';
import { faxPageImages, MAX_PAGE_PIXELS } from '../../main/services/fax-page-images';
import { faxPdf, faxTiffOf, requireFaxTools } from '../support/fax-fixtures';
import { pageEntries, tinyTiff } from '../support/tiff-bytes';

const OFFER = '0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0';
let form: Buffer;

beforeAll(async () => {
  requireFaxTools();
  form = await faxPdf([{ kind: 'form', code: formCodeText(OFFER, 'E0003', 'election') }]);
});

function darkShare(gray: Uint8Array): number {
  let dark = 0;
  for (const v of gray) if (v < 128) dark += 1;
  return dark / gray.length;
}

describe('fax pages as images with square pixels', () => {
  it('gives a fine page (204 × 196 dpi) as stored: letter size, white paper with black ink', () => {
    const [page, ...rest] = faxPageImages(faxTiffOf(form, { resolution: 'fine', compression: 'g4' }));
    expect(rest).toEqual([]);
    expect(page).toMatchObject({ width: 1734, height: 2156, xdpi: 204, ydpi: 196 });
    expect(page!.gray.length).toBe(1734 * 2156);
    expect(page!.gray[0]).toBe(255);
    expect(darkShare(page!.gray)).toBeGreaterThan(0.005);
    expect(darkShare(page!.gray)).toBeLessThan(0.2);
  });

  it('stretches a normal page (204 × 98 dpi) to twice its height, each scan line drawn twice', () => {
    const [page] = faxPageImages(faxTiffOf(form, { resolution: 'normal', compression: 'g4' }));
    // 1078 stored rows × 204/98 = 2244 rows: the page's own proportions again.
    expect(page).toMatchObject({ width: 1734, height: 2244, xdpi: 204, ydpi: 98 });
    const row = (y: number) => Buffer.from(page!.gray.subarray(y * 1734, (y + 1) * 1734));
    let repeated = 0;
    for (let y = 0; y + 1 < page!.height; y += 1) if (row(y).equals(row(y + 1))) repeated += 1;
    expect(repeated).toBeGreaterThanOrEqual(1078 - 1);
  });

  it('gives the same picture for a page written white-is-zero (a fax’s usual) and black-is-zero', () => {
    const [usual] = faxPageImages(faxTiffOf(form, { resolution: 'fine', compression: 'g4' }));
    const [inverse] = faxPageImages(faxTiffOf(form, { resolution: 'fine', compression: 'g4', blackIsZero: true }));
    expect(Buffer.from(inverse!.gray).equals(Buffer.from(usual!.gray))).toBe(true);
  });

  it('gives Group 3 pages (one- and two-dimensional) the same picture as Group 4', () => {
    const [g4] = faxPageImages(faxTiffOf(form, { resolution: 'fine', compression: 'g4' }));
    for (const compression of ['g3', 'g3:2d'] as const) {
      const [g3] = faxPageImages(faxTiffOf(form, { resolution: 'fine', compression }));
      expect(Buffer.from(g3!.gray).equals(Buffer.from(g4!.gray))).toBe(true);
    }
  });
});

describe('a page too large to hold is refused before it is decoded', () => {
  it('refuses a page claiming 100,000 × 100,000 pixels, naming its size', () => {
    const hostile = tinyTiff([pageEntries(100_000, 100_000)]);
    expect(() => faxPageImages(hostile)).toThrow(`has a page that is 100000 × 100000 pixels, past what the desk decodes (${MAX_PAGE_PIXELS} pixels)`);
  });

  it("says such a fax's code is unreadable, page by page, instead of running out of memory", async () => {
    const hostile = tinyTiff([pageEntries(100_000, 100_000)]);
    expect(await readFaxCodes(hostile, OFFER)).toEqual({ status: 'unreadable', detail: `page 1 is 100000 × 100000 pixels, past what the desk decodes (${MAX_PAGE_PIXELS} pixels)` });
  });

  it("says a fax whose chain of pages loops is unreadable, without starting a worker on it", async () => {
    const looping = tinyTiff([pageEntries(1728, 1100)], { loop: true });
    expect(await readFaxCodes(looping, OFFER)).toEqual({ status: 'unreadable', detail: 'the file has a chain of pages that loops back on itself' });
  });
});
