// Reading HylaFAX's activity log (etc/xferfaxlog) for the records of received faxes.
//
// One line per call, fields separated by tabs; some fields are written in double quotes. A
// reception record, in HylaFAX 4.2 to 7 (the man page xferfaxlog(5F)):
//   date RECV commid modem qfile <null> fax "local-number" "TSI" params #pages jobtime conntime
//   "reason" "CIDName"/"CallID1" "CIDNumber"/"CallID2" ... <null> "dcs" ...
// `date` is the call's start, `%D %H:%M` (mm/dd/yy HH:MM) in the server's local time; `qfile` is
// the received file (`recvq/fax00012.tif`); `jobtime` and `conntime` are durations (`h:mm:ss`, or
// `m:ss` under an hour). Older servers wrote fewer trailing fields, HylaFAX+ more; some releases
// leave fields unquoted, and very old ones left `qfile` empty (such a record names no file and is
// of no use here). So the parser is tolerant: it reads the documented positions when they hold
// what they should, and otherwise looks for the file and the "#pages jobtime conntime" triple
// where they are. SEND, POLL, PAGE, CALL, UNSENT, SUBMIT … lines are not receptions and are
// ignored; a RECV line it cannot read is counted (and its line number kept), never thrown.
//
// A last line without its newline may still be being written by the server (a cut "0:02:30" reads
// as "0:02"): it is not used until its newline is there (`pendingLastLine`).

import { expandTwoDigitYear, type LoggedCallStart } from './fax-receipt';

/** One reception record, as the desk uses it. */
export interface XferRecvRecord {
  /** The line as read (without its line ending). */
  line: string;
  /** 1-based, for the operator looking at the log. */
  lineNumber: number;
  start: LoggedCallStart;
  /**
   * How long the call lasted: the larger of jobtime and conntime. The log's date is the call's
   * start; the document's own transfer (jobtime) begins after the handshake, so the whole
   * connection (conntime) is the honest bound on when the last page came in, and a server that
   * writes them the other way round is still covered.
   */
  durationSeconds: number;
  /** The received file's base name (`fax00012.tif` for `recvq/fax00012.tif`). */
  file: string;
  /** As the server counted them (0 for a call that delivered none). */
  pages: number;
  /** The sender's TSI (its fax identity), as it sent it; null when empty. */
  sender: string | null;
}

export interface XferfaxlogReading {
  records: XferRecvRecord[];
  /** RECV lines that could not be read (line numbers, 1-based). */
  garbledLines: number[];
  /** The file ends in a line without its newline: being written, read next time. */
  pendingLastLine: boolean;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::\d{2})?$/;
const DURATION = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;

/** Strips the double quotes some fields are written in (and a stray space inside them). */
function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

function readDate(field: string): LoggedCallStart | null {
  const m = DATE.exec(field.trim());
  if (m === null) return null;
  const [, mm, dd, yy, hh, mi] = m as unknown as [string, string, string, string, string, string];
  const year = yy.length === 2 ? expandTwoDigitYear(Number(yy)) : Number(yy);
  const start = { year, month: Number(mm), day: Number(dd), hour: Number(hh), minute: Number(mi) };
  if (start.month < 1 || start.month > 12 || start.day < 1 || start.day > 31 || start.hour > 23 || start.minute > 59) return null;
  return start;
}

/** `h:mm:ss`, `m:ss`, `mm:ss`, or plain seconds; null for anything else. */
export function readDuration(field: string): number | null {
  const t = unquote(field);
  if (/^\d{1,6}$/.test(t)) return Number(t);
  const m = DURATION.exec(t);
  if (m === null) return null;
  const h = m[1] === undefined ? 0 : Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3]);
  if (s > 59 || (m[1] !== undefined && mi > 59)) return null;
  return h * 3600 + mi * 60 + s;
}

function readCount(field: string | undefined): number | null {
  if (field === undefined) return null;
  const t = unquote(field);
  return /^\d{1,5}$/.test(t) ? Number(t) : null;
}

