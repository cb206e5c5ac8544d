// What the desk says about the offer and the session: the settings in force, the schedule, the audit check.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { Extension, Instant, OfferSettings } from '../core/types';
import type { ClosingView } from './closing-types';

export interface SessionInfo {
  /** Who is keying; null until the person at the desk has said (the window then asks). */
  operator: string | null;
  ledgerPath: string;
  /** The desk's clock (controllable in the test harness): the UI counts down from this, not its own. */
  now: Instant;
}

/**
 * Whether the open ledger may be written, for the window's banner: a ledger on read-only media or
 * one that failed its integrity check is open for reading only (services/ledger-damage.ts).
 */
export interface LedgerAccessInfo {
  writable: boolean;
  code: 'read-only' | 'ledger-damaged' | null;
  /** The one paragraph the banner shows (and the CLI prints on stderr); null when writable. */
  notice: string | null;
  /** The newest good backup, offered for a damaged ledger; null when none is known. */
  newestBackup: { path: string; takenAt: string } | null;
}

export interface ScheduleDates {
  /** Earliest the offer may expire: end of the 20th business day after commencement. */
  earliestPermittedExpiration: Instant;
  /** Latest moment an extension of the current expiration may be announced (9:00 a.m. ET next business day). */
  extensionAnnouncementDeadline: Instant;
}

export interface OfferSummary {
  settings: OfferSettings;
  /** The expiration in force (the last extension's, or the original). */
  expiresAt: Instant;
  /** `expiresAt` formatted in the offer's zone, e.g. "2003-03-31 17:00:00 ET". */
  expiresAtText: string;
  intakeOpen: boolean;
  now: Instant;
  extensions: Extension[];
  schedule: ScheduleDates;
  /** The close on record (who, when, the dates), or null while the offer is open: every screen shows CLOSED from it. */
  closing: ClosingView | null;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  problems: string[];
}
