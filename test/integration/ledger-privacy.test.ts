// ID numbers are sensitive personal data: sealed at rest with a key kept outside the ledger, never
// readable in the file, its WAL, the audit trail or an error message, and a wrong key fails loudly.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileKeyProvider, type KeyProvider } from '../../main/ledger/key-provider';
import { openLedger, type RosterHolder } from '../../main/ledger/ledger';
import { ALPHA, CREATED, GRANTS, ROSTER, at, expectRefusedAndUnchanged, newLedger, peek, refused, tamper, tempDir, track } from './ledger-fixtures';

/** A real key file that is not the ledger's key (a missing file is 'key-missing', not a wrong key). */
function otherKey(dir: string): FileKeyProvider {
  const other = new FileKeyProvider(join(dir, 'other.key'));
  other.keyForNewLedger();
  return other;
}

/** Many holders, so the WAL holds plenty of pages while the ledger is open. */
function bigRoster(n: number): RosterHolder[] {
  return Array.from({ length: n }, (_, i) => ({
    employeeId: `P${String(i).padStart(4, '0')}`,
    name: `Person ${i}`,
    email: `p${i}@alpha.example`,
    address: `${i} Main St`,
    idNumber: `${String(100 + (i % 800)).padStart(3, '0')}-${String(10 + (i % 89))}-${String(1000 + i).padStart(4, '0')}`,
  }));
}

/** Each ID number as typed and with its dashes removed. */
function spellings(holders: readonly RosterHolder[]): string[] {
  return holders.flatMap((h) => [h.idNumber, h.idNumber.replace(/-/g, '')]);
}

function filesOf(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`].filter((p) => existsSync(p));
}

function findIn(files: readonly string[], needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${needle} in ${file}`);
  }
  return found;
}

