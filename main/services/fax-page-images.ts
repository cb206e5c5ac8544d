// The pages of a fax TIFF as gray images, one byte a pixel, square pixels: what the code reader
// looks at. utif2 decodes the CCITT Group 3/4 data; its toRGBA8 applies PhotometricInterpretation
// (a fax is usually WhiteIsZero, where a set bit is black; some servers write BlackIsZero, where a
// set bit is white), so black stays black either way.
//
// A normal-resolution fax (204 × 98 dpi) has pixels twice as tall as wide: a QR code on it is
// squashed to half its height and no reader finds it. Each page is stretched so its pixels are
// square (at 204 × 98 every row is drawn twice) before anything reads it.
//
// Runs in the code reader's worker (main/services/fax-code-worker.ts), never on the main thread.
import UTIF, { type IFD } from 'utif2';
import { TiffStructureError, tiffDirectories, type TiffDirectory } from './tiff-directories';

/**
 * A page past this many pixels (before or after stretching) is not decoded: a hostile file must not
 * exhaust memory. The same limit as the window's TIFF viewer (renderer/src/ui/TiffPages.tsx); a
 * letter-size page at a superfine 408 × 392 dpi is about 15 million.
 */
export const MAX_PAGE_PIXELS = 60_000_000;

export interface FaxPageImage {
  width: number;
  height: number;
  /** The page's resolution as stored in the file (before stretching); 0 when the file gives none. */
  xdpi: number;
  ydpi: number;
  /** width × height bytes, row by row: 0 black … 255 white, pixels square. */
  gray: Uint8Array;
}

/** One page that could not be made an image: why, in words that finish "page N …". */
export interface FaxPageProblem {
  problem: string;
}

/** Pixel aspect within this much of square is left alone. */
const SQUARE_ENOUGH = 1.1;

/** How many times each axis is repeated to make the pixels square (only ever enlarging). */
function stretchFactors(xdpi: number, ydpi: number): { sx: number; sy: number } {
  if (!(xdpi > 0 && ydpi > 0)) return { sx: 1, sy: 1 };
  const ratio = xdpi / ydpi;
  if (ratio > SQUARE_ENOUGH) return { sx: 1, sy: ratio };
  if (ratio < 1 / SQUARE_ENOUGH) return { sx: 1 / ratio, sy: 1 };
  return { sx: 1, sy: 1 };
}

function toGray(rgba: Uint8Array, width: number, height: number, sx: number, sy: number): { gray: Uint8Array; width: number; height: number } {
  const outWidth = Math.round(width * sx);
  const outHeight = Math.round(height * sy);
  const gray = new Uint8Array(outWidth * outHeight);
  const sourceX = new Uint32Array(outWidth);
  for (let x = 0; x < outWidth; x += 1) sourceX[x] = Math.min(width - 1, Math.floor(x / sx));
  for (let y = 0; y < outHeight; y += 1) {
    const row = Math.min(height - 1, Math.floor(y / sy)) * width;
    const out = y * outWidth;
    for (let x = 0; x < outWidth; x += 1) {
      const at = (row + sourceX[x]!) * 4;
      // Luma of the page's colour (a fax is black and white; a scanned colour TIFF is read too).
      gray[out + x] = (rgba[at]! * 77 + rgba[at + 1]! * 150 + rgba[at + 2]! * 29) >> 8;
    }
  }
  return { gray, width: outWidth, height: outHeight };
}

function pageImage(buffer: ArrayBuffer, ifd: IFD, dir: TiffDirectory): FaxPageImage | FaxPageProblem {
  const width = dir.width ?? 0;
  const height = dir.height ?? 0;
  const xdpi = dir.xResolution ?? 0;
  const ydpi = dir.yResolution ?? 0;
  const { sx, sy } = stretchFactors(xdpi, ydpi);
  // Checked from the header, before utif2 allocates anything for the page.
  if (!(width > 0 && height > 0) || width * height > MAX_PAGE_PIXELS || width * sx * height * sy > MAX_PAGE_PIXELS) {
    return { problem: `is ${width} × ${height} pixels, past what the desk decodes (${MAX_PAGE_PIXELS} pixels)` };
  }
  try {
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    if (rgba.length < width * height * 4) return { problem: 'could not be decoded (its image data is cut short)' };
    return { xdpi, ydpi, ...toGray(rgba, width, height, sx, sy) };
  } catch (e) {
    return { problem: `could not be decoded (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * Each page of the fax TIFF in `bytes`, in order, decoded one at a time (only one page's pixels
 * are held at once). A page that cannot be decoded is a FaxPageProblem; a file whose structure
 * cannot be walked throws TiffStructureError.
 */
export function* eachFaxPageImage(bytes: Uint8Array): Generator<FaxPageImage | FaxPageProblem> {
  const directories = tiffDirectories(bytes);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ifds = UTIF.decode(buffer);
  // utif2 reads the same chain the walk above checked; a different count means it gave up part way.
  if (ifds.length !== directories.length) throw new TiffStructureError('has page descriptions the decoder cannot read');
  for (const [i, dir] of directories.entries()) {
    if (dir.width === null || dir.height === null || dir.reducedResolution) continue;
    yield pageImage(buffer, ifds[i]!, dir);
  }
}

/** Every page of the fax TIFF in `bytes` as a gray image with square pixels. Throws for a page that cannot be decoded. */
export function faxPageImages(bytes: Uint8Array): FaxPageImage[] {
  const pages: FaxPageImage[] = [];
  for (const page of eachFaxPageImage(bytes)) {
    if ('problem' in page) throw new TiffStructureError(`has a page that ${page.problem}`);
    pages.push(page);
  }
  return pages;
}
