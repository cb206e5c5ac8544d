// Rebuilds, from the audit events alone, every row each table must hold, then compares with what
// the tables actually hold. Each difference becomes one sentence naming the record, the column,
// both values and the event, so a person can see what was changed outside the app.

import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Json } from '../canonical-json';
import { rowKey, type AuditRow, type SqlValue, type TableSpec, toAuditRow } from '../table-spec';
import { DigestGroups, readDigest, type RecordedDigest } from './digest-groups';

interface Expected {
  row: AuditRow;
  seq: number;
}

/** Longer strings (sealed ID numbers) are cut to their first 40 characters; a sha256 (64) is shown whole. */
const LONG = 64;
const SHOWN = 40;

/** A value as quoted in a sentence: strings in quotes, long hex cut short. */
function show(value: Json | undefined): string {
  if (value === undefined) return 'absent';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > LONG ? `${value.slice(0, SHOWN)}…` : value);
  }
  return JSON.stringify(value);
}

/**
 * Long text (a letter's stored input) would show as two identical 40-character openings; quote
 * instead the stretch where the table and the event part ways, so a person sees what was changed.
 */
function whereTextsDiffer(now: string, recorded: string): string {
  let i = 0;
  while (i < now.length && i < recorded.length && now[i] === recorded[i]) i += 1;
  const from = Math.max(0, i - 24);
  const excerpt = (text: string) => JSON.stringify(`${from > 0 ? '…' : ''}${text.slice(from, i + 28)}${text.length > i + 28 ? '…' : ''}`);
  return `from character ${i + 1}: ${excerpt(now)} in the table, ${excerpt(recorded)} in the event`;
}

