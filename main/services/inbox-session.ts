// Which inbox watcher runs for which open desk. The window (main/app/current-desk.ts) and the
// browser harness (main/harness/open-harness-desk.ts) start one when they open a ledger whose inbox
// is set on this computer, and stop it when they let the ledger go; `inbox:set` restarts it.
import { closingView } from './closing-view';
import type { Desk } from './desk';
import type { InboxSettings, InboxStatus } from './fax-inbox-types';
import { DEFAULT_INBOX_TIMING, InboxWatcher, type InboxWatcherTiming } from './inbox-watcher';
import { readLedgerState } from './ledger-state';

const watchers = new WeakMap<Desk, InboxWatcher>();
let timing: InboxWatcherTiming = DEFAULT_INBOX_TIMING;

/** Tests shorten the waits (the fax server's writing, its log line) so nothing depends on seconds passing. */
export function setInboxTiming(change: Partial<InboxWatcherTiming>): void {
  timing = { ...timing, ...change };
}

export function inboxWatcherOf(desk: Desk): InboxWatcher | null {
  return watchers.get(desk) ?? null;
}

export function readInboxSettings(desk: Desk, dataDir: string | null): InboxSettings | null {
  if (dataDir === null) return null;
  return readLedgerState(dataDir, desk.ledger.info().ledgerId)?.inbox ?? null;
}

/** Why a desk with inbox settings is not watching them (no watcher at all), or null. */
export function whyNotWatching(desk: Desk): string | null {
  const access = desk.ledger.access();
  if (!access.writable) return 'This ledger is open for reading only: faxes are not put on record from the inbox.';
  const closed = closingView(desk.ledger, desk.ledger.settings().zone);
  if (closed !== null) return `${closed.sentence} Faxes are no longer put on record from the inbox.`;
  return null;
}

/**
 * Starts watching the inbox of the desk's ledger (stopping a watcher it had), when one is set on
 * this computer and the ledger takes records. Never throws: the desk opens whatever the inbox does.
 */
export function startInbox(desk: Desk, dataDir: string | null, log: (message: string) => void = () => {}): InboxWatcher | null {
  const before = watchers.get(desk);
  if (before !== undefined) {
    watchers.delete(desk);
    void before.stop();
  }
  try {
    const settings = readInboxSettings(desk, dataDir);
    if (settings === null || whyNotWatching(desk) !== null) return null;
    const watcher = new InboxWatcher(desk.parts, settings, timing, (m) => log(m));
    watchers.set(desk, watcher);
    watcher.start();
    return watcher;
  } catch (e) {
    log(`The fax inbox could not be watched: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** When the desk lets the ledger go: no scan writes to it after this. */
export function stopInbox(desk: Desk): Promise<void> {
  const watcher = watchers.get(desk);
  if (watcher === undefined) return Promise.resolve();
  watchers.delete(desk);
  return watcher.stop();
}

const IDLE: InboxStatus = { watching: false, scanning: false, lastScanAt: null, recorded: 0, problems: [], waiting: [], error: null };

export function inboxStatus(desk: Desk, settings: InboxSettings | null): InboxStatus {
  const watcher = watchers.get(desk);
  if (watcher !== undefined) return watcher.status();
  return { ...IDLE, error: settings === null ? null : whyNotWatching(desk) };
}
