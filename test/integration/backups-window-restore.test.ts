// File › Restore from backup…, without Electron: the desk proves the backup and says what each file
// ends with before anything is asked, then lets the open ledger go, puts the backup in place and
// opens it again; Cancel (discard) changes nothing.
import { readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CurrentDesk } from '../../main/app/current-desk';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { openDesk } from '../../main/services/desk';
import { prepareRestore } from '../../main/services/restore';
import { alphaSession, everyRow, type CliSession } from './cli-helpers';

function windowDesk(s: CliSession, dataDir: string) {
  return new CurrentDesk(
    (path, operator) => openDesk({ ledgerPath: path, keyProvider: new FileKeyProvider(`${path}.key`), clock: { now: () => '2003-03-20T16:00:00.000Z' }, operator }),
    s.ledger,
    'mary.clerk',
    dataDir,
  );
}

describe('File › Restore from backup…', () => {
  it('names both files and their last events before asking; Cancel changes nothing; Restore replaces the open ledger and reopens it', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const backup = join(s.dir, 'early.ledger');
    s.ok('backup', s.ledger, backup);
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'none');
    const current = windowDesk(s, mkdtempSync(join(tmpdir(), 'offer-desk-state-')));
    try {
      const at = { at: '2003-03-20T16:00:00.000Z', operator: 'mary.clerk' };
      const before = everyRow(s.ledger);
      const cancelled = prepareRestore(backup, s.ledger, at);
      expect(cancelled.backup).toMatchObject({ path: backup, seq: 2, text: 'event 2, recorded 2003-03-20 10:00:00 ET' });
      expect(cancelled.ledger).toMatchObject({ path: s.ledger, seq: 3, text: 'event 3, recorded 2003-03-20 10:00:00 ET' });
      cancelled.discard();
      expect(everyRow(s.ledger)).toBe(before);
      expect(readdirSync(s.dir).filter((f) => f.includes('.restoring-'))).toEqual([]);

      const prepared = prepareRestore(backup, s.ledger, at);
      const result = current.replaceFile(() => prepared.commit(true));
      prepared.discard();
      expect(result.keptAs).not.toBeNull();
      expect(current.get().ledger.auditHead().seq).toBe(2);
      expect(current.operator()).toBe('mary.clerk');
    } finally {
      current.close();
    }
  });

  it('refuses to replace a ledger another Offer Desk still has open, and changes nothing', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const backup = join(s.dir, 'early.ledger');
    s.ok('backup', s.ledger, backup);
    const other = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: { now: () => '2003-03-20T15:00:00.000Z' }, operator: 'other' });
    try {
      // The other desk has written since it opened the file, so its write-ahead log holds the ledger's latest pages.
      s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'none');
      other.ledger.auditHead();
      const r = s.cli('restore', backup, s.ledger, '--replace');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${s.ledger} is open in Offer Desk (a window or another command): close it there, then restore`);
      expect(other.ledger.auditHead().seq).toBe(3);
    } finally {
      other.close();
    }
  });
});
