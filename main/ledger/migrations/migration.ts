// One step of the ledger's file format. Steps are numbered 1, 2, 3 … and never edited once
// released: a ledger in the field was built by exactly those statements. A later need is a new
// step (e.g. 0002-letters adding tables for letters, prints and sent marks; 0006-closing adding
// the close that makes the record final), not a change to an old one.

import type Database from 'better-sqlite3';

export interface Migration {
  /** The format version this step produces; PRAGMA user_version holds it afterwards. */
  readonly version: number;
  readonly name: string;
  /**
   * Runs inside the one transaction that applies every pending step, with foreign keys on.
   * Synchronous by construction: nothing may be awaited inside a transaction.
   */
  up(db: Database.Database): void;
  /**
   * The step rebuilds tables that others reference (SQLite's way to change a FOREIGN KEY or a
   * CHECK): run.ts turns foreign keys OFF around the one transaction (they cannot be switched
   * inside it) and runs `PRAGMA foreign_key_check` before it commits, so no dangling reference
   * can be committed.
   */
  readonly runsWithForeignKeysOff?: boolean;
}
