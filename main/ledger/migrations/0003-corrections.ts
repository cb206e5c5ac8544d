// Format 3: corrections that keep the original, and every paper on record.
//
//  - Voids: a document, an extension or a waiver recorded by mistake is voided by a record of its
//    own (reason, when, who), never by editing or deleting it. A document's void may name the
//    document that corrects it; that document names the one it corrects (`documents.corrects`).
//  - Paper from someone not on the roster is kept with the name and employee id as written
//    (`documents.name_as_written`); an Election Form naming a grant that is not the holder's keeps
//    its lines as written. So `documents` no longer REFERENCES holders (a trigger keeps every
//    other document to a rostered holder), `document_tenders` no longer REFERENCES grants (its
//    trigger admits a foreign line only on a form logged with that defect), and `letters` no
//    longer REFERENCES holders (the paper's sender gets a letter too).
//  - Extensions keep when they were decided, announced and recorded, and a written reason when
//    recorded after the expiration they set had already passed.
//  - `letters.kind` admits 'correction' ahead of the letter that uses it, so that step needs no
//    second rebuild of the table.
//
// SQLite cannot alter a FOREIGN KEY or CHECK in place: each such table is rebuilt the documented
// way (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
// Changes"): new table, copy every row unchanged, drop the old one, rename, recreate its indexes
// and triggers. That needs foreign keys OFF outside the transaction, and a foreign_key_check
// before it commits; `runsWithForeignKeysOff` asks run.ts for exactly that. AUTOINCREMENT counters
// are carried over so that no id is ever handed out twice.
//
// As in 0001/0002, the SQL helpers live in this file so the step stays what it was when released.

import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const DOCUMENT_KINDS = ['election', 'notice'];
const DELIVERY_VIAS = ['fax', 'hand'];
const RECEIPT_SOURCES = ['fax-header', 'desk-stamp'];
const DEFECT_KINDS = [
  'unsigned',
  'signature-mismatch',
  'name-mismatch',
  'no-date-time',
  'no-email',
  'no-id-number',
  'withdraw-box-unmarked',
  'no-authority-evidence',
  // Format 3: paper that can never count (never cured, never waived; the cures and waivers tables
  // keep their format-1 lists, which do not name these).
  'not-on-roster',
  'grant-not-eligible',
];
const SIGNER_CAPACITIES = [
  'holder',
  'trustee',
  'executor',
  'administrator',
  'guardian',
  'attorney-in-fact',
  'corporate-officer',
  'other-fiduciary',
];
const LETTER_KINDS = ['confirmation', 'irregularity', 'late-delivery', 'correction'];
const CONFIRMING_KINDS = ['confirmation', 'late-delivery'];

const oneOf = (column: string, values: readonly string[]): string =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
const instant = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) = ${column}`;
const optionalInstant = (column: string): string => `${column} IS NULL OR ${instant(column)}`;
const calendarDate = (column: string): string => `date(${column}) = ${column}`;
const said = (column: string): string => `length(trim(${column})) > 0`;
const optionalSaid = (column: string): string => `${column} IS NULL OR ${said(column)}`;
const sha256Hex = (column: string): string => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;
const flag = (column: string): string => `${column} IN (0, 1)`;

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never edited; record a correction instead'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never deleted'); END;`;

const DOCUMENTS = `
CREATE TABLE documents_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- The employee id as written on the paper: a rostered holder's, unless name_as_written is set.
  employee_id TEXT NOT NULL CHECK (${said('employee_id')}),
  kind TEXT NOT NULL CHECK (${oneOf('kind', DOCUMENT_KINDS)}),
  via TEXT NOT NULL CHECK (${oneOf('via', DELIVERY_VIAS)}),
  received_at TEXT NOT NULL CHECK (${instant('received_at')}),
  receipt_source TEXT NOT NULL CHECK (${oneOf('receipt_source', RECEIPT_SOURCES)}),
  keyed_at TEXT NOT NULL CHECK (${instant('keyed_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  pages INTEGER CHECK (pages IS NULL OR pages >= 1),
  sender_fax TEXT,
  signed_by TEXT,
  signer_capacity TEXT NOT NULL CHECK (${oneOf('signer_capacity', SIGNER_CAPACITIES)}),
  -- The document's note (format 1 named it for its first use: the reason a timely document was
  -- keyed after the expiration, still required then).
  late_keying_reason TEXT CHECK (${optionalSaid('late_keying_reason')}),
  keyed_after_expiration INTEGER NOT NULL CHECK (${flag('keyed_after_expiration')}),
  cure_deadline TEXT CHECK (${optionalInstant('cure_deadline')}),
  -- Paper from someone not on the roster: the sender's name as written.
  name_as_written TEXT CHECK (${optionalSaid('name_as_written')}),
  -- The document this one corrects (whose void names this one).
  corrects INTEGER UNIQUE REFERENCES documents (id),
  CHECK (received_at <= keyed_at),
  CHECK (via = 'fax' OR receipt_source = 'desk-stamp')
) STRICT;
INSERT INTO documents_v3 (id, employee_id, kind, via, received_at, receipt_source, keyed_at, operator, pages, sender_fax,
  signed_by, signer_capacity, late_keying_reason, keyed_after_expiration, cure_deadline, name_as_written, corrects)
SELECT id, employee_id, kind, via, received_at, receipt_source, keyed_at, operator, pages, sender_fax,
  signed_by, signer_capacity, late_keying_reason, keyed_after_expiration, cure_deadline, NULL, NULL FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
CREATE INDEX documents_by_holder ON documents (employee_id, id);
${appendOnly('documents')}

-- What the foreign key to holders used to say, for every document but paper from someone not on
-- the roster: it names a holder on the roster.
CREATE TRIGGER documents_name_a_rostered_holder BEFORE INSERT ON documents
WHEN NEW.name_as_written IS NULL AND NOT EXISTS (SELECT 1 FROM holders WHERE employee_id = NEW.employee_id)
BEGIN SELECT RAISE(ABORT, 'a document names a holder on the roster, unless it is logged as paper from someone not on the roster'); END;
`;

