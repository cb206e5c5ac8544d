// Extensions of the offer, each its own record (from, to, when decided, by whom, why). The
// expiration in force is computed by core from the settings and these records.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { Extension } from '../core/types';
import type { NewExtension, WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireBoolean, requireInstant, requireText } from './validate';

export const EXTENSIONS_TABLE: TableSpec = {
  table: 'extensions',
  key: ['id'],
  columns: ['id', 'from_expires_at', 'to_expires_at', 'decided_at', 'operator', 'reason', 'announced_late'],
  blobColumns: [],
  describe: (key) => `extension ${String(key['id'])}`,
};

type ExtensionRow = {
  id: number;
  from_expires_at: string;
  to_expires_at: string;
  decided_at: string;
  operator: string;
  reason: string;
  announced_late: number;
};

export function validateExtension(e: NewExtension): NewExtension {
  const fromExpiresAt = requireInstant(e.fromExpiresAt, 'extension: fromExpiresAt');
  const toExpiresAt = requireInstant(e.toExpiresAt, 'extension: toExpiresAt');
  if (toExpiresAt <= fromExpiresAt) {
    throw new OfferDeskError('invalid-input', `extension: the new expiration ${toExpiresAt} is not after ${fromExpiresAt}`);
  }
  return {
    fromExpiresAt,
    toExpiresAt,
    reason: requireText(e.reason, 'extension: reason'),
    announcedLate: requireBoolean(e.announcedLate, 'extension: announcedLate'),
  };
}

function toExtension(row: ExtensionRow): Extension {
  return {
    id: row.id,
    fromExpiresAt: row.from_expires_at,
    toExpiresAt: row.to_expires_at,
    decidedAt: row.decided_at,
    operator: row.operator,
    reason: row.reason,
    announcedLate: row.announced_late === 1,
  };
}

export type ExtensionStore = ReturnType<typeof extensionStore>;

export function extensionStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<ExtensionRow, 'id'>>(
    `INSERT INTO extensions (from_expires_at, to_expires_at, decided_at, operator, reason, announced_late)
     VALUES (@from_expires_at, @to_expires_at, @decided_at, @operator, @reason, @announced_late)`,
  );
  const listStmt = db.prepare<[], ExtensionRow>(
    'SELECT id, from_expires_at, to_expires_at, decided_at, operator, reason, announced_late FROM extensions ORDER BY id',
  );
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM extensions');

  return {
    insert(e: NewExtension, ctx: WriteContext): { extension: Extension; rows: AuditRows } {
      const fields: Omit<ExtensionRow, 'id'> = {
        from_expires_at: e.fromExpiresAt,
        to_expires_at: e.toExpiresAt,
        decided_at: ctx.at,
        operator: ctx.operator,
        reason: e.reason,
        announced_late: e.announcedLate ? 1 : 0,
      };
      const row: ExtensionRow = { id: Number(insertStmt.run(fields).lastInsertRowid), ...fields };
      return { extension: toExtension(row), rows: { extensions: [toAuditRow(EXTENSIONS_TABLE, row)] } };
    },
    list(): Extension[] {
      return listStmt.all().map(toExtension);
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
