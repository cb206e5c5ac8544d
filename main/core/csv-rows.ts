// CSV text (RFC 4180) to rows of values, each with the file line it starts on, so that every
// problem in a file can be named by the line a person sees in their editor. A record with a
// quoted value written over several lines occupies several lines; the next record starts
// after them.

import { parse } from 'csv-parse/sync';

export interface CsvRow {
  /** File line on which the record starts (the first line is 1). */
  line: number;
  fields: string[];
}

export interface CsvSyntaxError {
  /** File line on which the unreadable record starts. */
  line: number;
  reason: string;
}

/** Line breaks inside one value: \r\n, \r or \n each count once. */
function lineBreaksIn(value: string): number {
  if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) return 0;
  return value.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function linesOf(fields: readonly string[]): number {
  let lines = 1;
  for (const f of fields) lines += lineBreaksIn(f);
  return lines;
}

function numberRows(records: string[][]): CsvRow[] {
  let line = 1;
  return records.map((fields) => {
    const row = { line, fields };
    line += linesOf(fields);
    return row;
  });
}

function explain(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value starts here and its closing quote never comes, so the rest of the file cannot be read';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote appears in the middle of a value; put the whole value in quotes and write the quote twice ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted value is followed by more text before the comma; inside quotes write a quote twice ("")';
    case 'CSV_MAX_RECORD_SIZE':
      return 'the row is longer than 128,000 characters (is a quote left open?)';
    default:
      return `the CSV cannot be read here (${code})`;
  }
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : 'unknown';
}

/**
 * Every record of the text, blank lines included (as one empty value), in order; reading stops
 * at the first syntax error, which is reported with the line its record starts on.
 *
 * The usual path lets csv-parse build plain arrays and counts lines here: asking csv-parse for
 * per-record info allocates an object per row, which nearly doubles the time for a large
 * roster. Only a broken file is read a second time record by record, because csv-parse reports
 * where it noticed the problem (for a quote left open, the end of the file), not where the bad
 * record starts.
 */
export function readCsvRows(text: string): { rows: CsvRow[]; syntaxError: CsvSyntaxError | null } {
  try {
    return { rows: numberRows(parse(text, { relax_column_count: true })), syntaxError: null };
  } catch (first) {
    const records: string[][] = [];
    try {
      parse(text, {
        relax_column_count: true,
        on_record: (fields: string[]) => {
          records.push(fields);
          return null;
        },
      });
    } catch {
      // Expected: the same error again, once every good record before it has been collected.
    }
    const rows = numberRows(records);
    const last = rows[rows.length - 1];
    const line = last === undefined ? 1 : last.line + linesOf(last.fields);
    return { rows, syntaxError: { line, reason: explain(errorCode(first)) } };
  }
}
