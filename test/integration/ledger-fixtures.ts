// Shared set-up for the ledger's integration tests: real ledger files in a fresh temp folder,
// the Alpha offer of the seed, a small roster with realistic ID numbers, and a way to edit a file
// the way someone outside the app would (a plain SQLite connection, triggers dropped first).

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { isOfferDeskError, type ErrorCode, type OfferDeskError } from '../../main/core/errors';
import type { Grant, OfferSettings } from '../../main/core/types';
import { FileKeyProvider, type KeyProvider } from '../../main/ledger/key-provider';
import { openLedger, type Ledger, type LedgerCounts, type NewDocument, type RosterHolder, type WriteContext } from '../../main/ledger/ledger';
import { ALPHA } from '../unit/offer-fixtures';

export { ALPHA };


export const CREATED: WriteContext = { at: '2003-02-27T14:00:00.000Z', operator: 'setup' };
export const DESK: WriteContext = { at: '2003-03-20T15:10:00.000Z', operator: 'mary.clerk' };

/** A write context at a given instant, keyed by the desk clerk. */
export function at(instant: string, operator = 'mary.clerk'): WriteContext {
  return { at: instant, operator };
}

export const ROSTER: RosterHolder[] = [
  { employeeId: 'E001', name: 'Ann Archer', email: 'ann@alpha.example', address: '1 Elm St, Pelham NH', idNumber: '123-45-6789' },
  { employeeId: 'E002', name: 'Bob Baker', email: 'bob@alpha.example', address: '2 Oak St, Salem NH', idNumber: '987-65-4321' },
  { employeeId: 'E003', name: 'Łukasz Żółć', email: '', address: '3 Pine St, Windham NH', idNumber: '555-12-3498' },
];

export const GRANTS: Grant[] = [
  { grantId: 'G-101', employeeId: 'E001', plan: '1994', grantDate: '2000-05-01', exercisePrice: '12.5000', shares: 1000 },
  { grantId: 'G-102', employeeId: 'E001', plan: '1994', grantDate: '2002-09-15', exercisePrice: '3.2500', shares: 400 },
  { grantId: 'G-201', employeeId: 'E002', plan: '1985', grantDate: '1999-01-04', exercisePrice: '20.0000', shares: 2500 },
  { grantId: 'G-301', employeeId: 'E003', plan: '1994', grantDate: '2001-07-30', exercisePrice: '8.7500', shares: 750 },
];

/** An Election Form from Ann tendering both her grants, received by fax. */
export function election(overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    employeeId: 'E001',
    kind: 'election',
    via: 'fax',
    receivedAt: '2003-03-20T15:00:00.000Z',
    receiptSource: 'fax-header',
    keyedAt: '2003-03-20T15:10:00.000Z',
    operator: 'mary.clerk',
    pages: 2,
    senderFax: '(603) 555-0100',
    signedBy: 'Ann Archer',
    signerCapacity: 'holder',
    defects: [],
    tenders: [
      { grantId: 'G-101', shares: 1000 },
      { grantId: 'G-102', shares: 400 },
    ],
    lateKeyingReason: null,
    keyedAfterExpiration: false,
    cureDeadline: null,
    ...overrides,
  };
}