const DOCUMENT_DEFECTS = `
CREATE TABLE document_defects_v3 (
  document_id INTEGER NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  defect TEXT NOT NULL CHECK (${oneOf('defect', DEFECT_KINDS)}),
  PRIMARY KEY (document_id, position),
  UNIQUE (document_id, defect)
) STRICT, WITHOUT ROWID;
INSERT INTO document_defects_v3 (document_id, position, defect) SELECT document_id, position, defect FROM document_defects;
DROP TABLE document_defects;
ALTER TABLE document_defects_v3 RENAME TO document_defects;
${appendOnly('document_defects')}
`;

const DOCUMENT_TENDERS = `
CREATE TABLE document_tenders_v3 (
  document_id INTEGER NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  -- The grant as written on the form: one of the holder's, unless the form was logged as naming a
  -- grant that is not (then kept exactly as written, and the form is not properly made).
  grant_id TEXT NOT NULL CHECK (${said('grant_id')}),
  shares INTEGER NOT NULL CHECK (shares >= 0),
  PRIMARY KEY (document_id, position),
  UNIQUE (document_id, grant_id)
) STRICT, WITHOUT ROWID;
INSERT INTO document_tenders_v3 (document_id, position, grant_id, shares) SELECT document_id, position, grant_id, shares FROM document_tenders;
DROP TABLE document_tenders;
ALTER TABLE document_tenders_v3 RENAME TO document_tenders;
${appendOnly('document_tenders')}

-- A tender belongs to an Election Form and names a grant of that form's holder for no more shares
-- than the grant holds; or the form was logged (its defects are written before its lines) as
-- naming a grant that is not the holder's, or as paper from someone not on the roster.
CREATE TRIGGER document_tenders_fit_the_roster BEFORE INSERT ON document_tenders
WHEN NOT EXISTS (
  SELECT 1 FROM documents d JOIN grants g ON g.employee_id = d.employee_id
  WHERE d.id = NEW.document_id AND d.kind = 'election' AND d.name_as_written IS NULL
    AND g.grant_id = NEW.grant_id AND NEW.shares <= g.shares
) AND NOT EXISTS (
  SELECT 1 FROM documents d JOIN document_defects x ON x.document_id = d.id
  WHERE d.id = NEW.document_id AND d.kind = 'election' AND x.defect IN ('grant-not-eligible', 'not-on-roster')
)
BEGIN SELECT RAISE(ABORT, 'a tender must be on an Election Form and name a grant of that holder, for no more shares than the grant holds, unless the form was logged as naming a grant that is not the holder''s'); END;
`;

const EXTENSIONS = `
CREATE TABLE extensions_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  from_expires_at TEXT NOT NULL CHECK (${instant('from_expires_at')}),
  to_expires_at TEXT NOT NULL CHECK (${instant('to_expires_at')}),
  decided_at TEXT NOT NULL CHECK (${instant('decided_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  announced_late INTEGER NOT NULL CHECK (${flag('announced_late')}),
  -- Format 3: when it was announced and when keyed (format 1 kept one time for all three).
  announced_at TEXT NOT NULL CHECK (${instant('announced_at')}),
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  -- Set when the new expiration had already passed when it was keyed ("recorded after the fact").
  after_the_fact_reason TEXT CHECK (${optionalSaid('after_the_fact_reason')}),
  CHECK (to_expires_at > from_expires_at),
  CHECK (decided_at <= announced_at AND announced_at <= recorded_at),
  CHECK ((after_the_fact_reason IS NULL) = (to_expires_at > recorded_at))
) STRICT;
INSERT INTO extensions_v3 (id, from_expires_at, to_expires_at, decided_at, operator, reason, announced_late, announced_at, recorded_at, after_the_fact_reason)
SELECT id, from_expires_at, to_expires_at, decided_at, operator, reason, announced_late, decided_at, decided_at, NULL FROM extensions;
DROP TABLE extensions;
ALTER TABLE extensions_v3 RENAME TO extensions;
${appendOnly('extensions')}
`;