function baseName(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

/** A field naming the received file: the spool's `recvq/…`, or a TIFF or PDF name. */
function looksLikeFaxFile(field: string): boolean {
  const t = unquote(field);
  return t !== '' && !/\s/.test(t) && (/^recvq[/\\]/.test(t) || /\.(tiff?|pdf)$/i.test(t));
}

interface Triple {
  at: number;
  pages: number;
  seconds: number;
}

/** "#pages jobtime conntime": the documented place first, else the first such run of fields after the file. */
function findTriple(fields: readonly string[], from: number, documented: number): Triple | null {
  const at = (i: number): Triple | null => {
    const pages = readCount(fields[i]);
    const job = fields[i + 1] === undefined ? null : readDuration(fields[i + 1] as string);
    const conn = fields[i + 2] === undefined ? null : readDuration(fields[i + 2] as string);
    if (pages === null || job === null || conn === null) return null;
    // A duration written as plain digits is only trusted in the documented place.
    if (i !== documented && !(unquote(fields[i + 1] as string).includes(':') && unquote(fields[i + 2] as string).includes(':'))) return null;
    return { at: i, pages, seconds: Math.max(job, conn) };
  };
  const documentedTriple = at(documented);
  if (documentedTriple !== null) return documentedTriple;
  for (let i = from; i + 2 < fields.length; i += 1) {
    const t = at(i);
    if (t !== null) return t;
  }
  return null;
}

/** One RECV line, or null when it cannot be read. `r` is the index of the "RECV" field. */
function readRecv(line: string, fields: readonly string[], r: number, lineNumber: number): XferRecvRecord | null {
  const start = readDate(fields.slice(0, r).join(' '));
  if (start === null) return null;
  const documentedFile = r + 3;
  let fileAt = fields[documentedFile] !== undefined && looksLikeFaxFile(fields[documentedFile] as string) ? documentedFile : -1;
  if (fileAt < 0) fileAt = fields.findIndex((f, i) => i > r && looksLikeFaxFile(f));
  if (fileAt < 0) return null;
  const triple = findTriple(fields, fileAt + 1, r + 10);
  if (triple === null || triple.at <= fileAt) return null;
  // The TSI sits two fields before #pages (params between them) in every documented layout.
  const tsiField = triple.at - 2 > fileAt ? fields[triple.at - 2] : undefined;
  const sender = tsiField === undefined ? null : unquote(tsiField) || null;
  const file = baseName(unquote(fields[fileAt] as string));
  if (file === '') return null;
  return { line, lineNumber, start, durationSeconds: triple.seconds, file, pages: triple.pages, sender };
}

/** Reads the whole log; never throws on what is in it. */
export function parseXferfaxlog(text: string): XferfaxlogReading {
  const records: XferRecvRecord[] = [];
  const garbledLines: number[] = [];
  const lines = text.split('\n');
  // After the last newline: "" for a complete file, else a line still being written.
  const last = lines.pop() ?? '';
  const pendingLastLine = last.trim() !== '';
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const fields = line.split('\t');
    // The date is one field in every HylaFAX; a log re-saved with the tab after the date turned
    // into a space (or the time split off) still finds its RECV within the first few fields.
    const kind = fields.findIndex((f, k) => k >= 1 && k <= 2 && /^[A-Z]{3,8}$/.test(unquote(f)));
    if (kind >= 1 && unquote(fields[kind] as string) !== 'RECV') return; // SEND, POLL, PAGE, CALL, UNSENT, SUBMIT …: not a reception
    const r = kind;
    if (r < 1) {
      garbledLines.push(i + 1);
      return;
    }
    const record = readRecv(line, fields, r, i + 1);
    if (record === null) garbledLines.push(i + 1);
    else records.push(record);
  });
  return { records, garbledLines, pendingLastLine };
}

/** The record of the file `fileName` (its base name): the last one, as a file name can be used again. */
export function lastRecordFor(reading: XferfaxlogReading, fileName: string): XferRecvRecord | null {
  const name = baseName(fileName);
  for (let i = reading.records.length - 1; i >= 0; i -= 1) {
    const record = reading.records[i] as XferRecvRecord;
    if (record.file === name) return record;
  }
  return null;
}
