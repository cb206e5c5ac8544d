// Reading a receipt or deadline time as typed at the desk or copied from a fax header: a date in
// one of the forms of typed-date.ts, then a time of day, then optionally which clock it is on.
//
//   2003-03-21 16:42          2003-03-21T16:42:05.250     3/21/2003 4:42 PM     03/21/03 16:42
//   21 Mar 2003 4:42pm        MAR-21-2003 16:42           Mar 21 2003 16:42:05  MAR 21 2003 04:42PM
//   ... -05:00 / -0500 / Z / UTC / EST / EDT / ET
//
// Without a zone the time is the wall clock of the offer's zone (never the machine's). A
// wall-clock time that the zone skipped (spring forward) or lived twice (fall back) is refused
// rather than guessed: a guess could move a document across the deadline, and the desk must be
// able to defend the time it records. A one-digit hour needs AM or PM ("4:42" could be either);
// the 24-hour clock is written with two digits ("04:42", "16:42").

import type { IANAZone } from 'luxon';
import { dayNumberOf } from './calendar-date';
import { OfferDeskError } from './errors';
import { readTypedDate } from './typed-date';
import type { Instant } from './types';
import {
  formatOffset,
  MS_PER_DAY,
  MS_PER_MINUTE,
  requireZone,
  toInstant,
  wallClockInstants,
  zoneAbbreviation,
} from './zones';

// Hours and minutes, optional seconds and fraction, optional AM/PM, optional clock.
const TIME_SHAPE =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;

/** Clocks named by letters, as UTC offsets in minutes; null means "the offer zone's own clock". */
const NAMED_CLOCKS: Readonly<Record<string, number | null>> = { UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, ET: null };

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

export function parseInstantInput(text: string, zone: string): Instant {
  const tz = requireZone(zone);
  const typed = text.trim().replace(/\s+/g, ' ');
  if (typed.length === 0) refuse('A date and time is required. Write e.g. 2003-03-31 17:00 or 3/31/2003 5:00 PM.');

  const date = readTypedDate(typed);
  if (!date.ok && date.unreadable === true) {
    refuse(`"${typed}" is not a date and time. Write e.g. 2003-03-31 17:00, 3/31/2003 5:00 PM or MAR-31-2003 17:00 (US month/day order, read in ${zone}), or 2003-03-31T17:00:00-05:00.`);
  }
  if (!date.ok) refuse(date.message);
  if (date.rest === '') {
    refuse(`"${typed}" has no time of day. Write the time the paper shows too, e.g. ${date.date} 16:42 or ${date.date} 4:42 PM.`);
  }
  const m = TIME_SHAPE.exec(date.rest);
  if (m === null) {
    refuse(`In "${typed}": "${date.rest}" is not a time of day. Write e.g. ${date.date} 16:42, ${date.date} 16:42:05 or ${date.date} 4:42 PM (read in ${zone}).`);
  }
  const [, hs = '', mis = '', ss, frac, meridiem, clock] = m;
  const hour = hourOnClock(hs, mis, meridiem, typed);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (minute > 59) refuse(`In "${typed}": the minutes must be 00 to 59.`);
  if (second > 59) refuse(`In "${typed}": the seconds must be 00 to 59.`);
  const millis = fractionToMillis(frac, typed);
  const [y, mo, d] = date.date.split('-').map(Number) as [number, number, number];
  const wall = dayNumberOf(y, mo, d) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  const clockText = `${String(hour).padStart(2, '0')}:${mis}${ss === undefined ? '' : `:${ss}`}`;
  const shown = `${date.date} ${clockText}`;

  const named = clock === undefined ? undefined : clock.toUpperCase();
  if (named !== undefined && !(named in NAMED_CLOCKS) && !/^[+-]/.test(named)) {
    refuse(`In "${typed}": "${clock}" is not a clock the desk reads. Give the UTC offset instead (e.g. ${shown} -05:00), or no zone to read the time in ${zone}.`);
  }
  if (named !== undefined && /^[+-]/.test(named)) return toInstant(wall - parseOffsetMinutes(named, typed) * MS_PER_MINUTE);
  if (named === 'UTC' || named === 'GMT' || named === 'Z') return toInstant(wall);

  const instants = wallClockInstants(wall, tz);
  if (instants.length === 0) {
    refuse(`${shown} does not exist in ${zone}: the clocks were set forward past it that night (daylight saving time). Check the time on the paper.`);
  }
  if (named === 'EST' || named === 'EDT' || named === 'ET') return onEasternClock(named, wall, instants, tz, typed, shown);
  const [first = 0, second_] = instants;
  if (second_ !== undefined) {
    const iso = `${date.date}T${clockText}${ss === undefined ? ':00' : ''}`;
    refuse(
      `${shown} happened twice in ${zone} (the clocks were set back that night). Give the offset: ` +
        `${iso}${formatOffset(tz.offset(first))} for the first time, or ${iso}${formatOffset(tz.offset(second_))} for the second.`,
    );
  }
  return toInstant(first);
}

