// Puts every fax in the inbox folder on record, once, before anyone files it: its bytes, pages, the
// receipt window and its source (the fax server's log when it names the file, else the moment the
// desk saw it), and what its form code says. The folder is the fax server's: the desk only lists
// and reads it — never deletes, moves, renames or writes anything there.
//
// A fax is known by its SHA-256, not its name: a server that writes the same file again (or a
// second desk scanning the same folder) records it once. A file that is not a fax, or cannot be
// read, is reported once a session while it stays unchanged, never fatal for the scan.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isOfferDeskError, OfferDeskError } from '../core/errors';
import { receiptFromInboxArrival, receiptFromServerLog, type FaxReceipt } from '../core/fax-receipt';
import type { Instant } from '../core/types';
import { toInstant } from '../core/zones';
import { lastRecordFor, parseXferfaxlog, type XferfaxlogReading, type XferRecvRecord } from '../core/xferfaxlog';
import type { FaxRecord } from '../ledger/faxes';
import { requireOfferOpen } from './closing-view';
import type { DeskParts } from './desk-parts';
import { readFaxCodes } from './fax-code-reader';
import { faxFacts } from './fax-facts';

/** Named on a fax the desk put on record by itself before anyone at the desk said who they are. */
export const INBOX_DESK_OPERATOR = 'Offer Desk fax inbox (no operator named yet)';

export interface InboxProblem {
  file: string;
  reason: string;
}

/** What a session has learnt about the folder's files (the watcher keeps one for as long as it runs). */
export interface InboxMemory {
  /** Files on record (by this scan or before), by name → size and modification time when read. */
  readonly known: Map<string, string>;
  /** Files reported as not faxes or unreadable, by name → size and modification time: reported once while unchanged. */
  readonly reported: Map<string, string>;
  /** When the desk first saw each file not yet on record (its clock): a fax held for its log line keeps that moment. */
  readonly firstSeen: Map<string, Instant>;
}

export function newInboxMemory(): InboxMemory {
  return { known: new Map(), reported: new Map(), firstSeen: new Map() };
}

export interface InboxScanOptions {
  /** The inbox folder. */
  dir: string;
  /** HylaFAX's xferfaxlog, or null: every receipt is then the inbox arrival. */
  xferfaxlog: string | null;
  /** The fax server's zone (its log's times are its local time). */
  serverZone: string;
  /** When the desk saw the files; default: the desk's clock as each new file is first looked at. */
  seenAt?: Instant;
  memory?: InboxMemory;
  /**
   * Whether to leave a file for a later scan because the fax server may still be writing it
   * (the watcher: modified within its stability window). Asked before the file is read.
   */
  holdFresh?: (fileName: string, mtimeMs: number) => boolean;
  /**
   * Whether to hold back a fax the log does not name yet (the watcher's grace: the server writes
   * the log line after the file). Default: record it at once from its arrival.
   */
  holdUnlogged?: (fileName: string) => boolean;
  /** Aborted when the desk lets the ledger go: nothing more is written after an await. */
  signal?: AbortSignal;
}

export interface InboxScanReport {
  /** Put on record by this scan, in the order found (file names sorted). */
  recorded: FaxRecord[];
  /** Not recorded: not a fax, or could not be read. */
  skipped: InboxProblem[];
  /** Recorded, with something the operator should know (e.g. the log's time could not be used). */
  notes: InboxProblem[];
  /** Files held back: still being written, or a fax the log does not name yet (until the grace passes). */
  waiting: string[];
  /** The log as read this scan; null when none is set or no new file needed it. */
  log: { problem: string | null; garbledLines: number[] } | null;
}

/** Names a fax server or an editor writes before the real file: never read. */
function isPartialOrHidden(name: string): boolean {
  return name.startsWith('.') || /(\.(tmp|part|partial|swp|lck|lock)|~)$/i.test(name) || name === 'seqf';
}

