// Settings › Backups: where the automatic backups are, how many are kept, and which there are.
import { formatAnchor } from '../core/anchor';
import { backupsKept, setBackupsKept } from './auto-backup';
import { listBackups } from './backup-store';
import type { BackupsInfo } from './backup-types';
import type { Desk } from './desk';
import { OfferDeskError } from '../core/errors';

export function backupsInfo(desk: Desk, dataDir: string | null): BackupsInfo {
  const info = desk.ledger.info();
  const listing = listBackups(info.path);
  return {
    folder: listing.folder,
    keep: backupsKept(info.path, info.ledgerId, dataDir),
    keepEditable: dataDir !== null,
    backups: listing.backups
      .filter((b) => b.manifest.ledgerId === info.ledgerId)
      .map((b) => ({ file: b.manifest.file, takenAt: b.manifest.takenAt, why: b.manifest.why, seq: b.manifest.head.seq, anchor: formatAnchor(b.manifest.head) })),
    unreadable: listing.unreadable.length,
    anchor: formatAnchor(desk.ledger.auditHead()),
  };
}

/** The count is kept in the app's data folder; a desk without one (the CLI) cannot change it. */
export function setBackupsKeep(desk: Desk, dataDir: string | null, keep: number): BackupsInfo {
  if (dataDir === null) throw new OfferDeskError('invalid-input', 'This desk has no data folder to keep the setting in; nothing was changed.');
  setBackupsKept(desk, dataDir, keep);
  return backupsInfo(desk, dataDir);
}
