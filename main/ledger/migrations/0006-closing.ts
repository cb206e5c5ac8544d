// Format 6: an offer from set-up to close.
//
//  - `exchange_terms`: what a tendered old share is exchanged for (ratios new:old by plan or price
//    band, rounded down; the new grant's delay after cancellation), versioned like the settings.
//    A ledger with no row is on Alpha's 1-for-1, six months and one day (core/exchange-terms.ts).
//    `reason` is empty when recorded before the first document was logged and otherwise the
//    written reason the change needed.
//  - `settings_change_reasons`: the written reason for a settings version recorded after the
//    first document was logged (before it, offer details may be edited freely).
//  - `offer_closings`: the close, at most one row. Once it exists the ledger takes no more changes
//    to the record of the offer (refused as 'offer-closed' in the ledger's transaction); the letters
//    of the closing, their printing and sent marks still go in. It keeps the expiration in force at
//    the close, the cancellation and new grant dates (the rules' unless edited with a reason) and
//    the figures the close froze, as canonical JSON.
//  - `letters.kind` admits 'promise-to-grant' (the letter of exhibit (a)(5)); the table is rebuilt
//    as 0003 did (foreign keys off, AUTOINCREMENT counter carried over), rows unchanged.
//
// As in 0001–0005, the SQL is frozen here so this step stays what it was when released.

import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const LETTER_KINDS = ['confirmation', 'irregularity', 'late-delivery', 'correction', 'promise-to-grant'];

const oneOf = (column: string, values: readonly string[]): string =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
const instant = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) = ${column}`;
const calendarDate = (column: string): string => `date(${column}) = ${column}`;
const said = (column: string): string => `length(trim(${column})) > 0`;
const jsonObject = (column: string): string => `json_valid(${column}) AND json_type(${column}) = 'object'`;
const sha256Hex = (column: string): string => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never edited; record a correction instead'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never deleted'); END;`;

const NEW_TABLES = `
CREATE TABLE exchange_terms (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  terms_json TEXT NOT NULL CHECK (${jsonObject('terms_json')}),
  reason TEXT NOT NULL,
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;

CREATE TABLE settings_change_reasons (
  settings_version INTEGER PRIMARY KEY REFERENCES offer_settings (version),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;

CREATE TABLE offer_closings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  closed_at TEXT NOT NULL CHECK (${instant('closed_at')}),
  closed_by TEXT NOT NULL CHECK (${said('closed_by')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  expires_at TEXT NOT NULL CHECK (${instant('expires_at')}),
  cancellation_date TEXT NOT NULL CHECK (${calendarDate('cancellation_date')}),
  new_grant_date TEXT NOT NULL CHECK (${calendarDate('new_grant_date')}),
  dates_reason TEXT CHECK (dates_reason IS NULL OR ${said('dates_reason')}),
  figures_json TEXT NOT NULL CHECK (${jsonObject('figures_json')}),
  CHECK (new_grant_date > cancellation_date),
  CHECK (closed_at > expires_at)
) STRICT;
${['exchange_terms', 'settings_change_reasons', 'offer_closings'].map(appendOnly).join('\n')}
`;

const LETTERS = `
CREATE TABLE letters_v6 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  -- The employee id of the document's sender (paper from someone not on the roster gets letters too).
  employee_id TEXT NOT NULL CHECK (${said('employee_id')}),
  kind TEXT NOT NULL CHECK (${oneOf('kind', LETTER_KINDS)}),
  letter_date TEXT NOT NULL CHECK (${calendarDate('letter_date')}),
  input_json TEXT NOT NULL CHECK (${jsonObject('input_json')}),
  pdf_sha256 TEXT NOT NULL CHECK (${sha256Hex('pdf_sha256')}),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  produced_at TEXT NOT NULL CHECK (${instant('produced_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  CHECK (json_extract(input_json, '$.kind') = kind),
  CHECK (json_extract(input_json, '$.document.id') = document_id),
  CHECK (json_extract(input_json, '$.holder.employeeId') = employee_id),
  CHECK (json_extract(input_json, '$.letterDate') = letter_date)
) STRICT;
INSERT INTO letters_v6 (id, document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator)
SELECT id, document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator FROM letters ORDER BY id;
DROP TABLE letters;
ALTER TABLE letters_v6 RENAME TO letters;
CREATE INDEX letters_by_document ON letters (document_id, id);
${appendOnly('letters')}

CREATE TRIGGER letters_match_their_document BEFORE INSERT ON letters
WHEN NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND employee_id = NEW.employee_id)
BEGIN SELECT RAISE(ABORT, 'a letter must be addressed to the holder who sent the document it is about'); END;
`;

export const migration0006: Migration = {
  version: 6,
  name: 'closing',
  runsWithForeignKeysOff: true,
  up(db: Database.Database) {
    const counter = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'letters'").get();
    // Old-style rename: triggers of other tables (confirmations_sent's) keep naming "letters",
    // which is what they must name once the rebuilt table takes the name.
    db.pragma('legacy_alter_table = ON');
    try {
      db.exec(NEW_TABLES + LETTERS);
    } finally {
      db.pragma('legacy_alter_table = OFF');
    }
    if (counter !== undefined) {
      const now = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'letters'").get();
      if (now === undefined) db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('letters', ?)").run(counter.seq);
      else db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'letters'").run(counter.seq);
    }
  },
};
