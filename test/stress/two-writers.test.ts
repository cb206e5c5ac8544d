// Two Offer Desks writing one ledger (two windows, or the window and the CLI). SQLite lets one
// writer at a time hold the lock; the other must wait its turn (SQLite's busy handler retries for
// the busy budget), and past the budget be refused in plain words with nothing written — never a
// raw "database is locked", never a lost document, never a forked audit chain.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentDraft } from '../../main/ipc/contract';
import { createHandlerTable, dispatch } from '../../main/ipc/handlers';
import { openLedger } from '../../main/ledger/ledger';
import { Desk } from '../../main/services/desk';
import { everyRow } from '../integration/cli-helpers';
import { bundleChildren, Child } from './support/child-process';
import { OPERATOR, RECORDER_HOLDERS, RECORDER_NOW, stressLedger, type StressLedger } from './support/offer';
import { integrityCheck, sleep } from './support/seed';

const dirs: string[] = [];
let scripts: { recorder: string; 'lock-holder': string };
beforeAll(async () => {
  const bundle = await bundleChildren('recorder', 'lock-holder');
  dirs.push(bundle.dir);
  scripts = bundle.scripts;
});
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function ledgerForTest(): StressLedger {
  const l = stressLedger('offer-desk-two-writers-');
  dirs.push(l.dir);
  return l;
}

function acksOf(child: Child): { id: number; note: string }[] {
  return child.lines.flatMap((line) => {
    const m = /^ack (\d+) (\S+)$/.exec(line);
    return m ? [{ id: Number(m[1]), note: m[2] as string }] : [];
  });
}

/** integrity_check, verify, and the audit sequence 1, 2, 3 … with no gap and no repeat. */
function expectSoundLedger(l: StressLedger): void {
  expect(integrityCheck(l.path)).toBe('ok');
  const ledger = openLedger({ path: l.path, keyProvider: l.keyProvider });
  try {
    expect(ledger.verify().problems).toEqual([]);
  } finally {
    ledger.close();
  }
  const db = new Database(l.path, { readonly: true, fileMustExist: true });
  try {
    const seqs = (db.prepare('SELECT seq FROM audit_events ORDER BY rowid').all() as { seq: number }[]).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  } finally {
    db.close();
  }
}

function notesOnRecord(l: StressLedger): Map<number, string | null> {
  const db = new Database(l.path, { readonly: true, fileMustExist: true });
  try {
    return new Map((db.prepare('SELECT id, late_keying_reason AS note FROM documents').all() as { id: number; note: string | null }[]).map((r) => [r.id, r.note]));
  } finally {
    db.close();
  }
}

const draft = () =>
  documentDraft.parse({
    employeeId: 'E2',
    kind: 'election',
    via: 'fax',
    receivedAt: RECORDER_NOW,
    tenders: RECORDER_HOLDERS[1].tenders,
    lateKeyingReason: 'keyed in this window',
  });

describe('two processes writing one ledger', () => {
  it('two desks recording 60 documents each at the same time lose none, and the audit chain stays one unforked line', async () => {
    const l = ledgerForTest();
    const a = new Child(scripts.recorder, [l.path, 'a', '60']);
    const b = new Child(scripts.recorder, [l.path, 'b', '60']);
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    expect({ a: ea.code, b: eb.code, out: [...a.lines, ...b.lines].filter((x) => !x.startsWith('ack')) }).toEqual({
      a: 0,
      b: 0,
      out: ['ready', 'done', 'ready', 'done'],
    });
    const acked = [...acksOf(a), ...acksOf(b)];
    expect(acked).toHaveLength(120);
    const notes = notesOnRecord(l);
    expect(notes.size).toBe(120);
    for (const ack of acked) expect(notes.get(ack.id)).toBe(ack.note);
    expectSoundLedger(l);
  }, 120_000);

  it('a write that finds another desk writing waits for it (SQLite retries the lock) and then lands after it', async () => {
    const l = ledgerForTest();
    const holder = new Child(scripts['lock-holder'], [l.path, 'first']);
    await holder.line((x) => x === 'locked');
    // The second desk's budget (10 s) is far longer than the hold, so it must wait, not fail.
    const waiter = new Child(scripts.recorder, [l.path, 'second', '1', '10000']);
    await waiter.line((x) => x === 'ready');
    await sleep(300);
    // Not a timing assumption: while the first desk holds the lock, the second cannot have committed.
    expect(acksOf(waiter)).toEqual([]);
    holder.send('commit');
    await waiter.line((x) => x === 'done');
    await holder.exited;
    const first = acksOf(holder)[0];
    const second = acksOf(waiter)[0];
    expect(first?.note).toBe('first');
    expect(second?.note).toBe('second#1');
    expect((second?.id ?? 0) > (first?.id ?? 0)).toBe(true);
    expectSoundLedger(l);
  }, 60_000);

  it('past the busy budget the write is refused in plain words ("Another Offer Desk is writing to this ledger") and changes nothing', async () => {
    const l = ledgerForTest();
    const holder = new Child(scripts['lock-holder'], [l.path, 'held']);
    await holder.line((x) => x === 'locked');
    const before = everyRow(l.path);

    // Another process (budget 200 ms) is refused, and says so.
    const other = new Child(scripts.recorder, [l.path, 'refused', '1', '200']);
    const { code } = await other.exited;
    expect(code).toBe(3);
    expect(other.lines.filter((x) => x !== 'ready')).toEqual([
      'refused ledger-busy Another Offer Desk is writing to this ledger; try again in a moment. Nothing was written.',
    ]);

    // The window of this process, through the same dispatch as Electron's: a typed refusal, not 'internal'.
    const ledger = openLedger({ path: l.path, keyProvider: l.keyProvider, busyTimeoutMs: 200 });
    const desk = new Desk(ledger, l.clock, OPERATOR);
    try {
      const table = createHandlerTable();
      const r = dispatch(table, { desk: () => desk }, 'intake:record', { draft: draft() });
      expect(r).toEqual({
        ok: false,
        error: { code: 'ledger-busy', message: 'Another Offer Desk is writing to this ledger; try again in a moment. Nothing was written.', details: [] },
      });
      expect(everyRow(l.path)).toBe(before);

      // Once the other desk lets go, the same call goes through.
      holder.send('rollback');
      await holder.line((x) => x === 'rolled-back');
      await holder.exited;
      expect(everyRow(l.path)).toBe(before);
      const again = dispatch(table, { desk: () => desk }, 'intake:record', { draft: draft() });
      expect(again.ok).toBe(true);
    } finally {
      desk.close();
    }
    expectSoundLedger(l);
  }, 60_000);
});
