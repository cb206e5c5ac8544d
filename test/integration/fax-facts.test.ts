// What the desk records about a fax file the moment it appears: a TIFF or a PDF (told by its
// bytes, not its name), how many pages, and the TIFF's own DateTime tag as written. Anything else,
// or a file that cannot be walked safely, is refused with the file's name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formCodeText } from '../../main/core/form-code';
import { MAX_ATTACHMENT_BYTES } from '../../main/ledger';
import { faxFacts } from '../../main/services/fax-facts';
import { faxPdf, faxTiffOf, requireFaxTools } from '../support/fax-fixtures';
import { objectStreamPdf, pdfWithPageRemovedByUpdate } from '../support/pdf-bytes';
import { pageEntries, tinyTiff } from '../support/tiff-bytes';

const OFFER = '0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0';
const DATE_TIME = '2003:03:21 16:58:10';
let dir: string;
let threePages: Buffer;

beforeAll(async () => {
  requireFaxTools();
  dir = mkdtempSync(join(tmpdir(), 'fax-facts-'));
  threePages = await faxPdf([{ kind: 'cover' }, { kind: 'form', code: formCodeText(OFFER, 'E0003', 'election') }, { kind: 'cover' }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pages as poppler counts them: the PDF reader the tests trust. */
function pdfinfoPages(pdf: Buffer): number {
  const path = join(dir, 'count.pdf');
  writeFileSync(path, pdf);
  return Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error('expected a refusal');
}

describe("a fax TIFF's pages and its own DateTime tag", () => {
  it('counts the pages of a Group 4 fax and gives its DateTime tag as written', () => {
    const tiff = faxTiffOf(threePages, { resolution: 'fine', compression: 'g4', dateTime: DATE_TIME });
    expect(faxFacts(tiff, 'fax000123.tif')).toEqual({ mediaType: 'image/tiff', pages: 3, tiffDateTime: DATE_TIME });
  });

  it('counts the pages of a Group 3 fax, and gives no DateTime when the fax server wrote none', () => {
    const tiff = faxTiffOf(threePages, { resolution: 'normal', compression: 'g3' });
    expect(faxFacts(tiff, 'fax000124.tif')).toEqual({ mediaType: 'image/tiff', pages: 3, tiffDateTime: null });
  });

  it('reads a big-endian ("MM") TIFF as well as a little-endian one', () => {
    const little = join(dir, 'little.tif');
    const big = join(dir, 'big.tif');
    writeFileSync(little, faxTiffOf(threePages, { resolution: 'fine', compression: 'g4', dateTime: DATE_TIME }));
    execFileSync('tiffcp', ['-B', little, big]);
    const bytes = readFileSync(big);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('MM');
    expect(faxFacts(bytes, 'big.tif')).toEqual({ mediaType: 'image/tiff', pages: 3, tiffDateTime: DATE_TIME });
  });

  it('counts the two pages of the fax kept in the test fixtures', () => {
    expect(faxFacts(readFileSync('test/fixtures/fax-scan-g4.tif'), 'fax-scan-g4.tif')).toMatchObject({ mediaType: 'image/tiff', pages: 2 });
  });

  it('is not fooled by the file name: a TIFF named .pdf is a TIFF', () => {
    const tiff = faxTiffOf(threePages, { resolution: 'fine', compression: 'g4' });
    expect(faxFacts(tiff, 'scan.pdf').mediaType).toBe('image/tiff');
  });
});

describe("a PDF fax's page count, read from its page tree without rendering", () => {
  it('counts the pages of a PDF as poppler does', () => {
    expect(faxFacts(threePages, 'fax.pdf')).toEqual({ mediaType: 'application/pdf', pages: 3, tiffDateTime: null });
    expect(pdfinfoPages(threePages)).toBe(3);
  });

  it('counts pages kept in a compressed object stream (PDF 1.5+ writers)', () => {
    const pdf = objectStreamPdf(5);
    expect(faxFacts(pdf, 'scanner.pdf').pages).toBe(5);
    expect(pdfinfoPages(pdf)).toBe(5);
  });

  it('counts the page tree after an edit removed a page, not every page object left in the file', () => {
    const pdf = pdfWithPageRemovedByUpdate();
    expect(faxFacts(pdf, 'edited.pdf').pages).toBe(2);
    expect(pdfinfoPages(pdf)).toBe(2);
  });
});

describe('a file that is not a fax is refused, named, and nothing is read from it', () => {
  it('refuses a file that is neither a TIFF nor a PDF, naming it', () => {
    expect(refusal(() => faxFacts(Buffer.from('\x89PNG\r\n\x1a\n not a fax', 'latin1'), 'photo.png'))).toEqual({
      code: 'invalid-input',
      message: 'The file photo.png is not a fax: a fax is a TIFF or a PDF, and this file starts like neither.',
    });
  });

  it('refuses a file past the attachment limit', () => {
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    big.write('II*\0', 0, 'latin1');
    expect(refusal(() => faxFacts(big, 'huge.tif')).message).toBe(`The fax file huge.tif is ${MAX_ATTACHMENT_BYTES + 1} bytes; at most ${MAX_ATTACHMENT_BYTES} bytes are accepted.`);
  });

  it('refuses a TIFF with no pages', () => {
    const noImage = tinyTiff([[{ tag: 305, type: 2, value: 'ab' }]]);
    expect(refusal(() => faxFacts(noImage, 'empty.tif'))).toEqual({ code: 'invalid-input', message: 'The fax file empty.tif is a TIFF with no pages.' });
  });

  it('refuses a TIFF whose chain of pages loops back on itself (rather than reading it for ever)', () => {
    const looping = tinyTiff([pageEntries(1728, 1100), pageEntries(1728, 1100)], { loop: true });
    expect(refusal(() => faxFacts(looping, 'loop.tif')).message).toBe('The fax file loop.tif is a TIFF that cannot be read: it has a chain of pages that loops back on itself.');
  });

  it('refuses a TIFF cut short', () => {
    const whole = faxTiffOf(threePages, { resolution: 'fine', compression: 'g4' });
    // libtiff writes the directories after the image data: cut inside the last one.
    expect(refusal(() => faxFacts(whole.subarray(0, whole.length - 20), 'cut.tif')).message).toMatch(/^The fax file cut\.tif is a TIFF that cannot be read: it .*past the end of the file/);
  });

  it('refuses a PDF in which no page can be found', () => {
    expect(refusal(() => faxFacts(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1'), 'blank.pdf')).message).toBe(
      'The fax file blank.pdf is a PDF in which no page can be found.',
    );
  });
});
