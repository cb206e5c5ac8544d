// A ledger on read-only media — a folder or a file this user may not write (a CD, a read-only
// share, a copy made read-only for the auditors) — opens for reading only and verifies; the read
// commands answer; every write is refused in one plain sentence, code read-only, nothing changed.
// File modes do not bind root, and CI may run the tests as root: then the command runs as the
// unprivileged user `nobody`, exactly as a clerk's account would meet the files.
import { chmodSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { alphaSession, everyRow, type CliResult, type CliSession } from './cli-helpers';
import { cliChild, folderFingerprint, openFolderTo } from './damage-helpers';

/** Alpha with Zofia's election logged and its letter due (the real clock is long past 2003). */
function alphaWithOneElection(): CliSession {
  const s = alphaSession('2003-03-20T15:00:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A');
  return s;
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** The ledger's folder read-only (0555) or only the file (0444): readable by anyone, writable by no clerk. */
function makeReadOnly(s: CliSession, what: 'folder' | 'file'): void {
  const files = [s.ledger, `${s.ledger}.key`, `${s.dir}/roster.csv`, `${s.ledger}-wal`, `${s.ledger}-shm`].filter((f) => existsSync(f));
  openFolderTo(s.dir, files, what === 'folder' ? { folder: 0o555, files: 0o444 } : { folder: 0o777, files: 0o444 });
  restore = () => openFolderTo(s.dir, files, { folder: 0o700, files: 0o600 });
}

const WRITES = (s: CliSession): string[][] => [
  ['log', s.ledger, '--employee', 'E2', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-20 09:30', '--reason', 'late'],
  ['waive', s.ledger, '--defect', 'unsigned', '--reason', 'Board resolution'],
  ['extend', s.ledger, '--to', '2030-04-07 17:00', '--reason', 'More time'],
  ['void', s.ledger, '--document', '1', '--reason', 'Keyed twice'],
  ['import-roster', s.ledger, `${s.dir}/roster.csv`],
  ['letters', s.ledger, '--due', '--out', '/tmp/never-written.pdf'],
  ['mark-sent', s.ledger, '--document', '1', '--on', '2003-03-27', '--how', 'mail'],
];

/** A child process starts tsx and, on a shared machine, may take many seconds. */
const CHILD_TIMEOUT = 120_000;

describe.each(['folder', 'file'] as const)('a ledger whose %s cannot be written', (what) => {
  it('opens for reading only: elections, documents, confirmations and verify answer, each with a warning saying why', () => {
    const s = alphaWithOneElection();
    const rows = everyRow(s.ledger);
    makeReadOnly(s, what);
    const before = folderFingerprint(s.dir);
    const why = what === 'folder' ? `its folder ${s.dir} is read-only` : `the file ${s.ledger} is read-only`;
    const commands = ['elections', 'documents', 'confirmations', 'verify'];
    const results = cliChild(commands.map((c) => [c, s.ledger]), { unprivileged: true });
    for (const [i, command] of commands.entries()) {
      const r = results[i] as CliResult;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(`warning: ${s.ledger} is open for reading only because ${why}: it can be viewed and verified, but nothing can be recorded in it.\n`);
      if (command === 'verify') expect(r.stdout).toMatch(/^The ledger verifies: \d+ audit events chained/);
      if (command === 'elections') expect(r.stdout).toMatch(/E1\s+A\s+1000\s+1000/);
    }
    expect(folderFingerprint(s.dir)).toEqual(before);
    expect(everyRow(s.ledger)).toBe(rows);
  }, CHILD_TIMEOUT);

  it('every kind of write is refused in one sentence, code read-only, and nothing changes', () => {
    const s = alphaWithOneElection();
    const rows = everyRow(s.ledger);
    makeReadOnly(s, what);
    const before = folderFingerprint(s.dir);
    for (const r of cliChild(WRITES(s), { unprivileged: true })) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^offer-desk: Nothing can be recorded in \S+alpha\.ledger: (its folder \S+|the file \S+) is read-only, so it is open for reading only\. Nothing was written\.\n$/);
    }
    expect(folderFingerprint(s.dir)).toEqual(before);
    expect(everyRow(s.ledger)).toBe(rows);
    expect(existsSync('/tmp/never-written.pdf')).toBe(false);
  }, CHILD_TIMEOUT);
});

describe('a ledger made writable again', () => {
  it('is written as before: the read-only state belongs to the opening, not to the file', () => {
    const s = alphaWithOneElection();
    makeReadOnly(s, 'folder');
    expect(cliChild([['waive', s.ledger, '--defect', 'unsigned', '--reason', 'Board']], { unprivileged: true })[0]?.code).toBe(1);
    restore?.();
    restore = null;
    chmodSync(s.dir, 0o700);
    expect(s.cli('waive', s.ledger, '--defect', 'unsigned', '--reason', 'Board resolution').code).toBe(0);
  }, CHILD_TIMEOUT);
});
