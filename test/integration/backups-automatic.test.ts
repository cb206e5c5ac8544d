// The automatic backups: one at every start (the window, the web harness) and at the close of the
// offer, verified before they are kept, in <ledger>.backups/ beside the ledger, the newest N kept.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CurrentDesk } from '../../main/app/current-desk';
import { openHarnessDesk } from '../../main/harness/open-harness-desk';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { automaticBackup, setBackupsKept } from '../../main/services/auto-backup';
import { backupsFolderFor, listBackups, sha256OfFile } from '../../main/services/backup-store';
import { backupsInfo } from '../../main/services/backups-info';
import { openDesk } from '../../main/services/desk';
import { readLedgerState } from '../../main/services/ledger-state';
import { alphaSession, type CliSession } from './cli-helpers';

function deskAt(s: CliSession, now: string) {
  return openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: { now: () => now }, operator: 'test' });
}

function logElection(s: CliSession, employee: string, received: string): void {
  s.ok('log', s.ledger, '--employee', employee, '--kind', 'election', '--via', 'fax', '--received', received, '--tender', 'none');
}

describe('automatic backups beside the ledger', () => {
  it('each start leaves a verified backup in <ledger>.backups with a manifest: ledger id, source, time, why, audit head, SHA-256', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const desk = deskAt(s, '2003-03-20T15:00:00.000Z');
    try {
      const r = automaticBackup(desk, 'start');
      expect(r.backup.path).toBe(join(`${s.ledger}.backups`, 'alpha 2003-03-20T15-00-00Z start.ledger'));
      const [listed] = listBackups(s.ledger).backups;
      expect(listed?.manifest).toEqual({
        manifest: 1,
        ledgerId: desk.ledger.info().ledgerId,
        sourcePath: s.ledger,
        takenAt: '2003-03-20T15:00:00.000Z',
        why: 'start',
        head: desk.ledger.auditHead(),
        lastEventAt: '2003-03-20T15:00:00.000Z',
        file: 'alpha 2003-03-20T15-00-00Z start.ledger',
        sha256: sha256OfFile(r.backup.path),
        bytes: expect.any(Number) as number,
        keep: 10,
      });
      expect(s.ok('verify', r.backup.path)).toMatch(/^The ledger verifies/);
    } finally {
      desk.close();
    }
  });

  it('keeps exactly the newest N (the count set for this ledger on this computer), oldest removed first', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-state-'));
    const times = ['2003-03-20T15:00:00.000Z', '2003-03-21T15:00:00.000Z', '2003-03-22T15:00:00.000Z', '2003-03-23T15:00:00.000Z', '2003-03-24T15:00:00.000Z'];
    for (const [i, now] of times.entries()) {
      const desk = deskAt(s, now);
      try {
        if (i === 0) setBackupsKept(desk, dataDir, 3);
        automaticBackup(desk, i === times.length - 1 ? 'close' : 'start', { dataDir });
      } finally {
        desk.close();
      }
    }
    const kept = listBackups(s.ledger).backups;
    expect(kept.map((b) => [b.manifest.takenAt, b.manifest.why])).toEqual([
      ['2003-03-24T15:00:00.000Z', 'close'],
      ['2003-03-23T15:00:00.000Z', 'start'],
      ['2003-03-22T15:00:00.000Z', 'start'],
    ]);
    // Nothing else is left in the folder: each removed backup went with its manifest.
    expect(readdirSync(backupsFolderFor(s.ledger))).toHaveLength(6);
  });

  it("the close taken from the command line (no data folder) keeps the count the newest backup was taken with, not the default", () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-state-'));
    let desk = deskAt(s, '2003-03-20T15:00:00.000Z');
    setBackupsKept(desk, dataDir, 12);
    for (let i = 0; i < 11; i++) automaticBackup(desk, 'start', { dataDir });
    desk.close();
    desk = deskAt(s, '2003-04-01T15:00:00.000Z');
    try {
      expect(automaticBackup(desk, 'close').keep).toBe(12);
      expect(listBackups(s.ledger).backups).toHaveLength(12);
    } finally {
      desk.close();
    }
  });

  it('Settings shows the folder, the count kept and the backups, newest first', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-state-'));
    const desk = deskAt(s, '2003-03-20T15:00:00.000Z');
    try {
      automaticBackup(desk, 'start', { dataDir });
      const info = backupsInfo(desk, dataDir);
      expect(info).toMatchObject({ folder: `${s.ledger}.backups`, keep: 10, keepEditable: true, unreadable: 0 });
      expect(info.backups.map((b) => [b.why, b.seq])).toEqual([['start', 2]]);
      expect(info.anchor).toMatch(/^Ledger audit head: event 2 · [0-9a-f]{16}$/);
    } finally {
      desk.close();
    }
  });

  it('the window backs up the ledger it opens and writes down its head, and writes the head down again when it lets the ledger go', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-state-'));
    const current = new CurrentDesk((path, operator) => openDesk({ ledgerPath: path, keyProvider: new FileKeyProvider(`${path}.key`), clock: { now: () => '2003-03-20T15:00:00.000Z' }, operator }), s.ledger, 'test', dataDir);
    const id = current.get().ledger.info().ledgerId;
    expect(listBackups(s.ledger).backups.map((b) => b.manifest.why)).toEqual(['start']);
    expect(readLedgerState(dataDir, id)?.head).toMatchObject({ seq: 2, when: 'at start' });
    current.close();
    logElection(s, 'E1', '2003-03-20 09:00');
    expect(readLedgerState(dataDir, id)?.head).toMatchObject({ seq: 2, when: 'when the window closed it' });
  });

  it('the web harness backs up its ledger at start', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-harness-'));
    const opened = openHarnessDesk({ dataDir, start: '2003-03-20T15:00:00.000Z', operator: null, env: {} });
    try {
      expect(listBackups(opened.ledgerPath).backups.map((b) => b.manifest.why)).toEqual(['start']);
    } finally {
      opened.clock.stop();
      opened.desk.close();
    }
  });
});

describe('a backup taken while another process is keying intake', () => {
  it('restores to a ledger that verifies, however far the other desk had got', async () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const writer = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./backup-writer-process.ts', import.meta.url)), s.ledger, '2003-03-20T15:00:00.000Z', '150'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    writer.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => writer.on('exit', (code) => done(code)));
    while (!output.includes('ack 1\n')) await new Promise((r) => setTimeout(r, 5));
    const desk = deskAt(s, '2003-03-20T15:00:00.000Z');
    const heads: number[] = [];
    try {
      // Backups one after another until the writer is done (each waits for the event loop in between).
      while (!output.includes('done')) {
        heads.push(automaticBackup(desk, 'start').backup.events);
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      desk.close();
    }
    expect(await exited).toBe(0);
    const last = 2 + 150;
    // At least one copy was taken in the middle of the writing.
    expect(heads.some((h) => h > 3 && h < last)).toBe(true);
    for (const b of listBackups(s.ledger).backups) {
      const target = join(s.dir, `restored ${b.manifest.head.seq} ${b.manifest.file}`);
      expect(s.ok('restore', b.path, target)).toMatch(new RegExp(`ends at event ${b.manifest.head.seq},`));
      expect(s.ok('verify', target)).toMatch(/^The ledger verifies/);
    }
  }, 120_000);
});
