// Brings a ledger up to the newest format: every pending step, and the new PRAGMA user_version, in
// ONE transaction (a step may ask for foreign keys off around it: see Migration.runsWithForeignKeysOff). A failure half way leaves the file exactly as it was, never at some format in
// between that no version of the code was written for.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../../core/errors';
import type { Migration } from './migration';

export function readFormat(db: Database.Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new OfferDeskError('internal', 'PRAGMA user_version did not return a number');
  return version;
}

export function tooNewError(found: number, latest: number): OfferDeskError {
  return new OfferDeskError(
    'ledger-too-new',
    `This ledger was written by a newer version of Offer Desk (format ${found}; this version reads up to ${latest}). ` +
      'Open it with a newer Offer Desk.',
  );
}

/**
 * Applies the steps newer than the file's format. Returns the formats before and after.
 * `record` runs inside the same transaction once the steps are applied (the ledger writes its
 * 'ledger.migrated' audit event there), so the upgrade and its record commit or fail together.
 */
export function migrate(
  db: Database.Database,
  steps: readonly Migration[],
  record?: (from: number, to: number, applied: readonly Migration[]) => void,
): { from: number; to: number } {
  const latest = steps.length === 0 ? 0 : (steps[steps.length - 1]?.version ?? 0);
  const from = readFormat(db);
  if (from > latest) throw tooNewError(from, latest);
  const pending = steps.filter((step) => step.version > from);
  if (pending.length === 0) return { from, to: from };
  // A step that rebuilds referenced tables needs foreign keys off, which SQLite only allows
  // outside a transaction; they are switched back on whatever happens.
  const foreignKeysOff = pending.some((step) => step.runsWithForeignKeysOff === true);
  const apply = db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      // PRAGMA takes no bound parameters; the value is an integer from our own list, checked here.
      if (!Number.isSafeInteger(step.version)) throw new OfferDeskError('internal', 'migration version must be an integer');
      db.pragma(`user_version = ${step.version}`);
    }
    record?.(from, latest, pending);
    if (foreignKeysOff) checkForeignKeys(db);
  });
  const wasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (foreignKeysOff) db.pragma('foreign_keys = OFF');
  try {
    // IMMEDIATE: take the write lock before reading the schema, so no other writer can interleave.
    apply.immediate();
  } finally {
    if (foreignKeysOff && wasOn) db.pragma('foreign_keys = ON');
  }
  return { from, to: latest };
}

/** Inside the migration's transaction: a reference left dangling by a rebuild rolls it all back. */
function checkForeignKeys(db: Database.Database): void {
  const dangling = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  if (dangling.length > 0) {
    const first = dangling[0] as { table: string; rowid: number | null; parent: string };
    throw new OfferDeskError(
      'internal',
      `The upgrade would leave ${dangling.length} reference(s) dangling (first: a row of ${first.table} naming a missing ${first.parent}); nothing was changed.`,
    );
  }
}
