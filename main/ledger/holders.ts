// The eligibility roster's people. The full ID number never touches SQL in the clear: it is sealed
// (id-cipher.ts) before the row is built, and only its last four characters are stored readable.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { Holder } from '../core/types';
import type { RosterHolder } from './ledger';
import type { TableSpec } from './table-spec';
import { requireId, requireString, requireText } from './validate';

export const HOLDERS_TABLE: TableSpec = {
  table: 'holders',
  key: ['employee_id'],
  columns: ['employee_id', 'name', 'email', 'address', 'id_number_enc', 'id_last4'],
  blobColumns: ['id_number_enc'],
  digested: true,
  describe: (key) => `holder ${String(key['employee_id'])}`,
};

export type HolderRow = {
  employee_id: string;
  name: string;
  email: string;
  address: string;
  id_number_enc: Buffer;
  id_last4: string;
};

/** Separators people type inside ID numbers; they are not part of the "last four". */
const SEPARATORS = /[\s\-./]/g;

/**
 * Validates a roster row. The ID number is checked but NEVER quoted in a message: an error text
 * can end up in a log, a dialog or a bug report.
 */
export function validateRosterHolder(h: RosterHolder): { holder: Omit<Holder, 'idLast4'>; idNumber: string; idLast4: string } {
  const employeeId = requireId(h.employeeId, 'roster: employee id');
  const where = `roster: holder ${employeeId}:`;
  if (typeof h.idNumber !== 'string') throw new OfferDeskError('invalid-input', `${where} the ID number must be text`);
  const idNumber = h.idNumber.trim();
  const compact = idNumber.replace(SEPARATORS, '');
  if (compact.length < 4) {
    throw new OfferDeskError('invalid-input', `${where} the ID number is missing or shorter than four characters`);
  }
  return {
    holder: {
      employeeId,
      name: requireText(h.name, `${where} name`),
      email: requireString(h.email, `${where} email`),
      address: requireString(h.address, `${where} address`),
    },
    idNumber,
    idLast4: compact.slice(-4),
  };
}

function toHolder(row: Omit<HolderRow, 'id_number_enc'>): Holder {
  return { employeeId: row.employee_id, name: row.name, email: row.email, address: row.address, idLast4: row.id_last4 };
}

export type HolderStore = ReturnType<typeof holderStore>;

export function holderStore(db: Database.Database) {
  // Positional parameters: bound for each of 100,000 holders at import, where named ones cost more.
  const insertStmt = db.prepare<[string, string, string, string, Buffer, string, number]>(
    `INSERT INTO holders (employee_id, name, email, address, id_number_enc, id_last4, audit_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // Reads never select id_number_enc except for the one deliberate reveal.
  const getStmt = db.prepare<[string], Omit<HolderRow, 'id_number_enc'>>(
    'SELECT employee_id, name, email, address, id_last4 FROM holders WHERE employee_id = ?',
  );
  // Read in the Holder shape directly: the whole roster is read when a desk opens (see grants.ts).
  const listStmt = db.prepare<[], Holder>(
    'SELECT employee_id AS employeeId, name, email, address, id_last4 AS idLast4 FROM holders ORDER BY employee_id',
  );
  const sealedStmt = db.prepare<[string], { id_number_enc: Buffer }>(
    'SELECT id_number_enc FROM holders WHERE employee_id = ?',
  );
  const existsStmt = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM holders WHERE employee_id = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM holders');
  const anyStmt = db.prepare<[], { one: number }>('SELECT 1 AS one FROM holders LIMIT 1');

  return {
    /** `auditSeq`: the event that records the row (format 4). */
    insert(row: HolderRow, auditSeq: number): void {
      insertStmt.run(row.employee_id, row.name, row.email, row.address, row.id_number_enc, row.id_last4, auditSeq);
    },
    get(employeeId: string): Holder | null {
      const row = getStmt.get(employeeId);
      return row === undefined ? null : toHolder(row);
    },
    list(): Holder[] {
      return listStmt.all();
    },
    sealedIdNumber(employeeId: string): Buffer | null {
      return sealedStmt.get(employeeId)?.id_number_enc ?? null;
    },
    exists(employeeId: string): boolean {
      return existsStmt.get(employeeId) !== undefined;
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
