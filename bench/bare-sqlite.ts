// The bare baselines' SQLite: better-sqlite3 used directly, with the durability the desk promises
// (WAL, synchronous=FULL), so a ratio compares our code with the same engine doing the same work.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDurable(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

/** The desk's own ledger file, read-only, beside the open desk (WAL lets both read at once). */
export function openLedgerReadOnly(path: string): Db {
  return new Database(path, { readonly: true, fileMustExist: true });
}