function isRecord(value: Json): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Replay {
  private readonly specs: ReadonlyMap<string, TableSpec>;
  private readonly expected = new Map<string, Map<string, Expected>>();
  /** Format 4: the digests events recorded, by table and seq. */
  private readonly digests = new Map<string, Map<number, RecordedDigest>>();
  private readonly problems: string[];

  constructor(specs: readonly TableSpec[], problems: string[]) {
    this.specs = new Map(specs.map((s) => [s.table, s]));
    for (const spec of specs) this.expected.set(spec.table, new Map());
    for (const spec of specs) if (spec.digested) this.digests.set(spec.table, new Map());
    this.problems = problems;
  }

  /** Takes in the rows one event says it wrote, in full or (format 4) as digests. */
  add(seq: number, payload: Json): void {
    const rows = isRecord(payload) ? payload['rows'] : undefined;
    if (rows === undefined || !isRecord(rows)) {
      this.problems.push(`audit event ${seq} has a payload the ledger did not write (it lists no rows)`);
      return;
    }
    const digests = isRecord(payload) ? payload['digests'] : undefined;
    if (digests !== undefined) this.addDigests(seq, digests);
    for (const [table, list] of Object.entries(rows)) {
      const spec = this.specs.get(table);
      const expected = this.expected.get(table);
      if (spec === undefined || expected === undefined) {
        this.problems.push(`audit event ${seq} records rows of a table this ledger does not have ("${table}")`);
        continue;
      }
      if (!Array.isArray(list)) {
        this.problems.push(`audit event ${seq} has a malformed list of ${table} rows`);
        continue;
      }
      for (const item of list as readonly Json[]) {
        if (!isRecord(item)) {
          this.problems.push(`audit event ${seq} has a malformed ${table} row`);
          continue;
        }
        const row = spec.addedLater !== undefined && spec.columns.some((c) => item[c] === undefined) ? { ...spec.addedLater(item), ...item } : item;
        const key = rowKey(spec, row);
        const earlier = expected.get(key);
        if (earlier !== undefined) {
          this.problems.push(
            `${spec.describe(row)} is recorded twice: by audit event ${earlier.seq} and again by audit event ${seq}`,
          );
          continue;
        }
        expected.set(key, { row, seq });
      }
    }
  }

  private addDigests(seq: number, digests: Json): void {
    if (!isRecord(digests)) {
      this.problems.push(`audit event ${seq} has a malformed list of digests`);
      return;
    }
    for (const [table, value] of Object.entries(digests)) {
      const byTable = this.digests.get(table);
      const digest = readDigest(seq, value);
      if (byTable === undefined) {
        this.problems.push(`audit event ${seq} records a digest of rows of a table that is not recorded that way ("${table}")`);
      } else if (digest === null) {
        this.problems.push(`audit event ${seq} has a malformed digest of ${table} rows`);
      } else {
        byTable.set(seq, digest);
      }
    }
  }

  /** Compares one table with what the events say; streams the table so memory stays flat. */
  compare(db: Database.Database, spec: TableSpec): void {
    const expected = this.expected.get(spec.table) ?? new Map<string, Expected>();
    const digested = this.digests.get(spec.table);
    // Rows naming a compact event (audit_seq) come grouped by event; older rows (NULL) first.
    const rowsOf = (seq: number) =>
      db.prepare(`SELECT ${spec.columns.join(', ')} FROM ${spec.table} WHERE audit_seq = ? ORDER BY ${spec.key.join(', ')}`).iterate(seq) as IterableIterator<Record<string, SqlValue>>;
    const groups = digested === undefined ? null : new DigestGroups(spec, digested, this.problems, rowsOf);
    const select = [...spec.columns, ...(spec.digest === undefined ? [] : [spec.digest.content]), ...(groups === null ? [] : ['audit_seq'])];
    const order = groups === null ? spec.key.join(', ') : ['audit_seq', ...spec.key].join(', ');
    let rows: IterableIterator<unknown>;
    try {
      rows = db.prepare(`SELECT ${select.join(', ')} FROM ${spec.table} ORDER BY ${order}`).iterate();
    } catch (e) {
      this.problems.push(`table ${spec.table} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    for (const raw of rows) {
      const stored = raw as Record<string, SqlValue>;
      const seq = stored['audit_seq'];
      if (groups !== null && typeof seq === 'number') {
        groups.add(seq, stored);
        continue;
      }
      const actual = toAuditRow(spec, stored);
      const key = rowKey(spec, actual);
      const entry = expected.get(key);
      if (entry === undefined) {
        this.problems.push(`${spec.describe(actual)} in the table has no audit event`);
        continue;
      }
      expected.delete(key);
      this.compareRow(spec, actual, entry);
      if (spec.digest !== undefined) this.compareDigest(spec, actual, stored[spec.digest.content] ?? null, entry);
    }
    groups?.finish();
    for (const entry of expected.values()) {
      this.problems.push(`${spec.describe(entry.row)} is missing from the table (recorded by audit event ${entry.seq})`);
    }
  }

  private compareRow(spec: TableSpec, actual: AuditRow, entry: Expected): void {
    const name = spec.describe(actual);
    for (const column of spec.columns) {
      const recorded = entry.row[column];
      if (recorded === undefined) {
        this.problems.push(`${name}: audit event ${entry.seq} does not record its ${column}`);
      } else if (actual[column] !== recorded) {
        const now = actual[column];
        const longText = typeof now === 'string' && typeof recorded === 'string' && (now.length > LONG || recorded.length > LONG);
        this.problems.push(
          longText && !spec.blobColumns.includes(column)
            ? `${name}: ${column} differs from audit event ${entry.seq} ${whereTextsDiffer(now, recorded)}`
            : `${name}: ${column} is ${show(now)} in the table but ${show(recorded)} in audit event ${entry.seq}`,
        );
      }
    }
  }

  private compareDigest(spec: TableSpec, actual: AuditRow, content: SqlValue, entry: Expected): void {
    if (spec.digest === undefined) return;
    const recorded = entry.row[spec.digest.sha256];
    const now = Buffer.isBuffer(content) ? createHash('sha256').update(content).digest('hex') : null;
    if (now !== recorded) {
      this.problems.push(
        `${spec.describe(actual)}: its ${spec.digest.content} no longer match the sha256 recorded in audit event ${entry.seq} ` +
          `(recorded ${show(recorded)}, the stored ${spec.digest.content} hash to ${show(now)})`,
      );
    }
  }
}
