// What the desk says about a ledger it may only read: the same words on the CLI's stderr, in a
// refused write, and in the window's banner. One builder, so the three never disagree.

/** Why a ledger is open for reading only (the ledger's LedgerAccess, without the ledger's types). */
export interface ReadOnlyWhy {
  code: 'read-only' | 'ledger-damaged';
  /** One clause: "its folder /media/cd is read-only", "SQLite's integrity check of the file found: …". */
  reason: string;
}

/**
 * The newest good backup of this ledger, where one is known. The BACKUPS work keeps them in
 * `<ledger>.backups/`; the desk passes the newest here (see services/ledger-damage.ts).
 */
export interface BackupOffer {
  path: string;
  /** When it was taken, as it is to be shown. */
  takenAt: string;
}

/**
 * The sentence that offers a backup of the ledger at `ledgerPath`: the newest one where it is
 * known, a plain "no backup was found" where the desk looked (null), and a general pointer where
 * it did not look (undefined: the ledger layer, which knows nothing of backups).
 */
export function backupOfferText(ledgerPath: string, newestBackup: BackupOffer | null | undefined): string {
  if (newestBackup === undefined) return 'Restore it from its newest backup.';
  if (newestBackup === null) return 'No backup of it was found beside it; restore it from a copy you keep elsewhere.';
  return (
    `The newest good backup is ${newestBackup.path} (taken ${newestBackup.takenAt}): ` +
    `restore it with \`offer-desk restore ${newestBackup.path} ${ledgerPath} --replace\`, or from the window's Settings.`
  );
}

/** Said once, when a ledger is opened for reading only: on the CLI's stderr and in the window's banner. */
export function readOnlyNotice(ledgerPath: string, why: ReadOnlyWhy, newestBackup?: BackupOffer | null): string {
  if (why.code === 'read-only') {
    return `${ledgerPath} is open for reading only because ${why.reason}: it can be viewed and verified, but nothing can be recorded in it.`;
  }
  return (
    `${ledgerPath} is damaged (${why.reason}). It is open for reading only and will not be written to. ` +
    backupOfferText(ledgerPath, newestBackup)
  );
}

/** The refusal of any write to a ledger open for reading only: one sentence and what to do. */
export function readOnlyRefusal(ledgerPath: string, why: ReadOnlyWhy, newestBackup?: BackupOffer | null): string {
  if (why.code === 'read-only') {
    return `Nothing can be recorded in ${ledgerPath}: ${why.reason}, so it is open for reading only. Nothing was written.`;
  }
  return (
    `Nothing can be recorded in ${ledgerPath}: it failed its integrity check, so it is open for reading only and is never written to. ` +
    `Nothing was written. ${backupOfferText(ledgerPath, newestBackup)}`
  );
}