const LETTERS = `
CREATE TABLE letters_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  -- The employee id of the document's sender (paper from someone not on the roster gets letters too).
  employee_id TEXT NOT NULL CHECK (${said('employee_id')}),
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
INSERT INTO letters_v3 (id, document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator)
SELECT id, document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator FROM letters;
DROP TABLE letters;
ALTER TABLE letters_v3 RENAME TO letters;
CREATE INDEX letters_by_document ON letters (document_id, id);
${appendOnly('letters')}

CREATE TRIGGER letters_match_their_document BEFORE INSERT ON letters
WHEN NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.document_id AND employee_id = NEW.employee_id)
BEGIN SELECT RAISE(ABORT, 'a letter must be addressed to the holder who sent the document it is about'); END;

-- What was sent is the letter that answers that very document, which existed on the day it was
-- sent: a confirmation or late-delivery notice, or, for paper from someone not on the roster (owed
-- no confirmation), the irregularity notice that tells the sender why it has no effect.
DROP TRIGGER IF EXISTS confirmations_sent_name_their_letter;
CREATE TRIGGER confirmations_sent_name_their_letter BEFORE INSERT ON confirmations_sent
WHEN NOT EXISTS (
  SELECT 1 FROM letters l
  WHERE l.id = NEW.letter_id AND l.document_id = NEW.document_id AND l.letter_date <= NEW.sent_on
    AND (${oneOf('l.kind', CONFIRMING_KINDS)}
      OR (l.kind = 'irregularity' AND EXISTS (
        SELECT 1 FROM document_defects WHERE document_id = NEW.document_id AND defect = 'not-on-roster')))
)
BEGIN SELECT RAISE(ABORT, 'a document is marked sent with the letter that answers it: its confirmation or late-delivery notice (for paper from someone not on the roster, its irregularity notice), dated no later than the day it was sent'); END;
`;

const VOIDS = `
-- A document voided with a written reason. It stays on record and counts for nothing. One void per
-- document (the primary key): a void is never voided or repeated. replaced_by names the document
-- that corrects it, recorded in the same transaction.
CREATE TABLE document_voids (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  voided_at TEXT NOT NULL CHECK (${instant('voided_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  replaced_by INTEGER REFERENCES documents (id),
  CHECK (replaced_by IS NULL OR replaced_by > document_id)
) STRICT;

-- Linked both ways: the correcting document names the document whose void names it.
CREATE TRIGGER document_voids_name_their_correction BEFORE INSERT ON document_voids
WHEN NEW.replaced_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents WHERE id = NEW.replaced_by AND corrects = NEW.document_id)
BEGIN SELECT RAISE(ABORT, 'a void names as its correction only the document recorded as correcting it'); END;

CREATE TABLE extension_voids (
  extension_id INTEGER PRIMARY KEY REFERENCES extensions (id),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  voided_at TEXT NOT NULL CHECK (${instant('voided_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;

CREATE TABLE waiver_voids (
  waiver_id INTEGER PRIMARY KEY REFERENCES waivers (id),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  voided_at TEXT NOT NULL CHECK (${instant('voided_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;
${['document_voids', 'extension_voids', 'waiver_voids'].map(appendOnly).join('\n')}
`;

/** AUTOINCREMENT counters of the tables rebuilt here, to be carried over exactly. */
const COUNTED = ['documents', 'extensions', 'letters'] as const;

export const migration0003: Migration = {
  version: 3,
  name: 'corrections',
  runsWithForeignKeysOff: true,
  up(db: Database.Database) {
    const sequence = new Map<string, number>();
    for (const table of COUNTED) {
      const row = db.prepare<[string], { seq: number }>('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table);
      if (row !== undefined) sequence.set(table, row.seq);
    }
    // Old-style rename: only the table is renamed; triggers of other tables keep naming
    // "documents", "letters" … which is what they must name once the rebuilt tables take the names.
    db.pragma('legacy_alter_table = ON');
    try {
      db.exec(DOCUMENTS + DOCUMENT_DEFECTS + DOCUMENT_TENDERS + EXTENSIONS + LETTERS + VOIDS);
    } finally {
      db.pragma('legacy_alter_table = OFF');
    }
    const now = db.prepare<[string], { seq: number }>('SELECT seq FROM sqlite_sequence WHERE name = ?');
    for (const [table, seq] of sequence) {
      if (now.get(table) === undefined) db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, seq);
      else db.prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?').run(seq, table);
    }
  },
};
