// File > Save a backup copy…: a consistent copy of the open ledger, proven before it is trusted.
// The copy is written beside its destination under a temporary name, opened on its own and
// verified (audit chain and records), and only then renamed into place, so a failed backup
// never leaves a file that looks like a good one.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { openLedger } from '../ledger/ledger';
import type { KeyProvider } from '../ledger/key-provider';
import type { Desk } from './desk';

export interface BackupResult {
  path: string;
  events: number;
  headHash: string;
}

export function createBackup(desk: Desk, destPath: string, keyProvider?: KeyProvider): BackupResult {
  const open = resolve(desk.ledger.info().path);
  if ([open, `${open}-wal`, `${open}-shm`].includes(resolve(destPath))) {
    throw new OfferDeskError('conflict', 'A backup cannot be written over the ledger it copies; choose another file.');
  }
  const temp = `${destPath}.partial-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    const head = desk.ledger.backupTo(temp);
    // The key is only needed to read ID numbers; verifying the copy never decrypts one.
    const copy = openLedger({ path: temp, keyProvider: keyProvider ?? { key: () => { throw new OfferDeskError('internal', 'no key needed to verify'); } } });
    try {
      const report = copy.verify();
      const copyHead = copy.auditHead();
      if (!report.ok || copyHead.hash !== head.hash) {
        throw new OfferDeskError('internal', `The backup copy did not verify (${report.problems[0] ?? 'its last audit event differs from the ledger'}); nothing was saved.`);
      }
    } finally {
      copy.close();
    }
    if (existsSync(destPath)) rmSync(destPath);
    renameSync(temp, destPath);
    return { path: destPath, events: head.seq, headHash: head.hash };
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
  }
}
