// A ledger the desk may only read (read-only media, or a file that failed its integrity check),
// as the desk tells it: the notice shown on opening, the refusal of every write, and the newest
// good backup offered for a damaged file. The words are core/ledger-access-words.ts's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OfferDeskError, isOfferDeskError } from '../core/errors';
import { listBackups } from './backup-store';
import { backupOfferText, readOnlyNotice, readOnlyRefusal, type BackupOffer } from '../core/ledger-access-words';
import type { LedgerAccess } from '../ledger/ledger';
import { translateSqliteError } from '../ledger/sql-errors';
import type { LedgerAccessInfo } from './offer-types';

export type { BackupOffer };

/** Finds the newest good backup of the ledger at a path; null when there is none. */
export type FindNewestBackup = (ledgerPath: string) => BackupOffer | null;

/**
 * The newest good backup of `ledgerPath`, offered when the ledger is damaged: the newest in the
 * backups folder whose bytes are still the ones its manifest recorded (it was verified when taken;
 * restore proves it again). Null when there is none: the message then says to use a copy kept elsewhere.
 */
export const newestBackupOf: FindNewestBackup = (ledgerPath) => {
  for (const backup of listBackups(ledgerPath).backups) {
    if (sha256OfFile(backup.path) !== backup.manifest.sha256) continue;
    return { path: backup.path, takenAt: `${backup.manifest.takenAt.slice(0, 19).replace('T', ' ')} UTC` };
  }
  return null;
};

function sha256OfFile(path: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

/** What the window's banner and the CLI's stderr say about this opening (nothing when writable). */
export function accessInfo(ledgerPath: string, access: LedgerAccess, newestBackup: BackupOffer | null): LedgerAccessInfo {
  if (access.writable) return { writable: true, code: null, notice: null, newestBackup: null };
  return {
    writable: false,
    code: access.code,
    notice: readOnlyNotice(ledgerPath, access, newestBackup),
    newestBackup: access.code === 'ledger-damaged' ? newestBackup : null,
  };
}

/** The refusal of a write to a ledger open for reading only, naming the backup where one is known. */
export function refuseWrite(ledgerPath: string, access: Extract<LedgerAccess, { writable: false }>, newestBackup: BackupOffer | null): OfferDeskError {
  return new OfferDeskError(access.code, readOnlyRefusal(ledgerPath, access, newestBackup));
}

/**
 * A ledger that could not be opened at all because it is not (or no longer) a readable ledger — a
 * garbage or truncated file, a damaged one — gets the newest backup offered in the same breath.
 * Anything else (a missing file, a newer format) is passed on as it is.
 */
export function offerBackupOnOpenFailure(e: unknown, ledgerPath: string, find: FindNewestBackup): unknown {
  const plain = translateSqliteError(e);
  if (!isOfferDeskError(plain) || (plain.code !== 'not-a-ledger' && plain.code !== 'ledger-damaged')) return plain;
  let newest: BackupOffer | null;
  try {
    newest = find(ledgerPath);
  } catch {
    // Looking for a backup must never hide why the ledger itself could not be opened.
    return plain;
  }
  if (newest === null) return plain;
  return new OfferDeskError(plain.code, `${plain.message} ${backupOfferText(ledgerPath, newest)}`, plain.details);
}
