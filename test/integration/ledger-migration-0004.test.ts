// Format 4 (compact audit events) on real files: a format-3 ledger — the format-1 release's fixture
// upgraded by formats 2 and 3's own steps, then given a holder imported the way format 3 did it —
// upgrades on opening without rewriting one byte of its audit chain; its old records stay proven by
// their old events (and still named with their original values when changed), while records written
// after the upgrade are proven by digests.

import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditStore } from '../../main/ledger/audit';
import { configure } from '../../main/ledger/connection';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { openLedger } from '../../main/ledger/ledger';
import { LATEST_FORMAT, MIGRATIONS } from '../../main/ledger/migrations/index';
import { migrate } from '../../main/ledger/migrations/run';
import { DESK, at, election, peek, tamper, tempDir, track } from './ledger-fixtures';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/format-1/', import.meta.url));
const FORMAT_3 = at('2003-04-02T13:00:00.000Z', 'format3.clerk');
const OPENING = at('2003-04-03T13:00:00.000Z', 'upgrade.clerk');
const LATER = at('2003-04-03T14:00:00.000Z', 'setup');

/** The format-1 fixture upgraded to format 3 by those formats' own steps, plus holder E9 imported as format 3 did (full rows). */
function formatThreeLedger() {
  const dir = tempDir();
  const path = join(dir, 'alpha.ledger');
  copyFileSync(join(FIXTURE_DIR, 'alpha.format-1.ledger-fixture'), path);
  copyFileSync(join(FIXTURE_DIR, 'alpha.format-1.key-fixture'), `${path}.key`);
  const db = new Database(path);
  try {
    configure(db);
    const audit = auditStore(db);
    migrate(db, MIGRATIONS.slice(0, 3), (from, to) => {
      audit.append('ledger.migrated', {}, FORMAT_3, { from, to, steps: ['0002-letters', '0003-corrections'] });
    });
    db.transaction(() => {
      const holder = { employee_id: 'E9', name: 'Nuño Ibáñez', email: '', address: '9 Bridge Street', id_number_enc: randomBytes(44), id_last4: '0009' };
      const grant = { grant_id: 'G9', employee_id: 'E9', plan: '1994', grant_date: '2001-01-01', exercise_price: '1.0000', shares: 90 };
      db.prepare('INSERT INTO holders (employee_id, name, email, address, id_number_enc, id_last4) VALUES (@employee_id, @name, @email, @address, @id_number_enc, @id_last4)').run(holder);
      db.prepare('INSERT INTO grants (grant_id, employee_id, plan, grant_date, exercise_price, shares) VALUES (@grant_id, @employee_id, @plan, @grant_date, @exercise_price, @shares)').run(grant);
      audit.append('holder.imported', { holders: [{ ...holder, id_number_enc: holder.id_number_enc.toString('hex') }], grants: [grant] }, FORMAT_3);
    }).immediate();
  } finally {
    db.close();
  }
  return { path, keyProvider: new FileKeyProvider(`${path}.key`) };
}

const format = (path: string) => peek<{ user_version: number }>(path, 'PRAGMA user_version')[0]?.user_version;
const chain = (path: string) => peek<Record<string, unknown>>(path, 'SELECT * FROM audit_events ORDER BY seq');