/** A Notice to Change Election from Bob, hand delivered. */
export function notice(overrides: Partial<NewDocument> = {}): NewDocument {
  return election({
    employeeId: 'E002',
    kind: 'notice',
    via: 'hand',
    receiptSource: 'desk-stamp',
    senderFax: null,
    signedBy: 'Bob Baker',
    tenders: [],
    ...overrides,
  });
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const dirs: string[] = [];
const open: Ledger[] = [];

afterEach(() => {
  for (const ledger of open.splice(0)) ledger.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offer-desk-ledger-'));
  dirs.push(dir);
  return dir;
}

/** Keeps a ledger to be closed after the test (so a failing test leaves no open handle). */
export function track(ledger: Ledger): Ledger {
  open.push(ledger);
  return ledger;
}

export interface Fixture {
  dir: string;
  path: string;
  keyPath: string;
  keyProvider: KeyProvider;
  ledger: Ledger;
  reopen(): Ledger;
}

/**
 * A new ledger for the Alpha offer; with `roster`, the sample roster imported holder by holder
 * (three imports with their grants: events 2–4, one `roster.imported` each), so the records
 * after it keep the event numbers the tests name.
 */
export function newLedger(options: { roster?: boolean } = {}): Fixture {
  const dir = tempDir();
  const path = join(dir, 'alpha.ledger');
  const keyPath = join(dir, 'alpha.key');
  const keyProvider = new FileKeyProvider(keyPath);
  const ledger = track(openLedger({ path, keyProvider, create: { settings: ALPHA, ...CREATED } }));
  if (options.roster === true) {
    for (const holder of ROSTER) {
      ledger.importRoster([holder], GRANTS.filter((g) => g.employeeId === holder.employeeId), at('2003-02-28T14:00:00.000Z', 'setup'));
    }
  }
  return {
    dir,
    path,
    keyPath,
    keyProvider,
    ledger,
    reopen: () => track(openLedger({ path, keyProvider })),
  };
}

/**
 * A ledger holding one record of every kind: the roster, Ann's Election Form (no-email) with a
 * PDF attachment and its cure, a waiver, an extension, then Bob's Notice (`lastNotice` overrides).
 * Events: 1 offer, 2–4 holders, 5 document 1, 6 attachment, 7 cure, 8 waiver, 9 extension, 10 document 2.
 */
export function ledgerWithOneOfEverything(lastNotice: Partial<NewDocument> = {}): Fixture {
  const fx = newLedger({ roster: true });
  const doc = fx.ledger.addDocument(election({ defects: ['no-email'] }), DESK);
  fx.ledger.addAttachment(doc.id, { fileName: 'fax.pdf', mediaType: 'application/pdf', bytes: PDF_BYTES }, DESK);
  fx.ledger.addCure({ documentId: doc.id, defect: 'no-email', curedAt: '2003-03-21T14:00:00.000Z' }, at('2003-03-21T15:00:00.000Z'));
  fx.ledger.addWaiver({ defect: 'no-date-time', reason: 'Fax header shows the time.' }, at('2003-03-22T15:00:00.000Z'));
  fx.ledger.addExtension(
    { fromExpiresAt: '2003-03-31T22:00:00.000Z', toExpiresAt: '2003-04-14T21:00:00.000Z', reason: 'Extended.', announcedLate: false },
    at('2003-04-01T12:00:00.000Z'),
  );
  fx.ledger.addDocument(notice(lastNotice), at('2003-04-02T12:00:00.000Z'));
  return fx;
}

/** Asserts `fn` is refused with `code` and returns the error for further checks. */
export function refused(fn: () => unknown, code: ErrorCode): OfferDeskError {
  try {
    fn();
  } catch (e) {
    if (!isOfferDeskError(e)) throw e;
    expect(e.code, e.message).toBe(code);
    return e;
  }
  throw new Error(`expected a refusal with code ${code}, but the call succeeded`);
}

/** Asserts a refused write changed nothing: every count, including the audit events, is the same. */
export function expectRefusedAndUnchanged(ledger: Ledger, fn: () => unknown, code: ErrorCode): OfferDeskError {
  const before: LedgerCounts = ledger.counts();
  const head = ledger.auditHead();
  const error = refused(fn, code);
  expect(ledger.counts()).toEqual(before);
  expect(ledger.auditHead()).toEqual(head);
  return error;
}

/**
 * Edits the file as someone outside the app would: a plain SQLite connection, the app's guard
 * triggers dropped and foreign keys off first (the attacker's first moves), then the given SQL.
 */
export function tamper(path: string, sql: string, ...params: unknown[]): void {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    const triggers = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
      .all()
      .map((r) => r.name);
    for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** Reads from the file with a plain SQLite connection (no app code in between). */
export function peek<T>(path: string, sql: string, ...params: unknown[]): T[] {
  // Read-write on purpose: a read-only connection would leave -wal and -shm files behind.
  const db = new Database(path, { fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/**
 * The SHA-256 a compact (format-4) event records for some rows, computed the way an auditor would
 * with nothing but SQLite and a SHA-256 tool: every column but audit_seq, as canonical JSON (keys
 * sorted, BLOBs in lowercase hex), one row per line ending in "\n", in key order.
 */
export function auditorsDigest(path: string, sql: string, ...params: unknown[]): string {
  return createHash('sha256').update(auditorsLines(path, sql, ...params).join('')).digest('hex');
}

/** The fingerprints a compact event records beside the digest: CRC-32 of each line (without "\n"), 8 hex digits each. */
export function auditorsFingerprints(path: string, sql: string, ...params: unknown[]): string {
  return auditorsLines(path, sql, ...params)
    .map((line) => crc32(line.slice(0, -1)).toString(16).padStart(8, '0'))
    .join('');
}

function auditorsLines(path: string, sql: string, ...params: unknown[]): string[] {
  const canonical = (value: unknown): string => {
    if (Buffer.isBuffer(value)) return JSON.stringify(value.toString('hex'));
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };
  return peek<Record<string, unknown>>(path, sql, ...params).map((row) => {
    const { audit_seq: _seq, ...columns } = row;
    return `${canonical(columns)}\n`;
  });
}
