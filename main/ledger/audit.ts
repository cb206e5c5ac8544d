// The audit chain: every change to the ledger appends one event in the same transaction as the
// rows it writes. Each event carries the rows written — in full, or (format 4, for holders, grants
// and documents) as a digest of rows that name the event in their `audit_seq`, see row-digest.ts —
// and is linked to its predecessor:
//
//   hash = SHA-256( prev_hash + canonicalJson({ seq, at, operator, type, payload }) )   (hex)
//
// with prev_hash of event 1 = 64 zeros. Editing, deleting or reordering any event breaks the chain
// from that point on, and verify() replays the payloads to prove the tables hold what the events
// say. What the chain cannot detect by itself: someone who deletes the LAST events together with
// the rows they recorded leaves a shorter chain that is perfectly consistent. Catching that needs
// the head (seq and hash, see `head()`) anchored outside the file: verify(anchors) does that.

import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { canonicalJson, parseJson, type Json } from './canonical-json';
import type { AuditEvent, AuditHead, WriteContext } from './ledger';
import type { AuditEventType } from './vocabulary';
import { digestJson, type RowDigests } from './row-digest';
import type { AuditRows } from './table-spec';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  operator: string;
  type: string;
  payload: Json;
}

export function eventHash(prevHash: string, fields: ChainFields): string {
  return eventHashOfText(prevHash, fields.seq, fields.at, fields.operator, fields.type, canonicalJson(fields.payload));
}

/**
 * The same hash from the payload's stored text. The ledger only ever stores canonical payload
 * text, so this equals eventHash(); a payload re-spelled by anyone else (even to an equivalent
 * JSON value) no longer matches, which is right: the stored bytes were changed.
 * The key order below (at, operator, payload, seq, type) is the canonical (sorted) order.
 */
export function eventHashOfText(
  prevHash: string,
  seq: number,
  at: string,
  operator: string,
  type: string,
  payloadText: string,
): string {
  const body = `{"at":${JSON.stringify(at)},"operator":${JSON.stringify(operator)},"payload":${payloadText},"seq":${canonicalJson(seq)},"type":${JSON.stringify(type)}}`;
  return createHash('sha256').update(prevHash, 'utf8').update(body, 'utf8').digest('hex');
}

/** An audit_events row as stored. */
export interface AuditEventRow {
  seq: number;
  at: string;
  operator: string;
  type: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    operator: row.operator,
    type: row.type,
    payload: parseJson(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type AuditStore = ReturnType<typeof auditStore>;

export function auditStore(db: Database.Database) {
  const headStmt = db.prepare<[], AuditHead>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const insertStmt = db.prepare<AuditEventRow>(
    `INSERT INTO audit_events (seq, at, operator, type, payload, prev_hash, hash)
     VALUES (@seq, @at, @operator, @type, @payload, @prev_hash, @hash)`,
  );
  const pageStmt = db.prepare<[number, number], AuditEventRow>(
    'SELECT seq, at, operator, type, payload, prev_hash, hash FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const allStmt = db.prepare<[], AuditEventRow>(
    'SELECT seq, at, operator, type, payload, prev_hash, hash FROM audit_events ORDER BY seq',
  );
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_events');
  const lastAtStmt = db.prepare<[], { at: string }>('SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1');
  // Only the kind column, by the primary key's range: cheap however large the payloads are.
  const typesStmt = db.prepare<[number, number], { type: string }>('SELECT type FROM audit_events WHERE seq > ? AND seq <= ? ORDER BY seq');

  function head(): AuditHead {
    return headStmt.get() ?? { seq: 0, hash: GENESIS_HASH };
  }

  return {
    head,

    /**
     * The seq the next event will take, for rows that must name their event (`audit_seq`) before
     * it is appended. Inside the write transaction, so no other writer can take it first.
     */
    nextSeq(): number {
      if (!db.inTransaction) throw new OfferDeskError('internal', 'an audit event must be written inside a transaction');
      return head().seq + 1;
    },

    /**
     * Appends one event. Must run inside the transaction that wrote `rows`: the head read here
     * and the insert are then one atomic step, so two changes can never claim the same seq.
     * `digests`: the rows written with `audit_seq` = this event's seq, recorded compactly; the
     * event must then be the `expectedSeq` they were written for.
     */
    append(
      type: AuditEventType,
      rows: AuditRows,
      ctx: WriteContext,
      detail?: Json,
      digests?: { seq: number; tables: RowDigests },
    ): AuditHead {
      if (!db.inTransaction) throw new OfferDeskError('internal', 'an audit event must be written inside a transaction');
      const previous = head();
      const seq = previous.seq + 1;
      if (digests !== undefined && digests.seq !== seq) {
        throw new OfferDeskError('internal', `rows were written for audit event ${digests.seq}, but the next event is ${seq}`);
      }
      // `detail` carries facts that are not table rows (e.g. the formats of an upgrade); replay
      // reads `rows` and `digests`, and the hash covers all three.
      const payload: Record<string, Json> = { rows };
      if (detail !== undefined) payload['detail'] = detail;
      if (digests !== undefined) {
        payload['digests'] = Object.fromEntries(Object.entries(digests.tables).map(([table, d]) => [table, digestJson(d)]));
      }
      const payloadText = canonicalJson(payload);
      // Event times never go backwards (verify checks it). A write whose time was taken before it
      // got the write lock (another desk committed in between, or a long letter job) is committed
      // after the event before it, so that event's time is the truthful floor for its own.
      const lastAt = lastAtStmt.get()?.at;
      const at = lastAt !== undefined && ctx.at < lastAt ? lastAt : ctx.at;
      const row: AuditEventRow = {
        seq,
        at,
        operator: ctx.operator,
        type,
        payload: payloadText,
        prev_hash: previous.hash,
        hash: eventHashOfText(previous.hash, seq, at, ctx.operator, type, payloadText),
      };
      insertStmt.run(row);
      return { seq, hash: row.hash };
    },

    /** The kinds of the events after `afterSeq` up to `throughSeq`, in order. */
    typesBetween(afterSeq: number, throughSeq: number): string[] {
      return typesStmt.all(afterSeq, throughSeq).map((r) => r.type);
    },

    page(afterSeq: number, limit: number): AuditEvent[] {
      return pageStmt.all(afterSeq, limit).map(toAuditEvent);
    },

    /** Streams every event as stored, for verify(); no parsing, so verify can judge the raw text. */
    iterateRows(): IterableIterator<AuditEventRow> {
      return allStmt.iterate();
    },

    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
