// Opening a ledger that must not be written: one on read-only media (or without permission to
// write), and one that fails SQLite's integrity check. Both are opened for reading only, so the
// desk can still show, verify and export the record, and every write is refused before it starts.
//
// The desk reads a private copy (the file and its -wal, copied into a temporary folder) rather
// than the file itself, for two reasons. SQLite cannot open a WAL-mode file in a folder it may not
// write (it must create the -shm index beside it: SQLITE_READONLY_DIRECTORY), and this build has
// no URI filenames for `immutable=1`. And a damaged file is then never opened by SQLite at all
// after the check that found the damage: not even a checkpoint of a left-over WAL can touch it.
// The copy is removed when the ledger is closed.
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { configureReader, openRecognised } from './connection';
import { IdCipher } from './id-cipher';
import type { LedgerAccess, LedgerOptions } from './ledger';
import { LATEST_FORMAT } from './migrations/index';
import { readFormat } from './migrations/run';
import { buildStores, SqliteLedger } from './sqlite-ledger';
import { translateSqliteError } from './sql-errors';

type ReadOnly = Extract<LedgerAccess, { writable: false }>;

/**
 * Why this process may not write the ledger at `path`, or null when it may. SQLite needs to write
 * the file and to create its -wal and -shm files beside it, so the folder counts as much as the file.
 */
export function writeBlocker(path: string): ReadOnly | null {
  const folder = dirname(path);
  // The folder first: on read-only media both are unwritable, and the folder is the truer reason.
  if (!writable(folder)) return { writable: false, code: 'read-only', reason: `its folder ${folder} is read-only` };
  if (!writable(path)) return { writable: false, code: 'read-only', reason: `the file ${path} is read-only` };
  return null;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * SQLite's quick_check of the whole file (every page, every b-tree; not the index contents, which
 * verify's replay covers): null when it passes, else what it found, in one clause. A file cut short
 * or overwritten may make the check itself fail with SQLITE_CORRUPT; that is the same answer.
 */
export function integrityProblem(db: Database.Database): string | null {
  let rows: unknown[];
  try {
    rows = db.pragma('quick_check(3)') as unknown[];
  } catch (e) {
    if (e instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(e.code)) return e.message;
    throw e;
  }
  const found = rows.map((r) => String(Object.values(r as Record<string, unknown>)[0])).filter((t) => t !== 'ok');
  return found.length === 0 ? null : found.join('; ');
}

/** The access of a ledger that failed the integrity check. */
export function damagedAccess(problem: string): ReadOnly {
  return { writable: false, code: 'ledger-damaged', reason: `SQLite's integrity check of the file found: ${problem}` };
}

/**
 * Opens `path` for reading only, from a private copy, with `why` as its access. A read-only ledger
 * is also checked: damage found then is what the desk reports, since it matters more.
 */
export function openReadOnly(options: LedgerOptions, why: ReadOnly): SqliteLedger {
  const { path } = options;
  const folder = mkdtempSync(join(tmpdir(), 'offer-desk-read-only-'));
  const removeCopy = () => rmSync(folder, { recursive: true, force: true });
  const copy = join(folder, basename(path));
  let db: Database.Database | null = null;
  try {
    copyLedgerFiles(path, copy);
    db = openRecognised(copy, { readonly: true, shownAs: path });
    let access = why;
    if (why.code === 'read-only') {
      const problem = integrityProblem(db);
      if (problem !== null) access = damagedAccess(problem);
    }
    const format = readFormat(db);
    if (format < LATEST_FORMAT) {
      throw new OfferDeskError(
        access.code,
        `${path} is in ledger format ${format} and must be upgraded to format ${LATEST_FORMAT} before this Offer Desk can read it, ` +
          `but it cannot be written: ${access.reason}. Nothing was changed.` +
          (access.code === 'read-only' ? ' Copy it to a folder you can write to and open the copy.' : ' Restore it from a backup.'),
      );
    }
    configureReader(db);
    const stores = buildStores(db);
    return new SqliteLedger(db, path, new IdCipher(options.keyProvider), stores, access, removeCopy);
  } catch (e) {
    db?.close();
    removeCopy();
    throw unreadable(path, e);
  }
}

function copyLedgerFiles(path: string, copy: string): void {
  try {
    copyFileSync(path, copy);
    // Committed changes not yet checkpointed live in the -wal: without it the copy would be older
    // than the ledger. (The -shm is only an index, rebuilt from the -wal.)
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  } catch (e) {
    throw new OfferDeskError('disk-error', `The ledger ${path} cannot be read: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`);
  }
}

/** A file too damaged even to be read: one sentence, never a raw SQLite error. */
function unreadable(path: string, e: unknown): unknown {
  if (e instanceof OfferDeskError) return e;
  if (e instanceof Database.SqliteError && (e.code === 'SQLITE_ERROR' || /^SQLITE_(CORRUPT|NOTADB)/.test(e.code))) {
    return new OfferDeskError(
      'ledger-damaged',
      `${path} is an Offer Desk ledger, but it is too damaged to be read (${e.message}). Nothing was written to it; restore it from a backup.`,
    );
  }
  return translateSqliteError(e);
}
