// Business days as SEC Rule 14d-1(g)(3) defines them: any day other than a Saturday, a Sunday
// or a federal holiday. Federal holidays are the legal public holidays of 5 U.S.C. 6103(a),
// moved by the observed-day rule of 6103(b): a holiday on a Saturday is observed the Friday
// before, one on a Sunday the Monday after. Only holidays fixed by statute are known here;
// a one-off closing by executive order (e.g. a Christmas Eve) is not a federal holiday under
// the statute and must be handled by the Company if it ever matters.
//
// The calendar is computed per year, not read from a table, so it is right for any offer year.

import {
  dayNumber,
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
  isoWeekdayOfDayNumber,
} from './calendar-date';
import { OfferDeskError } from './errors';
import { calendarDateInZone } from './time';
import type { CalendarDate, Instant } from './types';

export interface FederalHoliday {
  /** The day that is not a business day (the observed day when the holiday was moved). */
  date: CalendarDate;
  name: string;
  /** True when `date` is the Friday before or the Monday after a holiday falling on a weekend. */
  observed: boolean;
}

/**
 * Before 1950 the statutory list differed in ways (Armistice Day only from 1938, Thanksgiving
 * fixed to the fourth Thursday only from 1942) that an offer administered with this app will
 * never need; refusing is better than answering wrongly. The observed-day rule is applied to
 * every supported year alike.
 */
export const FIRST_SUPPORTED_YEAR = 1950;
export const LAST_SUPPORTED_YEAR = 9998;

const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;
const SUNDAY = 7;

/** Day number of the n-th given weekday of a month (n = -1: the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayNumberOf(year, month, 1);
    const shift = (weekday - isoWeekdayOfDayNumber(first) + 7) % 7;
    return first + shift + (n - 1) * 7;
  }
  const last = dayNumberOf(year, month, daysInMonth(year, month));
  const back = (isoWeekdayOfDayNumber(last) - weekday + 7) % 7;
  return last - back;
}

/** The legal public holidays whose actual date falls in `year`, before the observed-day rule. */
function legalHolidays(year: number): { day: number; name: string }[] {
  const fixed = (month: number, day: number): number => dayNumberOf(year, month, day);
  // The Uniform Monday Holiday Act (Pub. L. 90-363) moved three holidays to Mondays and added
  // Columbus Day from 1971; Veterans Day went back to November 11 from 1978 (Pub. L. 94-97).
  const monday = year >= 1971;
  const list: { day: number; name: string }[] = [{ day: fixed(1, 1), name: "New Year's Day" }];
  if (year >= 1986) {
    list.push({ day: nthWeekday(year, 1, MONDAY, 3), name: 'Birthday of Martin Luther King, Jr.' });
  }
  list.push({ day: monday ? nthWeekday(year, 2, MONDAY, 3) : fixed(2, 22), name: "Washington's Birthday" });
  list.push({ day: monday ? nthWeekday(year, 5, MONDAY, -1) : fixed(5, 30), name: 'Memorial Day' });
  if (year >= 2021) {
    list.push({ day: fixed(6, 19), name: 'Juneteenth National Independence Day' });
  }
  list.push({ day: fixed(7, 4), name: 'Independence Day' });
  list.push({ day: nthWeekday(year, 9, MONDAY, 1), name: 'Labor Day' });
  if (monday) list.push({ day: nthWeekday(year, 10, MONDAY, 2), name: 'Columbus Day' });
  list.push({
    day: year >= 1971 && year <= 1977 ? nthWeekday(year, 10, MONDAY, 4) : fixed(11, 11),
    name: 'Veterans Day',
  });
  list.push({ day: nthWeekday(year, 11, THURSDAY, 4), name: 'Thanksgiving Day' });
  list.push({ day: fixed(12, 25), name: 'Christmas Day' });
  return list;
}

function observedHolidays(year: number): FederalHoliday[] {
  return legalHolidays(year).map(({ day, name }) => {
    const weekday = isoWeekdayOfDayNumber(day);
    const moved = weekday === SATURDAY ? day - 1 : weekday === SUNDAY ? day + 1 : day;
    return { date: fromDayNumber(moved), name, observed: moved !== day };
  });
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new OfferDeskError(
      'invalid-input',
      `Offer Desk knows the federal holidays of ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}; ${year} is outside them.`,
    );
  }
}

/**
 * The federal holidays that are not business days in `year`, in date order. Listed by the day
 * they take away: New Year's Day of the next year falling on a Saturday is observed on
 * December 31 and so appears in this year's list (2022-01-01 -> 2021-12-31), and not in the
 * next year's.
 */
export function federalHolidays(year: number): FederalHoliday[] {
  checkYear(year);
  return [...observedHolidays(year), ...observedHolidays(year + 1)]
    .filter((h) => h.date.startsWith(`${String(year).padStart(4, '0')}-`))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// Day numbers of holidays, per year, computed once: counting 100,000 confirmations must not
// rebuild the calendar each time.
const holidayDays = new Map<number, ReadonlySet<number>>();

function holidayDaysOf(year: number): ReadonlySet<number> {
  let days = holidayDays.get(year);
  if (days === undefined) {
    days = new Set(federalHolidays(year).map((h) => dayNumber(h.date)));
    holidayDays.set(year, days);
  }
  return days;
}

function isBusinessDayNumber(n: number): boolean {
  const weekday = isoWeekdayOfDayNumber(n);
  if (weekday === SATURDAY || weekday === SUNDAY) return false;
  const year = Number(fromDayNumber(n).slice(0, 4));
  return !holidayDaysOf(year).has(n);
}

/** Not a Saturday, a Sunday or a federal holiday (as observed). */
export function isBusinessDay(date: CalendarDate): boolean {
  return isBusinessDayNumber(dayNumber(date));
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: CalendarDate): CalendarDate {
  return addBusinessDays(date, 1);
}

/**
 * The n-th business day strictly after `date` (n > 0), or strictly before it (n < 0); n = 0
 * returns `date` itself, business day or not. `date` need not be a business day.
 */
export function addBusinessDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new OfferDeskError('invalid-input', `A number of business days must be a whole number, not ${n}.`);
  let day = dayNumber(date);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (isBusinessDayNumber(day)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * The date by which the confirmation of a document is due: "within five business days of
 * receipt", counted on the offer zone's calendar.
 *
 * The desk's rule is "the day of receipt is day 0; a receipt on a weekend or holiday counts
 * from the next business day". Both halves come to the same formula, the FIFTH business day
 * strictly after the receipt's calendar date:
 *  - received on a business day: that day is day 0, and days 1-5 are the next five business
 *    days, so day 5 is the fifth business day after it;
 *  - received on a weekend or holiday: the count starts with the next business day as day 1
 *    (the non-business day of receipt plays the part of day 0), so day 5 is again the fifth
 *    business day after the receipt date.
 * Hence Fri 2003-03-28 and Sat 2003-03-29 are both due Fri 2003-04-04, and Fri 2003-05-23 is
 * due Mon 2003-06-02 because Memorial Day (Mon 05-26) is not counted.
 */
export function confirmationDueDate(receivedAt: Instant, zone: string): CalendarDate {
  return addBusinessDays(calendarDateInZone(receivedAt, zone), 5);
}
