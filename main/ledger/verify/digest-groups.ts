// Replay of compact events (format 4): an event that records a digest of the rows it wrote, not the
// rows. The table is read in (audit_seq, key) order, so the rows naming one event arrive together
// and in key order; their digest is recomputed exactly as the event's was (row-digest.ts) and
// compared with what the event recorded. A changed, deleted or added row changes the count or the
// SHA-256; a row that names an event recording no rows of its table has no audit event.

import type { Json } from '../canonical-json';
import { keyRow, RowDigester, type RowDigest } from '../row-digest';
import type { SqlRow, TableSpec } from '../table-spec';

/** A digest as one event recorded it. */
export interface RecordedDigest extends RowDigest {
  readonly seq: number;
}

function isKey(value: Json | undefined): value is Json[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number');
}

/** The digest in an event's payload, or null when it is not one the ledger could have written. */
export function readDigest(seq: number, value: Json): RecordedDigest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as { readonly [key: string]: Json };
  const rows = record['rows'];
  const sha256 = record['sha256'];
  const first = record['first'];
  const last = record['last'];
  if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 1) return null;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256) || !isKey(first) || !isKey(last)) return null;
  return { seq, rows, sha256, first, last };
}

function plural(n: number, table: string): string {
  return n === 1 ? `1 ${table} row` : `${n} ${table} rows`;
}

/** Checks the rows of one table that name an event, group by group, as they stream past. */
export class DigestGroups {
  private seq: number | null = null;
  private recorded: RecordedDigest | undefined;
  private digester: RowDigester | null = null;

  constructor(
    private readonly spec: TableSpec,
    /** The digests the events recorded for this table, by seq; each is taken out once seen. */
    private readonly expected: Map<number, RecordedDigest>,
    private readonly problems: string[],
  ) {}

  /** One table row naming audit event `seq`; rows come in (audit_seq, key) order. */
  add(seq: number, row: SqlRow): void {
    if (seq !== this.seq) {
      this.close();
      this.seq = seq;
      this.recorded = this.expected.get(seq);
      this.expected.delete(seq);
      this.digester = this.recorded === undefined ? null : new RowDigester(this.spec);
    }
    if (this.digester === null) {
      const name = this.spec.describe(keyRow(this.spec, this.spec.key.map((c) => (row[c] ?? null) as Json)));
      this.problems.push(`${name} in the table has no audit event (it names audit event ${seq}, which records no ${this.spec.table} rows)`);
      return;
    }
    this.digester.add(row);
  }

  /** After the last row: the groups no row named are missing from the table. */
  finish(): void {
    this.close();
    for (const recorded of this.expected.values()) {
      this.problems.push(
        recorded.rows === 1
          ? `${this.name(recorded.first)} is missing from the table (recorded by audit event ${recorded.seq})`
          : `the ${plural(recorded.rows, this.spec.table)} recorded by audit event ${recorded.seq} (${this.range(recorded)}) are missing from the table`,
      );
    }
    this.expected.clear();
  }

  private close(): void {
    const recorded = this.recorded;
    const digester = this.digester;
    this.recorded = undefined;
    this.digester = null;
    if (recorded === undefined || digester === null) return;
    const now = digester.result();
    if (now.rows !== recorded.rows) {
      this.problems.push(
        `audit event ${recorded.seq} recorded ${plural(recorded.rows, this.spec.table)} (${this.range(recorded)}), ` +
          `but the table holds ${now.rows} naming it (${this.range(now)}): rows were ${now.rows < recorded.rows ? 'deleted' : 'added'} outside the app`,
      );
    } else if (now.sha256 !== recorded.sha256) {
      this.problems.push(
        recorded.rows === 1
          ? `${this.name(recorded.first)} has been changed since audit event ${recorded.seq} recorded it: the row no longer matches the SHA-256 the event recorded`
          : `the ${plural(recorded.rows, this.spec.table)} recorded by audit event ${recorded.seq} (${this.range(recorded)}) ` +
              'no longer match the SHA-256 the event recorded: at least one was changed outside the app',
      );
    }
  }

  private name(key: readonly Json[]): string {
    return this.spec.describe(keyRow(this.spec, key));
  }

  private range(d: RowDigest): string {
    return d.rows === 1 ? this.name(d.first) : `${this.name(d.first)} to ${this.name(d.last)}`;
  }
}
