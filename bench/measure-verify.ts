// verify: `audit:verify` (the chain and the replay of every record), vs a bare walk of the audit
// log: every event read in order, its SHA-256 recomputed and its link to the previous one checked.
import { createHash } from 'node:crypto';
import { openLedgerReadOnly } from './bare-sqlite';
import type { BenchDesk } from './desk';
import { interleaved, log, timeFigure, timeSync, type Figure } from './stats';

const BASELINE = 'bare hash-chain walk: SELECT every audit event, SHA-256 each, check links';

interface EventRow {
  seq: number;
  at: string;
  operator: string;
  type: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

function bareChainWalk(ledgerPath: string): { ms: number; events: number } {
  const db = openLedgerReadOnly(ledgerPath);
  let events = 0;
  try {
    const ms = timeSync(() => {
      let prev = '0'.repeat(64);
      for (const row of db.prepare('SELECT seq, at, operator, type, payload, prev_hash, hash FROM audit_events ORDER BY seq').iterate() as IterableIterator<EventRow>) {
        JSON.parse(row.payload);
        const body = `{"at":${JSON.stringify(row.at)},"operator":${JSON.stringify(row.operator)},"payload":${row.payload},"seq":${row.seq},"type":${JSON.stringify(row.type)}}`;
        const hash = createHash('sha256').update(prev, 'utf8').update(body, 'utf8').digest('hex');
        if (row.prev_hash !== prev || hash !== row.hash) throw new Error(`bare chain walk: event ${row.seq} does not match`);
        prev = row.hash;
        events += 1;
      }
    });
    return { ms, events };
  } finally {
    db.close();
  }
}

export async function measureVerify(desk: BenchDesk, reps: number): Promise<Figure> {
  let events = 0;
  const result = await interleaved(
    reps,
    (rep) => {
      let ok = false;
      const ms = timeSync(() => {
        ok = desk.call('audit:verify', {}).ok;
      });
      if (!ok) throw new Error('audit:verify says the bench ledger is broken');
      log(`verify ${rep + 1}/${reps}: ${Math.round(ms)} ms`);
      return ms;
    },
    () => {
      const r = bareChainWalk(desk.ledgerPath);
      events = r.events;
      return r.ms;
    },
  );
  return timeFigure('verify', events, result.ours, result.bare, BASELINE);
}
