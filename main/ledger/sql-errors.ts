// SQLite constraint failures, in the ledger's words. The constraints are a second line of defence
// behind the entity modules' checks, so reaching one usually means a caller skipped validation;
// the caller still gets an OfferDeskError with a code it can act on. Other SQLite errors (disk
// full, I/O) are passed through untouched: they are not the caller's fault and must not be hidden.

import Database from 'better-sqlite3';
import { OfferDeskError, isOfferDeskError } from '../core/errors';

export function translateSqliteError(e: unknown): unknown {
  if (isOfferDeskError(e) || !(e instanceof Database.SqliteError)) return e;
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
      return e;
  }
}
