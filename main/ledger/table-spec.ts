// How each table is described to the audit chain and to verify(). Every write records in its audit
// event the rows it inserted, column by column, exactly as stored (BLOBs spelled in hex; attachment
// bytes stand in as their sha256). verify() replays those rows and compares them with the tables,
// so the spec below is the single list of what "the row" means for each table.

import { OfferDeskError } from '../core/errors';
import type { Json } from './canonical-json';

/** A value as better-sqlite3 reads or binds it in our STRICT tables. */
export type SqlValue = string | number | null | Buffer;
/** A table row keyed by column name, as inserted. */
export type SqlRow = Readonly<Record<string, SqlValue>>;
/** A row as recorded in an audit event. */
export type AuditRow = Readonly<Record<string, Json>>;
/** The rows one audit event records, by table name. */
export type AuditRows = Readonly<Record<string, readonly AuditRow[]>>;

export interface TableSpec {
  readonly table: string;
  /** Primary-key columns, in order. */
  readonly key: readonly string[];
  /** Columns recorded in audit events and compared by verify(). */
  readonly columns: readonly string[];
  /** Columns among `columns` holding BLOBs: recorded as lowercase hex. */
  readonly blobColumns: readonly string[];
  /**
   * A bulky BLOB kept out of the audit event; the event records its sha256 in another column,
   * and verify() re-hashes the stored bytes against the event.
   */
  readonly digest?: { readonly content: string; readonly sha256: string };
  /**
   * Columns a later format added to the table: an event written before then does not record them,
   * and the upgrade filled them in from the row's other columns exactly as this does. verify()
   * expects these values for such an event (a deterministic rule, so an edit is still caught).
   */
  readonly addedLater?: (recorded: AuditRow) => AuditRow;
  /**
   * Format 4: rows written since then carry `audit_seq` (their event), and that event records a
   * digest of them (row-digest.ts) instead of the rows themselves. Rows written before keep
   * `audit_seq` NULL and the full rows of their old events.
   */
  readonly digested?: true;
  /** The row's name in a sentence, e.g. "document 3" or "holder E007". */
  describe(key: AuditRow): string;
}

/** The row as an audit event records it: listed columns only, BLOBs in hex. */
export function toAuditRow(spec: TableSpec, row: SqlRow): AuditRow {
  const out: Record<string, Json> = {};
  for (const column of spec.columns) {
    const value = row[column];
    if (value === undefined) throw new OfferDeskError('internal', `${spec.table}.${column} missing from row`);
    out[column] = Buffer.isBuffer(value) ? value.toString('hex') : value;
  }
  return out;
}

export function rowKey(spec: TableSpec, row: AuditRow): string {
  // Single-column keys (all but the document lines) skip JSON.stringify: verify() calls this
  // twice for each of hundreds of thousands of rows. The type prefix keeps 3 and "3" apart.
  if (spec.key.length === 1) {
    const value = row[spec.key[0] as string] ?? null;
    return `${typeof value}:${String(value)}`;
  }
  return JSON.stringify(spec.key.map((column) => row[column] ?? null));
}
