// When the disk, the file or its folder fails, the desk says so in one plain sentence with its own
// code, the CLI exits 1 (never "internal error"), and nothing is written. Each SQLite failure is
// provoked for real: SQLITE_FULL by a size limit on the file (PRAGMA max_page_count),
// SQLITE_READONLY by a read-only connection (the desk itself never writes to a file it may not
// write: ledger-read-only.test.ts), SQLITE_CORRUPT
// by garbage over a page, SQLITE_IOERR by a file-size limit (ulimit -f: the write fails with EFBIG,
// which SQLite reports as SQLITE_IOERR_WRITE). SQLITE_BUSY is test/stress/two-writers.test.ts's.
import { existsSync, readdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isOfferDeskError, type OfferDeskError } from '../../main/core/errors';
import { fileFailure } from '../../main/ledger/file-errors';
import { translateSqliteError } from '../../main/ledger/sql-errors';
import { ROSTER_HEADER, alphaSession, everyRow, type CliSession } from './cli-helpers';
import { cliChild, garbleTable } from './damage-helpers';

function alphaWithElections(): CliSession {
  const s = alphaSession('2003-03-20T15:00:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A');
  s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'D');
  return s;
}

/** What SQLite throws when `fn` runs on a plain connection to the ledger, as the desk would get it. */
function sqliteFailure(ledger: string, options: Database.Options, fn: (db: Database.Database) => void): OfferDeskError {
  const db = new Database(ledger, options);
  try {
    fn(db);
  } catch (e) {
    expect(e).toBeInstanceOf(Database.SqliteError);
    const plain = translateSqliteError(e);
    if (isOfferDeskError(plain)) return plain;
    throw e;
  } finally {
    db.close();
  }
  throw new Error('SQLite did not fail');
}

/** 400 holders: more than a 40 KiB file-size limit lets the write-ahead log hold. */
function bigRoster(): string {
  const rows = Array.from({ length: 400 }, (_, i) => `X${i},Person ${i},p${i}@example.com,"${i} Main Street, Pelham NH",912-34-${1000 + i},GX${i},1994,2000-01-15,12.5000,1000`);
  return [ROSTER_HEADER, ...rows].join('\n');
}

/** A child process starts tsx and, on a shared machine, may take many seconds. */
const CHILD_TIMEOUT = 120_000;

