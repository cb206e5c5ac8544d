// Every time letters went to the printer: when, by whom, first printing or reprint, the batch PDF's
// SHA-256 and pages, and the letters it held in order. One print run and its letter lines are one
// audit event.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { PRINT_PURPOSES } from '../core/types';
import type { NewPrintRun, PrintRun, WriteContext } from './ledger';
import { requireSha256 } from './letters';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireOneOf, requireWholeNumber } from './validate';

export const PRINT_RUNS_TABLE: TableSpec = {
  table: 'print_runs',
  key: ['id'],
  columns: ['id', 'at', 'operator', 'purpose', 'pages', 'pdf_sha256'],
  blobColumns: [],
  describe: (key) => `print run ${String(key['id'])}`,
};

export const PRINT_RUN_LETTERS_TABLE: TableSpec = {
  table: 'print_run_letters',
  key: ['print_run_id', 'position'],
  columns: ['print_run_id', 'position', 'letter_id'],
  blobColumns: [],
  describe: (key) => `print run ${String(key['print_run_id'])}, letter no. ${Number(key['position']) + 1}`,
};

/** The most letters one batch may hold (the API's limit too): a day's mail, not the whole roster at once. */
export const MAX_LETTERS_PER_RUN = 5000;

type PrintRunRow = { id: number; at: string; operator: string; purpose: string; pages: number; pdf_sha256: string };
type PrintRunLetterRow = { print_run_id: number; position: number; letter_id: number };

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

export function validatePrintRun(r: NewPrintRun): NewPrintRun {
  if (!Array.isArray(r.letterIds) || r.letterIds.length === 0) refuse('print run: it must hold at least one letter');
  if (r.letterIds.length > MAX_LETTERS_PER_RUN) {
    refuse(`print run: ${r.letterIds.length} letters; at most ${MAX_LETTERS_PER_RUN} go into one batch`);
  }
  const letterIds = r.letterIds.map((id: unknown) => requireWholeNumber(id, 'print run: letter id', 1));
  if (new Set(letterIds).size !== letterIds.length) refuse('print run: a letter is listed twice');
  return {
    purpose: requireOneOf(r.purpose, PRINT_PURPOSES, 'print run: purpose'),
    letterIds,
    pages: requireWholeNumber(r.pages, 'print run: pages', letterIds.length),
    pdfSha256: requireSha256(r.pdfSha256, 'print run: pdf sha256'),
  };
}

function toPrintRun(row: PrintRunRow, lines: readonly PrintRunLetterRow[]): PrintRun {
  return {
    id: row.id,
    at: row.at,
    operator: row.operator,
    purpose: row.purpose as PrintRun['purpose'],
    letterIds: lines.map((l) => l.letter_id),
    pages: row.pages,
    pdfSha256: row.pdf_sha256,
  };
}

export type PrintRunStore = ReturnType<typeof printRunStore>;

export function printRunStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<PrintRunRow, 'id'>>(
    'INSERT INTO print_runs (at, operator, purpose, pages, pdf_sha256) VALUES (@at, @operator, @purpose, @pages, @pdf_sha256)',
  );
  const insertLineStmt = db.prepare<PrintRunLetterRow>(
    'INSERT INTO print_run_letters (print_run_id, position, letter_id) VALUES (@print_run_id, @position, @letter_id)',
  );
  const listStmt = db.prepare<[], PrintRunRow>('SELECT id, at, operator, purpose, pages, pdf_sha256 FROM print_runs ORDER BY id');
  const linesStmt = db.prepare<[], PrintRunLetterRow>(
    'SELECT print_run_id, position, letter_id FROM print_run_letters ORDER BY print_run_id, position',
  );
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM print_runs');

  return {
    insert(r: NewPrintRun, ctx: WriteContext): { run: PrintRun; rows: AuditRows } {
      const fields: Omit<PrintRunRow, 'id'> = {
        at: ctx.at,
        operator: ctx.operator,
        purpose: r.purpose,
        pages: r.pages,
        pdf_sha256: r.pdfSha256,
      };
      const id = Number(insertStmt.run(fields).lastInsertRowid);
      const row: PrintRunRow = { id, ...fields };
      const lines = r.letterIds.map((letter_id, position): PrintRunLetterRow => ({ print_run_id: id, position, letter_id }));
      for (const line of lines) insertLineStmt.run(line);
      return {
        run: toPrintRun(row, lines),
        rows: {
          print_runs: [toAuditRow(PRINT_RUNS_TABLE, row)],
          print_run_letters: lines.map((l) => toAuditRow(PRINT_RUN_LETTERS_TABLE, l)),
        },
      };
    },
    /** Two queries whatever the number of runs. */
    list(): PrintRun[] {
      const lines = new Map<number, PrintRunLetterRow[]>();
      for (const line of linesStmt.all()) {
        const list = lines.get(line.print_run_id);
        if (list) list.push(line);
        else lines.set(line.print_run_id, [line]);
      }
      return listStmt.all().map((row) => toPrintRun(row, lines.get(row.id) ?? []));
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
