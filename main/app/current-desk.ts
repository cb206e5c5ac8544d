// The desk the window is working on, swappable when the operator opens another ledger. The new
// ledger is opened *before* the old one is closed: if the chosen file is not a ledger, is newer
// than this Offer Desk, or its key is wrong, the desk in use stays open and nothing changes.
import type { Desk } from '../services/desk';
import { OfferDeskError } from '../core/errors';
import { endOfSession, startBackup } from '../services/auto-backup';
import { startInbox, stopInbox } from '../services/inbox-session';
import { log } from './log';

export class CurrentDesk {
  private desk: Desk | null;
  private currentPath: string;
  private readonly open: (ledgerPath: string, operator: string | null) => Desk;

  /** The app's data folder: each ledger opened is backed up, and its head written down (auto-backup.ts). */
  private readonly dataDir: string | null;

  constructor(open: (ledgerPath: string, operator: string | null) => Desk, ledgerPath: string, operator: string | null, dataDir: string | null = null) {
    this.open = open;
    this.dataDir = dataDir;
    this.desk = open(ledgerPath, operator);
    this.currentPath = ledgerPath;
    this.started(this.desk);
  }

  private started(desk: Desk): void {
    if (this.dataDir === null) return;
    const problem = startBackup(desk, this.dataDir);
    if (problem !== null) log('backup', problem);
    // Settings › Fax inbox: watched while this ledger is open (scanned at once).
    startInbox(desk, this.dataDir, (m) => log('inbox', m));
  }

  private letGo(desk: Desk): void {
    // Before the ledger closes: no scan writes to it afterwards.
    void stopInbox(desk);
    try {
      endOfSession(desk, this.dataDir);
    } catch (e) {
      log('backup', `could not write down the ledger's audit head: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  get ledgerPath(): string {
    return this.currentPath;
  }

  get(): Desk {
    if (this.desk === null) throw new OfferDeskError('internal', 'Offer Desk is shutting down; the ledger is already closed.');
    return this.desk;
  }

  /** Who is at the desk now, as the window was told; null until someone said. */
  operator(): string | null {
    return this.get().session().operator;
  }

  swap(ledgerPath: string): void {
    // The operator at the desk stays the same person when another ledger is opened.
    const next = this.open(ledgerPath, this.operator());
    const previous = this.desk;
    this.desk = next;
    this.currentPath = ledgerPath;
    if (previous !== null) {
      this.letGo(previous);
      closeQuietly(previous, 'the previous ledger');
    }
    this.started(next);
  }

  /**
   * File › Restore from backup…: the ledger file itself is replaced, so the desk lets it go first
   * and opens it again afterwards (whether or not `replace` succeeded), then backs it up as at start.
   */
  replaceFile<T>(replace: () => T): T {
    const operator = this.operator();
    const previous = this.get();
    this.letGo(previous);
    closeQuietly(previous, 'the ledger');
    this.desk = null;
    try {
      return replace();
    } finally {
      this.desk = this.open(this.currentPath, operator);
      this.started(this.desk);
    }
  }

  close(): void {
    if (this.desk === null) return;
    this.letGo(this.desk);
    closeQuietly(this.desk, 'the ledger');
    this.desk = null;
  }
}

/** Every write is already committed when close runs; a failure to close is reported, not fatal. */
function closeQuietly(desk: Desk, what: string): void {
  try {
    desk.close();
  } catch (e) {
    log('desk', `could not close ${what} cleanly: ${e instanceof Error ? e.message : String(e)}`);
  }
}
