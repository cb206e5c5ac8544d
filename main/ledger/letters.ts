// Letters as produced: the exact input each was rendered from (canonical JSON) and the SHA-256 of
// its PDF. The ledger renders nothing; it keeps what a reprint needs to give the same letter, and
// refuses an input that does not describe the letter the row says it is.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { LETTER_KINDS } from '../core/types';
import { canonicalJson, type Json } from './canonical-json';
import type { LetterFilter, LetterRecord, NewLetter, WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireCalendarDate, requireId, requireOneOf, requireWholeNumber } from './validate';

export const LETTERS_TABLE: TableSpec = {
  table: 'letters',
  key: ['id'],
  columns: [
    'id',
    'document_id',
    'employee_id',
    'kind',
    'letter_date',
    'input_json',
    'pdf_sha256',
    'pages',
    'produced_at',
    'operator',
  ],
  blobColumns: [],
  describe: (key) => `letter ${String(key['id'])}`,
};

/** A letter's input is a few kilobytes; a holder with thousands of grants stays well inside this. */
export const MAX_LETTER_INPUT_CHARS = 8 * 1024 * 1024;

export type LetterRow = {
  id: number;
  document_id: number;
  employee_id: string;
  kind: string;
  letter_date: string;
  input_json: string;
  pdf_sha256: string;
  pages: number;
  produced_at: string;
  operator: string;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

function isRecord(value: Json): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field at `path` of a JSON object, or undefined. */
function field(value: Json, path: readonly string[]): Json | undefined {
  let here: Json | undefined = value;
  for (const key of path) {
    if (here === undefined || !isRecord(here)) return undefined;
    here = here[key];
  }
  return here;
}

export function requireSha256(value: unknown, what: string): string {
  if (typeof value !== 'string' || !SHA256_HEX.test(value)) refuse(`${what} must be 64 lowercase hexadecimal characters`);
  return value;
}

/** Checks a letter before it is stored; returns it with its input as canonical JSON text. */
export function validateLetter(l: NewLetter): Omit<NewLetter, 'input'> & { inputJson: string } {
  const documentId = requireWholeNumber(l.documentId, 'letter: document id', 1);
  const what = `letter for document ${documentId}:`;
  const employeeId = requireId(l.employeeId, `${what} employee id`);
  const kind = requireOneOf(l.kind, LETTER_KINDS, `${what} kind`);
  const letterDate = requireCalendarDate(l.letterDate, `${what} letter date`);
  if (!isRecord(l.input)) refuse(`${what} its input must be a JSON object`);
  // Throws on anything JSON cannot hold exactly (undefined, NaN, class instances).
  const inputJson = canonicalJson(l.input);
  if (inputJson.length > MAX_LETTER_INPUT_CHARS) {
    refuse(`${what} its input is ${inputJson.length} characters; at most ${MAX_LETTER_INPUT_CHARS} are kept`);
  }
  const agree: [string, Json | undefined, Json][] = [
    ['kind', field(l.input, ['kind']), kind],
    ['document.id', field(l.input, ['document', 'id']), documentId],
    ['holder.employeeId', field(l.input, ['holder', 'employeeId']), employeeId],
    ['letterDate', field(l.input, ['letterDate']), letterDate],
  ];
  for (const [name, inInput, inRow] of agree) {
    if (inInput !== inRow) {
      refuse(`${what} its input says ${name} ${JSON.stringify(inInput ?? null)}, but the letter is recorded as ${JSON.stringify(inRow)}`);
    }
  }
  return {
    documentId,
    employeeId,
    kind,
    letterDate,
    inputJson,
    pdfSha256: requireSha256(l.pdfSha256, `${what} pdf sha256`),
    pages: requireWholeNumber(l.pages, `${what} pages`, 1),
  };
}

function toRecord(row: LetterRow): LetterRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    employeeId: row.employee_id,
    kind: row.kind as LetterRecord['kind'],
    letterDate: row.letter_date,
    inputJson: row.input_json,
    pdfSha256: row.pdf_sha256,
    pages: row.pages,
    producedAt: row.produced_at,
    operator: row.operator,
  };
}

export type LetterStore = ReturnType<typeof letterStore>;

export function letterStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<LetterRow, 'id'>>(
    `INSERT INTO letters (document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator)
     VALUES (@document_id, @employee_id, @kind, @letter_date, @input_json, @pdf_sha256, @pages, @produced_at, @operator)`,
  );
  const columns = LETTERS_TABLE.columns.join(', ');
  const listStmt = db.prepare<[], LetterRow>(`SELECT ${columns} FROM letters ORDER BY id`);
  const byDocumentStmt = db.prepare<[number], LetterRow>(`SELECT ${columns} FROM letters WHERE document_id = ? ORDER BY id`);
  const getStmt = db.prepare<[number], LetterRow>(`SELECT ${columns} FROM letters WHERE id = ?`);
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM letters');

  return {
    insert(l: ReturnType<typeof validateLetter>, ctx: WriteContext): { letter: LetterRecord; rows: AuditRows } {
      const fields: Omit<LetterRow, 'id'> = {
        document_id: l.documentId,
        employee_id: l.employeeId,
        kind: l.kind,
        letter_date: l.letterDate,
        input_json: l.inputJson,
        pdf_sha256: l.pdfSha256,
        pages: l.pages,
        produced_at: ctx.at,
        operator: ctx.operator,
      };
      const row: LetterRow = { id: Number(insertStmt.run(fields).lastInsertRowid), ...fields };
      return { letter: toRecord(row), rows: { letters: [toAuditRow(LETTERS_TABLE, row)] } };
    },
    get(id: number): LetterRecord | null {
      const row = getStmt.get(id);
      return row === undefined ? null : toRecord(row);
    },
    /** In id order (the order produced); `ids` are answered in the order asked, unknown ids left out. */
    list(filter: LetterFilter = {}): LetterRecord[] {
      if (filter.ids !== undefined) {
        return filter.ids.flatMap((id) => {
          const row = getStmt.get(id);
          return row === undefined || (filter.documentId !== undefined && row.document_id !== filter.documentId) ? [] : [toRecord(row)];
        });
      }
      const rows = filter.documentId === undefined ? listStmt.all() : byDocumentStmt.all(filter.documentId);
      return rows.map(toRecord);
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
