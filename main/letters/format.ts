// How dates, times, shares and prices read on paper. Locale is pinned to en-US (never the
// machine's), because a reprint on another desk must produce the same bytes.
import { DateTime } from 'luxon';
import { zoneLabel } from '../core/time';
import type { CalendarDate, Instant } from '../core/types';

const LOCALE = 'en-US';

/** "March 31, 2003" for a calendar date (no zone shift: the date is already the offer's). */
export function formatLongDate(date: CalendarDate): string {
  return DateTime.fromISO(date, { zone: 'utc', locale: LOCALE }).toFormat('LLLL d, yyyy');
}

/** "Aug 28, 2002": compact but unambiguous, for table cells. */
export function formatShortDate(date: CalendarDate): string {
  return DateTime.fromISO(date, { zone: 'utc', locale: LOCALE }).toFormat('LLL d, yyyy');
}

/**
 * "March 31, 2003 at 4:59:59 PM ET"; whole minutes drop the seconds ("5:00 PM ET"). The zone is
 * named as on every screen (core's zoneLabel): "ET", but EDT/EST in the repeated hour of a
 * fall-back night, so two papers an hour apart never read the same.
 */
export function formatInstant(instant: Instant, zone: string): string {
  const at = DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).setLocale(LOCALE);
  const clock = at.second === 0 && at.millisecond === 0 ? 'h:mm a' : 'h:mm:ss a';
  return `${at.toFormat('LLLL d, yyyy')} at ${at.toFormat(clock)} ${zoneLabel(instant, zone)}`;
}

/** The calendar date of an instant in the offer's zone: "March 31, 2003". */
export function formatInstantDate(instant: Instant, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).setLocale(LOCALE).toFormat('LLLL d, yyyy');
}

// One formatter for the process: toLocaleString builds a new one per call, which showed up in
// profiles of 200-letter batches.
const SHARES = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/** "1,500". */
export function formatShares(shares: number): string {
  return SHARES.format(shares);
}

/** "$3.2500": the decimal string exactly as on the option agreement, never through a float. */
export function formatPrice(decimal: string): string {
  return `$${decimal}`;
}

/** UTC midnight of the letter date: the PDF's CreationDate/ModDate, fixed so reprints match. */
export function pdfDateOf(letterDate: CalendarDate): Date {
  return DateTime.fromISO(letterDate, { zone: 'utc' }).toJSDate();
}
