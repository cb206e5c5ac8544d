// The receipt-time table through the command line: `offer-desk log --received TEXT` on a real
// ledger accepts exactly what core accepts and records exactly the instant core reads, and a
// refusal changes nothing. Also: paper received before the offer commenced is refused.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readInstantInput } from '../../main/core/time';
import { RECEIPT_TIMES, RECEIPT_ZONE } from '../fixtures/receipt-times';
import { alphaSession, everyRow, type CliSession, type DocumentJson } from './cli-helpers';

const MINUTE = 60_000;

/** The receipt time of the newest document as the ledger file holds it (canonical UTC, to the millisecond). */
function savedReceipt(ledger: string): string {
  const db = new Database(ledger, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT received_at FROM documents ORDER BY id DESC LIMIT 1').get() as { received_at: string } | undefined;
    return row?.received_at ?? '';
  } finally {
    db.close();
  }
}

function logNotice(s: CliSession, received: string) {
  return s.cli('log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'fax', '--received', received);
}

describe('offer-desk log reads the receipt-time table exactly as core does', () => {
  it('accepts the same strings, records the same instants, and refuses the rest with core’s words, changing nothing', () => {
    // Alpha (America/New_York), its clock inside the offer period; each accepted paper is logged
    // a minute after it arrived, in order of arrival, so none is "in the future".
    const s = alphaSession('2003-03-01T15:00:00.000Z');
    const byArrival = [...RECEIPT_TIMES].sort((a, b) => (a.instant ?? '').localeCompare(b.instant ?? ''));
    let logged = 0;
    for (const c of byArrival) {
      const core = readInstantInput(c.typed, RECEIPT_ZONE);
      if (c.instant !== null) s.clock.set(new Date(Date.parse(c.instant) + MINUTE).toISOString());
      const before = everyRow(s.ledger);
      const r = logNotice(s, c.typed);
      if (core.ok) {
        expect(r.code, `${c.typed}: ${r.stderr}`).toBe(0);
        logged += 1;
        const docs = s.json<DocumentJson[]>('documents', s.ledger);
        expect(docs).toHaveLength(logged);
        // documents --json promises UTC to the second; the ledger row holds the whole instant.
        expect(docs.at(-1)?.received_at, c.typed).toBe(`${core.instant.slice(0, 19)}Z`);
        expect(savedReceipt(s.ledger), c.typed).toBe(core.instant);
        expect(core.instant).toBe(c.instant);
      } else {
        expect(r.code, c.typed).toBe(1);
        expect(r.stderr, c.typed).toContain(core.message);
        expect(c.instant).toBeNull();
        expect(everyRow(s.ledger), c.typed).toBe(before);
      }
    }
    expect(logged).toBe(RECEIPT_TIMES.filter((c) => c.instant !== null).length);
  });
});

describe('paper from before the offer commenced', () => {
  it('a document received eight days before the offer commenced (12:01 a.m. ET on 2003-02-28) is refused, naming the commencement', () => {
    const s = alphaSession('2003-03-01T15:00:00.000Z');
    const before = everyRow(s.ledger);
    const r = logNotice(s, '2003-02-20 10:00');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'The offer commenced 2003-02-28 00:01:00 ET; a document received 2003-02-20 10:00:00 ET cannot be an answer to it.',
    );
    expect(everyRow(s.ledger)).toBe(before);
  });

  it('one minute after 12:01 a.m. on the day it commenced is accepted; one second before it is not', () => {
    const s = alphaSession('2003-03-01T15:00:00.000Z');
    expect(logNotice(s, '2003-02-28 00:00:59').stderr).toContain('The offer commenced 2003-02-28 00:01:00 ET');
    expect(logNotice(s, '2003-02-28 00:01').code).toBe(0);
  });
});
