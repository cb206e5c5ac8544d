// Format 4: compact audit events for the bulky records.
//
// Up to format 3 every audit event repeated, column by column, every row it wrote: a roster import
// of 100,000 holders and 300,000 grants stored each row twice (table + event), and the events were
// most of the file. From format 4 an event that writes holders, grants, documents or a document's
// lines records instead, per table, how many rows it wrote, the first and last of their keys and
// the SHA-256 of those rows in key order (see row-digest.ts); each row names its event in the new
// column `audit_seq`. verify() recomputes the digest from the table, so a changed, deleted or added
// row is still caught, and the hash chain covers the digest exactly as it covered the rows.
//
// Rows written before format 4 keep `audit_seq` NULL and stay covered by the full rows of their old
// events, which are never rewritten: the chain is untouched by this step. ADD COLUMN leaves every
// existing row, index and trigger as it is (the append-only triggers cover the new column too).
//
// As in 0001–0003, the table list is frozen here as literals so the step stays what it was when
// released.

import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const DIGESTED_TABLES = ['holders', 'grants', 'documents', 'document_defects', 'document_tenders'];

export const migration0004: Migration = {
  version: 4,
  name: 'compact-events',
  up(db: Database.Database) {
    for (const table of DIGESTED_TABLES) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN audit_seq INTEGER CHECK (audit_seq IS NULL OR audit_seq > 0)`);
    }
  },
};
