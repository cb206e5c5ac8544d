// What a service split out of the Desk needs from it: the ledger, the current snapshot, the clock,
// who is keying, and a way to write that keeps the snapshot cache honest (re-judging only the
// holders the write touched, when it can).
import type { Instant } from '../core/types';
import type { Ledger } from '../ledger/ledger';
import type { Snapshot } from './snapshot';

export interface DeskParts {
  readonly ledger: Ledger;
  snapshot(): Snapshot;
  now(): Instant;
  operator(): string;
  /**
   * Runs `fn` in one ledger transaction against the snapshot current inside it. `holders`: the
   * employee ids whose paper the write touched, re-judged alone afterwards; `null` when the write
   * is offer-wide (an extension, a waiver): the next snapshot is taken afresh.
   */
  write<T>(fn: (snap: Snapshot) => { value: T; holders: readonly string[] | null }): T;
}