describe('migration 0004: compact audit events', () => {
  it('a format-3 ledger upgrades and verifies: every old event keeps its payload and hash, and the upgrade is recorded', () => {
    const { path, keyProvider } = formatThreeLedger();
    expect(format(path)).toBe(3);
    const before = chain(path);
    expect(before).toHaveLength(10);
    const ledger = track(openLedger({ path, keyProvider, opening: OPENING }));
    expect(ledger.info().format).toBe(LATEST_FORMAT);
    expect(chain(path).slice(0, 10)).toEqual(before);
    expect(ledger.auditEvents().at(-1)).toMatchObject({ seq: 11, type: 'ledger.migrated', payload: { detail: { from: 3, to: LATEST_FORMAT, steps: ['0004-compact-events', '0005-settings-officer-optional', '0006-closing', '0007-fax-inbox'] }, rows: {} } });
    expect(ledger.verify()).toEqual({ ok: true, events: 11, problems: [] });
    // Old rows name no compact event: their old events hold them in full.
    expect(peek(path, 'SELECT employee_id, audit_seq FROM holders ORDER BY employee_id')).toEqual([
      { employee_id: 'E1', audit_seq: null },
      { employee_id: 'E2', audit_seq: null },
      { employee_id: 'E9', audit_seq: null },
    ]);
    expect(peek<{ n: number }>(path, 'SELECT count(*) AS n FROM documents WHERE audit_seq IS NOT NULL')[0]?.n).toBe(0);
  });

  it('after the upgrade new records are proven by digests and old ones by their full rows, and verify replays both', () => {
    const { path, keyProvider } = formatThreeLedger();
    const ledger = track(openLedger({ path, keyProvider, opening: OPENING }));
    ledger.importRoster(
      [{ employeeId: 'E10', name: 'Inès Lefèvre', email: '', address: '10 Main Street', idNumber: '555-10-1010' }],
      [{ grantId: 'G10', employeeId: 'E10', plan: '1994', grantDate: '2001-02-01', exercisePrice: '2.5000', shares: 100 }],
      LATER,
    );
    ledger.addDocument(election({ employeeId: 'E10', signedBy: 'Inès Lefèvre', tenders: [{ grantId: 'G10', shares: 100 }] }), DESK);
    expect(ledger.auditEvents({ afterSeq: 11 }).map((e) => [e.seq, e.type])).toEqual([
      [12, 'roster.imported'],
      [13, 'document.recorded'],
    ]);
    expect(ledger.verify()).toEqual({ ok: true, events: 13, problems: [] });
    expect(peek(path, "SELECT audit_seq FROM holders WHERE employee_id = 'E10'")).toEqual([{ audit_seq: 12 }]);
  });

  it('an old record changed after the upgrade is still named with its original value from its old event; a new one by its digest', () => {
    const { path, keyProvider } = formatThreeLedger();
    const ledger = track(openLedger({ path, keyProvider, opening: OPENING }));
    ledger.importRoster([{ employeeId: 'E10', name: 'Inès Lefèvre', email: '', address: '10 Main Street', idNumber: '555-10-1010' }], [], LATER);
    ledger.close();
    tamper(path, "UPDATE holders SET name = 'Mallory' WHERE employee_id IN ('E9', 'E10')");
    const problems = track(openLedger({ path, keyProvider })).verify().problems.filter((p) => !p.startsWith('the safeguard '));
    expect(problems).toEqual([
      'holder E9: name is "Mallory" in the table but "Nuño Ibáñez" in audit event 10',
      'holder E10 has been changed since audit event 12 recorded it: the row no longer matches the SHA-256 the event recorded',
    ]);
  });

  it('an upgrade that fails half way leaves the ledger at format 3, its chain untouched', () => {
    const { path, keyProvider } = formatThreeLedger();
    const before = chain(path);
    // The real step, then a failure before the transaction commits: nothing of it may remain.
    const db = new Database(path);
    try {
      expect(() =>
        migrate(db, [...MIGRATIONS.slice(0, 3), { version: 4, name: 'broken', up: (d) => { MIGRATIONS[3]!.up(d); d.exec('SELECT no_such_function()'); } }]),
      ).toThrow();
    } finally {
      db.close();
    }
    expect(format(path)).toBe(3);
    expect(chain(path)).toEqual(before);
    expect(peek<{ name: string }>(path, "SELECT name FROM pragma_table_info('holders') WHERE name = 'audit_seq'")).toEqual([]);
    expect(track(openLedger({ path, keyProvider, opening: OPENING })).verify().ok).toBe(true);
  });
});
