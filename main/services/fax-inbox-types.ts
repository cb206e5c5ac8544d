// What Settings › Fax inbox shows and saves (the `inbox:get` / `inbox:set` channels), re-exported
// for the renderer by ipc/dto.ts.
import type { Instant } from '../core/types';

/** The inbox of one ledger on this computer (kept in the app's per-ledger state, not the ledger). */
export interface InboxSettings {
  /** The folder the fax server drops received faxes into (absolute). */
  dir: string;
  /** HylaFAX's xferfaxlog (absolute), or null: receipt times are then the inbox arrival. */
  xferfaxlog: string | null;
  /** The IANA zone of the fax server's clock (its log's times are its local time). */
  serverZone: string;
}

export interface InboxProblemView {
  file: string;
  reason: string;
}

/** The watcher of the open ledger's inbox, as it stands. */
export interface InboxStatus {
  watching: boolean;
  scanning: boolean;
  /** When the last scan finished (the desk's clock); null before the first. */
  lastScanAt: Instant | null;
  /** Faxes put on record since the watcher started. */
  recorded: number;
  /** Files skipped this session (not faxes, unreadable) and notes on faxes recorded, one per file. */
  problems: InboxProblemView[];
  /** Files held back for a moment: still being written, or waiting for their log line. */
  waiting: string[];
  /** Why the watcher is not watching, or what went wrong last (the log unreadable, …); null when all is well. */
  error: string | null;
}

export interface InboxView {
  settings: InboxSettings | null;
  /** False when the desk has no data folder to keep the setting in (the settings cannot be saved). */
  editable: boolean;
  /** The default for the fax server's zone: the offer's. */
  offerZone: string;
  status: InboxStatus;
}
