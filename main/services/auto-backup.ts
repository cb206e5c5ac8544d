// The automatic backups: one at every start (the window and the web harness opening a ledger) and
// one at the close of the offer, into the folder beside the ledger (backup-store.ts), keeping the
// newest N. Each is taken with the online copy and verified before it is kept (backup.ts); the
// oldest are removed only after the new one is safely in place.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { createBackup, type BackupResult, type BackupSource } from './backup';
import { backupsFolderFor, DEFAULT_BACKUPS_KEPT, listBackups, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT, newBackupName, removeBackup, type BackupReason } from './backup-store';
import { readLedgerState, updateLedgerState } from './ledger-state';
import { rememberHeadOf } from './session-anchors';

export interface AutomaticBackupOptions {
  /** The app's data folder (per-ledger state: the count kept, the head seen); null from the CLI. */
  dataDir?: string | null;
}

export interface AutomaticBackupResult {
  backup: BackupResult;
  /** Backups removed because more than `keep` were in the folder. */
  removed: string[];
  keep: number;
}

/**
 * How many automatic backups this ledger keeps: the count set on this computer, else the count
 * the newest backup was taken with (so the CLI's close never trims what the window keeps), else 10.
 */
export function backupsKept(ledgerPath: string, ledgerId: string, dataDir: string | null): number {
  const set = dataDir === null ? null : (readLedgerState(dataDir, ledgerId)?.keepBackups ?? null);
  if (set !== null) return set;
  return listBackups(ledgerPath).backups[0]?.manifest.keep ?? DEFAULT_BACKUPS_KEPT;
}

/** Settings › Backups: keep this many automatic backups of the ledger (applied at the next backup). */
export function setBackupsKept(desk: BackupSource, dataDir: string, keep: number): number {
  if (!Number.isSafeInteger(keep) || keep < MIN_BACKUPS_KEPT || keep > MAX_BACKUPS_KEPT) {
    throw new OfferDeskError('invalid-input', `Keep between ${MIN_BACKUPS_KEPT} and ${MAX_BACKUPS_KEPT} automatic backups, not ${keep}.`);
  }
  const info = desk.ledger.info();
  updateLedgerState(dataDir, info.ledgerId, info.path, { keepBackups: keep });
  return keep;
}

export function automaticBackup(desk: BackupSource, why: Exclude<BackupReason, 'manual'>, options: AutomaticBackupOptions = {}): AutomaticBackupResult {
  const dataDir = options.dataDir ?? null;
  const info = desk.ledger.info();
  const keep = backupsKept(info.path, info.ledgerId, dataDir);
  const folder = backupsFolderFor(info.path);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const backup = createBackup(desk, join(folder, newBackupName(info.path, desk.now(), why)), { why, keep });
  // Only this ledger's backups count (a folder copied from another ledger's is left alone).
  const ours = listBackups(info.path).backups.filter((b) => b.manifest.ledgerId === info.ledgerId);
  const removed: string[] = [];
  for (const old of ours.slice(keep)) {
    if (old.path === backup.path) continue;
    removeBackup(old);
    removed.push(old.path);
  }
  if (dataDir !== null) rememberHeadOf(desk, dataDir, why === 'start' ? 'at start' : 'at the close of the offer');
  return { backup, removed, keep };
}

/**
 * The backup taken when a ledger is opened (the window, the web harness). A failure never stops
 * the desk from opening: it is returned as a sentence for the log and the operator.
 */
export function startBackup(desk: BackupSource, dataDir: string | null): string | null {
  // A ledger the desk may only read is not copied: a damaged file's copies would push the good
  // backups out of the folder, and read-only media has no folder to write them to.
  if (!desk.ledger.access().writable) return null;
  try {
    automaticBackup(desk, 'start', { dataDir });
    return null;
  } catch (e) {
    return `The automatic backup at start could not be taken (${e instanceof Error ? e.message : String(e)}); the ledger is open and unchanged.`;
  }
}

/** When the window lets a ledger go (quit, or another ledger opened): its head is written down. */
export function endOfSession(desk: BackupSource, dataDir: string | null): void {
  if (dataDir !== null) rememberHeadOf(desk, dataDir, 'when the window closed it');
}
