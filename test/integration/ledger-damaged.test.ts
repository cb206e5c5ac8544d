// A ledger that fails its integrity check — garbage over a page, a file cut short — is opened for
// reading only, with a clear message, never written to; every write is refused in one sentence;
// and where a backup is known the message offers the newest one.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOfferDeskError, type OfferDeskError } from '../../main/core/errors';
import { openDesk } from '../../main/services/desk';
import { FileKeyProvider } from '../../main/services/shell-support';
import { on } from '../support/desk-call';
import { alphaSession, type CliSession } from './cli-helpers';
import { garbleTable, truncateTo } from './damage-helpers';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Alpha with Zofia's election logged, closed cleanly (every change in the file itself). */
function alphaWithOneElection(): CliSession {
  const s = alphaSession('2003-03-20T15:00:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A');
  return s;
}

/** Refused with exit 1, one sentence on stderr, nothing on stdout, and the file byte for byte as it was. */
function refusedUntouched(s: CliSession, args: string[], reason: RegExp): string {
  const before = sha256(s.ledger);
  const r = s.cli(...args);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(reason);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(sha256(s.ledger)).toBe(before);
  return r.stderr;
}

const WRITES = (s: CliSession): string[][] => [
  ['log', s.ledger, '--employee', 'E2', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-20 09:30'],
  ['waive', s.ledger, '--defect', 'unsigned', '--reason', 'Board resolution'],
  ['extend', s.ledger, '--to', '2003-04-07 17:00', '--reason', 'More time'],
  ['void', s.ledger, '--document', '1', '--reason', 'Keyed twice'],
  ['cure', s.ledger, '--document', '1', '--defect', 'unsigned', '--at', '2003-03-20 10:00'],
  ['import-roster', s.ledger, s.writeFile('more.csv', 'employee_id,name\n')],
  ['letters', s.ledger, '--due'],
  ['mark-sent', s.ledger, '--document', '1', '--on', '2003-03-20', '--how', 'mail'],
];

const openWindowDesk = (s: CliSession, backup?: { path: string; takenAt: string }) =>
  openDesk({
    ledgerPath: s.ledger,
    keyProvider: new FileKeyProvider(`${s.ledger}.key`),
    clock: s.clock,
    operator: 'cfo',
    newestBackup: () => backup ?? null,
  });

const BACKUP = { path: '/backups/alpha.ledger.backups/2003-03-19T2100Z.ledger', takenAt: '2003-03-19 16:00 ET' };

describe('a ledger that fails its integrity check', () => {
  it('opens for reading only: the elections, documents and confirmations still answer, each with a warning that names the damage', () => {
    const s = alphaWithOneElection();
    garbleTable(s.ledger, 'attachments');
    const before = sha256(s.ledger);
    for (const command of ['elections', 'documents', 'confirmations']) {
      const r = s.cli(command, s.ledger);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(
        `warning: ${s.ledger} is damaged (SQLite's integrity check of the file found: database disk image is malformed). ` +
          'It is open for reading only and will not be written to. No backup of it was found beside it; restore it from a copy you keep elsewhere.\n',
      );
    }
    expect(s.cli('elections', s.ledger).stdout).toMatch(/E1\s+A\s+1000\s+1000/);
    expect(s.cli('documents', s.ledger).stdout).toMatch(/\n\s*1\s+E1\s+election/);
    expect(sha256(s.ledger)).toBe(before);
  });

  it('verify says the file is damaged, in sentences, and exits 1 rather than failing part way', () => {
    const s = alphaWithOneElection();
    garbleTable(s.ledger, 'attachments');
    const r = s.cli('verify', s.ledger);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SQLite reports the file damaged: database disk image is malformed');
    expect(r.stderr).toContain('the ledger does NOT verify');
    expect(r.stderr).not.toContain('internal error');
  });

  it('every kind of write is refused in one sentence, code ledger-damaged, and the file is never written', () => {
    const s = alphaWithOneElection();
    garbleTable(s.ledger, 'attachments');
    for (const args of WRITES(s)) {
      refusedUntouched(s, args, /^offer-desk: Nothing can be recorded in .*alpha\.ledger: it failed its integrity check, so it is open for reading only and is never written to\. Nothing was written\./);
    }
  });

  it('a read that reaches the damaged page is one plain sentence and exit 1, never "internal error"', () => {
    const s = alphaWithOneElection();
    garbleTable(s.ledger, 'documents');
    const r = s.cli('documents', s.ledger);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('offer-desk: The ledger file is damaged (SQLite: database disk image is malformed). Nothing was written to it; restore it from a backup.\n');
    expect(r.stderr).not.toContain('internal error');
  });

  it('a file cut short by an interrupted copy cannot be read at all: every command says so plainly, exits 1, and the file is never written', () => {
    const s = alphaWithOneElection();
    truncateTo(s.ledger, 0.8);
    const before = sha256(s.ledger);
    for (const args of [['verify', s.ledger], ['elections', s.ledger], ...WRITES(s)]) {
      const r = s.cli(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `offer-desk: ${s.ledger} is an Offer Desk ledger, but it is too damaged to be read (SQLite: database disk image is malformed). ` +
          'Nothing was written to it; restore it from a backup.\n',
      );
    }
    expect(sha256(s.ledger)).toBe(before);
  });

  it('a file cut short offers the newest good backup', () => {
    const s = alphaWithOneElection();
    truncateTo(s.ledger, 0.5);
    const error = refusal(() => openWindowDesk(s, BACKUP));
    expect(error.code).toBe('ledger-damaged');
    expect(error.message).toContain(`too damaged to be read`);
    expect(error.message).toContain(`The newest good backup is ${BACKUP.path} (taken ${BACKUP.takenAt})`);
  });

  it('a file of garbage is refused as not a ledger, and the newest good backup is offered', () => {
    const s = alphaWithOneElection();
    writeFileSync(s.ledger, Buffer.from('%PDF-1.4 this is a scan, not a ledger '.repeat(50)));
    const error = refusal(() => openWindowDesk(s, BACKUP));
    expect(error.code).toBe('not-a-ledger');
    expect(error.message).toBe(
      `${s.ledger} is not an Offer Desk ledger: it is not a SQLite database. The newest good backup is ${BACKUP.path} (taken ${BACKUP.takenAt}): ` +
        `restore it with \`offer-desk restore ${BACKUP.path} ${s.ledger} --replace\`, or from the window's Settings.`,
    );
  });

  it("the window's desk shows the damage with the newest good backup, and refuses a write naming it", () => {
    const s = alphaWithOneElection();
    garbleTable(s.ledger, 'attachments');
    const before = sha256(s.ledger);
    const desk = openWindowDesk(s, BACKUP);
    try {
      const access = desk.access();
      expect(access).toMatchObject({ writable: false, code: 'ledger-damaged', newestBackup: BACKUP });
      expect(access.notice).toContain(`The newest good backup is ${BACKUP.path}`);
      const error = refusal(() => on(desk)('waivers:grant', { defect: 'unsigned', reason: 'Board resolution' }));
      expect(error.code).toBe('ledger-damaged');
      expect(error.message).toContain(`restore it with \`offer-desk restore ${BACKUP.path} ${s.ledger} --replace\``);
      expect(on(desk)('documents:rows', {})).toHaveLength(1);
    } finally {
      desk.close();
    }
    expect(sha256(s.ledger)).toBe(before);
  });

  it('a healthy ledger is writable and says nothing', () => {
    const s = alphaWithOneElection();
    const desk = openWindowDesk(s);
    try {
      expect(desk.access()).toEqual({ writable: true, code: null, notice: null, newestBackup: null });
    } finally {
      desk.close();
    }
    expect(s.cli('elections', s.ledger).stderr).toBe('');
  });
});

function refusal(fn: () => unknown): OfferDeskError {
  try {
    fn();
  } catch (e) {
    if (isOfferDeskError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the backup a damaged ledger offers is found beside it', () => {
  it('the newest backup in <ledger>.backups whose bytes still match its manifest is offered at the command line; one changed since is passed over', () => {
    const s = alphaWithOneElection();
    const folder = `${s.ledger}.backups`;
    mkdirSync(folder);
    s.clock.set('2003-03-21T15:00:00.000Z');
    s.ok('backup', s.ledger, join(folder, 'older.ledger'));
    s.clock.set('2003-03-22T15:00:00.000Z');
    s.ok('backup', s.ledger, join(folder, 'newer.ledger'));
    // The newer copy was changed after it was taken: its bytes no longer match its manifest.
    const newer = readFileSync(join(folder, 'newer.ledger'));
    newer.writeUInt8(newer.readUInt8(newer.length - 1) ^ 0xff, newer.length - 1);
    writeFileSync(join(folder, 'newer.ledger'), newer);
    truncateTo(s.ledger, 0.5);
    const r = s.cli('elections', s.ledger);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The newest good backup is ${join(folder, 'older.ledger')} (taken 2003-03-21 15:00:00 UTC)`);
    expect(r.stderr).not.toContain('newer.ledger');
  });
});
