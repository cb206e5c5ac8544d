// Format 2 (letters, print runs, sent marks) on real files: a ledger written by the format-1 release
// is upgraded in one transaction that also records the upgrade in its audit trail; a failed or
// unrecorded upgrade leaves the file exactly as it was; the new tables refuse malformed facts even
// when written from outside the app.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { openLedger } from '../../main/ledger/ledger';
import { LATEST_FORMAT } from '../../main/ledger/migrations/index';
import { DESK, at, election, newLedger, peek, refused, tempDir, track } from './ledger-fixtures';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/format-1/', import.meta.url));
const OPENING = at('2003-04-02T13:00:00.000Z', 'upgrade.clerk');

/** A fresh copy of the ledger the format-1 release wrote (see test/fixtures/format-1/). */
function formatOneCopy() {
  const dir = tempDir();
  const path = join(dir, 'alpha.ledger');
  copyFileSync(join(FIXTURE_DIR, 'alpha.format-1.ledger-fixture'), path);
  copyFileSync(join(FIXTURE_DIR, 'alpha.format-1.key-fixture'), `${path}.key`);
  return { path, keyProvider: new FileKeyProvider(`${path}.key`) };
}

const format = (path: string) => peek<{ user_version: number }>(path, 'PRAGMA user_version')[0]?.user_version;
const tables = (path: string) =>
  peek<{ name: string }>(path, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map((t) => t.name);

describe('migration 0002: letters, print runs and sent marks', () => {
  it('the format-1 fixture really is what the previous release wrote', () => {
    const { path } = formatOneCopy();
    expect(format(path)).toBe(1);
    expect(tables(path)).not.toContain('letters');
    expect(peek<{ n: number }>(path, 'SELECT count(*) AS n FROM audit_events')[0]?.n).toBe(8);
  });

  it('a ledger from the previous release is upgraded on opening, keeps every record, and the upgrade is in its audit trail', () => {
    const { path, keyProvider } = formatOneCopy();
    const ledger = track(openLedger({ path, keyProvider, opening: OPENING }));
    expect(ledger.info().format).toBe(LATEST_FORMAT);
    expect(ledger.counts()).toMatchObject({ holders: 2, grants: 4, documents: 3, cures: 1, waivers: 1, letters: 0, printRuns: 0, sentMarks: 0, auditEvents: 9 });
    // ID numbers are still readable with the same key: nothing in the old tables was touched.
    expect(ledger.revealIdNumber('E1')).toBe('912-34-5678');
    expect(ledger.holder('E1')?.name).toBe('Zofia Łukasiewicz');
    const event = ledger.auditEvents().at(-1);
    expect(event).toMatchObject({ seq: 9, type: 'ledger.migrated', at: OPENING.at, operator: 'upgrade.clerk' });
    expect(event?.payload).toEqual({ detail: { from: 1, to: LATEST_FORMAT, steps: ['0002-letters', '0003-corrections', '0004-compact-events', '0005-settings-officer-optional', '0006-closing', '0007-fax-inbox'] }, rows: {} });
    expect(ledger.verify()).toEqual({ ok: true, events: 9, problems: [] });
    // The new tables work at once.
    const [letter] = ledger.addLetters(
      [{ documentId: 1, employeeId: 'E1', kind: 'confirmation', letterDate: '2003-04-02', input: { kind: 'confirmation', letterDate: '2003-04-02', document: { id: 1 }, holder: { employeeId: 'E1' } }, pdfSha256: 'c'.repeat(64), pages: 1 }],
      OPENING,
    );
    expect(letter?.id).toBe(1);
    ledger.close();
    // Opening again upgrades nothing and records nothing.
    const again = track(openLedger({ path, keyProvider, opening: at('2003-04-03T13:00:00.000Z') }));
    expect(again.auditEvents().filter((e) => e.type === 'ledger.migrated')).toHaveLength(1);
    expect(again.verify().ok).toBe(true);
  });

  it('an upgrade nobody can be named for is refused, and the old file is left byte-for-byte as it was', () => {
    const { path, keyProvider } = formatOneCopy();
    const before = readFileSync(path);
    const error = refused(() => openLedger({ path, keyProvider }), 'internal');
    expect(error.message).toMatch(/is in ledger format 1 and must be upgraded to format \d+; an upgrade is recorded in the audit trail/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('an upgrade that fails half way leaves the ledger at format 1 with none of the new tables and no upgrade event', () => {
    const { path, keyProvider } = formatOneCopy();
    // Someone else's table squats on a name the step needs: the step's third table fails to create
    // after the first two were made, and all of it must roll back.
    const db = new Database(path);
    db.exec('CREATE TABLE print_run_letters (x INTEGER)');
    db.close();
    refused(() => openLedger({ path, keyProvider, opening: OPENING }), 'not-a-ledger');
    expect(format(path)).toBe(1);
    expect(tables(path).filter((t) => ['letters', 'print_runs', 'confirmations_sent'].includes(t))).toEqual([]);
    expect(peek<{ n: number }>(path, "SELECT count(*) AS n FROM audit_events WHERE type = 'ledger.migrated'")[0]?.n).toBe(0);
  });

  describe('format 2 refuses malformed facts even when written from outside the app', () => {
    const sha = `'${'d'.repeat(64)}'`;
    const letterSql = (documentId: number, employeeId: string, kind: string, date: string, json: string) =>
      `INSERT INTO letters (document_id, employee_id, kind, letter_date, input_json, pdf_sha256, pages, produced_at, operator)
       VALUES (${documentId}, '${employeeId}', '${kind}', '${date}', '${json}', ${sha}, 1, '2003-03-21T14:00:00.000Z', 'x')`;
    const json = (id: number, employeeId: string, kind: string, date: string) =>
      JSON.stringify({ kind, letterDate: date, document: { id }, holder: { employeeId } });
    const sent = (letterId: number, sentOn: string, method = 'mail') =>
      `INSERT INTO confirmations_sent (document_id, letter_id, sent_on, method, recorded_at, operator) VALUES (1, ${letterId}, '${sentOn}', '${method}', '2003-03-25T14:00:00.000Z', 'x')`;
    it.each([
      ['a letter whose stored input names another document', letterSql(1, 'E001', 'confirmation', '2003-03-21', json(2, 'E001', 'confirmation', '2003-03-21'))],
      ['a letter whose stored input is for another holder', letterSql(1, 'E001', 'confirmation', '2003-03-21', json(1, 'E002', 'confirmation', '2003-03-21'))],
      ['a letter of a kind the desk does not send', letterSql(1, 'E001', 'reminder', '2003-03-21', json(1, 'E001', 'reminder', '2003-03-21'))],
      ['a letter to someone who did not send the document', letterSql(1, 'E002', 'confirmation', '2003-03-21', json(1, 'E002', 'confirmation', '2003-03-21'))],
      ['a letter whose input is not a JSON object', letterSql(1, 'E001', 'confirmation', '2003-03-21', '[1]')],
      ['a sent mark dated before its letter', sent(1, '2003-03-20')],
      ['a sent mark naming a courtesy notice', sent(2, '2003-03-22')],
      ['a sent mark by carrier pigeon', sent(1, '2003-03-22', 'pigeon')],
      ['a second sent mark for the same document', `${sent(1, '2003-03-22')}; ${sent(1, '2003-03-23')}`],
      ['a print run line naming no letter', "INSERT INTO print_runs (at, operator, purpose, pages, pdf_sha256) VALUES ('2003-03-21T14:00:00.000Z', 'x', 'print', 1, " + sha + '); INSERT INTO print_run_letters VALUES (1, 0, 99)'],
      ['editing a letter', "UPDATE letters SET pages = 2 WHERE id = 1"],
      ['deleting a letter', 'DELETE FROM letters WHERE id = 1'],
    ])('%s', (_what, sql) => {
      const fx = newLedger({ roster: true });
      fx.ledger.addDocument(election(), DESK);
      fx.ledger.addLetters(
        (['confirmation', 'irregularity'] as const).map((kind) => ({
          documentId: 1,
          employeeId: 'E001',
          kind,
          letterDate: '2003-03-21',
          input: { kind, letterDate: '2003-03-21', document: { id: 1 }, holder: { employeeId: 'E001' } },
          pdfSha256: 'e'.repeat(64),
          pages: 1,
        })),
        at('2003-03-21T14:00:00.000Z'),
      );
      fx.ledger.close();
      const db = new Database(fx.path);
      db.pragma('foreign_keys = ON');
      try {
        expect(() => db.exec(sql)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) }));
      } finally {
        db.close();
      }
    });
  });
});
