// Small facts about a PDF our letters module wrote: its SHA-256 and its page count.
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Pages of a PDF written by our letters module. pdfkit writes every page object uncompressed as
 * `/Type /Page` (the page tree is `/Type /Pages`), so counting them is exact for our own output;
 * the tests hold it against poppler's pdfinfo.
 */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