describe('a disk or file that fails, in plain words', () => {
  it('a full disk (SQLITE_FULL) is "the disk holding the ledger is full", code disk-full, and nothing is written', () => {
    const s = alphaWithElections();
    const before = everyRow(s.ledger);
    const error = sqliteFailure(s.ledger, {}, (db) => {
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      db.transaction(() => {
        db.prepare("INSERT INTO waivers (defect, reason, granted_at, operator) VALUES ('unsigned', ?, '2003-03-20T15:00:00.000Z', 'cfo')").run('x'.repeat(200_000));
      })();
    });
    expect(error.code).toBe('disk-full');
    expect(error.message).toBe('The disk holding the ledger is full, so the change could not be saved. Nothing was written; free some space on that disk and try again.');
    expect(everyRow(s.ledger)).toBe(before);
  });

  it('a read-only file (SQLITE_READONLY) is "the ledger cannot be written", code read-only', () => {
    const s = alphaWithElections();
    const error = sqliteFailure(s.ledger, { readonly: true }, (db) => {
      db.prepare("INSERT INTO waivers (defect, reason, granted_at, operator) VALUES ('unsigned', 'x', '2003-03-20T15:00:00.000Z', 'x')").run();
    });
    expect(error.code).toBe('read-only');
    expect(error.message).toBe('The ledger cannot be written: its file or folder is read-only (read-only media, or no permission to write there). Nothing was written.');
  });

  it('a damaged page (SQLITE_CORRUPT) is "the ledger file is damaged", code ledger-damaged', () => {
    const s = alphaWithElections();
    garbleTable(s.ledger, 'documents');
    const error = sqliteFailure(s.ledger, { readonly: true }, (db) => {
      db.prepare('SELECT * FROM documents').all();
    });
    expect(error.code).toBe('ledger-damaged');
    expect(error.message).toBe('The ledger file is damaged (SQLite: database disk image is malformed). Nothing was written to it; restore it from a backup.');
  });

  it('a write the disk refuses (SQLITE_IOERR) ends the command with exit 1 and one sentence, and the roster import is not half-recorded', () => {
    const s = alphaWithElections();
    const before = everyRow(s.ledger);
    const roster = s.writeFile('big.csv', bigRoster());
    const [r] = cliChild([['import-roster', s.ledger, roster]], { fileSizeLimitKiB: 40 });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'offer-desk: The disk could not read or write the ledger (a write failed): the drive or network share holding it failed. ' +
        'Nothing was saved; check the drive and try again.\n',
    });
    expect(everyRow(s.ledger)).toBe(before);
  }, CHILD_TIMEOUT);

  it('a letter batch that cannot be written on a full disk leaves no empty or partial PDF behind and records nothing', () => {
    const s = alphaWithElections();
    const before = everyRow(s.ledger);
    const out = `${s.dir}/monday-mail.pdf`;
    // 40 KiB: room for the ledger's index files, not for the batch (two letters with their fonts).
    const [r] = cliChild([['letters', s.ledger, '--due', '--out', out]], { fileSizeLimitKiB: 40 });
    expect(r).toEqual({ code: 1, stdout: '', stderr: `offer-desk: Cannot write ${out}: the disk is full; no file was left behind. Nothing was recorded.\n` });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(s.dir).filter((f) => f.includes('pdf'))).toEqual([]);
    expect(everyRow(s.ledger)).toBe(before);
  }, CHILD_TIMEOUT);

  it('every extended code SQLite may report maps to its primary sentence (those that cannot be provoked honestly here are checked by name)', () => {
    const cases: [string, string][] = [
      ['SQLITE_FULL', 'disk-full'],
      ['SQLITE_READONLY', 'read-only'],
      ['SQLITE_READONLY_RECOVERY', 'read-only'],
      ['SQLITE_READONLY_CANTLOCK', 'read-only'],
      ['SQLITE_READONLY_ROLLBACK', 'read-only'],
      ['SQLITE_READONLY_DBMOVED', 'read-only'],
      ['SQLITE_READONLY_CANTINIT', 'read-only'],
      ['SQLITE_READONLY_DIRECTORY', 'read-only'],
      ['SQLITE_CORRUPT', 'ledger-damaged'],
      ['SQLITE_CORRUPT_VTAB', 'ledger-damaged'],
      ['SQLITE_CORRUPT_SEQUENCE', 'ledger-damaged'],
      ['SQLITE_CORRUPT_INDEX', 'ledger-damaged'],
      ['SQLITE_NOTADB', 'ledger-damaged'],
      ['SQLITE_IOERR', 'disk-error'],
      ['SQLITE_IOERR_READ', 'disk-error'],
      ['SQLITE_IOERR_SHORT_READ', 'disk-error'],
      ['SQLITE_IOERR_WRITE', 'disk-error'],
      ['SQLITE_IOERR_FSYNC', 'disk-error'],
      ['SQLITE_IOERR_LOCK', 'disk-error'],
      ['SQLITE_IOERR_SHMMAP', 'disk-error'],
      ['SQLITE_IOERR_CORRUPTFS', 'disk-error'],
      ['SQLITE_CANTOPEN', 'disk-error'],
    ];
    for (const [code, expected] of cases) {
      const error = fileFailure(code, 'disk I/O error');
      expect([code, error?.code]).toEqual([code, expected]);
      expect(error?.message).toMatch(/^The (disk|ledger)/);
      expect(error?.message).toMatch(/Nothing was (written|saved)/);
    }
    expect(fileFailure('SQLITE_CONSTRAINT_CHECK', 'x')).toBeNull();
    expect(fileFailure('SQLITE_BUSY', 'x')).toBeNull();
  });
});
