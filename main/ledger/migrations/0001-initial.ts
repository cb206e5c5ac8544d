// Format 1: the record book of one offer. Every table is STRICT (a value of the wrong type is an
// error, not a silent conversion) and append-only: triggers abort UPDATE and DELETE, because a
// legal record is corrected by adding a record, never by editing one. The CHECK constraints repeat
// the rules the application validates, so that not even a bug can store a malformed fact.
//
// The helpers below build SQL text from constants only. They live in this file, not in a shared
// module, so that this step stays byte-for-byte what it was when released.

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
const MEDIA_TYPES = ['application/pdf', 'image/tiff', 'image/png', 'image/jpeg'];

const oneOf = (column: string, values: readonly string[]): string =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
/** Canonical UTC instant: strftime re-spells the value and must give it back unchanged. */
const instant = (column: string): string => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) = ${column}`;
const optionalInstant = (column: string): string => `${column} IS NULL OR ${instant(column)}`;
const calendarDate = (column: string): string => `date(${column}) = ${column}`;
const said = (column: string): string => `length(trim(${column})) > 0`;
const optionalSaid = (column: string): string => `${column} IS NULL OR ${said(column)}`;
const jsonArray = (column: string): string => `json_valid(${column}) AND json_type(${column}) = 'array'`;
const sha256Hex = (column: string): string => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;
/** Plain decimal as printed on an option agreement: digits, optionally a point and more digits. */
const decimal = (column: string): string =>
  `${column} GLOB '[0-9]*' AND ${column} NOT GLOB '*[^0-9.]*' AND ${column} NOT GLOB '*.*.*' AND ${column} NOT GLOB '*.'`;
const flag = (column: string): string => `${column} IN (0, 1)`;

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never edited; record a correction instead'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} is append-only: the record of the offer is never deleted'); END;`;

/** Tables whose rows are never edited or deleted: all of them. */
const APPEND_ONLY_TABLES = [
  'meta',
  'offer_settings',
  'holders',
  'grants',
  'documents',
  'document_defects',
  'document_tenders',
  'attachments',
  'cures',
  'waivers',
  'extensions',
  'audit_events',
] as const;