/** The hour on the 24-hour clock: 12:30 AM is 00:30 and 12:30 PM is 12:30. */
function hourOnClock(hs: string, mis: string, meridiem: string | undefined, typed: string): number {
  const hour = Number(hs);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) {
      const instead = hour > 12 && hour < 24 ? `${hour - 12}:${mis} PM or ${hs}:${mis}` : `e.g. 4:42 PM or 16:42`;
      refuse(`In "${typed}": with AM or PM the hour is 1 to 12. Write ${instead} (the 24-hour clock without AM/PM).`);
    }
    const pm = meridiem.toUpperCase() === 'P';
    return (hour % 12) + (pm ? 12 : 0);
  }
  if (hs.length === 1) {
    refuse(`In "${typed}": is that ${hs}:${mis} AM or PM? Write ${hs}:${mis} AM or ${hs}:${mis} PM, or the 24-hour clock with two digits (0${hs}:${mis} or ${hour + 12}:${mis}).`);
  }
  if (hour > 23) {
    refuse(`In "${typed}": the hour must be 00 to 23 (for midnight at the end of a day write 00:00 of the next day).`);
  }
  return hour;
}

/**
 * EST and EDT are read only as clocks the offer's zone actually kept at that moment: "16:42 EST"
 * in July names a clock New York was not showing, so the paper and the typist disagree and the
 * desk must look again. ET means the zone's own clock, so it is refused outside Eastern zones.
 */
function onEasternClock(named: 'EST' | 'EDT' | 'ET', wall: number, instants: number[], tz: IANAZone, typed: string, shown: string): Instant {
  const kept = [...new Set(instants.map((t) => zoneAbbreviation(tz, t)))];
  const eastern = kept.every((k) => k === 'EST' || k === 'EDT');
  if (!eastern) {
    refuse(`In "${typed}": ${named} is not the clock of ${tz.name} (it showed ${kept.join('/')} then). Give the UTC offset instead (e.g. ${shown} -05:00), or no zone to read the time in ${tz.name}.`);
  }
  if (named === 'ET') {
    if (instants.length > 1) {
      refuse(`${shown} ET happened twice in ${tz.name} (the clocks were set back that night). Write ${shown} EDT for the first time, or ${shown} EST for the second.`);
    }
    return toInstant(instants[0] ?? 0);
  }
  const at = wall - (NAMED_CLOCKS[named] ?? 0) * MS_PER_MINUTE;
  if (instants.includes(at) && zoneAbbreviation(tz, at) === named) return toInstant(at);
  const day = shown.slice(0, 10);
  refuse(`In "${typed}": ${tz.name} kept ${kept.join('/')}, not ${named}, on ${day} at that time, so ${named} names a clock it was not showing. Write ${shown} ${kept[0] ?? ''}, or leave the zone off to read the time in ${tz.name}.`);
}

function fractionToMillis(frac: string | undefined, typed: string): number {
  if (frac === undefined) return 0;
  // Instants are kept to the millisecond. Silently dropping finer digits could turn
  // 17:00:00.0004 into 17:00:00.000 and a late document into a timely one, so refuse instead.
  if (/[1-9]/.test(frac.slice(3))) {
    refuse(`In "${typed}": times are recorded to the millisecond; "${frac}" is finer than that. Write at most three digits after the seconds, e.g. .${frac.slice(0, 3)}.`);
  }
  return Number(frac.slice(0, 3).padEnd(3, '0'));
}

function parseOffsetMinutes(offset: string, typed: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
    refuse(`In "${typed}": "${offset}" is not a UTC offset (offsets run from -18:00 to +18:00, e.g. -05:00).`);
  }
  return sign * (hours * 60 + minutes);
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
