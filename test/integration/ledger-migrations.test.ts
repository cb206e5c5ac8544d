// The ledger's file format: numbered steps applied in one transaction, and a ledger from a newer
// Offer Desk refused without a single byte of it changing.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../main/ledger/ledger';
import { LATEST_FORMAT, MIGRATIONS } from '../../main/ledger/migrations/index';
import type { Migration } from '../../main/ledger/migrations/migration';
import { migrate, readFormat } from '../../main/ledger/migrations/run';
import { DESK, election, newLedger, peek, refused, tempDir } from './ledger-fixtures';

function setFormat(path: string, version: number): void {
  const db = new Database(path);
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('ledger format and migrations', () => {
  it('a freshly created ledger is at the latest format this version knows', () => {
    const { path, ledger } = newLedger();
    expect(ledger.info().format).toBe(LATEST_FORMAT);
    ledger.close();
    expect(peek<{ user_version: number }>(path, 'PRAGMA user_version')[0]?.user_version).toBe(LATEST_FORMAT);
  });

  it('the steps are numbered 1, 2, 3 … with one file per step', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_FORMAT }, (_, i) => i + 1));
    const files = readdirSync(fileURLToPath(new URL('../../main/ledger/migrations', import.meta.url))).filter((f) => /^\d{4}-.+\.ts$/.test(f));
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('a ledger written by a newer Offer Desk is refused with a clear message and left byte-for-byte untouched', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    setFormat(fx.path, LATEST_FORMAT + 1);
    const before = readFileSync(fx.path);
    const error = refused(() => openLedger({ path: fx.path, keyProvider: fx.keyProvider }), 'ledger-too-new');
    expect(error.message).toBe(
      `This ledger was written by a newer version of Offer Desk (format ${LATEST_FORMAT + 1}; this version reads up to ${LATEST_FORMAT}). ` +
        'Open it with a newer Offer Desk.',
    );
    expect(readFileSync(fx.path).equals(before)).toBe(true);
    expect(existsSync(`${fx.path}-wal`)).toBe(false);
    expect(existsSync(`${fx.path}-shm`)).toBe(false);
  });

  it('a ledger file whose creation never completed (format 0) is not taken for a ledger', () => {
    const fx = newLedger();
    fx.ledger.close();
    setFormat(fx.path, 0);
    const error = refused(() => openLedger({ path: fx.path, keyProvider: fx.keyProvider }), 'not-a-ledger');
    expect(error.message).toContain('carries no ledger format');
  });

  describe('format 1 refuses malformed facts even when written from outside the app', () => {
    const doc = (receivedAt: string, keyedAt = '2003-03-20T15:10:00.000Z') =>
      `INSERT INTO documents (employee_id, kind, via, received_at, receipt_source, keyed_at, operator, signer_capacity, keyed_after_expiration)
       VALUES ('E001', 'election', 'fax', '${receivedAt}', 'fax-header', '${keyedAt}', 'x', 'holder', 0)`;
    it.each([
      ['a receipt time in local-time spelling', doc('2003-03-20 10:00:00')],
      ['a receipt time without milliseconds', doc('2003-03-20T15:00:00Z')],
      ['an impossible receipt date', doc('2003-02-30T15:00:00.000Z')],
      ['a receipt after keying', doc('2003-03-20T16:00:00.000Z')],
      ['negative shares on a grant', "INSERT INTO grants (grant_id, employee_id, plan, grant_date, exercise_price, shares) VALUES ('G-9', 'E001', '1994', '2001-01-01', '1.00', -1)"],
      ['fractional shares on a grant', "INSERT INTO grants (grant_id, employee_id, plan, grant_date, exercise_price, shares) VALUES ('G-9', 'E001', '1994', '2001-01-01', '1.00', 1.5)"],
      ['an exercise price as a float', "INSERT INTO grants (grant_id, employee_id, plan, grant_date, exercise_price, shares) VALUES ('G-9', 'E001', '1994', '2001-01-01', '1e3', 1)"],
      ['a grant of nobody on the roster', "INSERT INTO grants (grant_id, employee_id, plan, grant_date, exercise_price, shares) VALUES ('G-9', 'E404', '1994', '2001-01-01', '1.00', 1)"],
      ['an unknown defect', "INSERT INTO waivers (defect, reason, granted_at, operator) VALUES ('smudged', 'r', '2003-03-20T15:00:00.000Z', 'x')"],
      ['a tender above the grant', "INSERT INTO document_tenders (document_id, position, grant_id, shares) VALUES (1, 5, 'G-102', 401)"],
      ['a tender of another holder\'s grant', "INSERT INTO document_tenders (document_id, position, grant_id, shares) VALUES (1, 5, 'G-201', 1)"],
      ['a web page as an attachment', "INSERT INTO attachments (document_id, file_name, media_type, bytes, sha256, size, added_at, operator) VALUES (1, 'a.html', 'text/html', x'3c68746d6c3e', '" + '0'.repeat(64) + "', 6, '2003-03-20T15:00:00.000Z', 'x')"],
      ['an attachment whose size is not its length', "INSERT INTO attachments (document_id, file_name, media_type, bytes, sha256, size, added_at, operator) VALUES (1, 'a.pdf', 'application/pdf', x'255044462d', '" + '0'.repeat(64) + "', 99, '2003-03-20T15:00:00.000Z', 'x')"],
      ['an extension that shortens the offer', "INSERT INTO extensions (from_expires_at, to_expires_at, decided_at, operator, reason, announced_late) VALUES ('2003-03-31T22:00:00.000Z', '2003-03-30T22:00:00.000Z', '2003-03-20T15:00:00.000Z', 'x', 'r', 0)"],
    ])('%s', (_what, sql) => {
      const fx = newLedger({ roster: true });
      fx.ledger.addDocument(election(), DESK);
      fx.ledger.close();
      const db = new Database(fx.path);
      try {
        expect(() => db.prepare(sql).run()).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) }));
      } finally {
        db.close();
      }
    });
  });

  describe('the migration runner, on a real SQLite file', () => {
    const step = (version: number, sql: string, fail = false): Migration => ({
      version,
      name: `step ${version}`,
      up(db) {
        db.exec(sql);
        if (fail) throw new Error(`step ${version} failed`);
      },
    });

    it('runs every pending step and records the new format', () => {
      const db = new Database(join(tempDir(), 'steps.sqlite'));
      expect(migrate(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT'), step(2, 'CREATE TABLE b (y INTEGER) STRICT')])).toEqual({
        from: 0,
        to: 2,
      });
      expect(readFormat(db)).toBe(2);
      db.close();
    });

    it('runs only the steps newer than the file', () => {
      const db = new Database(join(tempDir(), 'steps.sqlite'));
      migrate(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT')]);
      // Step 1 would fail if run again (the table exists): only step 2 may run.
      expect(migrate(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT'), step(2, 'CREATE TABLE b (y INTEGER) STRICT')])).toEqual({
        from: 1,
        to: 2,
      });
      db.close();
    });

    it('applies all pending steps in one transaction: a failing step leaves the file as it was', () => {
      const path = join(tempDir(), 'steps.sqlite');
      const db = new Database(path);
      expect(() =>
        migrate(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT'), step(2, 'CREATE TABLE b (y INTEGER) STRICT', true)]),
      ).toThrow('step 2 failed');
      expect(readFormat(db)).toBe(0);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([]);
      db.close();
    });

    it('refuses a file newer than the steps it knows, without running any', () => {
      const db = new Database(join(tempDir(), 'steps.sqlite'));
      db.pragma('user_version = 3');
      expect(() => migrate(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT')])).toThrow(/format 3; this version reads up to 1/);
      expect(readFormat(db)).toBe(3);
      db.close();
    });
  });
});
