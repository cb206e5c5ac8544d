// Instants, the offer's zone, and the wall clock on the paper.
//
// Receipt is what counts, and "5:00 PM Eastern" is the wall clock in New York, not the clock of
// the machine the desk happens to run on. So every function here takes the zone as a parameter
// and never reads the machine's zone or the current time. An instant is stored as UTC text in
// one fixed-width form (see `Instant` in types.ts) so that text order is time order.

import { calendarDateProblem, dayNumberOf, fromDayNumber, isoWeekdayOfDayNumber } from './calendar-date';
import { OfferDeskError } from './errors';
import type { CalendarDate, Instant } from './types';
import {
  formatOffset,
  instantMillis,
  isRepeatedWallClock,
  MS_PER_DAY,
  MS_PER_MINUTE,
  requireZone,
  toInstant,
  wallClockAt,
  wallClockInstants,
  zoneAbbreviation,
} from './zones';

export { instantMillis, isInstant, isValidZone, toInstant } from './zones';
export { parseInstantInput, readInstantInput, type InstantReading } from './time-input';
export { parseTypedCalendarDate, readCalendarDateInput, type CalendarDateReading } from './typed-date';

/**
 * The instant the zone's clocks first show `hour:minute` on `date`. For schedule deadlines
 * (9:00 a.m., midnight) a skipped time means the first moment after the skip and a repeated one
 * means its first occurrence: the earlier reading is the one nobody can argue was missed.
 */
export function instantAtWallClock(date: CalendarDate, hour: number, minute: number, zone: string): Instant {
  const tz = requireZone(zone);
  const problem = calendarDateProblem(date);
  if (problem !== null) throw new OfferDeskError('invalid-input', `In the schedule: ${problem}.`);
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    throw new OfferDeskError('invalid-input', `${hour}:${minute} is not a time of day.`);
  }
  const wall = dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) * MS_PER_DAY +
    (hour * 60 + minute) * MS_PER_MINUTE;
  const [first] = wallClockInstants(wall, tz);
  if (first !== undefined) return toInstant(first);
  // In a gap the clocks jumped from before `wall` to after it; reading `wall` with the offset
  // in force before the jump lands on the first instant after the gap when the gap starts at
  // `wall` (as at midnight in zones that change at 00:00), and never before the gap otherwise.
  return toInstant(wall - tz.offset(wall - MS_PER_DAY) * MS_PER_MINUTE);
}

/** Strict `YYYY-MM-DD` naming a real date. */
export function parseCalendarDate(text: string): CalendarDate {
  const input = text.trim();
  if (input.length === 0) throw new OfferDeskError('invalid-input', 'A date (YYYY-MM-DD) is required.');
  const problem = calendarDateProblem(input);
  if (problem !== null) throw new OfferDeskError('invalid-input', `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
  return input;
}

/** The zone's wall clock at an instant, split into its fields. */
interface WallClock {
  date: CalendarDate;
  /** 1 = Monday ... 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function wallClockOf(ms: number, zone: string): WallClock {
  const wall = wallClockAt(ms, requireZone(zone));
  const day = Math.floor(wall / MS_PER_DAY);
  const inDay = wall - day * MS_PER_DAY;
  return {
    date: fromDayNumber(day),
    weekday: isoWeekdayOfDayNumber(day),
    hour: Math.floor(inDay / 3_600_000),
    minute: Math.floor(inDay / MS_PER_MINUTE) % 60,
    second: Math.floor(inDay / 1000) % 60,
    millisecond: inDay % 1000,
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * How the desk names the clock of a time: "ET" in New York (the offer's paper says Eastern,
 * standard or daylight alike), except in the repeated hour of a fall-back night, where "EDT" or
 * "EST" tells the two 01:30s apart, so two papers an hour apart never print the same. Other
 * zones always show their short name or offset ("PST", "GMT+9").
 */
export function zoneLabel(instant: Instant, zone: string): string {
  const ms = instantMillis(instant);
  const tz = requireZone(zone);
  if (zone === 'America/New_York' && !isRepeatedWallClock(ms, tz)) return 'ET';
  return zoneAbbreviation(tz, ms);
}

/**
 * "2003-03-31 17:00:00 ET": how the desk reads a time aloud and prints it on letters.
 * Milliseconds are shown only when not zero, so that a document received at 17:00:00.400 is
 * never printed as "17:00:00" beside an expiration of 17:00:00 while being called late.
 */
export function formatInZone(instant: Instant, zone: string): string {
  const w = wallClockOf(instantMillis(instant), zone);
  const ms = w.millisecond === 0 ? '' : `.${String(w.millisecond).padStart(3, '0')}`;
  return `${w.date} ${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${ms} ${zoneLabel(instant, zone)}`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 31 Mar 2003, 5:00:00 PM ET": the long form for headings (milliseconds as in formatInZone). */
export function formatLongInZone(instant: Instant, zone: string): string {
  const w = wallClockOf(instantMillis(instant), zone);
  const ms = w.millisecond === 0 ? '' : `.${String(w.millisecond).padStart(3, '0')}`;
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const day = `${WEEKDAYS[w.weekday - 1] ?? ''} ${Number(w.date.slice(8, 10))} ${MONTHS[Number(w.date.slice(5, 7)) - 1] ?? ''} ${w.date.slice(0, 4)}`;
  return `${day}, ${h12}:${pad2(w.minute)}:${pad2(w.second)}${ms} ${w.hour < 12 ? 'AM' : 'PM'} ${zoneLabel(instant, zone)}`;
}

/**
 * The text to put in a time field for an instant ("2003-03-31 16:59:59"), which
 * `parseInstantInput` reads back as the same instant: in a fall-back hour it carries "EDT"/"EST"
 * (or the offset), because the wall clock alone would be refused as ambiguous.
 */
export function instantInputText(instant: Instant, zone: string): string {
  const ms = instantMillis(instant);
  const tz = requireZone(zone);
  const w = wallClockOf(ms, zone);
  const frac = w.millisecond === 0 ? '' : `.${String(w.millisecond).padStart(3, '0')}`;
  const text = `${w.date} ${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${frac}`;
  if (!isRepeatedWallClock(ms, tz)) return text;
  const name = zoneAbbreviation(tz, ms);
  return `${text} ${name === 'EST' || name === 'EDT' ? name : formatOffset(tz.offset(ms))}`;
}

/** The calendar date on the zone's wall clock at that instant. */
export function calendarDateInZone(instant: Instant, zone: string): CalendarDate {
  return wallClockOf(instantMillis(instant), zone).date;
}

/** True when the zone's clock reads exactly 00:00:00.000 at that instant. */
export function isMidnightInZone(instant: Instant, zone: string): boolean {
  const w = wallClockOf(instantMillis(instant), zone);
  return w.hour === 0 && w.minute === 0 && w.second === 0 && w.millisecond === 0;
}
