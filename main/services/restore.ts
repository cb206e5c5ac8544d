// Restoring a backup: `offer-desk restore BACKUP LEDGER [--replace]` and File › Restore from backup….
// In two steps, so the window can show what it is about to do: `prepareRestore` copies the backup
// beside the ledger under a temporary name and proves the copy (SQLite's integrity_check, the
// manifest's SHA-256 when there is one, and verify: chain and records); `commit` then puts it in
// place with one rename, so there is never a half-written ledger. Nothing is replaced without
// `replace`, and a replaced ledger is kept beside it (`LEDGER.replaced-<time>`), never deleted.
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { formatInZone } from '../core/time';
import type { Instant } from '../core/types';
import { integrityProblems, releaseWal } from '../ledger/file-check';
import { openLedger, type LedgerReader, type WriteContext } from '../ledger/ledger';
import { lastEventAt, NO_KEY_NEEDED } from './backup';
import { manifestPathFor, readManifest, sha256OfFile } from './backup-store';

/** Where a ledger file ends: its last audit event. */
export interface LedgerEnd {
  path: string;
  ledgerId: string;
  seq: number;
  hash: string;
  /** The last event's time (an Instant). */
  at: string;
  /** "event 845, recorded 2003-03-28 17:02:00 ET", for confirmations and messages. */
  text: string;
}

export interface PreparedRestore {
  backup: LedgerEnd;
  /** The ledger the backup would replace, or null when there is none (or it cannot be read: `ledgerProblem`). */
  ledger: LedgerEnd | null;
  ledgerProblem: string | null;
  /** Puts the proven copy in place (refused without `replace` when a ledger is there). */
  commit(replace: boolean): RestoreResult;
  /** Removes the temporary copy; changes nothing else. */
  discard(): void;
}

export interface RestoreResult {
  ledgerPath: string;
  restored: LedgerEnd;
  /** Where the replaced ledger was kept, or null when there was none. */
  keptAs: string | null;
}

export function ledgerEnd(ledger: LedgerReader, path: string): LedgerEnd {
  const head = ledger.auditHead();
  const at = lastEventAt(ledger, head);
  const zone = ledger.settings().zone;
  return { path, ledgerId: ledger.info().ledgerId, seq: head.seq, hash: head.hash, at, text: `event ${head.seq}, recorded ${at === '' ? 'at an unknown time' : formatInZone(at, zone)}` };
}

/** The end of the ledger file at `path`, read through a normal opening (no upgrade is written). */
function readEnd(path: string): { end: LedgerEnd | null; problem: string | null } {
  if (!existsSync(path)) return { end: null, problem: null };
  try {
    const ledger = openLedger({ path, keyProvider: NO_KEY_NEEDED });
    try {
      return { end: ledgerEnd(ledger, path), problem: null };
    } finally {
      ledger.close();
    }
  } catch (e) {
    return { end: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

function refuseDamaged(backupPath: string, why: string, more: readonly string[] = []): never {
  throw new OfferDeskError('conflict', `The backup ${backupPath} cannot be restored: ${why}. Nothing was changed.`, more);
}

function removeCopy(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) rmSync(p, { force: true });
}

/** Verifies the backup (on a copy beside the ledger) before anything else is done. */
export function prepareRestore(backupPath: string, ledgerPath: string, opening: WriteContext): PreparedRestore {
  const backup = resolve(backupPath);
  const target = resolve(ledgerPath);
  if (!existsSync(backup) || !statSync(backup).isFile()) throw new OfferDeskError('not-found', `There is no backup at ${backup}. Nothing was changed.`);
  if (backup === target) throw new OfferDeskError('invalid-input', `${backup} is the ledger itself, not a backup of it. Nothing was changed.`);
  const manifest = existsSync(manifestPathFor(backup)) ? readManifest(manifestPathFor(backup)) : null;
  if (manifest !== null && sha256OfFile(backup) !== manifest.sha256) {
    refuseDamaged(backup, 'it has changed since it was taken (its SHA-256 is not the one in its manifest)');
  }
  const temp = `${target}.restoring-${process.pid}`;
  removeCopy(temp);
  try {
    copyFileSync(backup, temp);
    const damage = integrityProblems(temp);
    if (damage.length > 0) refuseDamaged(backup, `SQLite finds it damaged (${damage[0]})`, damage);
    let restored: LedgerEnd;
    let copy;
    try {
      // An older backup is upgraded in the copy (recorded as usual); the backup file is never opened.
      copy = openLedger({ path: temp, keyProvider: NO_KEY_NEEDED, opening });
    } catch (e) {
      refuseDamaged(backup, e instanceof Error ? e.message.replace(/\.$/, '') : String(e));
    }
    try {
      const report = copy.verify();
      if (!report.ok) refuseDamaged(backup, `it does not verify (${report.problems[0] ?? 'unknown problem'})`, report.problems);
      restored = ledgerEnd(copy, target);
    } finally {
      copy.close();
    }
    syncFile(temp);
    const existing = readEnd(target);
    if (existing.end !== null && existing.end.ledgerId !== restored.ledgerId) {
      refuseDamaged(backup, `it is a backup of another ledger (id ${restored.ledgerId}), not of ${target} (id ${existing.end.ledgerId})`);
    }
    let done = false;
    return {
      backup: { ...restored, path: backup },
      ledger: existing.end,
      ledgerProblem: existing.problem,
      discard: () => {
        if (!done) removeCopy(temp);
        done = true;
      },
      commit: (replace) => {
        if (done) throw new OfferDeskError('internal', 'this restore was already finished');
        try {
          return commitRestore(temp, backup, target, restored, replace, opening.at);
        } finally {
          done = true;
          removeCopy(temp);
        }
      },
    };
  } catch (e) {
    removeCopy(temp);
    throw e;
  }
}

function commitRestore(temp: string, backup: string, target: string, restored: LedgerEnd, replace: boolean, at: Instant): RestoreResult {
  const there = existsSync(target);
  if (there && !replace) {
    throw new OfferDeskError(
      'conflict',
      `${target} already exists; restoring ${backup} would replace it. Nothing was changed. ` +
        'To replace it, restore with --replace (the ledger it replaces is kept beside it).',
    );
  }
  let keptAs: string | null = null;
  if (there) {
    if (!releaseWal(target)) {
      throw new OfferDeskError(
        'conflict',
        `${target} is open in Offer Desk (a window or another command): close it there, then restore ${backup}. Nothing was changed.`,
      );
    }
    // Kept under a second name before the rename takes the first: the old ledger is never lost.
    keptAs = `${target}.replaced-${at.replace(/:/g, '-')}`;
    try {
      linkSync(target, keptAs);
    } catch {
      copyFileSync(target, keptAs);
    }
  }
  renameSync(temp, target);
  return { ledgerPath: target, restored, keptAs };
}

/** The copy is on disk before it takes the ledger's name. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One step, for the CLI: verify, then put in place (or refuse, changing nothing). */
export function restoreBackup(backupPath: string, ledgerPath: string, replace: boolean, opening: WriteContext): RestoreResult {
  const prepared = prepareRestore(backupPath, ledgerPath, opening);
  try {
    return prepared.commit(replace);
  } finally {
    prepared.discard();
  }
}
