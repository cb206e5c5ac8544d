// The directories (pages) of a TIFF, read with every offset checked against the file's length.
//
// Why not utif2's decode() here: it follows the chain of directories without checking offsets or
// loops, so a file whose last directory points back at the first (or past its end) keeps it
// looping for ever, and a tag claiming four billion values makes it build a four-billion-entry
// array. The facts of a fax are read on the main thread, as soon as the file appears, from bytes
// anyone can drop into the inbox: this walker reads only the few tags the desk needs, and refuses
// a file it cannot walk to its end. utif2 decodes pixels only in the code reader's worker, after
// this walk has passed (main/services/fax-page-images.ts).

/** One image directory of a TIFF: a page, or a reduced-resolution copy of one (a thumbnail). */
export interface TiffDirectory {
  width: number | null;
  height: number | null;
  /** NewSubfileType (254) bit 0: a reduced-resolution copy of another page, not a page. */
  reducedResolution: boolean;
  /** The DateTime tag (306) as written, without its terminating NUL. */
  dateTime: string | null;
  xResolution: number | null;
  yResolution: number | null;
  /** PhotometricInterpretation (262): 0 WhiteIsZero (a fax's usual), 1 BlackIsZero, … */
  photometric: number | null;
}

/** A TIFF with more directories than this is refused (a fax of 10,000 pages is not a fax). */
export const MAX_TIFF_DIRECTORIES = 10_000;
const TYPE_SIZES: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

/** Why a file is not a TIFF the desk can walk: the sentence's end, after the file's name. */
export class TiffStructureError extends Error {}

export function isTiff(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42 && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 42));
}

/** Every directory in the main chain, in order. Throws TiffStructureError for a file it cannot walk. */
export function tiffDirectories(bytes: Uint8Array): TiffDirectory[] {
  if (!isTiff(bytes)) throw new TiffStructureError('does not start like a TIFF');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const fits = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= bytes.length;

  const directories: TiffDirectory[] = [];
  const seen = new Set<number>();
  for (let offset = u32(4); offset !== 0; ) {
    if (seen.has(offset)) throw new TiffStructureError('has a chain of pages that loops back on itself');
    if (directories.length >= MAX_TIFF_DIRECTORIES) throw new TiffStructureError(`has more than ${MAX_TIFF_DIRECTORIES} pages`);
    if (!fits(offset, 2)) throw new TiffStructureError('names a page past the end of the file (the file is cut short)');
    seen.add(offset);
    const count = u16(offset);
    if (!fits(offset + 2, count * 12 + 4)) throw new TiffStructureError('has a page description past the end of the file (the file is cut short)');
    const dir: TiffDirectory = { width: null, height: null, reducedResolution: false, dateTime: null, xResolution: null, yResolution: null, photometric: null };
    for (let i = 0; i < count; i += 1) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      const size = TYPE_SIZES[type];
      if (size === undefined) continue; // an unknown type: skipped, as TIFF readers must
      const length = size * n;
      const at = length <= 4 ? entry + 8 : u32(entry + 8);
      if (!fits(at, length)) throw new TiffStructureError(`has a tag (${tag}) whose value lies past the end of the file`);
      const integer = () => (n >= 1 && type === 3 ? u16(at) : n >= 1 && type === 4 ? u32(at) : null);
      const rational = () => (n >= 1 && type === 5 && u32(at + 4) !== 0 ? u32(at) / u32(at + 4) : null);
      if (tag === 254) dir.reducedResolution = ((integer() ?? 0) & 1) === 1;
      else if (tag === 256) dir.width = integer();
      else if (tag === 257) dir.height = integer();
      else if (tag === 262) dir.photometric = integer();
      else if (tag === 282) dir.xResolution = rational();
      else if (tag === 283) dir.yResolution = rational();
      else if (tag === 306 && type === 2) {
        const text = Buffer.from(bytes.buffer, bytes.byteOffset + at, length).toString('latin1');
        const end = text.indexOf('\0');
        dir.dateTime = end < 0 ? text : text.slice(0, end);
      }
    }
    directories.push(dir);
    offset = u32(offset + 2 + count * 12);
  }
  return directories;
}

/** The directories that are pages: an image's size given, not a reduced-resolution copy. */
export function tiffPages(directories: readonly TiffDirectory[]): TiffDirectory[] {
  return directories.filter((d) => d.width !== null && d.height !== null && !d.reducedResolution);
}
