// The compact record of rows (format 4): instead of repeating every row it wrote, an audit event
// records per table
//
//   { "rows": <how many>, "first": [<key>], "last": [<key>], "sha256": <hex> }
//
// (plus, for more than one row, "fingerprints": the CRC-32 of each row's line, 8 hex digits per row
// in key order: no proof — the SHA-256 is that — but what lets verify name WHICH holder of an
// import of 100,000 was changed or slipped in)
//
// where sha256 = SHA-256 over the rows in key order, each row spelled as the canonical JSON of its
// audit columns (exactly what a format-1 event recorded for it: BLOBs in lowercase hex) followed by
// "\n". Key order is SQLite's `ORDER BY <key columns>`: numbers by value, text by code point (the
// BINARY collation compares UTF-8 bytes). Anyone can recompute it with
//   SELECT <columns> FROM <table> WHERE audit_seq = <seq> ORDER BY <key>
// and a SHA-256 tool, so the chain stays checkable without our code. The first and last keys name
// the rows in a sentence even when all of them were deleted.

import { createHash, type Hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { OfferDeskError } from '../core/errors';
import type { Json } from './canonical-json';
import type { AuditRow, SqlRow, SqlValue, TableSpec } from './table-spec';

/** What one event records about the rows it wrote to one table. */
export interface RowDigest {
  readonly rows: number;
  readonly first: readonly Json[];
  readonly last: readonly Json[];
  readonly sha256: string;
  /** CRC-32 of each row's line, 8 lowercase hex digits per row in key order; only for more than one row. */
  readonly fingerprints?: string;
}

/** Per table name. */
export type RowDigests = Readonly<Record<string, RowDigest>>;

/** Lines are handed to the hash in chunks of about this many characters (fewer native calls). */
const CHUNK = 1 << 16;

const lineMakers = new WeakMap<TableSpec, (row: SqlRow) => string>();

function spell(value: SqlValue | undefined, spec: TableSpec, column: string): string {
  if (value === undefined) throw new OfferDeskError('internal', `${spec.table}.${column} missing from row`);
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new OfferDeskError('internal', `canonical JSON cannot hold the number ${String(value)}`);
    return JSON.stringify(value);
  }
  return `"${value.toString('hex')}"`;
}

/**
 * The canonical JSON of a row's audit columns, = canonicalJson(toAuditRow(spec, row)), built
 * directly from the row: it runs once per row at import (400,000 rows) and again in verify().
 */
export function canonicalRowLine(spec: TableSpec, row: SqlRow): string {
  let make = lineMakers.get(spec);
  if (make === undefined) {
    const columns = [...spec.columns].sort();
    const prefixes = columns.map((c, i) => `${i === 0 ? '{' : ','}${JSON.stringify(c)}:`);
    make = (r: SqlRow) => {
      let out = '';
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i] as string;
        out += (prefixes[i] as string) + spell(r[column], spec, column);
      }
      return `${out}}`;
    };
    lineMakers.set(spec, make);
  }
  return make(row);
}

/** A row's key as the digest records it: the key columns' values, in order. */
export function keyOf(spec: TableSpec, row: SqlRow): Json[] {
  return spec.key.map((column) => {
    const value = row[column];
    if (value === undefined || Buffer.isBuffer(value)) throw new OfferDeskError('internal', `${spec.table}.${column} is not a key value`);
    return value;
  });
}

/** A row of key columns only, for TableSpec.describe(). */
export function keyRow(spec: TableSpec, key: readonly Json[]): AuditRow {
  return Object.fromEntries(spec.key.map((column, i) => [column, key[i] ?? null]));
}

/** Text in code point order (= UTF-8 byte order, SQLite's BINARY collation), not UTF-16 order. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after U+E000–U+FFFF in code point order.
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

function compareValue(a: SqlValue | undefined, b: SqlValue | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  throw new OfferDeskError('internal', 'key columns hold numbers or text of one type');
}

/** Sorts rows as `ORDER BY <key columns>` does. */
export function byKey(spec: TableSpec): (a: SqlRow, b: SqlRow) => number {
  return (a, b) => {
    for (const column of spec.key) {
      const c = compareValue(a[column], b[column]);
      if (c !== 0) return c;
    }
    return 0;
  };
}

/** Accumulates rows given in key order; `result()` is the digest an event records. */
export class RowDigester {
  private readonly hash: Hash = createHash('sha256');
  private pending = '';
  private count = 0;
  private firstRow: SqlRow | null = null;
  private lastRow: SqlRow | null = null;
  private fingerprints = '';

  constructor(private readonly spec: TableSpec) {}

  add(row: SqlRow): void {
    const line = canonicalRowLine(this.spec, row);
    this.fingerprints += fingerprint(line);
    this.pending += `${line}\n`;
    if (this.pending.length >= CHUNK) {
      this.hash.update(this.pending, 'utf8');
      this.pending = '';
    }
    if (this.count === 0) this.firstRow = row;
    this.lastRow = row;
    this.count += 1;
  }

  get rows(): number {
    return this.count;
  }

  result(): RowDigest {
    this.hash.update(this.pending, 'utf8');
    this.pending = '';
    const key = (row: SqlRow | null) => (row === null ? [] : keyOf(this.spec, row));
    const digest = { rows: this.count, first: key(this.firstRow), last: key(this.lastRow), sha256: this.hash.digest('hex') };
    return this.count > 1 ? { ...digest, fingerprints: this.fingerprints } : digest;
  }
}

/** The digest of rows in any order (sorted here by key); null when there are none. */
export function digestRows(spec: TableSpec, rows: readonly SqlRow[]): RowDigest | null {
  if (rows.length === 0) return null;
  const digester = new RowDigester(spec);
  for (const row of [...rows].sort(byKey(spec))) digester.add(row);
  return digester.result();
}

/** A row line's fingerprint: its CRC-32 (as zlib, over the UTF-8), 8 lowercase hex digits. */
export function fingerprint(line: string): string {
  return crc32(line).toString(16).padStart(8, '0');
}

/** The digest as it goes into the event payload. */
export function digestJson(d: RowDigest): Json {
  const json: Record<string, Json> = { rows: d.rows, first: d.first, last: d.last, sha256: d.sha256 };
  if (d.fingerprints !== undefined) json['fingerprints'] = d.fingerprints;
  return json;
}
