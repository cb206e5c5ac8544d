// Format 2: the letters the desk produced, every printing of them, and the day each confirmation
// was sent. A letter's content is fixed the moment it is produced: the row keeps the exact input it
// was rendered from (canonical JSON) and the SHA-256 of the PDF, so a reprint years later can be
// proven to be the same letter. Like format 1, every table is STRICT and append-only.
//
// As in 0001, the SQL helpers live in this file so that this step stays byte-for-byte what it was
// when released, whatever later steps need.

import type { Migration } from './migration';

const LETTER_KINDS = ['confirmation', 'irregularity', 'late-delivery'];
/** Letters that answer the Offer's promise of a confirmation (the irregularity notice is a courtesy). */
const CONFIRMING_KINDS = ['confirmation', 'late-delivery'];
const PRINT_PURPOSES = ['print', 'reprint'];
const SEND_METHODS = ['mail', 'hand', 'fax', 'email'];

const oneOf = (column: string, values: readonly string[]): string =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
const instant = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) = ${column}`;
const calendarDate = (column: string): string => `date(${column}) = ${column}`;
const said = (column: string): string => `length(trim(${column})) > 0`;
const sha256Hex = (column: string): string => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never edited; record a correction instead'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never deleted'); END;`;

const APPEND_ONLY_TABLES = ['letters', 'print_runs', 'print_run_letters', 'confirmations_sent'] as const;

const SCHEMA = `
-- Each letter as produced. input_json is the canonical JSON of the exact input the letter was
-- rendered from; pdf_sha256 is the SHA-256 of that letter rendered on its own. The CHECKs tie the
-- input to the row: a stored input cannot describe another document, holder, kind or date.
CREATE TABLE letters (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  employee_id TEXT NOT NULL REFERENCES holders (employee_id),
  kind TEXT NOT NULL CHECK (${oneOf('kind', LETTER_KINDS)}),
  letter_date TEXT NOT NULL CHECK (${calendarDate('letter_date')}),
  input_json TEXT NOT NULL CHECK (json_valid(input_json) AND json_type(input_json) = 'object'),
  pdf_sha256 TEXT NOT NULL CHECK (${sha256Hex('pdf_sha256')}),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  produced_at TEXT NOT NULL CHECK (${instant('produced_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  CHECK (json_extract(input_json, '$.kind') = kind),
  CHECK (json_extract(input_json, '$.document.id') = document_id),
  CHECK (json_extract(input_json, '$.holder.employeeId') = employee_id),
  CHECK (json_extract(input_json, '$.letterDate') = letter_date)
) STRICT;
CREATE INDEX letters_by_document ON letters (document_id, id);

-- A letter goes to the holder who sent the document it is about.
CREATE TRIGGER letters_match_their_document BEFORE INSERT ON letters
WHEN NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND employee_id = NEW.employee_id)
BEGIN SELECT RAISE(ABORT, 'a letter must be addressed to the holder who sent the document it is about'); END;

-- Every time letters went to the printer: the batch PDF's SHA-256 and page count, and (below) the
-- letters it held, in order.
CREATE TABLE print_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL CHECK (${instant('at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  purpose TEXT NOT NULL CHECK (${oneOf('purpose', PRINT_PURPOSES)}),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  pdf_sha256 TEXT NOT NULL CHECK (${sha256Hex('pdf_sha256')})
) STRICT;

CREATE TABLE print_run_letters (
  print_run_id INTEGER NOT NULL REFERENCES print_runs (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  letter_id INTEGER NOT NULL REFERENCES letters (id),
  PRIMARY KEY (print_run_id, position),
  UNIQUE (print_run_id, letter_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX print_run_letters_by_letter ON print_run_letters (letter_id);

-- The day a document's confirmation left the desk, and how. One per document: the Offer promises
-- one confirmation, and a sent mark is never edited (a later issue may add corrections).
CREATE TABLE confirmations_sent (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id),
  letter_id INTEGER NOT NULL REFERENCES letters (id),
  sent_on TEXT NOT NULL CHECK (${calendarDate('sent_on')}),
  method TEXT NOT NULL CHECK (${oneOf('method', SEND_METHODS)}),
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;

-- What was sent is a confirming letter of that very document, which existed on the day it was sent.
CREATE TRIGGER confirmations_sent_name_their_letter BEFORE INSERT ON confirmations_sent
WHEN NOT EXISTS (
  SELECT 1 FROM letters
  WHERE id = NEW.letter_id AND document_id = NEW.document_id
    AND ${oneOf('kind', CONFIRMING_KINDS)} AND letter_date <= NEW.sent_on
)
BEGIN SELECT RAISE(ABORT, 'a confirmation is marked sent with a confirmation or late-delivery letter of that document, dated no later than the day it was sent'); END;

${APPEND_ONLY_TABLES.map(appendOnly).join('\n')}
`;

export const migration0002: Migration = {
  version: 2,
  name: 'letters',
  up(db) {
    db.exec(SCHEMA);
  },
};
