// `offer-desk backup` and `offer-desk restore`, on real ledger files: a restore proves the backup
// before anything, never replaces a ledger without --replace, and never leaves half a ledger.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest, sha256OfFile } from '../../main/services/backup-store';
import { alphaSession, fileBytes, type CliSession } from './cli-helpers';

function logElection(s: CliSession, employee: string, received: string): void {
  s.ok('log', s.ledger, '--employee', employee, '--kind', 'election', '--via', 'fax', '--received', received, '--tender', 'none');
}

function sessionWithBackup() {
  const s = alphaSession('2003-03-20T15:00:00.000Z');
  logElection(s, 'E1', '2003-03-20 09:00');
  const backup = join(s.dir, 'alpha backup.ledger');
  const out = s.ok('backup', s.ledger, backup);
  return { s, backup, out };
}

describe('offer-desk backup', () => {
  it('saves a verified copy with its manifest beside it: which ledger, when, why, the audit head and the SHA-256', () => {
    const { s, backup, out } = sessionWithBackup();
    expect(out).toMatch(/^Saved a verified backup to .*alpha backup\.ledger: it ends at Ledger audit head: event 3 · [0-9a-f]{16}\. Its manifest is .*alpha backup\.json\.\n$/);
    const manifest = readManifest(join(s.dir, 'alpha backup.json'));
    expect(manifest).toMatchObject({ why: 'manual', sourcePath: s.ledger, takenAt: '2003-03-20T15:00:00.000Z', file: 'alpha backup.ledger', head: { seq: 3 } });
    expect(manifest?.sha256).toBe(sha256OfFile(backup));
    expect(s.ok('verify', backup)).toMatch(/^The ledger verifies: 3 audit events/);
  });
});

describe('offer-desk restore', () => {
  it('restores a backup to a new ledger that verifies and holds what the backup held', () => {
    const { s, backup } = sessionWithBackup();
    const restored = join(s.dir, 'restored.ledger');
    const out = s.ok('restore', backup, restored);
    expect(out).toMatch(/^Restored .* to .*restored\.ledger: it verifies and ends at event 3, recorded 2003-03-20 10:00:00 ET/);
    expect(s.ok('documents', restored, '--json')).toBe(s.ok('documents', s.ledger, '--json'));
    expect(readdirSync(s.dir).filter((f) => f.includes('.restoring-'))).toEqual([]);
  });

  it('refuses to replace an existing ledger without --replace, naming both files, and changes nothing', () => {
    const { s, backup } = sessionWithBackup();
    logElection(s, 'E2', '2003-03-20 10:00');
    const [ledgerBefore, backupBefore] = [fileBytes(s.ledger), fileBytes(backup)];
    const r = s.cli('restore', backup, s.ledger);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${s.ledger} already exists; restoring ${backup} would replace it. Nothing was changed.`);
    expect(r.stderr).toContain('--replace');
    expect(fileBytes(s.ledger).equals(ledgerBefore)).toBe(true);
    expect(fileBytes(backup).equals(backupBefore)).toBe(true);
    expect(readdirSync(s.dir).filter((f) => f.includes('.restoring-') || f.includes('.replaced-'))).toEqual([]);
  });

  it('with --replace puts the backup in place and keeps the ledger it replaced beside it', () => {
    const { s, backup } = sessionWithBackup();
    logElection(s, 'E2', '2003-03-20 10:00');
    const newer = fileBytes(s.ledger);
    const out = s.ok('restore', backup, s.ledger, '--replace');
    expect(out).toMatch(/ends at event 3/);
    const kept = /kept as (.*)\.\n/.exec(out)?.[1] ?? '';
    expect(kept).toBe(`${s.ledger}.replaced-2003-03-20T15-00-00.000Z`);
    expect(fileBytes(kept).equals(newer)).toBe(true);
    expect(s.json<unknown[]>('documents', s.ledger)).toHaveLength(1);
    expect(s.json<unknown[]>('documents', kept)).toHaveLength(2);
  });

  it('refuses a damaged backup (SQLite finds it damaged or it is not a ledger) and changes nothing', () => {
    const { s, backup } = sessionWithBackup();
    const bytes = readFileSync(backup);
    // Garbage over the middle pages of the file, as a failing disk would leave it.
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 4));
    const damaged = join(s.dir, 'damaged.ledger');
    writeFileSync(damaged, bytes);
    const target = join(s.dir, 'target.ledger');
    const r = s.cli('restore', damaged, target);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`The backup .*damaged\\.ledger cannot be restored: .*\\. Nothing was changed\\.`));
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(s.dir).filter((f) => f.includes('.restoring-'))).toEqual([]);
  });

  it('refuses a backup whose records were changed after it was taken: it no longer verifies, or no longer matches its manifest', () => {
    const { s, backup } = sessionWithBackup();
    // The manifest's SHA-256 catches any change to the file, before the file is even opened.
    writeFileSync(backup, Buffer.concat([readFileSync(backup), Buffer.from('x')]));
    const r = s.cli('restore', backup, join(s.dir, 'target.ledger'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it has changed since it was taken (its SHA-256 is not the one in its manifest)');
  });

  it('refuses a backup that does not verify (a record edited outside the app), even without a manifest', async () => {
    const { s, backup } = sessionWithBackup();
    const { tamper } = await import('./ledger-fixtures');
    tamper(backup, "UPDATE documents SET late_keying_reason = 'edited' WHERE id = 1");
    writeFileSync(join(s.dir, 'alpha backup.json'), 'not a manifest');
    const target = join(s.dir, 'target.ledger');
    const r = s.cli('restore', backup, target);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot be restored: it does not verify \(/);
    expect(existsSync(target)).toBe(false);
  });
});
