// Format 7: the fax inbox.
//
//  - `faxes`: every fax that appeared in the inbox folder, put on record the moment the desk saw
//    it, before anyone files it: its file name, bytes (with their SHA-256, one row per distinct
//    file), page count, and its receipt window with the source of it: the fax server's log
//    ('fax-server-log': the call's logged start, minute resolution, plus its duration, in the
//    server's zone, the log line kept as read) or the desk's own clock ('inbox-arrival'). The
//    TIFF's DateTime tag is kept as corroboration only. `code_json` is what the desk read from the
//    pages' 2-D codes (a convenience for the operator; never what is recorded as the holder).
//  - `fax_dispositions`: at most one per fax, final: filed as a document (the document names the
//    fax's receipt time and source unless the operator overrode it, which is flagged), or set aside
//    as not an offer document with a written reason. A fax is never deleted.
//  - `documents.receipt_source` admits 'fax-server-log' and 'inbox-arrival'; the table is rebuilt
//    as 0003 did (foreign keys off, old-style rename so the tables referencing it keep doing so,
//    AUTOINCREMENT counter carried over), rows unchanged.
//
// As in 0001–0006, the SQL is frozen here so this step stays what it was when released.

import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const DOCUMENT_KINDS = ['election', 'notice'];
const DELIVERY_VIAS = ['fax', 'hand'];
const RECEIPT_SOURCES = ['fax-header', 'desk-stamp', 'fax-server-log', 'inbox-arrival'];
const FAX_RECEIPT_SOURCES = ['fax-server-log', 'inbox-arrival'];
const FAX_MEDIA_TYPES = ['image/tiff', 'application/pdf'];
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

const oneOf = (column: string, values: readonly string[]): string =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
const instant = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) = ${column}`;
const optionalInstant = (column: string): string => `${column} IS NULL OR ${instant(column)}`;
const said = (column: string): string => `length(trim(${column})) > 0`;
const optionalSaid = (column: string): string => `${column} IS NULL OR ${said(column)}`;
const sha256Hex = (column: string): string => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;
const flag = (column: string): string => `${column} IN (0, 1)`;
const jsonObject = (column: string): string => `json_valid(${column}) AND json_type(${column}) = 'object'`;

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never edited; record a correction instead'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never deleted'); END;`;

const DOCUMENTS = `
CREATE TABLE documents_v7 (
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
  -- Format 4: the audit event whose digest covers this row.
  audit_seq INTEGER CHECK (audit_seq IS NULL OR audit_seq > 0),
  CHECK (received_at <= keyed_at),
  -- Format 7: a fax filed from the inbox is received when the fax server's log or the inbox says.
  CHECK (via = 'fax' OR receipt_source = 'desk-stamp')
) STRICT;
INSERT INTO documents_v7 (id, employee_id, kind, via, received_at, receipt_source, keyed_at, operator, pages, sender_fax,
  signed_by, signer_capacity, late_keying_reason, keyed_after_expiration, cure_deadline, name_as_written, corrects, audit_seq)
SELECT id, employee_id, kind, via, received_at, receipt_source, keyed_at, operator, pages, sender_fax,
  signed_by, signer_capacity, late_keying_reason, keyed_after_expiration, cure_deadline, name_as_written, corrects, audit_seq FROM documents ORDER BY id;
DROP TABLE documents;
ALTER TABLE documents_v7 RENAME TO documents;
CREATE INDEX documents_by_holder ON documents (employee_id, id);
${appendOnly('documents')}

-- What the foreign key to holders used to say, for every document but paper from someone not on
-- the roster: it names a holder on the roster.
CREATE TRIGGER documents_name_a_rostered_holder BEFORE INSERT ON documents
WHEN NEW.name_as_written IS NULL AND NOT EXISTS (SELECT 1 FROM holders WHERE employee_id = NEW.employee_id)
BEGIN SELECT RAISE(ABORT, 'a document names a holder on the roster, unless it is logged as paper from someone not on the roster'); END;
`;


