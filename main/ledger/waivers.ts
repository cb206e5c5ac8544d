// Offer-wide waivers of a kind of defect (instruction 5: a waiver for one option applies to all).
// Stored once; applying it to every document with that defect is core's work.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { DEFECT_KINDS, isPaperDefect, type RecordVoid, type Waiver } from '../core/types';
import type { NewWaiver, WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireOneOf, requireText } from './validate';

export const WAIVERS_TABLE: TableSpec = {
  table: 'waivers',
  key: ['id'],
  columns: ['id', 'defect', 'reason', 'granted_at', 'operator'],
  blobColumns: [],
  describe: (key) => `waiver ${String(key['id'])}`,
};

type WaiverRow = { id: number; defect: string; reason: string; granted_at: string; operator: string };

export function validateWaiver(w: NewWaiver): NewWaiver {
  const defect = requireOneOf(w.defect, DEFECT_KINDS, 'waiver: defect');
  if (isPaperDefect(defect)) throw new OfferDeskError('invalid-input', `waiver: the defect ${defect} can never be waived`);
  return {
    defect,
    reason: requireText(w.reason, 'waiver: reason'),
  };
}

function toWaiver(row: WaiverRow, voided: RecordVoid | null): Waiver {
  return {
    id: row.id,
    defect: row.defect as Waiver['defect'],
    reason: row.reason,
    grantedAt: row.granted_at,
    operator: row.operator,
    voided,
  };
}

export type WaiverStore = ReturnType<typeof waiverStore>;

export function waiverStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<WaiverRow, 'id'>>(
    'INSERT INTO waivers (defect, reason, granted_at, operator) VALUES (@defect, @reason, @granted_at, @operator)',
  );
  const listStmt = db.prepare<[], WaiverRow>('SELECT id, defect, reason, granted_at, operator FROM waivers ORDER BY id');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM waivers');

  return {
    insert(w: NewWaiver, ctx: WriteContext): { waiver: Waiver; rows: AuditRows } {
      const fields: Omit<WaiverRow, 'id'> = { defect: w.defect, reason: w.reason, granted_at: ctx.at, operator: ctx.operator };
      const row: WaiverRow = { id: Number(insertStmt.run(fields).lastInsertRowid), ...fields };
      return { waiver: toWaiver(row, null), rows: { waivers: [toAuditRow(WAIVERS_TABLE, row)] } };
    },
    /** With each waiver's void, if any (`voids` by waiver id). */
    list(voids: ReadonlyMap<number, RecordVoid> = new Map()): Waiver[] {
      return listStmt.all().map((row) => toWaiver(row, voids.get(row.id) ?? null));
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
