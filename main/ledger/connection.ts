// Opening the SQLite file: recognising an Offer Desk ledger before touching it, and the pragmas
// every connection needs. Nothing here writes to a file that has not been recognised as ours.

import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { LATEST_FORMAT } from './migrations/index';
import { readFormat, tooNewError } from './migrations/run';
import { openDatabase } from './native-binding';

/** PRAGMA application_id of every ledger: "ODLG" in ASCII. Tells our files from any other SQLite file. */
export const APPLICATION_ID = 0x4f444c47;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const HEADER_BYTES = 100;

function notALedger(path: string, why: string): OfferDeskError {
  return new OfferDeskError('not-a-ledger', `${path} is not an Offer Desk ledger: ${why}.`);
}

/**
 * Reads the 100-byte SQLite header with plain file I/O. An empty or short file must be caught
 * here: SQLite would treat an empty file as a new database and happily write into it.
 */
function assertSqliteHeader(path: string, shownAs: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notALedger(shownAs, 'it is not a SQLite database');
  }
  return header;
}

/** PRAGMA application_id as the header holds it (bytes 68–71, big-endian), read without SQLite. */
function headerApplicationId(header: Buffer): number {
  return header.readUInt32BE(68);
}

/**
 * Opens an existing file and confirms it is a ledger this code can read, using reads only, so that
 * a refused file (someone else's database, a newer ledger) is left byte-for-byte as it was.
 * `readonly` opens a private copy of a ledger that must not be written (read-only-open.ts), and
 * `shownAs` is then the ledger's own path, the one every message names.
 */
export function openRecognised(path: string, how: { readonly?: boolean; shownAs?: string } = {}): Database.Database {
  const shownAs = how.shownAs ?? path;
  const header = assertSqliteHeader(path, shownAs);
  const db = openDatabase(path, { fileMustExist: true, readonly: how.readonly === true });
  try {
    let applicationId: unknown;
    try {
      applicationId = db.pragma('application_id', { simple: true });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      // Our own mark in the header, but SQLite cannot read the file (cut short, overwritten): a
      // damaged ledger, not someone else's file, and the person must hear that it is theirs.
      if (headerApplicationId(header) === APPLICATION_ID) {
        throw new OfferDeskError(
          'ledger-damaged',
          `${shownAs} is an Offer Desk ledger, but it is too damaged to be read (SQLite: ${why}). Nothing was written to it; restore it from a backup.`,
        );
      }
      throw notALedger(shownAs, `SQLite cannot read it (${why})`);
    }
    if (applicationId !== APPLICATION_ID) {
      throw notALedger(shownAs, 'it is a SQLite database written by some other program');
    }
    const format = readFormat(db);
    if (format > LATEST_FORMAT) throw tooNewError(format, LATEST_FORMAT);
    if (format < 1) throw notALedger(shownAs, 'it carries no ledger format (its creation never completed)');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * How long a write waits for another process (a second Offer Desk, the CLI) to finish its own
 * write before it is refused. SQLite's busy handler retries taking the lock, with growing pauses,
 * until this budget is spent: long enough to outlast any single write the desk makes (a 100,000-
 * holder roster import is the longest), short enough that the person at the desk is told.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Durability and integrity settings, per connection. WAL keeps readers off the writer's back and
 * survives a crash mid-write; synchronous=FULL syncs the WAL on every commit, because a receipt the
 * desk saw as saved must still be there after a power cut. trusted_schema=OFF stops a doctored
 * file's triggers or views from calling anything but harmless built-in functions.
 */
export function configure(db: Database.Database, busyTimeoutMs: number = DEFAULT_BUSY_TIMEOUT_MS): void {
  if (!Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    throw new OfferDeskError('internal', `the ledger's busy timeout must be a whole number of milliseconds (got ${busyTimeoutMs})`);
  }
  const mode: unknown = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new OfferDeskError('internal', `the ledger could not switch to WAL (journal mode ${String(mode)})`);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // 32 MiB of page cache (default 2 MiB): a 100,000-holder roster import is one transaction, and a
  // small cache spills its pages into the WAL over and over.
  db.pragma('cache_size = -32768');
}

/**
 * The per-connection settings of a connection that only reads (read-only-open.ts): no journal mode
 * or synchronous setting, which would be writes or pointless, but the same guards as a writer.
 */
export function configureReader(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('cache_size = -32768');
}
