// Opening and creating the offer's ledger file: it is created once, never over another file, and
// a file that is not an Offer Desk ledger is recognised and left alone.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../main/ledger/connection';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { openLedger } from '../../main/ledger/ledger';
import { LATEST_FORMAT } from '../../main/ledger/migrations/index';
import { ALPHA, CREATED, GRANTS, ROSTER, at, newLedger, peek, refused, tempDir, track } from './ledger-fixtures';

describe('creating and opening a ledger', () => {
  it('a new ledger is a SQLite file marked as Offer Desk, in WAL mode, at the latest format', () => {
    const { path, ledger } = newLedger();
    ledger.close();
    expect(peek<{ application_id: number }>(path, 'PRAGMA application_id')[0]?.application_id).toBe(APPLICATION_ID);
    expect(peek<{ user_version: number }>(path, 'PRAGMA user_version')[0]?.user_version).toBe(LATEST_FORMAT);
    expect(peek<{ journal_mode: string }>(path, 'PRAGMA journal_mode')[0]?.journal_mode).toBe('wal');
  });

  it('every table is STRICT, so a value of the wrong type is refused rather than converted', () => {
    const { path, ledger } = newLedger();
    ledger.close();
    const tables = peek<{ name: string; strict: number }>(
      path,
      "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
    );
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'attachments',
        'audit_events',
        'cures',
        'document_defects',
        'document_tenders',
        'documents',
        'extensions',
        'grants',
        'holders',
        'meta',
        'offer_settings',
        'waivers',
        // format 2
        'letters',
        'print_runs',
        'print_run_letters',
        'confirmations_sent',
        // format 3
        'document_voids',
        'extension_voids',
        'waiver_voids',
        // format 6
        'exchange_terms',
        'settings_change_reasons',
        'offer_closings',
        // format 7
        'faxes',
        'fax_dispositions',
      ].sort(),
    );
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
  });

  it('the offer as configured, and who created it when, are kept and read back after reopening', () => {
    const fx = newLedger({ roster: true });
    const { ledgerId } = fx.ledger.info();
    fx.ledger.close();
    const again = fx.reopen();
    expect(again.settings()).toEqual(ALPHA);
    expect(again.info()).toEqual({ ledgerId, path: fx.path, format: LATEST_FORMAT, createdAt: CREATED.at, createdBy: 'setup' });
    expect(again.holders().map((h) => h.employeeId)).toEqual(['E001', 'E002', 'E003']);
    expect(again.auditEvents()[0]?.type).toBe('offer.created');
    expect(again.verify()).toEqual({ ok: true, events: 1 + ROSTER.length, problems: [] });
  });

  it('opening a ledger that does not exist is refused, and no file is created', () => {
    const dir = tempDir();
    const path = join(dir, 'missing.ledger');
    const error = refused(() => openLedger({ path, keyProvider: new FileKeyProvider(join(dir, 'k')) }), 'not-found');
    expect(error.message).toContain(path);
    expect(existsSync(path)).toBe(false);
  });

  it('creating a ledger where a file already exists is refused, and that file is not touched', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    const before = readFileSync(fx.path);
    refused(() => openLedger({ path: fx.path, keyProvider: fx.keyProvider, create: { settings: ALPHA, ...CREATED } }), 'conflict');
    expect(readFileSync(fx.path).equals(before)).toBe(true);
    expect(track(fx.reopen()).holders()).toHaveLength(ROSTER.length);
  });

  it('creating with settings that are not valid leaves no file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'bad.ledger');
    const keyProvider = new FileKeyProvider(join(dir, 'k'));
    refused(
      () => openLedger({ path, keyProvider, create: { settings: { ...ALPHA, originalExpiresAt: '2003-03-31 17:00' }, ...CREATED } }),
      'invalid-input',
    );
    refused(() => openLedger({ path, keyProvider, create: { settings: { ...ALPHA, zone: 'Eastern' }, ...CREATED } }), 'invalid-input');
    refused(() => openLedger({ path, keyProvider, create: { settings: ALPHA, at: 'yesterday', operator: 'x' } }), 'invalid-input');
    expect(existsSync(path)).toBe(false);
  });

  it.each([
    ['a text file', Buffer.from('Employee,Name\nE001,Ann Archer\n'.repeat(10), 'utf8'), 'not a SQLite database'],
    ['an empty file', Buffer.alloc(0), 'not a SQLite database'],
    ['a PDF', Buffer.from(`%PDF-1.4\n${'x'.repeat(200)}`, 'latin1'), 'not a SQLite database'],
  ])('%s is refused as not a ledger, with a clear message, and left unchanged', (_what, content, why) => {
    const dir = tempDir();
    const path = join(dir, 'offer.ledger');
    writeFileSync(path, content);
    const error = refused(() => openLedger({ path, keyProvider: new FileKeyProvider(join(dir, 'k')) }), 'not-a-ledger');
    expect(error.message).toBe(`${path} is not an Offer Desk ledger: it is ${why}.`);
    expect(readFileSync(path).equals(content)).toBe(true);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
  });

  it("another program's SQLite database is refused as not a ledger and left byte-for-byte unchanged", () => {
    const dir = tempDir();
    const path = join(dir, 'other.sqlite');
    const other = new Database(path);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');");
    other.close();
    const before = readFileSync(path);
    const error = refused(() => openLedger({ path, keyProvider: new FileKeyProvider(join(dir, 'k')) }), 'not-a-ledger');
    expect(error.message).toContain('a SQLite database written by some other program');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a ledger with a table removed outside the app is refused as damaged, not with a raw SQLite error', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    const db = new Database(fx.path);
    db.exec('DROP TABLE cures');
    db.close();
    const error = refused(() => fx.reopen(), 'not-a-ledger');
    expect(error.message).toContain('is an Offer Desk ledger, but it is damaged');
    expect(error.message).toContain('cures');
  });

  it('a folder is not a ledger', () => {
    const dir = tempDir();
    refused(() => openLedger({ path: dir, keyProvider: new FileKeyProvider(join(dir, 'k')) }), 'not-a-ledger');
  });

  it('reading after close fails loudly rather than returning stale data', () => {
    const { ledger } = newLedger();
    ledger.close();
    expect(() => ledger.holders()).toThrow();
    ledger.close(); // closing twice is harmless
  });

  it('the roster and the ledger survive a reopen with the same key', () => {
    const fx = newLedger();
    fx.ledger.importRoster(ROSTER, GRANTS, at('2003-02-28T14:00:00.000Z'));
    fx.ledger.close();
    const again = fx.reopen();
    expect(again.grants('E001').map((g) => g.grantId)).toEqual(['G-101', 'G-102']);
    expect(again.revealIdNumber('E002')).toBe('987-65-4321');
  });
});
