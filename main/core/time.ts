// Instants, the offer's zone, and the wall clock on the paper.
//
// Receipt is what counts, and "5:00 PM Eastern" is the wall clock in New York, not the clock of
// the machine the desk happens to run on. So every function here takes the zone as a parameter
// and never reads the machine's zone or the current time. An instant is stored as UTC text in
// one fixed-width form (see `Instant` in types.ts) so that text order is time order.

import { DateTime, IANAZone } from 'luxon';
import { calendarDateProblem, dayNumberOf } from './calendar-date';
import { OfferDeskError } from './errors';
import type { CalendarDate, Instant } from './types';

const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

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

export function isValidZone(zone: string): boolean {
  return zone.length > 0 && IANAZone.isValidZone(zone);
}

function requireZone(zone: string): IANAZone {
  if (!isValidZone(zone)) {
    throw new OfferDeskError('invalid-input', `"${zone}" is not a known time zone (use an IANA name such as America/New_York).`);
  }
  return IANAZone.create(zone);
}

// Date, then "T" or spaces, then hours and minutes, optional seconds and fraction, then an
// optional "Z" or UTC offset (+HH:MM, +HHMM or +HH), optionally after one space.
const INPUT_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T| +)(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)? ?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Reads a receipt or deadline time as typed at the desk or printed on a fax header.
 *
 * With `Z` or an offset the text names one instant. Without, it is a wall-clock time read in
 * `zone` (the offer's zone, never the machine's). A wall-clock time that the zone skipped
 * (spring forward) or lived twice (fall back) is refused rather than guessed: a guess could
 * move a document across the deadline, and the desk must be able to defend the time it records.
 */
export function parseInstantInput(text: string, zone: string): Instant {
  const tz = requireZone(zone);
  const input = text.trim();
  if (input.length === 0) throw new OfferDeskError('invalid-input', 'A date and time is required.');
  const m = INPUT_SHAPE.exec(input);
  if (m === null) {
    throw new OfferDeskError(
      'invalid-input',
      `"${input}" is not a date and time. Write e.g. 2003-03-31 17:00 (read in ${zone}) or 2003-03-31T17:00:00-05:00.`,
    );
  }
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  const datePart = `${ys}-${mos}-${ds}`;
  const dateProblem = calendarDateProblem(datePart);
  if (dateProblem !== null) throw new OfferDeskError('invalid-input', `In "${input}": ${dateProblem}.`);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23) {
    throw new OfferDeskError('invalid-input', `In "${input}": the hour must be 00 to 23 (for midnight at the end of a day write 00:00 of the next day).`);
  }
  if (minute > 59) throw new OfferDeskError('invalid-input', `In "${input}": the minutes must be 00 to 59.`);
  if (second > 59) throw new OfferDeskError('invalid-input', `In "${input}": the seconds must be 00 to 59.`);
  const millis = fractionToMillis(frac, input);

  const wall = dayNumberOf(Number(ys), Number(mos), Number(ds)) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 + millis;

  if (offset !== undefined) return toInstant(wall - parseOffsetMinutes(offset, input) * MS_PER_MINUTE);

  const instants = wallClockInstants(wall, tz);
  const shown = `${datePart} ${hs}:${mis}${ss === undefined ? '' : `:${ss}`}`;
  const [first, second_] = instants;
  if (first === undefined) {
    throw new OfferDeskError(
      'invalid-input',
      `${shown} does not exist in ${zone}: the clocks were set forward past it that night (daylight saving time). Check the time on the paper.`,
    );
  }
  if (second_ !== undefined) {
    const iso = `${datePart}T${hs}:${mis}:${ss ?? '00'}`;
    throw new OfferDeskError(
      'invalid-input',
      `${shown} happened twice in ${zone} (the clocks were set back that night). Give the offset: ` +
        `${iso}${formatOffset(tz.offset(first))} for the first time, or ${iso}${formatOffset(tz.offset(second_))} for the second.`,
    );
  }
  return toInstant(first);
}

function fractionToMillis(frac: string | undefined, input: string): number {
  if (frac === undefined) return 0;
  // Instants are kept to the millisecond. Silently dropping finer digits could turn
  // 17:00:00.0004 into 17:00:00.000 and a late document into a timely one, so refuse instead.
  if (/[1-9]/.test(frac.slice(3))) {
    throw new OfferDeskError(
      'invalid-input',
      `In "${input}": times are recorded to the millisecond; "${frac}" is finer than that.`,
    );
  }
  return Number(frac.slice(0, 3).padEnd(3, '0'));
}

function parseOffsetMinutes(offset: string, input: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
    throw new OfferDeskError('invalid-input', `In "${input}": "${offset}" is not a UTC offset (offsets run from -18:00 to +18:00).`);
  }
  return sign * (hours * 60 + minutes);
}

function formatOffset(minutes: number): string {
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
function wallClockInstants(wall: number, tz: IANAZone): number[] {
  const offsets = new Set([tz.offset(wall - MS_PER_DAY), tz.offset(wall), tz.offset(wall + MS_PER_DAY)]);
  const found = new Set<number>();
  for (const o of offsets) {
    const t = wall - o * MS_PER_MINUTE;
    if (tz.offset(t) === o) found.add(t);
  }
  return [...found].sort((a, b) => a - b);
}

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

function inZone(instant: Instant, zone: string): DateTime {
  requireZone(zone);
  // The locale is fixed so that zone abbreviations do not follow the machine's language.
  return DateTime.fromMillis(instantMillis(instant), { zone, locale: 'en-US' });
}

/**
 * "2003-03-31 17:00:00 ET": how the desk reads a time aloud and prints it on letters.
 * Milliseconds are shown only when not zero, so that a document received at 17:00:00.400 is
 * never printed as "17:00:00" beside an expiration of 17:00:00 while being called late.
 */
export function formatInZone(instant: Instant, zone: string): string {
  const dt = inZone(instant, zone);
  const clock = dt.toFormat(dt.millisecond === 0 ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm:ss.SSS');
  const label = zone === 'America/New_York' ? 'ET' : dt.toFormat('ZZZZ');
  return `${clock} ${label}`;
}

/** The calendar date on the zone's wall clock at that instant. */
export function calendarDateInZone(instant: Instant, zone: string): CalendarDate {
  return inZone(instant, zone).toFormat('yyyy-MM-dd');
}

/** True when the zone's clock reads exactly 00:00:00.000 at that instant. */
export function isMidnightInZone(instant: Instant, zone: string): boolean {
  const dt = inZone(instant, zone);
  return dt.hour === 0 && dt.minute === 0 && dt.second === 0 && dt.millisecond === 0;
}

/** What a typed time field holds: the instant the desk would record, or why it cannot be read. */
export type InstantReading = { ok: true; instant: Instant } | { ok: false; message: string };

/**
 * `parseInstantInput` for a form field that must show its error instead of throwing: the window
 * calls this as the typist types, so it accepts and refuses exactly what the desk does.
 */
export function readInstantInput(text: string, zone: string): InstantReading {
  try {
    return { ok: true, instant: parseInstantInput(text, zone) };
  } catch (e: unknown) {
    if (e instanceof OfferDeskError) return { ok: false, message: e.message };
    throw e;
  }
}
