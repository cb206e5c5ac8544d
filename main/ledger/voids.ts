// Voids (format 3): a document, an extension or a waiver recorded by mistake is voided by a record
// of its own (why, when, who), never by editing or deleting it. The voided record stays in the
// ledger and in verify()'s replay; what it amounts to (nothing) is core's judgement. One void per
// record: each table is keyed by the voided record's id, so a second void cannot be written.

import type Database from 'better-sqlite3';
import type { DocumentVoid, RecordVoid } from '../core/types';
import type { WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireText, requireWholeNumber } from './validate';

export const DOCUMENT_VOIDS_TABLE: TableSpec = {
  table: 'document_voids',
  key: ['document_id'],
  columns: ['document_id', 'reason', 'voided_at', 'operator', 'replaced_by'],
  blobColumns: [],
  describe: (key) => `the void of document ${String(key['document_id'])}`,
};

export const EXTENSION_VOIDS_TABLE: TableSpec = {
  table: 'extension_voids',
  key: ['extension_id'],
  columns: ['extension_id', 'reason', 'voided_at', 'operator'],
  blobColumns: [],
  describe: (key) => `the void of extension ${String(key['extension_id'])}`,
};

export const WAIVER_VOIDS_TABLE: TableSpec = {
  table: 'waiver_voids',
  key: ['waiver_id'],
  columns: ['waiver_id', 'reason', 'voided_at', 'operator'],
  blobColumns: [],
  describe: (key) => `the void of waiver ${String(key['waiver_id'])}`,
};

/** What the caller asks: void this record, for this reason. */
export interface NewVoid {
  id: number;
  reason: string;
}

export function validateVoid(v: NewVoid, what: string): NewVoid {
  return { id: requireWholeNumber(v.id, `${what} id`, 1), reason: requireText(v.reason, `${what}: reason`) };
}

type VoidRow = { target: number; reason: string; voided_at: string; operator: string };

function toVoid(row: VoidRow): RecordVoid {
  return { reason: row.reason, voidedAt: row.voided_at, operator: row.operator };
}

export type VoidStore = ReturnType<typeof voidStore>;

export function voidStore(db: Database.Database) {
  const insertDocumentStmt = db.prepare(
    `INSERT INTO document_voids (document_id, reason, voided_at, operator, replaced_by)
     VALUES (@document_id, @reason, @voided_at, @operator, @replaced_by)`,
  );
  const insertExtensionStmt = db.prepare(
    'INSERT INTO extension_voids (extension_id, reason, voided_at, operator) VALUES (@extension_id, @reason, @voided_at, @operator)',
  );
  const insertWaiverStmt = db.prepare(
    'INSERT INTO waiver_voids (waiver_id, reason, voided_at, operator) VALUES (@waiver_id, @reason, @voided_at, @operator)',
  );
  const extensionVoidsStmt = db.prepare<[], VoidRow>(
    'SELECT extension_id AS target, reason, voided_at, operator FROM extension_voids',
  );
  const waiverVoidsStmt = db.prepare<[], VoidRow>('SELECT waiver_id AS target, reason, voided_at, operator FROM waiver_voids');
  const countStmt = db.prepare<[], { n: number }>(
    'SELECT (SELECT count(*) FROM document_voids) + (SELECT count(*) FROM extension_voids) + (SELECT count(*) FROM waiver_voids) AS n',
  );

  return {
    voidDocument(documentId: number, reason: string, replacedBy: number | null, ctx: WriteContext): { void: DocumentVoid; rows: AuditRows } {
      const row = { document_id: documentId, reason, voided_at: ctx.at, operator: ctx.operator, replaced_by: replacedBy };
      insertDocumentStmt.run(row);
      return {
        void: { reason, voidedAt: ctx.at, operator: ctx.operator, replacedBy },
        rows: { document_voids: [toAuditRow(DOCUMENT_VOIDS_TABLE, row)] },
      };
    },
    voidExtension(extensionId: number, reason: string, ctx: WriteContext): { void: RecordVoid; rows: AuditRows } {
      const row = { extension_id: extensionId, reason, voided_at: ctx.at, operator: ctx.operator };
      insertExtensionStmt.run(row);
      return { void: toVoid({ target: extensionId, ...row }), rows: { extension_voids: [toAuditRow(EXTENSION_VOIDS_TABLE, row)] } };
    },
    voidWaiver(waiverId: number, reason: string, ctx: WriteContext): { void: RecordVoid; rows: AuditRows } {
      const row = { waiver_id: waiverId, reason, voided_at: ctx.at, operator: ctx.operator };
      insertWaiverStmt.run(row);
      return { void: toVoid({ target: waiverId, ...row }), rows: { waiver_voids: [toAuditRow(WAIVER_VOIDS_TABLE, row)] } };
    },
    /** Voids of extensions, by extension id. */
    extensionVoids(): Map<number, RecordVoid> {
      return new Map(extensionVoidsStmt.all().map((r) => [r.target, toVoid(r)]));
    },
    /** Voids of waivers, by waiver id. */
    waiverVoids(): Map<number, RecordVoid> {
      return new Map(waiverVoidsStmt.all().map((r) => [r.target, toVoid(r)]));
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
