// openLedger: the one way in. Creating refuses to write over any existing file; opening refuses a
// file that is not ours or is newer than this code, before changing a single byte of it.

import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { APPLICATION_ID, configure, openRecognised } from './connection';
import { IdCipher } from './id-cipher';
import type { Ledger, LedgerOptions } from './ledger';
import { META_TABLE } from './meta';
import { LATEST_FORMAT, MIGRATIONS } from './migrations/index';
import { migrate, readFormat } from './migrations/run';
import { auditStore } from './audit';
import { SETTINGS_TABLE, validateSettings } from './settings';
import { buildStores, SqliteLedger } from './sqlite-ledger';
import { translateSqliteError } from './sql-errors';
import { toAuditRow } from './table-spec';
import { requireContext } from './validate';
import { openDatabase } from './native-binding';
import { damagedAccess, integrityProblem, openReadOnly, writeBlocker } from './read-only-open';

export function openLedger(options: LedgerOptions): Ledger {
  return options.create === undefined ? openExisting(options) : createNew(options, options.create);
}

function openExisting(options: LedgerOptions): Ledger {
  const { path } = options;
  if (!existsSync(path)) throw new OfferDeskError('not-found', `There is no ledger at ${path}.`);
  if (!statSync(path).isFile()) throw new OfferDeskError('not-a-ledger', `${path} is not an Offer Desk ledger: it is not a file.`);
  // Checked before the file is opened for writing: a refused upgrade leaves it byte-for-byte as it was.
  const opening = options.opening === undefined ? undefined : requireContext(options.opening);
  // A file this process may not write (read-only media, permissions) is read, never refused.
  const blocker = writeBlocker(path);
  if (blocker !== null) return openReadOnly(options, blocker);
  const db = openRecognised(path);
  // A damaged file is read from a copy and never written (no upgrade, no WAL set-up, no event).
  const problem = integrityCheckOf(path, db);
  if (problem !== null) {
    db.close();
    return openReadOnly(options, damagedAccess(problem));
  }
  try {
    const format = readFormat(db);
    if (format < LATEST_FORMAT && opening === undefined) {
      // A programming error, not the operator's: every app path passes `opening`.
      throw new OfferDeskError(
        'internal',
        `${path} is in ledger format ${format} and must be upgraded to format ${LATEST_FORMAT}; ` +
          'an upgrade is recorded in the audit trail, so it needs the time and operator of the opening.',
      );
    }
    configure(db, options.busyTimeoutMs);
    migrate(db, MIGRATIONS, (from, to, applied) => {
      if (opening === undefined) return;
      // The upgrade and its record commit together, inside migrate's one transaction. No rows:
      // the new tables start empty; the formats are the detail.
      const detail = { from, to, steps: applied.map((step) => `${String(step.version).padStart(4, '0')}-${step.name}`) };
      auditStore(db).append('ledger.migrated', {}, opening, detail);
    });
    return new SqliteLedger(db, path, new IdCipher(options.keyProvider));
  } catch (e) {
    db.close();
    throw damaged(path, e) ?? translateSqliteError(e);
  }
}

function integrityCheckOf(path: string, db: Database.Database): string | null {
  try {
    return integrityProblem(db);
  } catch (e) {
    db.close();
    throw damaged(path, e) ?? translateSqliteError(e);
  }
}

/**
 * A ledger whose schema no longer fits its format (a table or column removed outside the app)
 * fails when the statements are prepared. Say so plainly instead of passing on "no such table".
 */
function damaged(path: string, e: unknown): OfferDeskError | null {
  if (!(e instanceof Database.SqliteError) || (e.code !== 'SQLITE_ERROR' && e.code !== 'SQLITE_CORRUPT')) return null;
  return new OfferDeskError(
    'not-a-ledger',
    `${path} is an Offer Desk ledger, but it is damaged and cannot be opened (${e.message}). Restore it from a backup.`,
  );
}

function createNew(options: LedgerOptions, create: NonNullable<LedgerOptions['create']>): Ledger {
  const { path } = options;
  // Everything the caller supplied is checked before the file exists, so a refusal leaves nothing behind.
  const settings = validateSettings(create.settings);
  const ctx = requireContext({ at: create.at, operator: create.operator });
  const cipher = new IdCipher(options.keyProvider);
  const keyCheck = cipher.makeKeyCheck();

  // 'wx' creates the file only if nothing is there: no window in which two callers both "create".
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OfferDeskError('conflict', `A file already exists at ${path}; a new ledger is never written over it.`);
    }
    throw new OfferDeskError('not-found', `A ledger cannot be created at ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  closeSync(fd);

  let db: Database.Database | null = null;
  try {
    const handle = openDatabase(path, { fileMustExist: true });
    db = handle;
    configure(handle, options.busyTimeoutMs);
    // Schema, identity, first settings and the genesis event are one atomic step: a crash leaves
    // either a complete ledger or a file without our application id (refused as not-a-ledger).
    const stores = handle.transaction(() => {
      handle.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(handle, MIGRATIONS);
      // Statements can only be prepared once their tables exist, i.e. after the migrations.
      const s = buildStores(handle);
      const meta = s.meta.insert({
        id: 1,
        ledger_id: randomUUID(),
        created_at: ctx.at,
        created_by: ctx.operator,
        format: LATEST_FORMAT,
        key_check: keyCheck,
      });
      const first = s.settings.insert(settings, ctx);
      s.audit.append(
        'offer.created',
        { meta: [toAuditRow(META_TABLE, meta)], offer_settings: [toAuditRow(SETTINGS_TABLE, first)] },
        ctx,
      );
      return s;
    }).immediate();
    return new SqliteLedger(handle, path, cipher, stores);
  } catch (e) {
    db?.close();
    removeLedgerFiles(path);
    throw translateSqliteError(e);
  }
}

/** Only ever called on a file this process has just created. */
function removeLedgerFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
