// The audit trail: every change leaves one linked, hash-chained event in the same transaction as
// the record itself, and the records cannot be edited or deleted through SQLite either.

import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { OfferDeskError } from '../../main/core/errors';
import { DESK, GRANTS, ROSTER, at, election, expectRefusedAndUnchanged, ledgerWithOneOfEverything, newLedger, notice } from './ledger-fixtures';

/** An auditor's own canonical JSON (sorted keys, no spaces): the chain must be checkable without our code. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function busyLedger() {
  return ledgerWithOneOfEverything();
}

describe('the audit trail', () => {
  it('every change appends one event, numbered 1, 2, 3 … with the time and operator the caller gave', () => {
    const { ledger } = busyLedger();
    const events = ledger.auditEvents();
    expect(events.map((e) => e.type)).toEqual([
      'offer.created',
      'roster.imported',
      'roster.imported',
      'roster.imported',
      'document.recorded',
      'attachment.added',
      'cure.recorded',
      'waiver.granted',
      'extension.recorded',
      'document.recorded',
    ]);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.map((e) => e.at)).toEqual([
      '2003-02-27T14:00:00.000Z',
      '2003-02-28T14:00:00.000Z',
      '2003-02-28T14:00:00.000Z',
      '2003-02-28T14:00:00.000Z',
      DESK.at,
      DESK.at,
      '2003-03-21T15:00:00.000Z',
      '2003-03-22T15:00:00.000Z',
      '2003-04-01T12:00:00.000Z',
      '2003-04-02T12:00:00.000Z',
    ]);
    expect(ledger.auditHead()).toEqual({ seq: 10, hash: events[9]!.hash });
    expect(ledger.counts().auditEvents).toBe(10);
  });

  it('the chain can be recomputed by anyone: SHA-256 over the previous hash and the canonical event, starting from 64 zeros', () => {
    const { ledger } = busyLedger();
    let prev = '0'.repeat(64);
    for (const e of ledger.auditEvents()) {
      expect(e.prevHash).toBe(prev);
      const body = canonical({ seq: e.seq, at: e.at, operator: e.operator, type: e.type, payload: e.payload });
      expect(e.hash).toBe(createHash('sha256').update(prev + body).digest('hex'));
      prev = e.hash;
    }
  });

  it('a long trail can be read a page at a time', () => {
    const { ledger } = busyLedger();
    expect(ledger.auditEvents({ limit: 3 }).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(ledger.auditEvents({ afterSeq: 8 }).map((e) => e.seq)).toEqual([9, 10]);
    expect(ledger.auditEvents({ afterSeq: 4, limit: 2 }).map((e) => e.seq)).toEqual([5, 6]);
  });

  it('a clean ledger verifies', () => {
    const { ledger } = busyLedger();
    expect(ledger.verify()).toEqual({ ok: true, events: 10, problems: [] });
  });

  it.each([
    ['documents', "UPDATE documents SET received_at = '2003-03-20T14:00:00.000Z' WHERE id = 1"],
    ['documents', 'DELETE FROM documents WHERE id = 2'],
    ['holders', "UPDATE holders SET name = 'Someone Else' WHERE employee_id = 'E001'"],
    ['grants', 'UPDATE grants SET shares = 5 WHERE grant_id = \'G-101\''],
    ['document_tenders', 'DELETE FROM document_tenders'],
    ['attachments', "UPDATE attachments SET bytes = x'25504446'"],
    ['cures', 'DELETE FROM cures'],
    ['waivers', "UPDATE waivers SET reason = 'x'"],
    ['extensions', 'DELETE FROM extensions'],
    ['offer_settings', "UPDATE offer_settings SET company = 'Beta'"],
    ['meta', 'DELETE FROM meta'],
    ['audit_events', 'DELETE FROM audit_events WHERE seq = 10'],
    ['audit_events', "UPDATE audit_events SET operator = 'nobody' WHERE seq = 5"],
  ])('even through SQLite directly, %s cannot be edited or deleted (%s)', (table, sql) => {
    const fx = busyLedger();
    fx.ledger.close();
    const db = new Database(fx.path);
    try {
      expect(() => db.prepare(sql).run()).toThrow(`${table} is append-only`);
    } finally {
      db.close();
    }
    expect(fx.reopen().verify().ok).toBe(true);
  });
});

describe('one transaction per change', () => {
  it('a service can validate and write in one transaction: if it gives up, nothing it wrote remains', () => {
    const { ledger } = newLedger({ roster: true });
    expectRefusedAndUnchanged(
      ledger,
      () =>
        ledger.transaction(() => {
          ledger.addDocument(election(), DESK);
          ledger.addDocument(notice(), DESK);
          // What a service does when its check fails after it started writing.
          throw new OfferDeskError('invalid-input', 'the service changed its mind');
        }),
      'invalid-input',
    );
  });

  it('writes made together in one transaction are kept together, each with its own event', () => {
    const { ledger } = newLedger({ roster: true });
    const ids = ledger.transaction(() => [ledger.addDocument(election(), DESK).id, ledger.addDocument(notice(), DESK).id]);
    expect(ids).toEqual([1, 2]);
    expect(ledger.auditEvents({ afterSeq: 4 }).map((e) => e.type)).toEqual(['document.recorded', 'document.recorded']);
    expect(ledger.verify().ok).toBe(true);
  });

  it('a transaction cannot be asynchronous: nothing may be awaited while the ledger is locked', () => {
    const { ledger } = newLedger({ roster: true });
    const before = ledger.counts();
    expect(() => ledger.transaction(() => Promise.resolve(ledger.addDocument(election(), DESK)))).toThrow(/promise/i);
    expect(ledger.counts()).toEqual(before);
  });

  it('a bad row at the end of a roster means not even the rows before it are imported', () => {
    const { ledger } = newLedger();
    const broken = [...ROSTER.slice(0, 2), { ...ROSTER[2]!, address: 7 as unknown as string }];
    expectRefusedAndUnchanged(ledger, () => ledger.importRoster(broken, GRANTS, DESK), 'invalid-input');
    expect(ledger.holders()).toEqual([]);
  });
});
