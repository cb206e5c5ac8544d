// The day each document's confirmation left the desk, and how. The ledger keeps the fact and
// checks what it can know without a calendar (the letter is that document's confirming letter and
// existed that day); whether a date is in the future or before receipt is the desk's judgement,
// made in the offer's zone.

import type Database from 'better-sqlite3';
import { SEND_METHODS } from '../core/types';
import type { NewSentMark, SentMark, WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireCalendarDate, requireOneOf, requireWholeNumber } from './validate';

export const CONFIRMATIONS_SENT_TABLE: TableSpec = {
  table: 'confirmations_sent',
  key: ['document_id'],
  columns: ['document_id', 'letter_id', 'sent_on', 'method', 'recorded_at', 'operator'],
  blobColumns: [],
  describe: (key) => `the sent mark of document ${String(key['document_id'])}`,
};

type SentRow = {
  document_id: number;
  letter_id: number;
  sent_on: string;
  method: string;
  recorded_at: string;
  operator: string;
};

export function validateSentMark(m: NewSentMark): NewSentMark {
  const documentId = requireWholeNumber(m.documentId, 'sent mark: document id', 1);
  const what = `sent mark of document ${documentId}:`;
  return {
    documentId,
    letterId: requireWholeNumber(m.letterId, `${what} letter id`, 1),
    sentOn: requireCalendarDate(m.sentOn, `${what} sent on`),
    method: requireOneOf(m.method, SEND_METHODS, `${what} method`),
  };
}

function toSentMark(row: SentRow): SentMark {
  return {
    documentId: row.document_id,
    letterId: row.letter_id,
    sentOn: row.sent_on,
    method: row.method as SentMark['method'],
    recordedAt: row.recorded_at,
    operator: row.operator,
  };
}

export type SentMarkStore = ReturnType<typeof sentMarkStore>;

export function sentMarkStore(db: Database.Database) {
  const insertStmt = db.prepare<SentRow>(
    `INSERT INTO confirmations_sent (document_id, letter_id, sent_on, method, recorded_at, operator)
     VALUES (@document_id, @letter_id, @sent_on, @method, @recorded_at, @operator)`,
  );
  const columns = CONFIRMATIONS_SENT_TABLE.columns.join(', ');
  const listStmt = db.prepare<[], SentRow>(`SELECT ${columns} FROM confirmations_sent ORDER BY document_id`);
  const getStmt = db.prepare<[number], SentRow>(`SELECT ${columns} FROM confirmations_sent WHERE document_id = ?`);
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM confirmations_sent');

  return {
    insert(m: NewSentMark, ctx: WriteContext): { mark: SentMark; rows: AuditRows } {
      const row: SentRow = {
        document_id: m.documentId,
        letter_id: m.letterId,
        sent_on: m.sentOn,
        method: m.method,
        recorded_at: ctx.at,
        operator: ctx.operator,
      };
      insertStmt.run(row);
      return { mark: toSentMark(row), rows: { confirmations_sent: [toAuditRow(CONFIRMATIONS_SENT_TABLE, row)] } };
    },
    get(documentId: number): SentMark | null {
      const row = getStmt.get(documentId);
      return row === undefined ? null : toSentMark(row);
    },
    list(): SentMark[] {
      return listStmt.all().map(toSentMark);
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
