// The page count of a PDF, read from its page tree without rendering it.
//
// A PDF says how many pages it has in one place: /Count of the root /Pages node, which the
// document catalog (/Root in the trailer) names. pdf.js would read it too, but it is the renderer's
// (ESM, browser-first) and a fax's facts are read in the main process as the file appears; this is
// the small part of a PDF reader that finds that one number:
//   trailer /Root → the catalog object → its /Pages reference → that object's /Count.
// Objects are found as `N G obj` in the file (the last definition wins, as incremental updates
// append), or inside a compressed object stream (/Type /ObjStm, FlateDecode), where PDF 1.5+
// writers keep small dictionaries such as the catalog and the page tree.
//
// When that walk fails (a damaged file, a filter other than Flate), it falls back to counting page
// objects (`/Type /Page` not followed by `s`) in the file and its object streams: right for every
// writer we know, wrong for a file that also keeps an old, replaced page object. Null when neither
// finds a page.
import { inflateSync } from 'node:zlib';

/** An object stream inflating past this is not read (a few bytes must not become gigabytes). */
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
/** An indirect reference, `12 0 R`: object number and generation. */
export const REF = String.raw`(\d+)\s+(\d+)\s+R\b`;

export interface PdfText {
  /** The file as latin1 text (PDF syntax is ASCII; binary streams are left alone). */
  file: string;
  /** Object bodies found in object streams, by object number (read on first need). */
  packed: Map<number, string> | null;
}

export function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) last = m;
  return last;
}

/** Bodies of the objects kept in the file's object streams. */
function packedObjects(file: string): Map<number, string> {
  const objects = new Map<number, string>();
  const streams = /<<((?:(?!stream)[\s\S]){0,2000}?)>>\s*stream\r?\n/g;
  for (let m = streams.exec(file); m !== null; m = streams.exec(file)) {
    const dict = m[1] ?? '';
    if (!/\/Type\s*\/ObjStm\b/.test(dict) || !/\/Filter\s*\/FlateDecode\b/.test(dict)) continue;
    const first = /\/First\s+(\d+)/.exec(dict);
    const end = file.indexOf('endstream', streams.lastIndex);
    if (first === null || end < 0) continue;
    let content: string;
    try {
      const raw = Buffer.from(file.slice(streams.lastIndex, end), 'latin1');
      content = inflateSync(raw, { maxOutputLength: MAX_INFLATED_BYTES, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a missing end */ }).toString('latin1');
    } catch {
      continue; // a stream we cannot inflate: the fallback count may still find the pages
    }
    const start = Number(first[1]);
    const header = content.slice(0, start).trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < header.length; i += 2) {
      const from = start + (header[i + 1] ?? 0);
      const to = i + 3 < header.length ? start + (header[i + 3] ?? 0) : content.length;
      objects.set(header[i] ?? -1, content.slice(from, to));
    }
  }
  return objects;
}

/** The body of object `num` (up to its `endobj`), the last definition in the file, or from an object stream. */
export function objectBody(pdf: PdfText, num: number, gen: number): string | null {
  const found = lastMatch(pdf.file, new RegExp(String.raw`(?:^|[^0-9])${num}\s+${gen}\s+obj\b`, 'g'));
  if (found !== null) {
    const start = found.index + found[0].length;
    const end = pdf.file.indexOf('endobj', start);
    return pdf.file.slice(start, end < 0 ? undefined : end);
  }
  pdf.packed ??= packedObjects(pdf.file);
  return pdf.packed.get(num) ?? null;
}

/** /Count of the root page tree node, or null when the tree cannot be followed. */
function pageTreeCount(pdf: PdfText): number | null {
  const root = lastMatch(pdf.file, new RegExp(String.raw`/Root\s+${REF}`, 'g'));
  if (root === null) return null;
  const catalog = objectBody(pdf, Number(root[1]), Number(root[2]));
  const pagesRef = catalog === null ? null : new RegExp(String.raw`/Pages\s+${REF}`).exec(catalog);
  if (pagesRef === null || pagesRef === undefined) return null;
  const pages = objectBody(pdf, Number(pagesRef[1]), Number(pagesRef[2]));
  const count = pages === null ? null : /\/Count\s+(\d+)/.exec(pages);
  if (count === null || count === undefined) return null;
  const n = Number(count[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function pageObjectCount(pdf: PdfText): number {
  const pattern = /\/Type\s*\/Page(?![A-Za-z0-9])/g;
  let n = (pdf.file.match(pattern) ?? []).length;
  pdf.packed ??= packedObjects(pdf.file);
  for (const body of pdf.packed.values()) n += (body.match(pattern) ?? []).length;
  return n;
}

/** The PDF's bytes as text for the object finders here (latin1: one character a byte). */
export function pdfText(bytes: Uint8Array): PdfText {
  return { file: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), packed: null };
}

/** The pages of the PDF in `bytes`, or null when none can be found. */
export function pdfPageCount(bytes: Uint8Array): number | null {
  const pdf = pdfText(bytes);
  const fromTree = pageTreeCount(pdf);
  if (fromTree !== null) return fromTree;
  const objects = pageObjectCount(pdf);
  return objects > 0 ? objects : null;
}
