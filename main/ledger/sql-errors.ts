// SQLite constraint failures, lock waits and failures of the file itself, in the ledger's words.
// The constraints are a second line of defence behind the entity modules' checks, so reaching one
// usually means a caller skipped validation; the caller still gets an OfferDeskError with a code it
// can act on. A lock held by another process past the busy budget is 'ledger-busy'. A full disk, a
// read-only file, a damaged file and an I/O failure are not the caller's fault, and none of them is
// a bug: each becomes one plain sentence (file-errors.ts) with its own code, so the CLI exits 1 and
// the window says what happened instead of "internal error". Anything else passes through untouched.

import Database from 'better-sqlite3';
import { OfferDeskError, isOfferDeskError } from '../core/errors';
import { fileFailure } from './file-errors';

/**
 * Said when another process (a second Offer Desk window, the CLI) kept the ledger's write lock
 * past the busy budget. SQLite has already retried for the whole budget; the transaction never
 * began, so nothing was written.
 */
export const LEDGER_BUSY_MESSAGE = 'Another Offer Desk is writing to this ledger; try again in a moment. Nothing was written.';

export function translateSqliteError(e: unknown): unknown {
  if (isOfferDeskError(e) || !(e instanceof Database.SqliteError)) return e;
  // SQLITE_BUSY and its extended codes (_RECOVERY while another opener replays the WAL after a
  // crash, _SNAPSHOT, _TIMEOUT): someone else holds the lock, not a fault in the file or the input.
  if (e.code === 'SQLITE_BUSY' || e.code.startsWith('SQLITE_BUSY_')) return new OfferDeskError('ledger-busy', LEDGER_BUSY_MESSAGE);
  switch (e.code) {
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case 'SQLITE_CONSTRAINT_UNIQUE':
      return new OfferDeskError('conflict', `The ledger already holds this record (${e.message}). Nothing was written.`);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new OfferDeskError(
        'not-found',
        'The change names a holder, grant or document that is not in the ledger. Nothing was written.',
      );
    case 'SQLITE_CONSTRAINT_TRIGGER':
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new OfferDeskError('invalid-input', `The ledger refused the change: ${e.message}. Nothing was written.`);
    default:
      return fileFailure(e.code, e.message) ?? e;
  }
}
