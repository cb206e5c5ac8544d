// Defects of one document cured by the holder. A cure is a fact about the paper (when the cure was
// received); whether it came in time is core's judgement, not the ledger's.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { DEFECT_KINDS, isPaperDefect, type Cure } from '../core/types';
import type { NewCure, WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireInstant, requireOneOf, requireWholeNumber } from './validate';

export const CURES_TABLE: TableSpec = {
  table: 'cures',
  key: ['id'],
  columns: ['id', 'document_id', 'defect', 'cured_at', 'recorded_at', 'operator'],
  blobColumns: [],
  describe: (key) => `cure ${String(key['id'])}`,
};

type CureRow = {
  id: number;
  document_id: number;
  defect: string;
  cured_at: string;
  recorded_at: string;
  operator: string;
};

export function validateCure(c: NewCure): NewCure {
  const defect = requireOneOf(c.defect, DEFECT_KINDS, 'cure: defect');
  if (isPaperDefect(defect)) throw new OfferDeskError('invalid-input', `cure: the defect ${defect} can never be cured`);
  return {
    documentId: requireWholeNumber(c.documentId, 'cure: document id', 1),
    defect,
    curedAt: requireInstant(c.curedAt, 'cure: curedAt'),
  };
}

function toCure(row: CureRow): Cure {
  return {
    id: row.id,
    documentId: row.document_id,
    defect: row.defect as Cure['defect'],
    curedAt: row.cured_at,
    recordedAt: row.recorded_at,
    operator: row.operator,
  };
}

export type CureStore = ReturnType<typeof cureStore>;

export function cureStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<CureRow, 'id'>>(
    `INSERT INTO cures (document_id, defect, cured_at, recorded_at, operator)
     VALUES (@document_id, @defect, @cured_at, @recorded_at, @operator)`,
  );
  const listStmt = db.prepare<[], CureRow>(
    'SELECT id, document_id, defect, cured_at, recorded_at, operator FROM cures ORDER BY id',
  );
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cures');

  return {
    insert(c: NewCure, ctx: WriteContext): { cure: Cure; rows: AuditRows } {
      const fields: Omit<CureRow, 'id'> = {
        document_id: c.documentId,
        defect: c.defect,
        cured_at: c.curedAt,
        recorded_at: ctx.at,
        operator: ctx.operator,
      };
      const row: CureRow = { id: Number(insertStmt.run(fields).lastInsertRowid), ...fields };
      return { cure: toCure(row), rows: { cures: [toAuditRow(CURES_TABLE, row)] } };
    },
    list(): Cure[] {
      return listStmt.all().map(toCure);
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
