// The 2-D code printed on every page of a personalised form, and what reading one back means.
//
// The code says which offer, which holder and which form the page is: `OD1|<offer>|<employee>|<E|N>|<check>`.
//  - <offer> is the first 12 hex digits of the ledger's id (its UUID without dashes): enough to tell
//    this offer's forms from another's, short enough to keep the symbol small and robust on a fax.
//  - <employee> is the employee id, percent-encoded so a '|' or an accented letter cannot break the fields.
//  - E = Election Form, N = Notice to Change Election.
//  - <check> is the CRC-32 (8 hex digits) of everything before it: a code mis-read into another
//    valid-looking text is said to be damaged rather than believed. (QR's own error correction
//    repairs most damage; this catches the rest and a hand-made look-alike.)
// The code is a convenience for the operator, never a record: the operator's confirmation is.

import type { DocumentKind } from './types';

const PREFIX = 'OD1';
const KIND_LETTER: Record<DocumentKind, string> = { election: 'E', notice: 'N' };

/** The part of the ledger id printed in codes: 12 hex digits. */
export function offerCodeId(ledgerId: string): string {
  return ledgerId.replace(/-/g, '').toLowerCase().slice(0, 12);
}

/** CRC-32 (IEEE), as 8 lowercase hex digits. Pure JS so the rulebook needs no Node module. */
export function crc32Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** The text to encode in the 2-D code of one page of `employeeId`'s form of `kind`. */
export function formCodeText(ledgerId: string, employeeId: string, kind: DocumentKind): string {
  const body = `${PREFIX}|${offerCodeId(ledgerId)}|${encodeURIComponent(employeeId)}|${KIND_LETTER[kind]}`;
  return `${body}|${crc32Hex(body)}`;
}

/** What a code read from a page says, judged against the offer on this desk. */
export type FormCodeReading =
  | { status: 'read'; employeeId: string; kind: DocumentKind; page: number }
  | { status: 'other-offer'; offerId: string; page: number }
  | { status: 'damaged'; detail: string; page: number }
  /** No code on any page (a form not printed by the desk, or a cover sheet). */
  | { status: 'none' }
  /** The pages could not be read as images at all (e.g. a PDF fax, or a file the decoder refused). */
  | { status: 'unreadable'; detail: string };

/**
 * Judges the text of a code found on page `page` (1-based). A text that is not ours at all is
 * 'damaged' (a code was there, and it does not say anything the desk can trust).
 */
export function judgeFormCode(text: string, ledgerId: string, page: number): FormCodeReading {
  const fields = text.split('|');
  if (fields.length !== 5 || fields[0] !== PREFIX) {
    return { status: 'damaged', detail: 'the code on the page is not an Offer Desk form code', page };
  }
  const [, offer, employee, kindLetter, check] = fields as [string, string, string, string, string];
  if (crc32Hex(fields.slice(0, 4).join('|')) !== check) {
    return { status: 'damaged', detail: 'the code on the page fails its check value (damaged in the fax)', page };
  }
  const kind = (Object.keys(KIND_LETTER) as DocumentKind[]).find((k) => KIND_LETTER[k] === kindLetter);
  let employeeId: string;
  try {
    employeeId = decodeURIComponent(employee);
  } catch {
    return { status: 'damaged', detail: 'the code on the page names an unreadable employee id', page };
  }
  if (kind === undefined || employeeId === '') {
    return { status: 'damaged', detail: 'the code on the page names no form kind or holder', page };
  }
  if (offer !== offerCodeId(ledgerId)) return { status: 'other-offer', offerId: offer, page };
  return { status: 'read', employeeId, kind, page };
}

/**
 * The reading of a whole fax from the codes of its pages (in page order): the first page whose code
 * is this offer's decides; failing that, another offer's code or a damaged one is reported, so the
 * operator is told rather than left guessing. Pages of two different holders are reported as the first.
 */
export function faxCodeReading(pageReadings: readonly FormCodeReading[]): FormCodeReading {
  const read = pageReadings.find((r) => r.status === 'read');
  if (read !== undefined) return read;
  return (
    pageReadings.find((r) => r.status === 'other-offer') ??
    pageReadings.find((r) => r.status === 'damaged') ??
    pageReadings.find((r) => r.status === 'unreadable') ?? { status: 'none' }
  );
}

/** One sentence for the operator: what the code says, or why nothing is preselected. */
export function formCodeSentence(reading: FormCodeReading, holderName: string | null): string {
  switch (reading.status) {
    case 'read':
      return `The form's code (page ${reading.page}) names ${holderName ?? reading.employeeId} (${reading.employeeId}), ${reading.kind === 'election' ? 'Election Form' : 'Notice to Change Election'}. Check it against the paper before saving.`;
    case 'other-offer':
      return `The code on page ${reading.page} is from another offer (${reading.offerId}): nothing is preselected.`;
    case 'damaged':
      return `The code on page ${reading.page} could not be trusted: ${reading.detail}. Nothing is preselected.`;
    case 'unreadable':
      return `The pages could not be read for a code: ${reading.detail}. Nothing is preselected.`;
    case 'none':
      return 'No form code was found on the pages: choose the holder and kind from the paper.';
  }
}
