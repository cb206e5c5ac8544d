// The desk's clock, not the machine's: the main process (or the test harness, whose clock is
// controllable) says what time it is; we keep the offset and tick locally between polls. Polling
// `offer:get` every second also picks up extensions and a harness clock that jumped, so crossing
// the expiration locks intake within about a second, without a reload.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { OfferSummary } from '../../../main/ipc/dto';
import { invoke, type ApiError } from '../api/client';

const POLL_MS = 1000;
const TICK_MS = 200;

interface OfferState {
  offer: OfferSummary | null;
  error: ApiError | null;
  /** Poll now (after recording an extension or changing settings). */
  refresh: () => void;
}

const OfferContext = createContext<OfferState>({ offer: null, error: null, refresh: () => undefined });
/** Desk time in whole seconds (ms since epoch, floored): changes once a second, so consumers re-render once a second. */
const NowContext = createContext<number>(0);

export function DeskClockProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<OfferSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [nowSec, setNowSec] = useState(0);
  const offsetRef = useRef<number | null>(null);
  const offerKeyRef = useRef('');

  const poll = useCallback(async () => {
    const sent = Date.now();
    const result = await invoke('offer:get', {});
    const received = Date.now();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const { now, ...rest } = result.value;
    // Half the round trip is the best guess of when the desk read its clock.
    offsetRef.current = Date.parse(now) - (sent + received) / 2;
    const key = JSON.stringify(rest);
    if (key !== offerKeyRef.current) {
      offerKeyRef.current = key;
      setOffer(result.value);
    }
    setNowSec(Math.floor((Date.now() + offsetRef.current) / 1000) * 1000);
  }, []);

  useEffect(() => {
    void poll();
    const pollTimer = window.setInterval(() => void poll(), POLL_MS);
    const tickTimer = window.setInterval(() => {
      if (offsetRef.current === null) return;
      setNowSec(Math.floor((Date.now() + offsetRef.current) / 1000) * 1000);
    }, TICK_MS);
    return () => {
      window.clearInterval(pollTimer);
      window.clearInterval(tickTimer);
    };
  }, [poll]);

  const refresh = useCallback(() => {
    offerKeyRef.current = '';
    void poll();
  }, [poll]);

  return (
    <OfferContext.Provider value={{ offer, error, refresh }}>
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
