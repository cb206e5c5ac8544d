// Format 3 (voids, corrections, paper not on the roster, extensions after the fact) on real files:
// a format-2 ledger holding a record of every kind (made from the format-1 release's fixture, then
// upgraded and given letters, a printing, a sent mark and an extension exactly as format 2 wrote
// them) is upgraded in one transaction; every record and the audit chain come through intact and
// verifying, ids are never reused, and the rebuilt tables keep their append-only guards and CHECKs.

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
import { at, peek, refused, tamper, tempDir, track } from './ledger-fixtures';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/format-1/', import.meta.url));
const OPENING = at('2003-04-03T13:00:00.000Z', 'upgrade.clerk');
const FORMAT_2 = at('2003-04-02T13:00:00.000Z', 'format2.clerk');

const LETTER_INPUT = JSON.stringify({ document: { id: 3 }, holder: { employeeId: 'E1' }, kind: 'late-delivery', letterDate: '2003-04-02' });

/** The format-1 fixture upgraded to format 2 by format 2's own step, then given format-2 records as format 2 wrote them. */
function formatTwoLedger() {
  const dir = tempDir();
  const path = join(dir, 'alpha.ledger');
  copyFileSync(join(FIXTURE_DIR, 'alpha.format-1.ledger-fixture'), path);
  copyFileSync(join(FIXTURE_DIR, 'alpha.format-1.key-fixture'), `${path}.key`);
  const db = new Database(path);
  try {
    configure(db);
    const audit = auditStore(db);
    migrate(db, MIGRATIONS.slice(0, 2), (from, to) => {
      audit.append('ledger.migrated', {}, FORMAT_2, { from, to, steps: ['0002-letters'] });
    });
    db.transaction(() => {
      const letter = { id: 1, document_id: 3, employee_id: 'E1', kind: 'late-delivery', letter_date: '2003-04-02', input_json: LETTER_INPUT, pdf_sha256: 'a'.repeat(64), pages: 1, produced_at: FORMAT_2.at, operator: FORMAT_2.operator };
      db.prepare('INSERT INTO letters (id, document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator) VALUES (@id, @document_id, @employee_id, @kind, @letter_date, @input_json, @pdf_sha256, @pages, @produced_at, @operator)').run(letter);
      audit.append('letter.produced', { letters: [letter] }, FORMAT_2);
      const run = { id: 1, at: FORMAT_2.at, operator: FORMAT_2.operator, purpose: 'print', pages: 1, pdf_sha256: 'b'.repeat(64) };
      const line = { print_run_id: 1, position: 0, letter_id: 1 };
      db.prepare('INSERT INTO print_runs (id, at, operator, purpose, pages, pdf_sha256) VALUES (@id, @at, @operator, @purpose, @pages, @pdf_sha256)').run(run);
      db.prepare('INSERT INTO print_run_letters (print_run_id, position, letter_id) VALUES (@print_run_id, @position, @letter_id)').run(line);
      audit.append('print-run.recorded', { print_runs: [run], print_run_letters: [line] }, FORMAT_2);
      const mark = { document_id: 3, letter_id: 1, sent_on: '2003-04-02', method: 'mail', recorded_at: FORMAT_2.at, operator: FORMAT_2.operator };
      db.prepare('INSERT INTO confirmations_sent (document_id, letter_id, sent_on, method, recorded_at, operator) VALUES (@document_id, @letter_id, @sent_on, @method, @recorded_at, @operator)').run(mark);
      audit.append('confirmation.sent', { confirmations_sent: [mark] }, FORMAT_2);
      // An extension as formats 1 and 2 wrote it: one time for decided, announced and keyed.
      const ext = { id: 1, from_expires_at: '2003-03-31T22:00:00.000Z', to_expires_at: '2003-04-14T21:00:00.000Z', decided_at: FORMAT_2.at, operator: FORMAT_2.operator, reason: 'Board extended the offer', announced_late: 1 };
      db.prepare('INSERT INTO extensions (id, from_expires_at, to_expires_at, decided_at, operator, reason, announced_late) VALUES (@id, @from_expires_at, @to_expires_at, @decided_at, @operator, @reason, @announced_late)').run(ext);
      audit.append('extension.recorded', { extensions: [ext] }, FORMAT_2);
    }).immediate();
  } finally {
    db.close();
  }
  return { path, keyProvider: new FileKeyProvider(`${path}.key`) };
}

const format = (path: string) => peek<{ user_version: number }>(path, 'PRAGMA user_version')[0]?.user_version;