const FAXES = `
CREATE TABLE faxes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  -- The file's name in the inbox folder, as the fax server wrote it.
  file_name TEXT NOT NULL CHECK (${said('file_name')}),
  media_type TEXT NOT NULL CHECK (${oneOf('media_type', FAX_MEDIA_TYPES)}),
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL UNIQUE CHECK (${sha256Hex('sha256')}),
  size INTEGER NOT NULL CHECK (size = length(bytes) AND size > 0),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  receipt_source TEXT NOT NULL CHECK (${oneOf('receipt_source', FAX_RECEIPT_SOURCES)}),
  -- The earliest the call can have started (the log's minute); NULL without a log.
  call_started_at TEXT CHECK (${optionalInstant('call_started_at')}),
  -- The receipt window: the earliest and the latest the last page can have come in.
  received_from TEXT NOT NULL CHECK (${instant('received_from')}),
  received_to TEXT NOT NULL CHECK (${instant('received_to')}),
  -- The instant a document filed from this fax is received at: received_to, to the second.
  received_at TEXT NOT NULL CHECK (${instant('received_at')}),
  server_zone TEXT CHECK (${optionalSaid('server_zone')}),
  log_line TEXT CHECK (${optionalSaid('log_line')}),
  tiff_date_time TEXT,
  code_json TEXT NOT NULL CHECK (${jsonObject('code_json')}),
  seen_at TEXT NOT NULL CHECK (${instant('seen_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  CHECK (received_from <= received_to AND received_to <= received_at),
  CHECK (call_started_at IS NULL OR call_started_at <= received_from),
  CHECK ((receipt_source = 'fax-server-log') = (log_line IS NOT NULL AND server_zone IS NOT NULL AND call_started_at IS NOT NULL))
) STRICT;
CREATE INDEX faxes_by_seen ON faxes (seen_at, id);

CREATE TABLE fax_dispositions (
  fax_id INTEGER PRIMARY KEY REFERENCES faxes (id),
  -- Filed: the document it became. Set aside: NULL, with the reason.
  document_id INTEGER UNIQUE REFERENCES documents (id),
  not_offer_reason TEXT CHECK (${optionalSaid('not_offer_reason')}),
  -- The operator typed another receipt time than the fax record's (flagged wherever shown).
  receipt_overridden INTEGER NOT NULL CHECK (${flag('receipt_overridden')}),
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  CHECK ((document_id IS NULL) <> (not_offer_reason IS NULL)),
  CHECK (document_id IS NOT NULL OR receipt_overridden = 0)
) STRICT;
${['faxes', 'fax_dispositions'].map(appendOnly).join('\n')}

-- A fax is filed as a fax-delivered document; unless overridden, the document is received exactly
-- when, and by the source that, the fax record says.
CREATE TRIGGER fax_dispositions_match_their_fax BEFORE INSERT ON fax_dispositions
WHEN NEW.document_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM documents d JOIN faxes f ON f.id = NEW.fax_id
  WHERE d.id = NEW.document_id AND d.via = 'fax'
    AND (NEW.receipt_overridden = 1 OR (d.received_at = f.received_at AND d.receipt_source = f.receipt_source)))
BEGIN SELECT RAISE(ABORT, 'a fax is filed as a faxed document received when its fax record says, unless the receipt time is marked overridden'); END;
`;

export const migration0007: Migration = {
  version: 7,
  name: 'fax-inbox',
  runsWithForeignKeysOff: true,
  up(db: Database.Database) {
    const counter = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'documents'").get();
    // Old-style rename: the tables and triggers naming "documents" keep naming it, which is what
    // they must name once the rebuilt table takes the name.
    db.pragma('legacy_alter_table = ON');
    try {
      db.exec(DOCUMENTS + FAXES);
    } finally {
      db.pragma('legacy_alter_table = OFF');
    }
    if (counter !== undefined) {
      const now = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'documents'").get();
      if (now === undefined) db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('documents', ?)").run(counter.seq);
      else db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'documents'").run(counter.seq);
    }
  },
};
