// The desk's clock, not the machine's: the main process (or the test harness, whose clock is
// controllable) says what time it is with every answer of the change watcher (once a second);
// we keep the offset and tick locally between them. The offer itself is a cached answer like any
// other, refetched when an extension or a settings change moves the head, and when the desk's
// clock crosses the expiration or a day: crossing 5:00 PM locks intake within about a second,
// without a reload.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OfferSummary } from '../../../main/ipc/dto';
import type { ApiError } from '../api/client';
import { useChangeWatcher } from '../api/LiveProvider';
import { useDeskQuery } from '../api/useApi';

const TICK_MS = 200;

interface OfferState {
  offer: OfferSummary | null;
  error: ApiError | null;
  /** Refetch now (after recording an extension or changing settings). */
  refresh: () => void;
}

const OfferContext = createContext<OfferState>({ offer: null, error: null, refresh: () => undefined });
/** Desk time in whole seconds (ms since epoch, floored): changes once a second, so consumers re-render once a second. */
const NowContext = createContext<number>(0);

export function DeskClockProvider({ children }: { children: ReactNode }) {
  const offerQuery = useDeskQuery('offer:get', {});
  const watcher = useChangeWatcher();
  const [nowSec, setNowSec] = useState(0);
  const offsetRef = useRef<number | null>(null);

  useEffect(() => {
    const tick = () => {
      if (offsetRef.current === null) return;
      setNowSec(Math.floor((Date.now() + offsetRef.current) / 1000) * 1000);
    };
    const unsubscribe = watcher.onSignal(({ signal, sent, received }) => {
      // Half the round trip is the best guess of when the desk read its clock.
      offsetRef.current = Date.parse(signal.now) - (sent + received) / 2;
      tick();
    });
    const tickTimer = window.setInterval(tick, TICK_MS);
    return () => {
      unsubscribe();
      window.clearInterval(tickTimer);
    };
  }, [watcher]);

  const { reload } = offerQuery;
  const refresh = useCallback(() => reload(), [reload]);
  const { data: offer, error } = offerQuery;
  // One value per answer (the cache keeps an unchanged answer's identity), so consumers of the
  // offer do not re-render on every tick.
  const value = useMemo(() => ({ offer, error, refresh }), [offer, error, refresh]);

  return (
    <OfferContext.Provider value={value}>
      <NowContext.Provider value={nowSec}>{children}</NowContext.Provider>
    </OfferContext.Provider>
  );
}

export function useOffer(): OfferState {
  return useContext(OfferContext);
}

/** Desk time (ms since epoch), updated once a second; 0 until the first answer. */
export function useDeskNow(): number {
  return useContext(NowContext);
}

export interface IntakeStatus {
  known: boolean;
  open: boolean;
  /** Milliseconds until the expiration (negative once passed). */
  remainingMs: number;
}

/** Intake is open while the desk's clock is at or before the expiration in force. */
export function useIntakeStatus(): IntakeStatus {
  const { offer } = useOffer();
  const now = useDeskNow();
  if (!offer || now === 0) return { known: false, open: false, remainingMs: 0 };
  const remainingMs = Date.parse(offer.expiresAt) - now;
  // The server's flag covers a closed ledger; the local comparison makes the lock land on time.
  return { known: true, open: offer.intakeOpen && remainingMs >= 0, remainingMs };
}
