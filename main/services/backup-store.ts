// The backups folder beside a ledger: `<ledger file>.backups/`, one `<name>.ledger` per backup and
// beside it `<name>.json`, its manifest (which ledger, from where, when, why, the audit head it
// ends with and the backup file's SHA-256). The one place that knows the folder's layout: the
// automatic backups write it, verify reads its anchors, Settings shows it, and a damaged ledger
// is offered "the newest good backup" from `listBackups`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Instant } from '../core/types';

export const BACKUP_REASONS = ['start', 'close', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many automatic backups a ledger keeps unless its state says otherwise. */
export const DEFAULT_BACKUPS_KEPT = 10;
export const MIN_BACKUPS_KEPT = 1;
export const MAX_BACKUPS_KEPT = 1000;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z.object({
  manifest: z.literal(1),
  ledgerId: z.string().min(1),
  sourcePath: z.string().min(1),
  takenAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  why: z.enum(BACKUP_REASONS),
  head: z.object({ seq: z.number().int().min(0), hash: hex64 }),
  /** When the last event was recorded (its `at`), so a person can tell the copies apart. */
  lastEventAt: z.string(),
  /** The backup file's name (in the same folder as the manifest). */
  file: z.string().min(1),
  sha256: hex64,
  bytes: z.number().int().min(0),
  /** How many automatic backups were kept when this one was taken (the count a later rotation honours). */
  keep: z.number().int().min(MIN_BACKUPS_KEPT).max(MAX_BACKUPS_KEPT),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface ListedBackup {
  /** Full path of the backup file. */
  path: string;
  manifestPath: string;
  manifest: BackupManifest;
}

export interface BackupListing {
  folder: string;
  /** Newest first (taken at, then audit head). */
  backups: ListedBackup[];
  /** Manifests that could not be read or do not describe a file that is there (named, not trusted). */
  unreadable: string[];
}

/** `<ledger file>.backups`, beside the ledger: it moves with the ledger's folder and names its ledger. */
export function backupsFolderFor(ledgerPath: string): string {
  return `${resolve(ledgerPath)}.backups`;
}

export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every backup in the folder beside `ledgerPath` with its manifest, newest first. */
export function listBackups(ledgerPath: string): BackupListing {
  const folder = backupsFolderFor(ledgerPath);
  const listing: BackupListing = { folder, backups: [], unreadable: [] };
  if (!existsSync(folder)) return listing;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const manifestPath = join(folder, name);
    const manifest = readManifest(manifestPath);
    const path = manifest === null ? '' : join(folder, manifest.file);
    if (manifest === null || basename(manifest.file) !== manifest.file || !existsSync(path)) {
      listing.unreadable.push(manifestPath);
      continue;
    }
    listing.backups.push({ path, manifestPath, manifest });
  }
  listing.backups.sort(newestFirst);
  return listing;
}

function newestFirst(a: ListedBackup, b: ListedBackup): number {
  const at = b.manifest.takenAt.localeCompare(a.manifest.takenAt);
  if (at !== 0) return at;
  const seq = b.manifest.head.seq - a.manifest.head.seq;
  return seq !== 0 ? seq : b.manifest.file.localeCompare(a.manifest.file);
}

export function readManifest(path: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The manifest beside a backup file anywhere (`FILE.json`), for backups saved outside the folder. */
export function manifestPathFor(backupPath: string): string {
  return backupPath.endsWith('.ledger') ? `${backupPath.slice(0, -'.ledger'.length)}.json` : `${backupPath}.json`;
}

/** Written under a temporary name and renamed: a manifest is whole or absent. */
export function writeManifest(path: string, manifest: BackupManifest): void {
  const temp = `${path}.partial-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

/**
 * A file name for a new backup in the folder: the ledger's name, the time taken and why, e.g.
 * `offer 2003-03-28T22-02-00Z start.ledger` (no colons, so the name is valid on every system).
 */
export function newBackupName(ledgerPath: string, takenAt: Instant, why: BackupReason): string {
  const folder = backupsFolderFor(ledgerPath);
  const stem = `${basename(ledgerPath, '.ledger')} ${takenAt.slice(0, 19).replace(/:/g, '-')}Z ${why}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.ledger` : `${stem} ${n}.ledger`;
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, manifestPathFor(name)))) return name;
  }
}

/** Removes a backup and its manifest (manifest first: a backup without one is never trusted as an anchor). */
export function removeBackup(backup: ListedBackup): void {
  rmSync(backup.manifestPath, { force: true });
  rmSync(backup.path, { force: true });
}
