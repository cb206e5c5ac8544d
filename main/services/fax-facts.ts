// What the desk records about a received fax's file before anyone looks at it: what it is (a TIFF
// or a PDF, told by its first bytes, never by its name), how many pages it has, and the TIFF's own
// DateTime tag as written (shown as corroboration only: it comes from the fax server's or the
// sender's clock, in no stated zone, and is never the receipt time).
import { OfferDeskError } from '../core/errors';
import { MAX_ATTACHMENT_BYTES } from '../ledger';
import { pdfPageCount } from './pdf-page-count';
import { isTiff, TiffStructureError, tiffDirectories, tiffPages } from './tiff-directories';

export type FaxMediaType = 'image/tiff' | 'application/pdf';

export interface FaxFacts {
  mediaType: FaxMediaType;
  pages: number;
  /** The first page's DateTime tag (306) text as written, e.g. "2003:03:21 16:58:10"; null for a PDF or a TIFF without one. */
  tiffDateTime: string | null;
}

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" at the start; some writers put a few bytes of junk first, which PDF readers allow within the first 1024 bytes.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** A TIFF or a PDF, told by its first bytes; null for anything else. */
export function faxMediaType(bytes: Uint8Array): FaxMediaType | null {
  if (isTiff(bytes)) return 'image/tiff';
  if (isPdf(bytes)) return 'application/pdf';
  return null;
}

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

/**
 * The facts of the fax file `fileName`. Refuses (naming the file) anything that is not a TIFF or a
 * PDF, a file past the attachment limit, a TIFF that cannot be walked to its end or has no page, and
 * a PDF with no page to be found.
 */
export function faxFacts(bytes: Buffer, fileName: string): FaxFacts {
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    refuse(`The fax file ${fileName} is ${bytes.length} bytes; at most ${MAX_ATTACHMENT_BYTES} bytes are accepted.`);
  }
  const mediaType = faxMediaType(bytes);
  if (mediaType === null) refuse(`The file ${fileName} is not a fax: a fax is a TIFF or a PDF, and this file starts like neither.`);
  if (mediaType === 'application/pdf') {
    const pages = pdfPageCount(bytes);
    if (pages === null) refuse(`The fax file ${fileName} is a PDF in which no page can be found.`);
    return { mediaType, pages, tiffDateTime: null };
  }
  let pages;
  try {
    pages = tiffPages(tiffDirectories(bytes));
  } catch (e) {
    if (e instanceof TiffStructureError) refuse(`The fax file ${fileName} is a TIFF that cannot be read: it ${e.message}.`);
    throw e;
  }
  if (pages.length === 0) refuse(`The fax file ${fileName} is a TIFF with no pages.`);
  return { mediaType, pages: pages.length, tiffDateTime: pages.find((p) => p.dateTime !== null)?.dateTime ?? null };
}
