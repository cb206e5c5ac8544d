// The audit head kept outside the file: verify compares the ledger with every anchor it finds —
// the backups' manifests beside it, this computer's record of it, a head copied from paper — and
// names a ledger cut short or rolled back. Event times never go backwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnchor } from '../../main/core/anchor';
import { eventHash } from '../../main/ledger/audit';
import { parseJson } from '../../main/ledger/canonical-json';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { automaticBackup } from '../../main/services/auto-backup';
import { listBackups } from '../../main/services/backup-store';
import { openDesk } from '../../main/services/desk';
import { readLedgerState } from '../../main/services/ledger-state';
import { alphaSession, type CliSession } from './cli-helpers';
import { peek, tamper } from './ledger-fixtures';

function logElection(s: CliSession, employee: string, received: string): void {
  s.ok('log', s.ledger, '--employee', employee, '--kind', 'election', '--via', 'fax', '--received', received, '--tender', 'none');
}

/** An automatic backup as the window takes it, at the desk's time `now`. */
function backupAt(s: CliSession, now: string, why: 'start' | 'close', dataDir: string | null = null) {
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: { now: () => now }, operator: 'test' });
  try {
    return automaticBackup(desk, why, { dataDir });
  } finally {
    desk.close();
  }
}

describe('verify compares the ledger with the anchors kept outside it', () => {
  it('names a rollback: an older backup restored over the ledger, while a newer backup is beside it', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    logElection(s, 'E1', '2003-03-20 09:00');
    const older = backupAt(s, '2003-03-20T15:00:00.000Z', 'start');
    logElection(s, 'E2', '2003-03-20 09:15');
    logElection(s, 'E1', '2003-03-20 09:30');
    backupAt(s, '2003-03-28T21:30:00.000Z', 'start');
    expect(s.ok('verify', s.ledger)).toMatch(/^The ledger verifies: 5 audit events chained, every record matches its events\. It was compared with 2 anchor\(s\)/);

    s.ok('restore', older.backup.path, s.ledger, '--replace');
    const r = s.cli('verify', s.ledger);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'the ledger ends at event 3; a backup of 2003-03-28 16:30:00 ET (alpha 2003-03-28T21-30-00Z start.ledger) holds event 5: ' +
        'events 4 to 5 are missing (the ledger was cut short, or an older copy was put in its place)',
    );
    expect(r.stderr).toBe('offer-desk: the ledger does NOT verify: 1 problem(s).\n');
  });

  it('names a ledger whose newest events were deleted with their records, which the chain alone cannot see', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    logElection(s, 'E1', '2003-03-20 09:00');
    backupAt(s, '2003-03-20T16:00:00.000Z', 'start');
    // As ledger-tamper's "what the chain cannot see by itself": the last event and its record gone.
    tamper(s.ledger, 'DELETE FROM document_tenders WHERE document_id = 1');
    tamper(s.ledger, 'DELETE FROM documents WHERE id = 1');
    tamper(s.ledger, 'DELETE FROM audit_events WHERE seq = 3');
    const r = s.cli('verify', s.ledger);
    expect(r.stdout).toContain('the ledger ends at event 2; a backup of 2003-03-20 11:00:00 ET');
    expect(r.stdout).toContain('holds event 3: event 3 is missing');
  });

  it('checks a head copied from paper (--anchor SEQ:HASH): the right one verifies, a wrong hash is named', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    logElection(s, 'E1', '2003-03-20 09:00');
    const [event] = peek<{ hash: string }>(s.ledger, 'SELECT hash FROM audit_events WHERE seq = 2');
    const printed = formatAnchor({ seq: 2, hash: event!.hash });
    expect(printed).toBe(`Ledger audit head: event 2 · ${event!.hash.slice(0, 16)}`);
    expect(s.ok('verify', s.ledger, '--anchor', `2:${event!.hash.slice(0, 16)}`)).toMatch(/^The ledger verifies/);

    const wrong = s.cli('verify', s.ledger, '--anchor', '2:0123456789abcdef');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe(
      `event 2's hash differs from the one in the anchor you gave (event 2 · 0123456789abcdef) ` +
        `(0123456789abcdef… there, ${event!.hash.slice(0, 16)}… in the ledger): the ledger's history up to that event is not the one that was anchored\n`,
    );
    const beyond = s.cli('verify', s.ledger, '--anchor', '9:0123456789abcdef');
    expect(beyond.stdout).toContain('the ledger ends at event 3; the anchor you gave (event 9 · 0123456789abcdef) holds event 9');
    const garbled = s.cli('verify', s.ledger, '--anchor', '2:3f2a');
    expect(garbled.code).toBe(1);
    expect(garbled.stderr).toContain('--anchor must be SEQ:HASH as printed on a letter');
  });

  it("names a rollback against this computer's record of the ledger (--data-dir), even with no backup beside it", () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-state-'));
    const older = join(s.dir, 'older.ledger');
    s.ok('backup', s.ledger, older);
    logElection(s, 'E1', '2003-03-20 09:00');
    backupAt(s, '2003-03-20T16:00:00.000Z', 'close', dataDir);
    for (const b of listBackups(s.ledger).backups) rmSync(b.manifestPath);
    s.ok('restore', older, s.ledger, '--replace');
    const r = s.cli('verify', s.ledger, '--data-dir', dataDir);
    expect(r.stdout).toContain("the ledger ends at event 2; this computer's record of the ledger (seen at the close of the offer, 2003-03-20 11:00:00 ET) holds event 3");
  });
});

describe("this computer's record of the ledger's head", () => {
  it('is written at each backup, and never moved back to a ledger that no longer holds it', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-state-'));
    const first = backupAt(s, '2003-03-20T15:00:00.000Z', 'start', dataDir);
    logElection(s, 'E1', '2003-03-20 09:00');
    backupAt(s, '2003-03-20T16:00:00.000Z', 'start', dataDir);
    const id = first.backup.manifest.ledgerId;
    expect(readLedgerState(dataDir, id)?.head).toMatchObject({ seq: 3, when: 'at start', seenAt: '2003-03-20T16:00:00.000Z' });
    s.ok('restore', first.backup.path, s.ledger, '--replace');
    backupAt(s, '2003-03-21T16:00:00.000Z', 'start', dataDir);
    expect(readLedgerState(dataDir, id)?.head?.seq).toBe(3);
  });
});

describe('event times never go backwards', () => {
  it('an event dated before the one it follows is named, even with its hash recomputed to match', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    logElection(s, 'E1', '2003-03-20 09:00');
    const [event] = peek<{ seq: number; at: string; operator: string; type: string; payload: string; prev_hash: string }>(
      s.ledger,
      'SELECT * FROM audit_events WHERE seq = 3',
    );
    const at = '2003-02-01T12:00:00.000Z';
    const hash = eventHash(event!.prev_hash, { ...event!, at, payload: parseJson(event!.payload) });
    tamper(s.ledger, 'UPDATE audit_events SET at = ?, hash = ? WHERE seq = 3', at, hash);
    const r = s.cli('verify', s.ledger);
    const problems = r.stdout.split('\n').filter((p) => p !== '' && !p.startsWith('the safeguard '));
    expect(problems).toEqual([
      'audit event 3 (document.recorded) is dated 2003-02-01T12:00:00.000Z, before audit event 2 (2003-03-20T15:00:00.000Z): ' +
        "event times never go backwards, so the computer's clock was set back or the event's time was changed",
    ]);
  });
});
