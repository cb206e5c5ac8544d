// The one thing in the window that asks the desk on a timer: `changes:get`, once a second, on
// focus, and right after this window's own writes. When the audit head moved (a write here, in
// another window, or by the CLI on the same file) it invalidates only the cached answers built from
// what changed; nothing else polls. A refetch never cancels one already running: a slow answer is
// shown when it arrives, and refetched afterwards if a change came in while it was being computed.
import type { Query, QueryClient } from '@tanstack/react-query';
import { calendarDateInZone } from '../../../main/core/time';
import type { Channel } from '../../../main/ipc/contract';
import type { ChangeSignal, OfferSummary } from '../../../main/ipc/dto';
import { CHANNEL_USES, readsAny, readsClock, type Domain } from './channel-uses';
import { invoke, onWrite } from './client';
import { CHANGE_DOMAINS } from '../../../main/core/change-domains';
import { deskQueryKey } from './query-client';

export const WATCH_MS = 1000;

/** One answer of the signal with when it was asked and answered (the desk clock's offset needs both). */
export interface SignalSeen {
  signal: ChangeSignal;
  sent: number;
  received: number;
}

export class ChangeWatcher {
  private seq: number | null = null;
  private ledgerId: string | null = null;
  private clockEpoch: string | null = null;
  private checking = false;
  private checkAgain = false;
  private timer: number | null = null;
  /** Queries invalidated while their fetch was running: that answer may predate the change. */
  private readonly owed = new Set<string>();
  private readonly listeners = new Set<(seen: SignalSeen) => void>();
  private cleanups: (() => void)[] = [];

  constructor(private readonly client: QueryClient) {}

  start(): void {
    if (this.timer !== null) return;
    // A hidden window need not keep up; it catches up the moment it is shown.
    this.timer = window.setInterval(() => {
      if (!document.hidden) void this.check();
    }, WATCH_MS);
    const checkNow = () => {
      if (!document.hidden) void this.check();
    };
    window.addEventListener('focus', checkNow);
    document.addEventListener('visibilitychange', checkNow);
    this.cleanups.push(() => window.removeEventListener('focus', checkNow));
    this.cleanups.push(() => document.removeEventListener('visibilitychange', checkNow));
    this.cleanups.push(
      onWrite((channel) => {
        const use = CHANNEL_USES[channel];
        if (use.kind === 'write' && use.session) this.refresh((c) => readsAny(c, ['session']));
        void this.check();
      }),
    );
    this.cleanups.push(
      this.client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        const settled = event.action.type === 'success' || event.action.type === 'error';
        if (settled && this.owed.delete(event.query.queryHash)) {
          void this.client.invalidateQueries({ queryKey: event.query.queryKey, exact: true }, { cancelRefetch: false });
        }
      }),
    );
    void this.check();
  }

  stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
  }

  /** Called with every answer of the signal (the desk clock keeps its offset from these). */
  onSignal(listener: (seen: SignalSeen) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks the desk what changed now. One call at a time; a request meanwhile asks once more after it. */
  async check(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        await this.checkOnce();
      } while (this.checkAgain);
    } finally {
      this.checking = false;
    }
  }

  private async checkOnce(): Promise<void> {
    const sent = Date.now();
    const r = await invoke('changes:get', this.seq === null ? {} : { since: this.seq });
    const received = Date.now();
    // A failed check is asked again on the next tick; the screens show their own errors.
    if (!r.ok) return;
    this.apply(r.value);
    for (const listener of this.listeners) listener({ signal: r.value, sent, received });
  }

  private apply(signal: ChangeSignal): void {
    if (this.ledgerId !== null && signal.ledgerId !== this.ledgerId) {
      // Another ledger was opened: nothing shown still holds, the session included.
      this.refresh(() => true);
    } else if (this.seq !== null && signal.seq !== this.seq) {
      const changed: readonly Domain[] = signal.changed === 'all' ? CHANGE_DOMAINS : signal.changed;
      this.refresh((channel) => readsAny(channel, changed));
    }
    this.ledgerId = signal.ledgerId;
    this.seq = signal.seq;
    const epoch = this.clockEpochAt(signal.now);
    if (epoch !== null) {
      if (this.clockEpoch !== null && epoch !== this.clockEpoch) this.refresh(readsClock);
      this.clockEpoch = epoch;
    }
  }

  /**
   * What of the desk's clock the answers depend on: the day in the offer's zone (due, overdue)
   * and which side of the expiration it is. Null until the offer is known.
   */
  private clockEpochAt(now: string): string | null {
    const offer = this.client.getQueryData<OfferSummary>(deskQueryKey('offer:get', {}));
    if (!offer) return null;
    const passed = Date.parse(now) > Date.parse(offer.expiresAt);
    return `${calendarDateInZone(now, offer.settings.zone)} ${passed ? 'after' : 'before'} ${offer.expiresAt}`;
  }

  /** Invalidates the cached answers of the channels `stale` names, never cancelling a running fetch. */
  private refresh(stale: (channel: Channel) => boolean): void {
    const predicate = (query: Query): boolean => {
      const channel = query.queryKey[0];
      return typeof channel === 'string' && channel in CHANNEL_USES && stale(channel as Channel);
    };
    for (const query of this.client.getQueryCache().findAll({ predicate })) {
      if (query.state.fetchStatus === 'fetching') this.owed.add(query.queryHash);
    }
    void this.client.invalidateQueries({ predicate }, { cancelRefetch: false });
  }
}
