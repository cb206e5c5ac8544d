// The desk the window is working on, swappable when the operator opens another ledger. The new
// ledger is opened *before* the old one is closed: if the chosen file is not a ledger, is newer
// than this Offer Desk, or its key is wrong, the desk in use stays open and nothing changes.
import type { Desk } from '../services/desk';
import { OfferDeskError } from '../core/errors';
import { log } from './log';

export class CurrentDesk {
  private desk: Desk | null;
  private currentPath: string;
  private readonly open: (ledgerPath: string, operator: string | null) => Desk;

  constructor(open: (ledgerPath: string, operator: string | null) => Desk, ledgerPath: string, operator: string | null) {
    this.open = open;
    this.desk = open(ledgerPath, operator);
    this.currentPath = ledgerPath;
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
    if (previous !== null) closeQuietly(previous, 'the previous ledger');
  }

  close(): void {
    if (this.desk === null) return;
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
