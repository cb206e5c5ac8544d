// A PDF fax's pages as the TIFF they were: fax servers that deliver PDF (HylaFAX's tiff2pdf, most
// fax-to-mail gateways) put each received page in as one CCITT-compressed image filling the page,
// its bytes exactly as the fax machine sent them. Those bytes are lifted out, in page-tree order,
// and given a TIFF directory each, so the code reader decodes them as it decodes a TIFF fax — no PDF
// renderer in the main process. A PDF whose pages are anything else (text, JPEG scans, several
// images) gives null: the operator reads it from the screen, and nothing is preselected.
import { lastMatch, objectBody, pdfText, REF, type PdfText } from './pdf-page-count';

/** One page image: its CCITT data and how to decode and size it. */
interface CcittImage {
  width: number;
  height: number;
  /** PDF's /K: < 0 Group 4, 0 Group 3 one-dimensional, > 0 Group 3 two-dimensional. */
  k: number;
  /** Shown black where the code says white (/BlackIs1 true, or a /Decode [1 0] — not both). */
  inverted: boolean;
  xdpi: number;
  ydpi: number;
  data: Buffer;
}

// Read on the main thread as the fax arrives (each object found by a scan of the file): bounded so a
// hostile PDF cannot stall the desk. A form is a page or two; a fax past these is read from the screen.
const MAX_PAGES = 300;
const MAX_PDF_BYTES = 16 * 1024 * 1024;
const LETTER = [0, 0, 612, 792];

function numberIn(dict: string, key: string): number | null {
  const m = new RegExp(String.raw`/${key}\s+(-?\d+(?:\.\d+)?)`).exec(dict);
  return m === null ? null : Number(m[1]);
}

/** The page objects' bodies in page order (the page tree walked from the catalog). */
function pagesInOrder(pdf: PdfText): string[] | null {
  const root = lastMatch(pdf.file, new RegExp(String.raw`/Root\s+${REF}`, 'g'));
  if (root === null) return null;
  const catalog = objectBody(pdf, Number(root[1]), Number(root[2]));
  const top = catalog === null ? null : new RegExp(String.raw`/Pages\s+${REF}`).exec(catalog);
  if (top === null || top === undefined) return null;
  const pages: string[] = [];
  const seen = new Set<string>();
  const visit = (num: number, gen: number, depth: number): boolean => {
    const key = `${num} ${gen}`;
    if (seen.has(key) || depth > 32 || pages.length > MAX_PAGES) return false;
    seen.add(key);
    const body = objectBody(pdf, num, gen);
    if (body === null) return false;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (kids === null) {
      pages.push(body);
      return true;
    }
    for (const ref of (kids[1] ?? '').matchAll(new RegExp(REF, 'g'))) {
      if (!visit(Number(ref[1]), Number(ref[2]), depth + 1)) return false;
    }
    return true;
  };
  return visit(Number(top[1]), Number(top[2]), 0) ? pages : null;
}

/** The stream bytes of object `num`: /Length direct or by reference. */
function streamBytes(pdf: PdfText, num: number, gen: number, dict: string): Buffer | null {
  const found = lastMatch(pdf.file, new RegExp(String.raw`(?:^|[^0-9])${num}\s+${gen}\s+obj\b`, 'g'));
  if (found === null) return null;
  const start = /stream\r?\n/.exec(pdf.file.slice(found.index, found.index + dict.length + 4096));
  if (start === null) return null;
  const from = found.index + start.index + start[0].length;
  const lengthRef = new RegExp(String.raw`/Length\s+${REF}`).exec(dict);
  let length = lengthRef === null ? numberIn(dict, 'Length') : Number((objectBody(pdf, Number(lengthRef[1]), Number(lengthRef[2])) ?? '').trim());
  if (length === null || !Number.isSafeInteger(length) || length <= 0 || from + length > pdf.file.length) {
    const end = pdf.file.indexOf('endstream', from);
    if (end < 0) return null;
    length = end - from;
  }
  return Buffer.from(pdf.file.slice(from, from + length), 'latin1');
}