describe('migration 0003: corrections that keep the original', () => {
  it('a format-2 ledger is upgraded to format 3 with every record and the audit chain intact and verifying', () => {
    const { path, keyProvider } = formatTwoLedger();
    expect(format(path)).toBe(2);
    const ledger = track(openLedger({ path, keyProvider, opening: OPENING }));
    expect(ledger.info().format).toBe(LATEST_FORMAT);
    expect(ledger.counts()).toMatchObject({ holders: 2, grants: 4, documents: 3, cures: 1, waivers: 1, extensions: 1, letters: 1, printRuns: 1, sentMarks: 1, voids: 0, auditEvents: 14 });
    expect(ledger.auditEvents().at(-1)).toMatchObject({ seq: 14, type: 'ledger.migrated', payload: { detail: { from: 2, to: LATEST_FORMAT, steps: ['0003-corrections', '0004-compact-events', '0005-settings-officer-optional', '0006-closing', '0007-fax-inbox'] }, rows: {} } });
    expect(ledger.verify()).toEqual({ ok: true, events: 14, problems: [] });
    // The old rows, as they were, with the format-3 facts an older record implies.
    expect(ledger.document(1)).toMatchObject({ employeeId: 'E1', tenders: [{ grantId: 'A', shares: 1000 }, { grantId: 'B', shares: 500 }], nameAsWritten: null, corrects: null, voided: null });
    expect(ledger.extensions()[0]).toMatchObject({ decidedAt: FORMAT_2.at, announcedAt: FORMAT_2.at, recordedAt: FORMAT_2.at, afterTheFactReason: null, announcedLate: true, voided: null });
    expect(ledger.revealIdNumber('E1')).toBe('912-34-5678');
    expect(peek(path, 'PRAGMA foreign_key_check')).toEqual([]);
    // Ids are never handed out twice: the AUTOINCREMENT counters came across.
    expect(peek<{ name: string; seq: number }>(path, "SELECT name, seq FROM sqlite_sequence WHERE name IN ('documents', 'extensions', 'letters') ORDER BY name")).toEqual([
      { name: 'documents', seq: 3 },
      { name: 'extensions', seq: 1 },
      { name: 'letters', seq: 1 },
    ]);
    // Format 3 works at once on the old records, and every kind of void still verifies.
    ledger.voidDocument({ id: 3, reason: 'Keyed against E1 by mistake' }, at('2003-04-03T14:00:00.000Z'));
    ledger.voidExtension({ id: 1, reason: 'The board withdrew it' }, at('2003-04-03T14:01:00.000Z'));
    ledger.voidWaiver({ id: 1, reason: 'Granted on the wrong offer' }, at('2003-04-03T14:02:00.000Z'));
    const added = ledger.addDocument({ ...(ledger.document(2) as NonNullable<ReturnType<typeof ledger.document>>), keyedAt: '2003-04-03T14:03:00.000Z' }, at('2003-04-03T14:03:00.000Z'));
    expect(added.id).toBe(4);
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('the rebuilt tables keep their append-only guards and every CHECK', () => {
    const { path, keyProvider } = formatTwoLedger();
    track(openLedger({ path, keyProvider, opening: OPENING })).close();
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE documents SET kind = 'notice' WHERE id = 1").run()).toThrow(/documents is append-only/);
      expect(() => db.prepare('DELETE FROM extensions').run()).toThrow(/extensions is append-only/);
      expect(() => db.prepare('DELETE FROM letters').run()).toThrow(/letters is append-only/);
      expect(() => db.prepare("UPDATE document_tenders SET shares = 1").run()).toThrow(/document_tenders is append-only/);
      expect(() =>
        db.prepare("INSERT INTO documents (employee_id, kind, via, received_at, receipt_source, keyed_at, operator, signer_capacity, keyed_after_expiration) VALUES ('E1', 'letter', 'fax', '2003-03-20T15:00:00.000Z', 'fax-header', '2003-03-20T15:00:00.000Z', 'x', 'holder', 0)").run(),
      ).toThrow(/CHECK constraint failed/);
      expect(() =>
        db.prepare("INSERT INTO documents (employee_id, kind, via, received_at, receipt_source, keyed_at, operator, signer_capacity, keyed_after_expiration) VALUES ('E9', 'notice', 'fax', '2003-03-20T15:00:00.000Z', 'fax-header', '2003-03-20T15:00:00.000Z', 'x', 'holder', 0)").run(),
      ).toThrow(/names a holder on the roster/);
    } finally {
      db.close();
    }
  });

  it('foreign keys are off only around the upgrade: they are enforced again as soon as it is done', () => {
    const { path } = formatTwoLedger();
    const db = new Database(path);
    try {
      configure(db);
      migrate(db, MIGRATIONS, (from, to) => auditStore(db).append('ledger.migrated', {}, OPENING, { from, to, steps: ['0003-corrections'] }));
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() => db.prepare("INSERT INTO document_voids (document_id, reason, voided_at, operator) VALUES (99, 'x', '2003-04-03T13:00:00.000Z', 'x')").run()).toThrow(/FOREIGN KEY constraint failed/);
    } finally {
      db.close();
    }
  });

  it('an upgrade that would leave a reference dangling is rolled back whole: the ledger stays at format 2', () => {
    const { path, keyProvider } = formatTwoLedger();
    // A defect line naming a document that does not exist, written from outside the app.
    tamper(path, "INSERT INTO document_defects (document_id, position, defect) VALUES (99, 0, 'unsigned')");
    refused(() => openLedger({ path, keyProvider, opening: OPENING }), 'internal');
    expect(format(path)).toBe(2);
    expect(peek<{ name: string }>(path, "SELECT name FROM sqlite_schema WHERE name = 'document_voids'")).toEqual([]);
    expect(peek<{ n: number }>(path, 'SELECT count(*) AS n FROM audit_events')[0]?.n).toBe(13);
  });
});
