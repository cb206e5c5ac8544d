// Option grants on the eligibility roster, each belonging to one holder.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { Grant } from '../core/types';
import type { TableSpec } from './table-spec';
import { requireCalendarDate, requireId, requireText, requireWholeNumber } from './validate';

export const GRANTS_TABLE: TableSpec = {
  table: 'grants',
  key: ['grant_id'],
  columns: ['grant_id', 'employee_id', 'plan', 'grant_date', 'exercise_price', 'shares'],
  blobColumns: [],
  digested: true,
  describe: (key) => `grant ${String(key['grant_id'])}`,
};

export type GrantRow = {
  grant_id: string;
  employee_id: string;
  plan: string;
  grant_date: string;
  exercise_price: string;
  shares: number;
};

/** Digits with an optional fractional part, as printed on the option agreement; never a float. */
const DECIMAL = /^\d+(\.\d+)?$/;

export function validateGrant(g: Grant): GrantRow {
  const grantId = requireId(g.grantId, 'roster: grant id');
  const where = `roster: grant ${grantId}:`;
  if (typeof g.exercisePrice !== 'string' || !DECIMAL.test(g.exercisePrice)) {
    throw new OfferDeskError(
      'invalid-input',
      `${where} exercise price ${JSON.stringify(g.exercisePrice)} must be a decimal such as "3.2500"`,
    );
  }
  return {
    grant_id: grantId,
    employee_id: requireId(g.employeeId, `${where} employee id`),
    plan: requireText(g.plan, `${where} plan`),
    grant_date: requireCalendarDate(g.grantDate, `${where} grant date`),
    exercise_price: g.exercisePrice,
    shares: requireWholeNumber(g.shares, `${where} shares`),
  };
}

function toGrant(row: GrantRow): Grant {
  return {
    grantId: row.grant_id,
    employeeId: row.employee_id,
    plan: row.plan,
    grantDate: row.grant_date,
    exercisePrice: row.exercise_price,
    shares: row.shares,
  };
}

export type GrantStore = ReturnType<typeof grantStore>;

export function grantStore(db: Database.Database) {
  // Positional parameters: bound for each of 300,000 grants at import, where named ones cost more.
  const insertStmt = db.prepare<[string, string, string, string, string, number, number]>(
    `INSERT INTO grants (grant_id, employee_id, plan, grant_date, exercise_price, shares, audit_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const columns = 'grant_id, employee_id, plan, grant_date, exercise_price, shares';
  // The whole roster's grants come out of SQLite already in the Grant shape: 300,000 rows are read
  // at once when a desk opens, and copying each row into a second object doubled that work.
  const asGrant = 'grant_id AS grantId, employee_id AS employeeId, plan, grant_date AS grantDate, exercise_price AS exercisePrice, shares';
  const listStmt = db.prepare<[], Grant>(`SELECT ${asGrant} FROM grants ORDER BY employee_id, grant_date, grant_id`);
  const byHolderStmt = db.prepare<[string], GrantRow>(
    `SELECT ${columns} FROM grants WHERE employee_id = ? ORDER BY grant_date, grant_id`,
  );
  const existsStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM grants WHERE grant_id = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM grants');
  const anyStmt = db.prepare<[], { one: number }>('SELECT 1 AS one FROM grants LIMIT 1');

  return {
    /** `auditSeq`: the event that records the row (format 4). */
    insert(row: GrantRow, auditSeq: number): void {
      insertStmt.run(row.grant_id, row.employee_id, row.plan, row.grant_date, row.exercise_price, row.shares, auditSeq);
    },
    list(employeeId?: string): Grant[] {
      return employeeId === undefined ? listStmt.all() : byHolderStmt.all(employeeId).map(toGrant);
    },
    exists(grantId: string): boolean {
      return existsStmt.get(grantId) !== undefined;
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
    /** True when the table holds no row (one b-tree step, not a count). */
    isEmpty(): boolean {
      return anyStmt.get() === undefined;
    },
  };
}