/** The page's one CCITT image, or null when the page is not a plain fax page. */
function ccittImage(pdf: PdfText, page: string): CcittImage | null {
  const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(page);
  const [x0, y0, x1, y1] = box === null ? LETTER : box.slice(1, 5).map(Number);
  let resources = page;
  const resourcesRef = new RegExp(String.raw`/Resources\s+${REF}`).exec(page);
  if (resourcesRef !== null) resources = objectBody(pdf, Number(resourcesRef[1]), Number(resourcesRef[2])) ?? '';
  const xobjects = /\/XObject\s*<<([^>]*)>>/.exec(resources);
  const images = xobjects === null ? [] : [...(xobjects[1] ?? '').matchAll(new RegExp(REF, 'g'))];
  if (images.length !== 1) return null;
  const [num, gen] = [Number(images[0]?.[1]), Number(images[0]?.[2])];
  const body = objectBody(pdf, num, gen);
  if (body === null) return null;
  const dict = body.slice(0, body.indexOf('stream') < 0 ? body.length : body.indexOf('stream'));
  if (!/\/Subtype\s*\/Image/.test(dict) || !/\/Filter\s*\[?\s*\/CCITTFaxDecode\s*\]?/.test(dict)) return null;
  const width = numberIn(dict, 'Width');
  const height = numberIn(dict, 'Height');
  const parms = /\/DecodeParms\s*\[?\s*<<([^>]*)>>/.exec(dict)?.[1] ?? '';
  if (width === null || height === null || width <= 0 || height <= 0 || /\/EncodedByteAlign\s+true/.test(parms)) return null;
  const columns = numberIn(parms, 'Columns') ?? 1728;
  if (columns !== width) return null;
  const data = streamBytes(pdf, num, gen, dict);
  if (data === null) return null;
  const blackIs1 = /\/BlackIs1\s+true/.test(parms);
  const decodeInverted = /\/Decode\s*\[\s*1(?:\.0*)?\s+0(?:\.0*)?\s*\]/.test(dict);
  const inches = (points: number) => Math.abs(points) / 72;
  return {
    width,
    height,
    k: numberIn(parms, 'K') ?? 0,
    inverted: blackIs1 !== decodeInverted,
    xdpi: Math.round(width / inches((x1 ?? 612) - (x0 ?? 0))),
    ydpi: Math.round(height / inches((y1 ?? 792) - (y0 ?? 0))),
    data,
  };
}

/** A little-endian TIFF with one directory per image, each a single strip of its CCITT data. */
function tiffOf(images: readonly CcittImage[]): Buffer {
  const parts: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  let pointer = 4; // where the previous "next directory" offset is written (first: the header's)
  let previous: Buffer = header;
  for (const image of images) {
    const tags: [number, number, number][] = [
      // [tag, type (3 SHORT, 4 LONG, 5 RATIONAL), value]
      [256, 4, image.width],
      [257, 4, image.height],
      [258, 3, 1],
      [259, 3, image.k < 0 ? 4 : 3],
      [262, 3, image.inverted ? 1 : 0],
      [273, 4, 0], // strip offset, set below
      [277, 3, 1],
      [278, 4, image.height],
      [279, 4, image.data.length],
      [282, 5, 0],
      [283, 5, 0],
      [image.k < 0 ? 325 : 292, 4, image.k > 0 ? 1 : 0],
      [296, 3, 2],
    ];
    tags.sort((a, b) => a[0] - b[0]);
    const ifdSize = 2 + 12 * tags.length + 4;
    const ifdAt = offset;
    const rationalsAt = ifdAt + ifdSize;
    const dataAt = rationalsAt + 16;
    const ifd = Buffer.alloc(ifdSize + 16);
    ifd.writeUInt16LE(tags.length, 0);
    tags.forEach(([tag, type, value], i) => {
      const at = 2 + 12 * i;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (tag === 273) ifd.writeUInt32LE(dataAt, at + 8);
      else if (tag === 282) ifd.writeUInt32LE(rationalsAt, at + 8);
      else if (tag === 283) ifd.writeUInt32LE(rationalsAt + 8, at + 8);
      else if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifd.writeUInt32LE(Math.max(1, image.xdpi), ifdSize);
    ifd.writeUInt32LE(1, ifdSize + 4);
    ifd.writeUInt32LE(Math.max(1, image.ydpi), ifdSize + 8);
    ifd.writeUInt32LE(1, ifdSize + 12);
    previous.writeUInt32LE(ifdAt, pointer);
    parts.push(ifd, image.data);
    previous = ifd;
    pointer = ifdSize - 4;
    offset = dataAt + image.data.length;
    if (offset % 2 === 1) {
      parts.push(Buffer.alloc(1)); // directories start on a word boundary
      offset += 1;
    }
  }
  return Buffer.concat(parts);
}

/** The fax pages of a PDF fax as one TIFF, or null when its pages are not plain CCITT fax images. */
export function tiffFromPdfFax(bytes: Uint8Array): Buffer | null {
  if (bytes.length > MAX_PDF_BYTES) return null;
  const pdf = pdfText(bytes);
  const pages = pagesInOrder(pdf);
  if (pages === null || pages.length === 0) return null;
  const images: CcittImage[] = [];
  for (const page of pages) {
    const image = ccittImage(pdf, page);
    if (image === null) return null;
    images.push(image);
  }
  return tiffOf(images);
}
