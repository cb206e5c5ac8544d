// Every time on screen is an instant shown in the offer's zone (the paper's "Eastern") and, beside
// it, in the machine's own zone. Input is read as wall-clock time in the offer's zone, because
// that is what a fax header and the desk stamp say.
import { DateTime } from 'luxon';
import type { CalendarDate, Instant } from '../../../main/core/types';

const WALL = 'yyyy-MM-dd HH:mm:ss';
const INPUT_FORMATS = [WALL, 'yyyy-MM-dd HH:mm', "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"];

/** "ET" for New York (what the offer says); otherwise the zone's short name at that instant. */
export function zoneLabel(zone: string, instant?: Instant): string {
  if (zone === 'America/New_York') return 'ET';
  const dt = instant ? DateTime.fromISO(instant, { zone }) : DateTime.now().setZone(zone);
  return dt.offsetNameShort ?? zone;
}

/** "2003-03-31 17:00:00 ET" */
export function formatInZone(instant: Instant, zone: string): string {
  const dt = DateTime.fromISO(instant, { zone });
  if (!dt.isValid) return instant;
  return `${dt.toFormat(WALL)} ${zoneLabel(zone, instant)}`;
}

/** "Mon 31 Mar 2003, 5:00:00 PM ET": the long form for headings. */
export function formatLongInZone(instant: Instant, zone: string): string {
  const dt = DateTime.fromISO(instant, { zone });
  if (!dt.isValid) return instant;
  return `${dt.toFormat('ccc d LLL yyyy, h:mm:ss a')} ${zoneLabel(zone, instant)}`;
}

/** The same instant in the machine's zone, e.g. "2003-03-31 14:00:00 PST". */
export function formatLocal(instant: Instant): string {
  const dt = DateTime.fromISO(instant).toLocal();
  if (!dt.isValid) return instant;
  return `${dt.toFormat(WALL)} ${dt.offsetNameShort ?? ''}`.trim();
}

/** Wall-clock text for an input field ("2003-03-31 16:59:59"), in the offer's zone. */
export function wallClock(instant: Instant, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toFormat(WALL);
}

export interface ParsedTime {
  /** ISO with the zone's offset at that moment, e.g. "2003-03-31T16:59:59.000-05:00": unambiguous for the desk. */
  iso: string;
  /** Canonical UTC instant. */
  instant: Instant;
}

/**
 * Reads typed text as a time in `zone`. Also takes a full ISO time with an offset or Z.
 * Returns null for anything else, so the form can say the time is unreadable instead of guessing.
 */
export function parseWallClock(text: string, zone: string): ParsedTime | null {
  const t = text.trim();
  if (t === '') return null;
  let dt: DateTime | null = null;
  if (/([zZ]|[+-]\d\d:?\d\d)$/.test(t)) {
    const withOffset = DateTime.fromISO(t, { setZone: true });
    if (withOffset.isValid) dt = withOffset.setZone(zone);
  } else {
    for (const f of INPUT_FORMATS) {
      const candidate = DateTime.fromFormat(t, f, { zone });
      if (candidate.isValid) {
        dt = candidate;
        break;
      }
    }
  }
  if (!dt?.isValid) return null;
  const iso = dt.toISO({ suppressMilliseconds: false });
  const utc = dt.toUTC().toISO();
  if (!iso || !utc) return null;
  return { iso, instant: utc };
}

/** "Fri 2003-04-04" for a calendar date. */
export function formatCalendarDate(date: CalendarDate): string {
  const dt = DateTime.fromISO(date, { zone: 'UTC' });
  return dt.isValid ? dt.toFormat('ccc yyyy-MM-dd') : date;
}

/** The calendar date of an instant in the zone ("2003-03-31"). */
export function calendarDateIn(instant: Instant, zone: string): CalendarDate {
  return DateTime.fromISO(instant, { zone }).toFormat('yyyy-MM-dd');
}

/** "3d 04:05:06" until the deadline; "0d 00:00:00" once passed. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days}d ${pad(h)}:${pad(m)}:${pad(s)}`;
}

export function toMillis(instant: Instant): number {
  return Date.parse(instant);
}

export function fromMillis(ms: number): Instant {
  return new Date(ms).toISOString();
}
