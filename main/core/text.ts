// What text from outside the desk may be: the one rule every input path applies (the API
// contract's schemas, the CLI through those schemas, the roster, the offer's settings).
//
// Why it matters: the audit chain hashes the JavaScript string while SQLite stores its UTF-8
// bytes. A lone UTF-16 surrogate has no UTF-8 form, so the stored bytes differ from what was
// hashed and `verify` fails for ever. Control characters are invisible on screen and in letters,
// and an absurdly long value (a 10 MB name) makes every letter that prints it run for minutes.
// So a text is accepted only when it is well-formed Unicode, has no control character (a line
// break only where the field is written on several lines), and fits its field's limit.
//
// Refusals say which field and what is wrong, and never echo the value whole: at most
// QUOTE_MAX characters of it are ever quoted (some values are personal data).
//
// Pure: no I/O, no zod, so the window can import it at run time and the preload-free parts of
// the app can share it.

import { OfferDeskError } from './errors';

// --- limits, in characters (Unicode code points) ------------------------------------------------

/** A person's or the company's name, and the CFO's name and title. */
export const NAME_MAX = 200;
/** "Signed by" as printed on the paper. */
export const SIGNER_MAX = 200;
/** A postal address (the roster's address, which may run over several lines). */
export const ADDRESS_MAX = 500;
/** One line of the desk's own letterhead address. */
export const ADDRESS_LINE_MAX = 200;
/** A written reason: late keying, waiver, extension, void. */
export const REASON_MAX = 2000;
/** Employee ids, grant ids and plan names: short codes typed from a list. */
export const CODE_MAX = 64;
/** ID numbers (SSN and the like): at least this many letters or digits, so "the last four" never shows the whole number. */
export const ID_NUMBER_MIN = 6;
export const ID_NUMBER_MAX = 64;
/** The longest e-mail address SMTP can carry. */
export const EMAIL_MAX = 254;
/** Phone and fax numbers, including extensions and spacing. */
export const PHONE_MAX = 40;
/** An attached file's name (most file systems stop at 255). */
export const FILE_NAME_MAX = 255;
/** Who is keying. */
export const OPERATOR_MAX = 100;
/** A time or date as typed at the desk ("Mar 21 2003 16:42:05 EST" and friends). */
export const TIME_TEXT_MAX = 40;
/** A folder or file path typed or chosen in Settings (Linux allows 4096 bytes). */
export const PATH_MAX = 4096;
/** What is typed into a search box. */
export const SEARCH_MAX = 200;
/** The most of any value a message ever quotes. */
export const QUOTE_MAX = 60;

/** 25 MiB: a many-page fax scan fits; anything bigger is probably the wrong file. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
/** A roster of 300,000 grants is about 30 MB; ten times less plausible than that is refused. */
export const ROSTER_MAX_BYTES = 100 * 1024 * 1024;

// --- the rule -----------------------------------------------------------------------------------

export interface TextField {
  /** How a person names the field: "the waiver reason", "name". */
  label: string;
  /** Longest accepted value, in characters. */
  max: number;
  /**
   * 'many' lets the value hold line breaks (\n, \r\n, \r): written reasons and postal addresses
   * are often written on several lines. Every other field is one line (default).
   */
  lines?: 'one' | 'many';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls, DEL and C1 controls.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const CONTROL_NAMES: Record<number, string> = { 0x09: 'a tab', 0x0a: 'a line break', 0x0d: 'a carriage return', 0x00: 'a NUL' };

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when the text has no lone UTF-16 surrogate, i.e. it has a UTF-8 form. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** Length in characters (code points), counted only as far as needed to compare with `max`. */
function codePointsOver(value: string, max: number): number | null {
  if (value.length <= max) return null; // a code point is at least one code unit
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count > max ? count : null;
}

/**
 * What is wrong with a text for this field, in words that never quote it; null when it is
 * acceptable. Says where (character position) so the person can find it.
 */
export function textProblem(value: string, field: TextField): string | null {
  const over = codePointsOver(value, field.max);
  if (over !== null) return `${field.label} is ${over.toLocaleString('en-US')} characters long; the limit is ${field.max.toLocaleString('en-US')}`;
  const lone = LONE_SURROGATE.exec(value);
  if (lone !== null) {
    return `${field.label} is not well-formed Unicode: it holds a lone UTF-16 surrogate (${hex(lone[0].charCodeAt(0))}) at character ${lone.index + 1}; type it again`;
  }
  const control = (field.lines === 'many' ? CONTROL_BUT_LINE_BREAKS : CONTROL).exec(value);
  if (control !== null) {
    const code = control[0].charCodeAt(0);
    const what = CONTROL_NAMES[code] ?? 'a control character';
    const allowed = field.lines === 'many' ? ' (line breaks are fine here)' : ' (it must be one line)';
    return `${field.label} contains ${what} (${hex(code)}) at character ${control.index + 1}; remove it${allowed}`;
  }
  return null;
}

/** Returns the value when acceptable; otherwise refuses with `invalid-input` naming the field. */
export function checkText(value: string, field: TextField): string {
  const problem = textProblem(value, field);
  if (problem !== null) throw new OfferDeskError('invalid-input', capitalize(problem) + '.');
  return value;
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A value as a message may show it: in quotes, at most QUOTE_MAX characters (cut with "..."),
 * control characters and lone surrogates shown as escapes so the message itself stays clean.
 */
export function quoteText(value: string): string {
  const chars = Array.from(value.length > QUOTE_MAX * 2 + 2 ? value.slice(0, QUOTE_MAX * 2 + 2) : value);
  const cut = chars.length > QUOTE_MAX || value.length > QUOTE_MAX * 2 + 2;
  const shown = (cut ? chars.slice(0, QUOTE_MAX - 3) : chars).map(printable).join('');
  return `"${shown}${cut ? '...' : ''}"`;
}

function printable(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && (CONTROL.test(ch) || (code >= 0xd800 && code <= 0xdfff))) return `\\u${code.toString(16).padStart(4, '0')}`;
  return ch;
}

// --- files: bytes to text -------------------------------------------------------------------------

/** Byte offset of the first byte that is not well-formed UTF-8, or -1 (WHATWG / Unicode rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // a surrogate
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (lines end at \n; a \r\n ending counts once). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A roster file's bytes as text: strict UTF-8, an optional byte-order mark dropped. Anything
 * else is refused (`roster-invalid`) rather than guessed: decoding a Windows "CSV" (cp1252 or
 * Latin-1) as UTF-8 would silently turn every accented letter into U+FFFD, and guessing the
 * encoding would sometimes guess wrong. The message names the first bad line, never its text.
 */
export function decodeRosterBytes(bytes: Uint8Array): string {
  if (bytes.length > ROSTER_MAX_BYTES) {
    throw new OfferDeskError('roster-invalid', `The roster file is ${(bytes.length / 1048576).toFixed(1)} MiB; the limit is ${ROSTER_MAX_BYTES / 1048576} MiB. Nothing was imported.`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The native decoder is fast; the byte-by-byte scan below runs only to say where it failed.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const line = lineAt(bytes, bad);
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const what = utf16 ? 'is saved as UTF-16 ("Unicode text")' : 'is not UTF-8 (it looks like a Windows "CSV" in cp1252 or Latin-1)';
    throw new OfferDeskError(
      'roster-invalid',
      `The roster file ${what}: line ${line} is the first line that is not UTF-8. Nothing was imported; save it as CSV UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)") and import it again.`,
      [`line ${line}: not UTF-8 (byte ${bad + 1} of the file); save the file as CSV UTF-8`],
    );
  }
}
