// The one cheap signal the window watches instead of polling every screen: the audit head's
// sequence number. Every write appends an audit event in its own transaction, by this desk or by
// another process on the same file (the CLI), so a moved head is exactly "something changed".
// Asked with `since`, it also says which kinds of facts changed, so the window refetches only
// the answers built from them.
import { domainsOfEvents, type ChangeDomain } from '../core/change-domains';
import type { Instant } from '../core/types';
import type { LedgerReader } from '../ledger/ledger';
import type { DeskReader } from './desk-parts';

/**
 * Past this many events the kinds are not read (a roster import, a window asleep for a day):
 * the answer is then 'all', which costs the window one refetch of what it shows.
 */
export const MAX_KINDS_READ = 500;

export interface ChangeSignal {
  /** The audit head's sequence number (0 for a ledger with no events). */
  seq: number;
  /** Names the open ledger: another id means File > Open swapped it and nothing shown still holds. */
  ledgerId: string;
  /** The desk's clock, so the window's clock stays on it without a second call. */
  now: Instant;
  /**
   * What changed after `since`: the domains touched, 'all' when that is not cheap to say (or
   * `since` is ahead of this ledger's head), [] when nothing changed or `since` was not given.
   */
  changed: ChangeDomain[] | 'all';
}

// The ledger id never changes for an open ledger: read it once per ledger, not once a second.
const ledgerIds = new WeakMap<LedgerReader, string>();

function ledgerIdOf(ledger: LedgerReader): string {
  let id = ledgerIds.get(ledger);
  if (id === undefined) {
    id = ledger.info().ledgerId;
    ledgerIds.set(ledger, id);
  }
  return id;
}

export function changeSignal(parts: Pick<DeskReader, 'ledger' | 'now'>, since: number | null): ChangeSignal {
  const { ledger } = parts;
  const seq = ledger.auditHead().seq;
  const base = { seq, ledgerId: ledgerIdOf(ledger), now: parts.now() };
  if (since === null || since === seq) return { ...base, changed: [] };
  if (since > seq || seq - since > MAX_KINDS_READ) return { ...base, changed: 'all' };
  return { ...base, changed: domainsOfEvents(ledger.auditKindsBetween(since, seq)) };
}