const SCHEMA = `
-- Who this ledger is. One row, written with the offer.created event.
-- format: the format version the ledger was created in (PRAGMA user_version is the current one).
-- key_check: a value sealed with the ID-number key, to refuse a wrong key before it writes.
CREATE TABLE meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  ledger_id TEXT NOT NULL CHECK (length(ledger_id) = 36),
  created_at TEXT NOT NULL CHECK (${instant('created_at')}),
  created_by TEXT NOT NULL CHECK (${said('created_by')}),
  format INTEGER NOT NULL CHECK (format >= 1),
  key_check BLOB NOT NULL
) STRICT;

-- The offer as configured. A change adds a new version; the highest version is in force and the
-- earlier ones stay as the history of what was configured when.
CREATE TABLE offer_settings (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  company TEXT NOT NULL CHECK (${said('company')}),
  cfo_name TEXT NOT NULL CHECK (${said('cfo_name')}),
  cfo_title TEXT NOT NULL,
  address_lines TEXT NOT NULL CHECK (${jsonArray('address_lines')}),
  phone TEXT NOT NULL,
  fax TEXT NOT NULL,
  commenced_on TEXT NOT NULL CHECK (${calendarDate('commenced_on')}),
  original_expires_at TEXT NOT NULL CHECK (${instant('original_expires_at')}),
  zone TEXT NOT NULL CHECK (${said('zone')}),
  plans TEXT NOT NULL CHECK (${jsonArray('plans')}),
  lookback_from TEXT NOT NULL CHECK (${calendarDate('lookback_from')}),
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;

-- The eligibility roster. The ID number is stored only sealed (AES-256-GCM); id_last4 is the
-- only part readable without the key. Holders and grants are keyed by their own ids (WITHOUT
-- ROWID): one b-tree per table instead of two, which matters at 100,000 holders.
CREATE TABLE holders (
  employee_id TEXT PRIMARY KEY CHECK (${said('employee_id')}),
  name TEXT NOT NULL CHECK (${said('name')}),
  email TEXT NOT NULL,
  address TEXT NOT NULL,
  id_number_enc BLOB NOT NULL CHECK (length(id_number_enc) > 29),
  id_last4 TEXT NOT NULL CHECK (length(id_last4) = 4)
) STRICT, WITHOUT ROWID;

CREATE TABLE grants (
  grant_id TEXT PRIMARY KEY CHECK (${said('grant_id')}),
  employee_id TEXT NOT NULL REFERENCES holders (employee_id),
  plan TEXT NOT NULL CHECK (${said('plan')}),
  grant_date TEXT NOT NULL CHECK (${calendarDate('grant_date')}),
  exercise_price TEXT NOT NULL CHECK (${decimal('exercise_price')}),
  shares INTEGER NOT NULL CHECK (shares >= 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX grants_by_holder ON grants (employee_id, grant_date, grant_id);

-- Paper as received. AUTOINCREMENT: an id is never reused, so a number printed on a confirmation
-- letter names one document forever.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  employee_id TEXT NOT NULL REFERENCES holders (employee_id),
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
  late_keying_reason TEXT CHECK (${optionalSaid('late_keying_reason')}),
  keyed_after_expiration INTEGER NOT NULL CHECK (${flag('keyed_after_expiration')}),
  cure_deadline TEXT CHECK (${optionalInstant('cure_deadline')}),
  -- Paper is keyed after it arrives, never before; a hand delivery has no fax header.
  CHECK (received_at <= keyed_at),
  CHECK (via = 'fax' OR receipt_source = 'desk-stamp')
) STRICT;
CREATE INDEX documents_by_holder ON documents (employee_id, id);

-- Defects found at intake, in the order noted.
CREATE TABLE document_defects (
  document_id INTEGER NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  defect TEXT NOT NULL CHECK (${oneOf('defect', DEFECT_KINDS)}),
  PRIMARY KEY (document_id, position),
  UNIQUE (document_id, defect)
) STRICT, WITHOUT ROWID;

-- Election Form lines: shares tendered per grant named on the form.
CREATE TABLE document_tenders (
  document_id INTEGER NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  grant_id TEXT NOT NULL REFERENCES grants (grant_id),
  shares INTEGER NOT NULL CHECK (shares >= 0),
  PRIMARY KEY (document_id, position),
  UNIQUE (document_id, grant_id)
) STRICT, WITHOUT ROWID;

-- A tender belongs to an Election Form, names a grant of that form's holder, and cannot tender
-- more shares than the grant holds.
CREATE TRIGGER document_tenders_fit_the_roster BEFORE INSERT ON document_tenders
WHEN NOT EXISTS (
  SELECT 1 FROM documents d JOIN grants g ON g.employee_id = d.employee_id
  WHERE d.id = NEW.document_id AND d.kind = 'election' AND g.grant_id = NEW.grant_id AND NEW.shares <= g.shares
)
BEGIN SELECT RAISE(ABORT, 'a tender must be on an Election Form and name a grant of that holder, for no more shares than the grant holds'); END;

-- Scans and faxes of the paper. Only the formats a fax or scanner produces are accepted.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  file_name TEXT NOT NULL CHECK (${said('file_name')}),
  media_type TEXT NOT NULL CHECK (${oneOf('media_type', MEDIA_TYPES)}),
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL CHECK (${sha256Hex('sha256')}),
  size INTEGER NOT NULL CHECK (size >= 1 AND size = length(bytes)),
  added_at TEXT NOT NULL CHECK (${instant('added_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;
CREATE INDEX attachments_by_document ON attachments (document_id, id);

CREATE TABLE cures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents (id),
  defect TEXT NOT NULL CHECK (${oneOf('defect', DEFECT_KINDS)}),
  cured_at TEXT NOT NULL CHECK (${instant('cured_at')}),
  recorded_at TEXT NOT NULL CHECK (${instant('recorded_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  CHECK (cured_at <= recorded_at)
) STRICT;
CREATE INDEX cures_by_document ON cures (document_id, id);

-- A cure answers a defect the document was found to have.
CREATE TRIGGER cures_answer_a_defect BEFORE INSERT ON cures
WHEN NOT EXISTS (SELECT 1 FROM document_defects WHERE document_id = NEW.document_id AND defect = NEW.defect)
BEGIN SELECT RAISE(ABORT, 'a cure must answer a defect that the document was found to have'); END;

-- Offer-wide waivers, by kind of defect (instruction 5).
CREATE TABLE waivers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  defect TEXT NOT NULL CHECK (${oneOf('defect', DEFECT_KINDS)}),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  granted_at TEXT NOT NULL CHECK (${instant('granted_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')})
) STRICT;

CREATE TABLE extensions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  from_expires_at TEXT NOT NULL CHECK (${instant('from_expires_at')}),
  to_expires_at TEXT NOT NULL CHECK (${instant('to_expires_at')}),
  decided_at TEXT NOT NULL CHECK (${instant('decided_at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  reason TEXT NOT NULL CHECK (${said('reason')}),
  announced_late INTEGER NOT NULL CHECK (${flag('announced_late')}),
  CHECK (to_expires_at > from_expires_at)
) STRICT;

-- The hash chain over every change (see main/ledger/audit.ts). No index on hash: random 64-hex
-- keys make a costly index, and verify() checks every link anyway.
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL CHECK (${instant('at')}),
  operator TEXT NOT NULL CHECK (${said('operator')}),
  type TEXT NOT NULL CHECK (${said('type')}),
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  prev_hash TEXT NOT NULL CHECK (${sha256Hex('prev_hash')}),
  hash TEXT NOT NULL CHECK (${sha256Hex('hash')})
) STRICT;

${APPEND_ONLY_TABLES.map(appendOnly).join('\n')}
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA);
  },
};
