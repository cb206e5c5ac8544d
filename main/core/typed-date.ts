// Dates as the desk types them or reads them off a fax header: 2003-03-21, 3/21/2003, 03/21/03,
// 21 Mar 2003, MAR-21-2003, Mar 21, 2003. One small table of formats, read in US month/day
// order (the desk and the paper are American): "03/04/2003" is March 4, never 3 April. A
// numeric date whose first number cannot be a month (21/03/2003) is refused, not swapped: it
// tells us the typist was using the other order, and a guess could move a paper by months.
//
// Two-digit years: 00-69 are 2000-2069 and 70-99 are 1970-1999 (the POSIX strptime rule).

import { calendarDateProblem, makeCalendarDate } from './calendar-date';
import { OfferDeskError } from './errors';
import type { CalendarDate } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** What a typed date reads as: the calendar date, the text after it, or why it cannot be read. */
export type TypedDate =
  | { ok: true; date: CalendarDate; rest: string }
  | { ok: false; message: string; /** Nothing in it looks like a date at all. */ unreadable?: true };

interface DateFormat {
  example: string;
  /** Matches the date at the start of the text; the groups are given to `read`. */
  shape: RegExp;
  read(groups: string[], typed: string): TypedDate | { y: string; m: number; d: number };
}

const DATE_FORMATS: readonly DateFormat[] = [
  { example: '2003-03-21', shape: /^(\d{4})-(\d{2})-(\d{2})/, read: ([y = '', m = '', d = '']) => ({ y, m: Number(m), d: Number(d) }) },
  { example: '3/21/2003', shape: /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/, read: readMonthFirst },
  { example: '21 Mar 2003', shape: /^(\d{1,2})[ -]([A-Za-z]+)\.?,?[ -](\d{4}|\d{2})(?!\d)/, read: ([d = '', name = '', y = ''], typed) => byName(name, d, y, typed) },
  { example: 'MAR-21-2003', shape: /^([A-Za-z]+)\.?[ -](\d{1,2}),?[ -](\d{4}|\d{2})(?!\d)/, read: ([name = '', d = '', y = ''], typed) => byName(name, d, y, typed) },
];

const EXAMPLES = DATE_FORMATS.map((f) => f.example).join(', ');

function readMonthFirst([m = '', d = '', y = '']: string[], typed: string): TypedDate | { y: string; m: number; d: number } {
  const month = Number(m);
  if (month > 12) {
    const asMonth = FULL_MONTHS[Number(d) - 1];
    const swap = asMonth === undefined ? '' : ` For ${month} ${capitalize(asMonth)} write ${Number(d)}/${month}/${y}.`;
    return {
      ok: false,
      message: `In "${typed}": ${m} is not a month. Dates are read in US month/day order (month/day/year).${swap}`,
    };
  }
  return { y, m: month, d: Number(d) };
}

function byName(name: string, d: string, y: string, typed: string): TypedDate | { y: string; m: number; d: number } {
  const lower = name.toLowerCase();
  const index = lower === 'sept' ? 8 : lower.length === 3 ? MONTHS.indexOf(lower as (typeof MONTHS)[number]) : FULL_MONTHS.indexOf(lower);
  if (index < 0) {
    return { ok: false, message: `In "${typed}": "${name}" is not the name of a month. Write e.g. Mar or March (${EXAMPLES}).` };
  }
  return { y, m: index + 1, d: Number(d) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** 00-69 => 2000-2069, 70-99 => 1970-1999. */
function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * Reads the date at the start of `typed` (already trimmed) and hands back what follows it
 * (after a "T", comma or spaces). The caller decides whether anything may follow.
 */
export function readTypedDate(typed: string): TypedDate {
  for (const format of DATE_FORMATS) {
    const m = format.shape.exec(typed);
    if (m === null) continue;
    const after = typed.slice(m[0].length);
    const sep = /^(?:T(?=\d)|,?\s+|$)/.exec(after);
    if (sep === null) continue;
    const read = format.read(m.slice(1), typed);
    if ('ok' in read) return read;
    const year = fullYear(read.y);
    if (read.m < 1 || read.m > 12) {
      return { ok: false, message: `In "${typed}": there is no month ${String(read.m).padStart(2, '0')}. Write e.g. ${EXAMPLES}.` };
    }
    const date = makeCalendarDate(year, read.m, read.d);
    const problem = calendarDateProblem(date);
    if (problem !== null) return { ok: false, message: `In "${typed}": ${problem}. Check the date on the paper.` };
    return { ok: true, date, rest: after.slice(sep[0].length) };
  }
  return {
    ok: false,
    unreadable: true,
    message: `"${typed}" is not a date the desk reads. Write it as ${EXAMPLES} (US month/day order).`,
  };
}

/**
 * A calendar date typed at the desk (e.g. the day confirmations were sent), in any of the forms
 * above. Nothing may follow the date: "2003-03-25 10:00" is a time, not a day.
 */
export function parseTypedCalendarDate(text: string): CalendarDate {
  const typed = text.trim();
  if (typed.length === 0) throw new OfferDeskError('invalid-input', `A date is required. Write e.g. ${EXAMPLES}.`);
  const read = readTypedDate(typed);
  if (!read.ok) throw new OfferDeskError('invalid-input', read.message);
  if (read.rest !== '') {
    throw new OfferDeskError('invalid-input', `"${typed}" is more than a date: write the day alone, e.g. ${read.date}.`);
  }
  return read.date;
}

/** What a typed date field holds: the date the desk would save, or why it cannot be read. */
export type CalendarDateReading = { ok: true; date: CalendarDate } | { ok: false; message: string };

/** `parseTypedCalendarDate` for a form field that shows its error instead of throwing. */
export function readCalendarDateInput(text: string): CalendarDateReading {
  try {
    return { ok: true, date: parseTypedCalendarDate(text) };
  } catch (e: unknown) {
    if (e instanceof OfferDeskError) return { ok: false, message: e.message };
    throw e;
  }
}
