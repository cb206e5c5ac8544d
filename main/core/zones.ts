// Instants as fixed-width UTC text, and what a zone's clock showed at one. The building blocks of
// time.ts (formatting) and time-input.ts (reading what the desk types); callers import time.ts.
//
// Zones and their names are looked up once and kept: luxon validates a zone name and names an
// offset by building a fresh Intl.DateTimeFormat each call, and a screen of a few thousand
// documents formats a few thousand times (issue 9 measured it as the main cost).

import { IANAZone } from 'luxon';
import { OfferDeskError } from './errors';
import type { Instant } from './types';

const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** True for text in the canonical instant form that also names a real moment. */
export function isInstant(text: string): boolean {
  if (!INSTANT_SHAPE.test(text)) return false;
  const ms = Date.parse(text);
  // Date.parse would roll "2003-02-30" over into March; the round trip catches that.
  return Number.isFinite(ms) && new Date(ms).toISOString() === text;
}

/** Milliseconds since the epoch of a canonical instant; anything else is refused. */
export function instantMillis(instant: Instant): number {
  if (!isInstant(instant)) {
    throw new OfferDeskError(
      'invalid-input',
      `"${instant}" is not an instant in the form YYYY-MM-DDTHH:mm:ss.SSSZ (UTC).`,
    );
  }
  return Date.parse(instant);
}

/** The canonical UTC text of a moment. */
export function toInstant(d: Date | number): Instant {
  const ms = typeof d === 'number' ? d : d.getTime();
  if (!Number.isFinite(ms)) throw new OfferDeskError('invalid-input', 'That is not a valid moment in time.');
  const text = new Date(ms).toISOString();
  // Years outside 0000-9999 come out as "+010000-..." and would break the text ordering.
  if (!INSTANT_SHAPE.test(text)) {
    throw new OfferDeskError('invalid-input', `${text} is outside the years 0000-9999 that Offer Desk records.`);
  }
  return text;
}

const validZones = new Map<string, boolean>();

export function isValidZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = zone.length > 0 && IANAZone.isValidZone(zone);
    validZones.set(zone, valid);
  }
  return valid;
}

export function requireZone(zone: string): IANAZone {
  if (!isValidZone(zone)) {
    throw new OfferDeskError('invalid-input', `"${zone}" is not a known time zone (use an IANA name such as America/New_York).`);
  }
  // IANAZone.create keeps one instance per name (and luxon one formatter per zone for offsets).
  return IANAZone.create(zone);
}

const shortNames = new Map<string, string>();

/**
 * The zone's short name for its clock at `ms` in US English ("EST", "EDT", "PST", "GMT+9"),
 * whatever the machine's language. Kept per zone, offset and year: a zone renames an offset only
 * across eras, never within a year.
 */
export function zoneAbbreviation(tz: IANAZone, ms: number): string {
  const offset = tz.offset(ms);
  const key = `${tz.name}|${offset}|${new Date(ms).getUTCFullYear()}`;
  let name = shortNames.get(key);
  if (name === undefined) {
    name = tz.offsetName(ms, { format: 'short', locale: 'en-US' }) ?? formatOffset(offset);
    shortNames.set(key, name);
  }
  return name;
}

/** "+09:00", "-05:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Every instant at which the zone's clocks showed `wall` (a local time written as if it were
 * UTC milliseconds): none in a spring-forward gap, two in a fall-back hour, else one.
 * Candidate offsets are those in force a day either side; zones change offset at most once in
 * such a window, so the candidates cover every reading.
 */
export function wallClockInstants(wall: number, tz: IANAZone): number[] {
  const offsets = new Set([tz.offset(wall - MS_PER_DAY), tz.offset(wall), tz.offset(wall + MS_PER_DAY)]);
  const found = new Set<number>();
  for (const o of offsets) {
    const t = wall - o * MS_PER_MINUTE;
    if (tz.offset(t) === o) found.add(t);
  }
  return [...found].sort((a, b) => a - b);
}

/** The zone's wall clock at `ms`, written as if it were UTC milliseconds. */
export function wallClockAt(ms: number, tz: IANAZone): number {
  return ms + tz.offset(ms) * MS_PER_MINUTE;
}

/** True when the zone's clock showed the same reading as at `ms` at another instant too (a fall-back hour). */
export function isRepeatedWallClock(ms: number, tz: IANAZone): boolean {
  // Most instants are nowhere near a change of offset: two lookups settle them.
  if (tz.offset(ms - MS_PER_DAY) === tz.offset(ms + MS_PER_DAY)) return false;
  return wallClockInstants(wallClockAt(ms, tz), tz).length > 1;
}
