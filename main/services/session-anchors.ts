// The head kept in the app's per-ledger state (ledger-state.ts). It is written down when a ledger is
// opened (with the start backup), at the close of the offer, at every backup and when the window
// lets the ledger go (quit, or another ledger opened): the moments between which the file is out of
// the desk's hands, which is when a copy can be swapped in or its tail cut off. Writing it after
// every write would add a file write to each keystroke's save and catch nothing more: while the
// desk has the file open, it is the desk that writes it.
import { hashMatches } from '../core/anchor';
import type { LedgerReader } from '../ledger/ledger';
import type { BackupSource } from './backup';
import { readLedgerState, rememberHead } from './ledger-state';

/** Whether the ledger still holds the anchored event with the anchored hash (it may have grown since). */
export function ledgerHolds(ledger: LedgerReader, anchor: { seq: number; hash: string }): boolean {
  if (anchor.seq === 0) return true;
  const event = ledger.auditEvents({ afterSeq: anchor.seq - 1, limit: 1 })[0];
  return event !== undefined && event.seq === anchor.seq && hashMatches(event.hash, anchor.hash);
}

/**
 * Writes down the ledger's head, unless the ledger no longer holds the head written down before
 * (shorter, or another history): that evidence is kept for verify, never overwritten. Returns
 * whether it was written.
 */
export function rememberHeadOf(desk: BackupSource, dataDir: string, when: string): boolean {
  const info = desk.ledger.info();
  const before = readLedgerState(dataDir, info.ledgerId)?.head ?? null;
  if (before !== null && !ledgerHolds(desk.ledger, before)) return false;
  rememberHead(dataDir, info.ledgerId, info.path, desk.ledger.auditHead(), desk.now(), when);
  return true;
}
