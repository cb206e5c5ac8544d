// The desk never reads the time itself: it asks a Clock. The app uses the system clock; tests and
// the browser harness use a controllable one, so "5:00 PM passes" is a step, not a wait.
import type { Instant } from '../core/types';
import { toInstant } from '../core/time';

export interface Clock {
  now(): Instant;
}

export const systemClock: Clock = { now: () => toInstant(Date.now()) };

export class ControllableClock implements Clock {
  private current: number;
  /** When set, time keeps running from `current` at real speed (the harness's "live" mode). */
  private runningSince: number | null = null;

  constructor(start: Instant) {
    this.current = Date.parse(start);
  }

  now(): Instant {
    const drift = this.runningSince === null ? 0 : Date.now() - this.runningSince;
    return toInstant(this.current + drift);
  }

  set(instant: Instant): void {
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) throw new Error(`not an instant: ${instant}`);
    this.current = ms;
    if (this.runningSince !== null) this.runningSince = Date.now();
  }

  advance(ms: number): void {
    this.set(toInstant(Date.parse(this.now()) + ms));
  }

  /** Let the clock tick in real time from where it stands (a countdown visibly runs). */
  run(): void {
    this.current = Date.parse(this.now());
    this.runningSince = Date.now();
  }

  /** Stop the clock where it stands. */
  stop(): void {
    this.current = Date.parse(this.now());
    this.runningSince = null;
  }
}
