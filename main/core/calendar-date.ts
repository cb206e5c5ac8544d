// Calendar dates (`YYYY-MM-DD`) as whole-day arithmetic on integers. No `Date` objects and no
// zones are involved, so a business-day count can never depend on the machine's time zone or on
// a daylight-saving change: a day is a day. Which calendar date an *instant* falls on is a
// question for `time.ts`, which knows the offer's zone.

import { OfferDeskError } from './errors';
import type { CalendarDate } from './types';

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Why `text` is not a real calendar date, or null when it is one. The reason is written for a
 * person ("\"2003-02-30\" is not a real date (February 2003 has 28 days)") so that the roster
 * import and the intake form can quote it unchanged.
 */
export function calendarDateProblem(text: string): string | null {
  const m = DATE_SHAPE.exec(text);
  if (m === null) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year === 0) return `"${text}" is not a real date (there is no year 0000)`;
  if (month < 1 || month > 12) return `"${text}" is not a real date (there is no month ${m[2]})`;
  const monthName = MONTH_NAMES[month - 1] ?? '';
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `"${text}" is not a real date (${monthName} ${year} has ${last} days)`;
  }
  return null;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Splits a date that must already be real; anything else is refused, never guessed at. */
function splitDate(date: CalendarDate): Ymd {
  const problem = calendarDateProblem(date);
  if (problem !== null) throw new OfferDeskError('invalid-input', `${capitalize(problem)}.`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Builds a date from numbers already known to be in range (internal callers only). */
export function makeCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Day numbers count days since 1970-01-01 (day 0). The conversion is the exact integer
// algorithm of H. Hinnant ("days_from_civil"), valid for every Gregorian date.

export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = splitDate(date);
  return dayNumberOf(year, month, day);
}

export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0 ... February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return makeCalendarDate(year, month, day);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isoWeekday(date: CalendarDate): number {
  return isoWeekdayOfDayNumber(dayNumber(date));
}

/** "Friday 2003-03-28": the form the desk reads dates aloud in. */
export function describeDate(date: CalendarDate): string {
  return `${WEEKDAY_NAMES[isoWeekday(date) - 1] ?? ''} ${date}`;
}
