// File > Save a backup copy…, `offer-desk backup`, and the automatic backups: a consistent copy of
// the open ledger, proven before it is trusted. The copy is written beside its destination under a
// temporary name, opened on its own and verified (audit chain and records), and only then renamed
// into place, so a failed backup never leaves a file that looks like a good one. Beside it goes its
// manifest (backup-store.ts): the audit head it ends with, kept outside the ledger as an anchor.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { openLedger, type AuditHead, type Ledger, type LedgerReader } from '../ledger/ledger';
import type { KeyProvider } from '../ledger/key-provider';
import { DEFAULT_BACKUPS_KEPT, manifestPathFor, readManifest, sha256OfFile, writeManifest, type BackupManifest, type BackupReason } from './backup-store';
import type { Instant } from '../core/types';

/** What a backup needs of a desk: its ledger and its clock (a Desk, or the DeskParts a service is given). */
export interface BackupSource {
  readonly ledger: Ledger;
  now(): Instant;
}

export interface BackupResult {
  path: string;
  events: number;
  headHash: string;
  /** Where its manifest was written; null when a file that is not a manifest was in the way. */
  manifestPath: string | null;
  manifest: BackupManifest;
}

export interface BackupOptions {
  why?: BackupReason;
  /** Recorded in the manifest: how many automatic backups are kept (see auto-backup.ts). */
  keep?: number;
  keyProvider?: KeyProvider;
}

/** Verifying a copy never decrypts an ID number, so it needs no key. */
export const NO_KEY_NEEDED: KeyProvider = {
  key: () => {
    throw new OfferDeskError('internal', 'no key is needed to verify a ledger');
  },
};

/** The last event's time, for manifests and for the restore confirmation. */
export function lastEventAt(ledger: LedgerReader, head: AuditHead): string {
  return ledger.auditEvents({ afterSeq: head.seq - 1, limit: 1 })[0]?.at ?? '';
}

export function createBackup(desk: BackupSource, destPath: string, options: BackupOptions = {}): BackupResult {
  const open = resolve(desk.ledger.info().path);
  if ([open, `${open}-wal`, `${open}-shm`].includes(resolve(destPath))) {
    throw new OfferDeskError('conflict', 'A backup cannot be written over the ledger it copies; choose another file.');
  }
  const takenAt = desk.now();
  const temp = `${destPath}.partial-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    // Another process may write while the copy is taken: the copy is one consistent moment at or
    // after `before`, and its own head (proven by verifying it) is the head it records.
    const before = desk.ledger.auditHead();
    desk.ledger.backupTo(temp);
    const copy = openLedger({ path: temp, keyProvider: options.keyProvider ?? NO_KEY_NEEDED });
    let head: AuditHead;
    let at: string;
    try {
      const report = copy.verify();
      head = copy.auditHead();
      at = lastEventAt(copy, head);
      const behind = head.seq < before.seq || (head.seq === before.seq && head.hash !== before.hash);
      if (!report.ok || behind) {
        throw new OfferDeskError('internal', `The backup copy did not verify (${report.problems[0] ?? 'its last audit event differs from the ledger'}); nothing was saved.`);
      }
    } finally {
      copy.close();
    }
    const manifest: BackupManifest = {
      manifest: 1,
      ledgerId: desk.ledger.info().ledgerId,
      sourcePath: open,
      takenAt,
      why: options.why ?? 'manual',
      head: { seq: head.seq, hash: head.hash },
      lastEventAt: at,
      file: basename(destPath),
      sha256: sha256OfFile(temp),
      bytes: statSync(temp).size,
      keep: options.keep ?? DEFAULT_BACKUPS_KEPT,
    };
    if (existsSync(destPath)) rmSync(destPath);
    renameSync(temp, destPath);
    // A file of the operator's that merely has the manifest's name is left alone.
    const manifestPath = manifestPathFor(destPath);
    const free = !existsSync(manifestPath) || readManifest(manifestPath) !== null;
    if (free) writeManifest(manifestPath, manifest);
    return { path: destPath, events: head.seq, headHash: head.hash, manifestPath: free ? manifestPath : null, manifest };
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
  }
}
