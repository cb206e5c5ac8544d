// Reading the 2-D code on fax pages, and judging what it says against this offer. Runs in the code
// reader's worker (main/services/fax-code-worker.ts); the main thread only ever sees the verdict.
//
// @zxing/library's QR reader over the page's gray pixels: HybridBinarizer (local thresholds, so a
// dark band from a poor fax does not swallow the page), first as is, then with TRY_HARDER. Its
// refusals say what was on the page: NotFoundException, no code there; ChecksumException (error
// correction could not repair the squares) or FormatException (the squares do not form a valid
// symbol), a code that is there but damaged.
import zxing from '@zxing/library';
import type { DecodeHintType as Hint } from '@zxing/library';
import { judgeFormCode, type FormCodeReading } from '../core/form-code';
import { eachFaxPageImage, type FaxPageImage } from './fax-page-images';

// @zxing/library ships CommonJS without named ESM exports: taken from its default export.
const { BinaryBitmap, ChecksumException, DecodeHintType, FormatException, HybridBinarizer, NotFoundException, QRCodeReader, RGBLuminanceSource } = zxing;

/** What one page shows: a code's text, no code, or a code that could not be read. */
export type PageCode = { found: 'text'; text: string } | { found: 'none' } | { found: 'damaged'; detail: string };

function attempt(image: FaxPageImage, tryHarder: boolean): PageCode {
  const luminance = new RGBLuminanceSource(new Uint8ClampedArray(image.gray.buffer, image.gray.byteOffset, image.gray.byteLength), image.width, image.height);
  const bitmap = new BinaryBitmap(new HybridBinarizer(luminance));
  const hints = tryHarder ? new Map<Hint, unknown>([[DecodeHintType.TRY_HARDER, true]]) : undefined;
  try {
    return { found: 'text', text: new QRCodeReader().decode(bitmap, hints).getText() };
  } catch (e) {
    if (e instanceof ChecksumException) return { found: 'damaged', detail: 'a code is on the page but too many of its squares are damaged to repair' };
    if (e instanceof FormatException) return { found: 'damaged', detail: 'a code is on the page but its squares do not form a readable code' };
    if (e instanceof NotFoundException) return { found: 'none' };
    throw e;
  }
}

/**
 * The page at half size, each pixel the mean of a 2 × 2 block. A fine-resolution page draws each
 * square of the code about 7 pixels wide; the reader's sampling grid sometimes drifts over that many
 * (about one page in thirty in our tests), and the same code at 3–4 pixels a square reads cleanly.
 */
function halved(image: FaxPageImage): FaxPageImage {
  const width = Math.floor(image.width / 2);
  const height = Math.floor(image.height / 2);
  const gray = new Uint8Array(width * height);
  const src = image.gray;
  for (let y = 0; y < height; y += 1) {
    const row0 = 2 * y * image.width;
    const row1 = row0 + image.width;
    for (let x = 0; x < width; x += 1) {
      const i = 2 * x;
      gray[y * width + x] = ((src[row0 + i] ?? 0) + (src[row0 + i + 1] ?? 0) + (src[row1 + i] ?? 0) + (src[row1 + i + 1] ?? 0)) >> 2;
    }
  }
  return { width, height, xdpi: image.xdpi / 2, ydpi: image.ydpi / 2, gray };
}

/** The code on one page image, if any: as drawn, then harder, then at half size. */
export function pageCode(image: FaxPageImage): PageCode {
  const tries: (() => PageCode)[] = [() => attempt(image, false), () => attempt(image, true)];
  let small: FaxPageImage | null = null;
  const half = (): FaxPageImage => (small ??= halved(image));
  tries.push(() => attempt(half(), false), () => attempt(half(), true));
  let damaged: PageCode | null = null;
  for (const t of tries) {
    const got = t();
    if (got.found === 'text') return got;
    if (got.found === 'damaged') damaged ??= got;
  }
  return damaged ?? { found: 'none' };
}

/** One page's verdict and how long reading it took (decoding the page's pixels included). */
export interface PageReading {
  reading: FormCodeReading;
  ms: number;
}

/**
 * The verdict of every page of the fax TIFF in `bytes`, in order, judged against the offer
 * `ledgerId`; stops after the first page whose code is this offer's (the first such page decides,
 * main/core/form-code.ts faxCodeReading). `now` measures each page (performance.now in the worker).
 */
export function readPageCodes(bytes: Uint8Array, ledgerId: string, now: () => number): PageReading[] {
  const readings: PageReading[] = [];
  let started = now();
  let page = 0;
  for (const image of eachFaxPageImage(bytes)) {
    page += 1;
    let reading: FormCodeReading;
    if ('problem' in image) {
      reading = { status: 'unreadable', detail: `page ${page} ${image.problem}` };
    } else {
      const code = pageCode(image);
      reading =
        code.found === 'text' ? judgeFormCode(code.text, ledgerId, page) : code.found === 'damaged' ? { status: 'damaged', detail: code.detail, page } : { status: 'none' };
    }
    const finished = now();
    readings.push({ reading, ms: finished - started });
    started = finished;
    if (reading.status === 'read') break;
  }
  return readings;
}
