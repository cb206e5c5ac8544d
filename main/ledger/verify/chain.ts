// Walks the audit log in sequence order and checks that it is one unbroken chain: no missing
// numbers, each event linked to the one before, each event's hash matching its contents.
// Hands every readable payload on to the replay, so one pass over the log does both jobs.

import { eventHashOfText, GENESIS_HASH, type AuditEventRow } from '../audit';
import { parseJson, type Json } from '../canonical-json';

export interface ChainVisitor {
  (seq: number, payload: Json): void;
}

function missing(from: number, to: number): string {
  return from === to ? `audit event ${from} is missing` : `audit events ${from} to ${to} are missing`;
}

/** Returns the number of events read; problems are pushed as sentences. */
export function checkChain(rows: Iterable<AuditEventRow>, problems: string[], visit: ChainVisitor): number {
  let events = 0;
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let prevAt: string | null = null;
  for (const row of rows) {
    events += 1;
    if (row.seq !== prevSeq + 1) {
      // The link to the lost predecessor cannot be checked; the gap itself is the finding.
      problems.push(
        prevSeq === 0
          ? `${missing(1, row.seq - 1)} (the audit log starts at event ${row.seq})`
          : `${missing(prevSeq + 1, row.seq - 1)} (sequence jumps from ${prevSeq} to ${row.seq})`,
      );
    } else if (row.prev_hash !== prevHash) {
      problems.push(
        row.seq === 1
          ? 'audit event 1 does not start the chain: its prev_hash is not the genesis value (64 zeros)'
          : `audit event ${row.seq} does not follow audit event ${prevSeq}: its prev_hash is not that event's hash`,
      );
    }
    // Events are appended in time order, so a time earlier than the one before means the clock was
    // set back or the event was edited. Instants are fixed-width UTC text: text order is time order.
    if (prevAt !== null && row.at < prevAt) {
      problems.push(
        `audit event ${row.seq} (${row.type}) is dated ${row.at}, before audit event ${prevSeq} (${prevAt}): ` +
          "event times never go backwards, so the computer's clock was set back or the event's time was changed",
      );
    }
    prevSeq = row.seq;
    prevHash = row.hash;
    prevAt = row.at;

    let payload: Json;
    try {
      payload = parseJson(row.payload);
    } catch {
      problems.push(`audit event ${row.seq} (${row.type}) has a payload that is not JSON`);
      continue;
    }
    if (eventHashOfText(row.prev_hash, row.seq, row.at, row.operator, row.type, row.payload) !== row.hash) {
      problems.push(`audit event ${row.seq} (${row.type}) has been altered: its contents no longer match its hash`);
    }
    visit(row.seq, payload);
  }
  if (events === 0) problems.push('the audit log is empty (every ledger begins with an offer.created event)');
  return events;
}