function signatureOf(size: number, mtimeMs: number): string {
  return `${size}:${mtimeMs}`;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The log, read once a scan and only when a new file needs it. */
function logReader(path: string | null): () => { reading: XferfaxlogReading | null; problem: string | null } {
  let cached: { reading: XferfaxlogReading | null; problem: string | null } | null = null;
  return () => {
    if (cached !== null) return cached;
    if (path === null) cached = { reading: null, problem: null };
    else {
      try {
        cached = { reading: parseXferfaxlog(readFileSync(path, 'utf8')), problem: null };
      } catch (e) {
        cached = { reading: null, problem: `The fax server's log ${path} could not be read (${(e as NodeJS.ErrnoException).code ?? messageOf(e)}).` };
      }
    }
    return cached;
  };
}

function receiptFor(
  record: XferRecvRecord | null,
  serverZone: string,
  seenAt: Instant,
  modifiedAt: Instant,
): { receipt: FaxReceipt; logLine: string | null; note: string | null } {
  if (record !== null) {
    try {
      return { receipt: receiptFromServerLog(record.start, record.durationSeconds, serverZone), logLine: record.line, note: null };
    } catch (e) {
      if (!isOfferDeskError(e)) throw e;
      const note = `Line ${record.lineNumber} of the fax server's log could not be used (${e.message}); the receipt is when the desk saw the file.`;
      return { receipt: receiptFromInboxArrival(seenAt, modifiedAt), logLine: null, note };
    }
  }
  return { receipt: receiptFromInboxArrival(seenAt, modifiedAt), logLine: null, note: null };
}

/**
 * Scans the inbox folder once and records every fax not yet on record. Refuses a closed offer
 * (the ledger's own sentence) before reading anything.
 */
export async function recordInboxFaxes(parts: DeskParts, options: InboxScanOptions): Promise<InboxScanReport> {
  requireOfferOpen(parts);
  const memory = options.memory ?? newInboxMemory();
  const report: InboxScanReport = { recorded: [], skipped: [], notes: [], waiting: [], log: null };
  let entries: string[];
  try {
    entries = readdirSync(options.dir).sort();
  } catch (e) {
    throw new OfferDeskError('not-found', `The fax inbox folder ${options.dir} cannot be read (${(e as NodeJS.ErrnoException).code ?? messageOf(e)}).`);
  }
  const logPath = options.xferfaxlog === null ? null : resolve(options.xferfaxlog);
  const readLog = logReader(logPath);
  const ledgerId = parts.ledger.info().ledgerId;
  const problem = (file: string, signature: string, reason: string) => {
    memory.reported.set(file, signature);
    report.skipped.push({ file, reason });
  };

  for (const name of entries) {
    if (options.signal?.aborted) break;
    if (isPartialOrHidden(name)) continue;
    const path = join(options.dir, name);
    if (logPath !== null && resolve(path) === logPath) continue;
    let size: number;
    let mtimeMs: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      size = st.size;
      mtimeMs = st.mtimeMs;
    } catch {
      continue; // gone between the listing and the look: the server moved it on
    }
    // A file still being created: its first bytes come with the next change.
    if (size === 0) continue;
    const signature = signatureOf(size, mtimeMs);
    if (memory.known.get(name) === signature || memory.reported.get(name) === signature) continue;
    if (!memory.firstSeen.has(name)) memory.firstSeen.set(name, options.seenAt ?? parts.now());
    if (options.holdFresh?.(name, mtimeMs) === true) {
      report.waiting.push(name);
      continue;
    }

    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      problem(name, signature, `The file ${name} could not be read (${(e as NodeJS.ErrnoException).code ?? messageOf(e)}).`);
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (parts.ledger.faxBySha256(sha256) !== null) {
      memory.known.set(name, signature);
      memory.firstSeen.delete(name);
      continue;
    }
    let facts;
    try {
      facts = faxFacts(bytes, name);
    } catch (e) {
      if (!isOfferDeskError(e)) throw e;
      problem(name, signature, e.message);
      continue;
    }

    const log = readLog();
    if (logPath !== null) report.log = { problem: log.problem, garbledLines: log.reading?.garbledLines ?? [] };
    const record = log.reading === null ? null : lastRecordFor(log.reading, name);
    if (record === null && logPath !== null && options.holdUnlogged?.(name) === true) {
      report.waiting.push(name);
      continue;
    }
    const seenAt = memory.firstSeen.get(name) as Instant;
    const { receipt, logLine, note } = receiptFor(record, options.serverZone, seenAt, toInstant(Math.floor(mtimeMs)));
    if (note !== null) report.notes.push({ file: name, reason: note });

    // The code is read off the main thread; the write below is one synchronous transaction.
    const code = await readFaxCodes(bytes, ledgerId);
    if (options.signal?.aborted) break;
    try {
      const fax = parts.write(() => {
        // Recorded meanwhile by another desk on the same ledger (or the same bytes under two names).
        if (parts.ledger.faxBySha256(sha256) !== null) return { value: null, holders: [] };
        const recorded = parts.ledger.recordFax(
          {
            fileName: name,
            mediaType: facts.mediaType,
            bytes,
            pages: facts.pages,
            receipt,
            serverZone: logLine === null ? null : options.serverZone,
            logLine,
            tiffDateTime: facts.tiffDateTime,
            code,
            seenAt,
          },
          { at: parts.now(), operator: parts.operatorOrNull() ?? INBOX_DESK_OPERATOR },
        );
        return { value: recorded, holders: [] };
      });
      if (fax !== null) report.recorded.push(fax);
      memory.known.set(name, signature);
      memory.firstSeen.delete(name);
    } catch (e) {
      // The ledger's refusal of this one file (a name it cannot keep): reported, the scan goes on.
      if (!isOfferDeskError(e) || e.code !== 'invalid-input') throw e;
      problem(name, signature, `The fax ${name} could not be put on record: ${e.message}`);
    }
  }
  return report;
}
