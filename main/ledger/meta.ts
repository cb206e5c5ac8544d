// The ledger's identity: one row written when the offer is created, never changed.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { SqlRow, TableSpec } from './table-spec';

export const META_TABLE: TableSpec = {
  table: 'meta',
  key: ['id'],
  columns: ['id', 'ledger_id', 'created_at', 'created_by', 'format', 'key_check'],
  blobColumns: ['key_check'],
  describe: () => "the ledger's identity record (meta)",
};

export type MetaRow = {
  id: 1;
  ledger_id: string;
  created_at: string;
  created_by: string;
  format: number;
  key_check: Buffer;
};

export type MetaStore = ReturnType<typeof metaStore>;

export function metaStore(db: Database.Database) {
  const insertStmt = db.prepare<MetaRow>(
    `INSERT INTO meta (id, ledger_id, created_at, created_by, format, key_check)
     VALUES (@id, @ledger_id, @created_at, @created_by, @format, @key_check)`,
  );
  const getStmt = db.prepare<[], MetaRow>(
    'SELECT id, ledger_id, created_at, created_by, format, key_check FROM meta WHERE id = 1',
  );

  return {
    insert(row: MetaRow): SqlRow {
      insertStmt.run(row);
      return { ...row };
    },
    get(): MetaRow {
      const row = getStmt.get();
      if (row === undefined) throw new OfferDeskError('internal', "the ledger's identity record (meta) is missing");
      return row;
    },
  };
}

