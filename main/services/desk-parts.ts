// What the desk's domain services work with: the open ledger, the elections as they stand (the
// snapshot), the clock, and who is keying. Read paths take a DeskReader (the ledger's read-only
// face), so a screen or report cannot write by mistake; writes take DeskParts.
import type { Instant } from '../core/types';
import type { Ledger, LedgerReader } from '../ledger/ledger';
import type { Snapshot } from './snapshot';

/** Named in records the app makes before a person is (creating or upgrading a ledger at start). */
export const UNNAMED_OPERATOR = 'Offer Desk (before an operator was named)';
export const NO_OPERATOR = 'Say who is keying first: every record names the person who keyed it (the window asks for your name; the header changes it).';

export interface DeskReader {
  readonly ledger: LedgerReader;
  /** The elections as the ledger stands now (re-judged after any write, by this desk or another process). */
  snapshot(): Snapshot;
  now(): Instant;
  /** Who is keying, or null until the person at the desk has said (previews work; records are refused). */
  operatorOrNull(): string | null;
}

export interface DeskParts extends DeskReader {
  readonly ledger: Ledger;
  /** Who is keying this write; refused in plain words when nobody has said. */
  operator(): string;
  /**
   * Runs `fn` in one ledger transaction against the snapshot current inside it. `holders`: the
   * employee ids whose paper the write touched, re-judged alone afterwards; `null` when the write
   * is offer-wide (an extension, a waiver): the next snapshot is taken afresh.
   */
  write<T>(fn: (snap: Snapshot) => { value: T; holders: readonly string[] | null }): T;
}