describe('ID numbers at rest', () => {
  it('no ID number can be found in the raw bytes of the ledger, its WAL or its shared-memory file', () => {
    const fx = newLedger();
    const roster = [...ROSTER, ...bigRoster(500)];
    fx.ledger.importRoster(roster, GRANTS, at('2003-02-28T14:00:00.000Z', 'setup'));
    // While open, the new pages sit in the WAL: scan it as well as the main file.
    expect(existsSync(`${fx.path}-wal`)).toBe(true);
    expect(statSync(`${fx.path}-wal`).size).toBeGreaterThan(100_000);
    expect(findIn(filesOf(fx.path), spellings(roster))).toEqual([]);
    fx.ledger.close();
    expect(findIn(filesOf(fx.path), spellings(roster))).toEqual([]);
    // The scan itself works: the same numbers are found in a file that does hold them.
    const control = join(fx.dir, 'control.txt');
    writeFileSync(control, `x${roster[7]!.idNumber}x`);
    expect(findIn([control], spellings(roster))).toHaveLength(1);
  });

  it('the audit trail never holds an ID number: the roster import records a SHA-256 of the rows, sealed ID numbers included', () => {
    const { ledger } = newLedger({ roster: true });
    const trail = JSON.stringify(ledger.auditEvents());
    for (const spelling of spellings(ROSTER)) expect(trail).not.toContain(spelling);
    expect(ledger.auditEvents({ afterSeq: 1, limit: 1 })[0]?.payload).toMatchObject({ digests: { holders: { rows: 1, first: ['E001'] } } });
  });

  it('refusals never quote an ID number', () => {
    const { ledger } = newLedger({ roster: true });
    const messages = [
      refused(() => ledger.importRoster(ROSTER, [], at('2003-03-01T14:00:00.000Z')), 'conflict'),
      refused(() => ledger.importRoster([{ ...ROSTER[0]!, employeeId: 'E100', idNumber: '12-' }], [], at('2003-03-01T14:00:00.000Z')), 'invalid-input'),
      refused(() => ledger.importRoster([{ ...ROSTER[1]!, employeeId: 'E101', name: '' }], [], at('2003-03-01T14:00:00.000Z')), 'invalid-input'),
      refused(() => ledger.revealIdNumber('E404'), 'not-found'),
    ].map((e) => `${e.message} ${e.details.join(' ')}`);
    for (const message of messages) for (const spelling of [...spellings(ROSTER), '12-']) expect(message).not.toContain(spelling);
  });

  it('with the right key the ID number is revealed exactly as it was given', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    const again = fx.reopen();
    expect(ROSTER.map((h) => again.revealIdNumber(h.employeeId))).toEqual(ROSTER.map((h) => h.idNumber));
  });

  it('with a wrong key the ledger still opens and reads, but revealing an ID number fails loudly', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    const stranger = track(openLedger({ path: fx.path, keyProvider: otherKey(fx.dir) }));
    expect(stranger.holders()).toHaveLength(ROSTER.length);
    const error = refused(() => stranger.revealIdNumber('E001'), 'conflict');
    expect(error.message).toContain('not the key of this ledger');
  });

  it('with a wrong key no new ID number can be written (it would need a second key to read)', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    const stranger = track(openLedger({ path: fx.path, keyProvider: otherKey(fx.dir) }));
    const newcomer: RosterHolder = { employeeId: 'E004', name: 'Dee Dunn', email: '', address: '', idNumber: '111-22-3333' };
    expectRefusedAndUnchanged(stranger, () => stranger.importRoster([newcomer], [], at('2003-03-01T14:00:00.000Z')), 'conflict');
  });

  it("a sealed ID number moved onto another holder's row outside the app does not decrypt there", () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    tamper(fx.path, "UPDATE holders SET id_number_enc = (SELECT id_number_enc FROM holders WHERE employee_id = 'E001') WHERE employee_id = 'E002'");
    const again = fx.reopen();
    const error = refused(() => again.revealIdNumber('E002'), 'conflict');
    expect(error.message).toContain('holder E002');
    expect(again.revealIdNumber('E001')).toBe('123-45-6789');
    expect(again.verify().problems).toContain(
      'holder E002 has been changed since audit event 3 recorded it: the row no longer matches the SHA-256 the event recorded',
    );
  });

  it('a sealed ID number altered by one bit fails to decrypt instead of giving a wrong number', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.close();
    tamper(fx.path, "UPDATE holders SET id_number_enc = ? WHERE employee_id = 'E003'", flipLastBit(fx.path));
    refused(() => fx.reopen().revealIdNumber('E003'), 'conflict');
  });

  it('a key provider that hands over a key of the wrong length is refused before any file is created', () => {
    const dir = tempDir();
    const short: KeyProvider = { key: () => randomBytes(16) };
    const path = join(dir, 'short.ledger');
    refused(() => openLedger({ path, keyProvider: short, create: { settings: ALPHA, ...CREATED } }), 'invalid-input');
    expect(existsSync(path)).toBe(false);
  });
});

describe('the key file', () => {
  it('is created for a new ledger with a random key, readable by its owner only, and reused afterwards', () => {
    const path = join(tempDir(), 'desk.key');
    const key = new FileKeyProvider(path).keyForNewLedger();
    expect(key).toHaveLength(32);
    expect(readFileSync(path, 'utf8')).toBe(`${key.toString('hex')}\n`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(new FileKeyProvider(path).key().equals(key)).toBe(true);
  });

  it('a damaged key file is refused with a clear message, never quoted, never replaced', () => {
    const path = join(tempDir(), 'desk.key');
    writeFileSync(path, 'deadbeef-not-a-key\n');
    const error = refused(() => new FileKeyProvider(path).key(), 'invalid-input');
    expect(error.message).toContain('is not an Offer Desk key');
    expect(error.message).not.toContain('deadbeef');
    expect(readFileSync(path, 'utf8')).toBe('deadbeef-not-a-key\n');
  });
});

/** E003's sealed ID number with its last bit flipped, read straight from the file. */
function flipLastBit(path: string): Buffer {
  const [row] = peek<{ id_number_enc: Buffer }>(path, "SELECT id_number_enc FROM holders WHERE employee_id = 'E003'");
  const copy = Buffer.from(row!.id_number_enc);
  copy[copy.length - 1]! ^= 1;
  return copy;
}
