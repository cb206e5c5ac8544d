// Every time on screen is an instant shown in the offer's zone (the paper's "Eastern") exactly as
// the CLI and the letters print it: the text comes from main/core (one rulebook), never from a
// second formatter here. Beside it, the window may show the machine's own zone ("your time"),
// which only the window knows. Typed times are read by core too (`readInstantInput`).
import { DateTime } from 'luxon';
import { isoWeekday } from '../../../main/core/calendar-date';
import { calendarDateInZone, instantInputText, toInstant } from '../../../main/core/time';
import type { CalendarDate, Instant } from '../../../main/core/types';

/** "2003-03-31 17:00:00 ET" (and "01:30:00 EDT"/"EST" in the repeated hour of a fall-back night). */
export { formatInZone, formatLongInZone, zoneLabel } from '../../../main/core/time';

/** The same instant in the machine's zone, e.g. "2003-03-31 14:00:00 PST". */
export function formatLocal(instant: Instant): string {
  const dt = DateTime.fromISO(instant).toLocal();
  if (!dt.isValid) return instant;
  return `${dt.toFormat('yyyy-MM-dd HH:mm:ss')} ${dt.offsetNameShort ?? ''}`.trim();
}

/**
 * Text for a time field ("2003-03-31 16:59:59") that core reads back as the same instant: in the
 * fall-back hour it carries EDT/EST, because the wall clock alone would be refused as ambiguous.
 */
export function wallClock(instant: Instant, zone: string): string {
  return instantInputText(instant, zone);
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Fri 2003-04-04" for a calendar date. */
export function formatCalendarDate(date: CalendarDate): string {
  try {
    return `${WEEKDAYS[isoWeekday(date) - 1] ?? ''} ${date}`;
  } catch {
    return date;
  }
}

/** The calendar date of an instant in the zone ("2003-03-31"). */
export function calendarDateIn(instant: Instant, zone: string): CalendarDate {
  return calendarDateInZone(instant, zone);
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
  return toInstant(ms);
}
