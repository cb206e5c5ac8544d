// Replay of compact events (format 4): an event that records a digest of the rows it wrote, not the
// rows. The table is read in (audit_seq, key) order, so the rows naming one event arrive together
// and in key order; their digest is recomputed exactly as the event's was (row-digest.ts) and
// compared with what the event recorded. A changed, deleted or added row changes the count or the
// SHA-256; a row that names an event recording no rows of its table has no audit event.

import type { Json } from '../canonical-json';
import { canonicalRowLine, fingerprint, keyRow, RowDigester, type RowDigest } from '../row-digest';
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
  const fingerprints = record['fingerprints'];
  if (fingerprints === undefined) return { seq, rows, sha256, first, last };
  if (typeof fingerprints !== 'string' || fingerprints.length !== rows * 8 || !/^[0-9a-f]*$/.test(fingerprints)) return null;
  return { seq, rows, sha256, first, last, fingerprints };
}

function plural(n: number, table: string): string {
  return n === 1 ? `1 ${table} row` : `${n} ${table} rows`;
}

/** Checks the rows of one table that name an event, group by group, as they stream past. */
export class DigestGroups {
  private seq: number | null = null;
  private recorded: RecordedDigest | undefined;
  private digester: RowDigester | null = null;
  /** Groups that no longer match and recorded fingerprints: their rows are looked at again at the end. */
  private readonly toLocate: RecordedDigest[] = [];

  constructor(
    private readonly spec: TableSpec,
    /** The digests the events recorded for this table, by seq; each is taken out once seen. */
    private readonly expected: Map<number, RecordedDigest>,
    private readonly problems: string[],
    /** The table's rows naming one event, in key order (read again only for a group that fails). */
    private readonly rowsOf: (seq: number) => Iterable<SqlRow>,
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

  /** After the last row (and the table's iteration): rows of failed groups named, missing groups reported. */
  finish(): void {
    this.close();
    for (const recorded of this.toLocate) this.locate(recorded);
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
    if (now.rows !== recorded.rows || now.sha256 !== recorded.sha256) {
      if (recorded.fingerprints !== undefined) this.toLocate.push(recorded);
    }
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

  /**
   * Names the rows of a failed group that match none the event recorded (by their fingerprints):
   * the holder whose row was changed, or the one slipped in. A deleted row has no key left to name;
   * the group's sentence already counts it.
   */
  private locate(recorded: RecordedDigest): void {
    const unmatched = new Map<string, number>();
    const prints = recorded.fingerprints ?? '';
    for (let i = 0; i < prints.length; i += 8) {
      const print = prints.slice(i, i + 8);
      unmatched.set(print, (unmatched.get(print) ?? 0) + 1);
    }
    const strangers: string[] = [];
    for (const row of this.rowsOf(recorded.seq)) {
      const print = fingerprint(canonicalRowLine(this.spec, row));
      const left = unmatched.get(print) ?? 0;
      if (left > 0) unmatched.set(print, left - 1);
      else strangers.push(this.spec.describe(keyRow(this.spec, this.spec.key.map((c) => (row[c] ?? null) as Json))));
    }
    for (const name of strangers) {
      this.problems.push(`${name}: its row matches none of the rows audit event ${recorded.seq} recorded (changed or added outside the app)`);
    }
  }

  private name(key: readonly Json[]): string {
    return this.spec.describe(keyRow(this.spec, key));
  }

  private range(d: RowDigest): string {
    return d.rows === 1 ? this.name(d.first) : `${this.name(d.first)} to ${this.name(d.last)}`;
  }
}
