import { describe, expect, it } from 'vitest';
import { OfferDeskError } from '../../main/core/errors';
import {
  calendarDateInZone,
  formatInZone,
  instantAtWallClock,
  isInstant,
  isValidZone,
  parseCalendarDate,
  formatLongInZone,
  instantInputText,
  parseInstantInput,
  parseTypedCalendarDate,
  readCalendarDateInput,
  toInstant,
  zoneLabel,
} from '../../main/core/time';

const ET = 'America/New_York';

/** The error a call throws, so a test can check both its code and its words. */
function errorOf(fn: () => unknown): OfferDeskError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OfferDeskError) return e;
    throw e;
  }
  throw new Error('expected an OfferDeskError, but nothing was thrown');
}

describe('instants are stored as one fixed-width UTC text', () => {
  it('writes a moment as YYYY-MM-DDTHH:mm:ss.SSSZ, milliseconds always present', () => {
    expect(toInstant(Date.UTC(2003, 2, 31, 22, 0, 0))).toBe('2003-03-31T22:00:00.000Z');
    expect(toInstant(new Date(Date.UTC(2003, 2, 31, 21, 59, 59, 7)))).toBe('2003-03-31T21:59:59.007Z');
  });

  it('refuses a moment that is not a time at all', () => {
    expect(errorOf(() => toInstant(Number.NaN)).code).toBe('invalid-input');
    expect(errorOf(() => toInstant(new Date('nonsense'))).code).toBe('invalid-input');
  });

  it('recognises only the canonical form as an instant', () => {
    expect(isInstant('2003-03-31T22:00:00.000Z')).toBe(true);
    expect(isInstant('2003-03-31T22:00:00Z')).toBe(false);
    expect(isInstant('2003-02-30T22:00:00.000Z')).toBe(false);
  });
});

describe('reading a time typed at the desk', () => {
  it('reads "2003-03-31 17:00" on the New York wall clock: 5:00 PM EST is 22:00 UTC', () => {
    expect(parseInstantInput('2003-03-31 17:00', ET)).toBe('2003-03-31T22:00:00.000Z');
    expect(parseInstantInput('2003-03-31 17:00:00', ET)).toBe('2003-03-31T22:00:00.000Z');
    expect(parseInstantInput('2003-03-31T16:59:59', ET)).toBe('2003-03-31T21:59:59.000Z');
  });

  it('reads 5:00 PM on 2003-04-14 as daylight time (21:00 UTC), not standard time', () => {
    expect(parseInstantInput('2003-04-14 17:00', ET)).toBe('2003-04-14T21:00:00.000Z');
  });

  it('takes an explicit offset or Z at its word, whatever the offer zone', () => {
    expect(parseInstantInput('2003-03-31T17:00:00-05:00', ET)).toBe('2003-03-31T22:00:00.000Z');
    expect(parseInstantInput('2003-03-31T22:00:00Z', 'Asia/Tokyo')).toBe('2003-03-31T22:00:00.000Z');
    expect(parseInstantInput('2003-04-01T07:00:00+0900', ET)).toBe('2003-03-31T22:00:00.000Z');
  });

  it('keeps fractional seconds to the millisecond', () => {
    expect(parseInstantInput('2003-03-31 17:00:00.5', ET)).toBe('2003-03-31T22:00:00.500Z');
    expect(parseInstantInput('2003-03-31T22:00:00.123000Z', ET)).toBe('2003-03-31T22:00:00.123Z');
  });

  it('refuses a time finer than a millisecond rather than rounding a late document into a timely one', () => {
    const e = errorOf(() => parseInstantInput('2003-03-31 17:00:00.0004', ET));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('millisecond');
  });

  it('reads a wall-clock time in the offer zone even when the zone is not New York', () => {
    expect(parseInstantInput('2003-04-01 07:00', 'Asia/Tokyo')).toBe('2003-03-31T22:00:00.000Z');
  });

  it('refuses garbage with an example of what to write', () => {
    const e = errorOf(() => parseInstantInput('last Friday', ET));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe(
      '"last Friday" is not a date and time. Write e.g. 2003-03-31 17:00, 3/31/2003 5:00 PM or MAR-31-2003 17:00 (US month/day order, read in America/New_York), or 2003-03-31T17:00:00-05:00.',
    );
    expect(errorOf(() => parseInstantInput('   ', ET)).message).toBe('A date and time is required. Write e.g. 2003-03-31 17:00 or 3/31/2003 5:00 PM.');
  });

  it('refuses a date that is not on the calendar, 2003-02-30', () => {
    const e = errorOf(() => parseInstantInput('2003-02-30 10:00', ET));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe('In "2003-02-30 10:00": "2003-02-30" is not a real date (February 2003 has 28 days). Check the date on the paper.');
    expect(errorOf(() => parseInstantInput('2/30/2003 10:00 AM', ET)).message).toContain('February 2003 has 28 days');
  });

  it('reads a two-digit year 00-69 as 20xx and 70-99 as 19xx', () => {
    expect(parseInstantInput('03/21/03 16:42', ET)).toBe('2003-03-21T21:42:00.000Z');
    expect(parseInstantInput('12/31/69 23:59', ET)).toBe('2070-01-01T04:59:00.000Z');
    expect(parseInstantInput('01/01/70 00:00', ET)).toBe('1970-01-01T05:00:00.000Z');
  });

  it('reads 12:30 AM as half past midnight and 12:30 PM as half past noon', () => {
    expect(parseInstantInput('3/22/2003 12:30 AM', ET)).toBe('2003-03-22T05:30:00.000Z');
    expect(parseInstantInput('3/22/2003 12:30 PM', ET)).toBe('2003-03-22T17:30:00.000Z');
    expect(parseInstantInput('3/22/2003 11:59:59 pm', ET)).toBe('2003-03-23T04:59:59.000Z');
  });

  it('reads ET as the New York clock, and refuses it for an offer kept in another zone', () => {
    expect(parseInstantInput('2003-03-21 16:42 ET', ET)).toBe('2003-03-21T21:42:00.000Z');
    expect(errorOf(() => parseInstantInput('2003-10-26 01:30 ET', ET)).message).toContain('Write 2003-10-26 01:30 EDT for the first time');
    expect(errorOf(() => parseInstantInput('2003-03-21 16:42 EST', 'Asia/Tokyo')).message).toContain('EST is not the clock of Asia/Tokyo');
  });

  it('refuses a day-first date instead of swapping day and month', () => {
    const e = errorOf(() => parseInstantInput('21/03/2003 16:42', ET));
    expect(e.message).toBe('In "21/03/2003 16:42": 21 is not a month. Dates are read in US month/day order (month/day/year). For 21 March write 3/21/2003.');
  });

  it('refuses a date alone: the time of day is missing', () => {
    expect(errorOf(() => parseInstantInput('2003-03-22', ET)).message).toContain('"2003-03-22" has no time of day');
    expect(errorOf(() => parseInstantInput('Mar 22 2003', ET)).message).toContain('has no time of day');
  });

  it('refuses hours, minutes and seconds out of range', () => {
    expect(errorOf(() => parseInstantInput('2003-03-31 24:00', ET)).message).toContain('the hour must be 00 to 23');
    expect(errorOf(() => parseInstantInput('2003-03-31 17:60', ET)).message).toContain('the minutes must be 00 to 59');
    expect(errorOf(() => parseInstantInput('2003-03-31 17:00:60', ET)).message).toContain('the seconds must be 00 to 59');
    expect(errorOf(() => parseInstantInput('2003-03-31T17:00:00+19:00', ET)).message).toContain('is not a UTC offset');
  });

  it('refuses 02:30 on 2003-04-06 in New York: the clocks skipped it', () => {
    const e = errorOf(() => parseInstantInput('2003-04-06 02:30', ET));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('2003-04-06 02:30 does not exist in America/New_York');
  });

  it('refuses 01:30 on 2003-10-26 in New York without an offset: it happened twice', () => {
    const e = errorOf(() => parseInstantInput('2003-10-26 01:30', ET));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('happened twice');
    expect(e.message).toContain('2003-10-26T01:30:00-04:00 for the first time');
    expect(e.message).toContain('2003-10-26T01:30:00-05:00 for the second');
    // With the offset the paper can be recorded exactly.
    expect(parseInstantInput('2003-10-26T01:30:00-04:00', ET)).toBe('2003-10-26T05:30:00.000Z');
    expect(parseInstantInput('2003-10-26T01:30:00-05:00', ET)).toBe('2003-10-26T06:30:00.000Z');
  });

  it('refuses an unknown zone by name', () => {
    const e = errorOf(() => parseInstantInput('2003-03-31 17:00', 'Eastern'));
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('"Eastern" is not a known time zone');
  });
});

describe('a calendar date typed at the desk (e.g. the day confirmations were sent)', () => {
  it('reads 2003-03-25, 3/25/2003, 03/25/03, 25 Mar 2003 and Mar 25 2003 as the same day', () => {
    for (const typed of ['2003-03-25', '3/25/2003', '03/25/03', '25 Mar 2003', 'Mar 25 2003', 'MAR-25-2003', ' March 25, 2003 ']) {
      expect(parseTypedCalendarDate(typed)).toBe('2003-03-25');
    }
  });

  it('refuses garbage, impossible and day-first dates, saying what to write', () => {
    expect(readCalendarDateInput('soon')).toEqual({ ok: false, message: expect.stringContaining('"soon" is not a date the desk reads. Write it as 2003-03-21') });
    expect(readCalendarDateInput('2/30/2003')).toEqual({ ok: false, message: expect.stringContaining('February 2003 has 28 days') });
    expect(readCalendarDateInput('25/03/2003')).toEqual({ ok: false, message: expect.stringContaining('25 is not a month. Dates are read in US month/day order') });
    expect(readCalendarDateInput('2003-03-25 10:00')).toEqual({ ok: false, message: expect.stringContaining('write the day alone, e.g. 2003-03-25') });
    expect(readCalendarDateInput('')).toEqual({ ok: false, message: expect.stringContaining('A date is required') });
  });
});

describe('calendar dates', () => {
  it('accepts a real YYYY-MM-DD date, including 29 February of a leap year', () => {
    expect(parseCalendarDate('2003-03-31')).toBe('2003-03-31');
    expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29');
  });

  it('refuses dates that are not real or not in YYYY-MM-DD form, saying which', () => {
    expect(errorOf(() => parseCalendarDate('2003-02-29')).message).toBe('"2003-02-29" is not a real date (February 2003 has 28 days).');
    expect(errorOf(() => parseCalendarDate('1900-02-29')).message).toContain('not a real date');
    expect(errorOf(() => parseCalendarDate('2003-13-01')).message).toContain('there is no month 13');
    expect(errorOf(() => parseCalendarDate('03/31/2003')).message).toBe('"03/31/2003" is not a date in the form YYYY-MM-DD.');
    expect(errorOf(() => parseCalendarDate('2003-3-31')).code).toBe('invalid-input');
  });
});

describe('showing times on the offer clock', () => {
  it('shows the expiration as 2003-03-31 17:00:00 ET', () => {
    expect(formatInZone('2003-03-31T22:00:00.000Z', ET)).toBe('2003-03-31 17:00:00 ET');
    expect(formatInZone('2003-04-14T21:00:00.000Z', ET)).toBe('2003-04-14 17:00:00 ET');
  });

  it('shows milliseconds when there are any, so a late document never looks like 17:00:00', () => {
    expect(formatInZone('2003-03-31T22:00:00.001Z', ET)).toBe('2003-03-31 17:00:00.001 ET');
  });

  it("labels other zones with the zone's short name", () => {
    expect(formatInZone('2003-03-31T22:00:00.000Z', 'UTC')).toBe('2003-03-31 22:00:00 UTC');
    expect(formatInZone('2003-03-31T22:00:00.000Z', 'America/Los_Angeles')).toBe('2003-03-31 14:00:00 PST');
  });

  it('prints a time in the repeated hour of a fall-back night with EDT or EST, so the two never print the same', () => {
    expect(formatInZone('2003-10-26T05:30:00.000Z', ET)).toBe('2003-10-26 01:30:00 EDT');
    expect(formatInZone('2003-10-26T06:30:00.000Z', ET)).toBe('2003-10-26 01:30:00 EST');
    // Outside that hour New York is simply ET, whatever the season.
    expect(formatInZone('2003-10-26T04:59:59.999Z', ET)).toBe('2003-10-26 00:59:59.999 ET');
    expect(formatInZone('2003-10-26T07:00:00.000Z', ET)).toBe('2003-10-26 02:00:00 ET');
    expect(zoneLabel('2003-10-26T06:59:59.999Z', ET)).toBe('EST');
    expect(formatLongInZone('2003-10-26T05:30:00.000Z', ET)).toBe('Sun 26 Oct 2003, 1:30:00 AM EDT');
    expect(formatLongInZone('2003-03-31T22:00:00.000Z', ET)).toBe('Mon 31 Mar 2003, 5:00:00 PM ET');
  });

  it('fills a time field with text that reads back as the same instant, even in the fall-back hour', () => {
    expect(instantInputText('2003-03-31T21:59:59.000Z', ET)).toBe('2003-03-31 16:59:59');
    expect(instantInputText('2003-10-26T06:30:00.250Z', ET)).toBe('2003-10-26 01:30:00.250 EST');
    expect(parseInstantInput(instantInputText('2003-10-26T05:30:00.000Z', ET), ET)).toBe('2003-10-26T05:30:00.000Z');
  });

  it('finds the calendar date in the offer zone, not in UTC', () => {
    // 02:00 UTC on 1 April is still the evening of 31 March in New York.
    expect(calendarDateInZone('2003-04-01T02:00:00.000Z', ET)).toBe('2003-03-31');
    expect(calendarDateInZone('2003-04-01T05:00:00.000Z', ET)).toBe('2003-04-01');
  });

  it('finds the first moment a wall-clock time is shown, e.g. 9:00 a.m. in daylight time', () => {
    expect(instantAtWallClock('2003-04-15', 9, 0, ET)).toBe('2003-04-15T13:00:00.000Z');
    expect(instantAtWallClock('2003-04-01', 9, 0, ET)).toBe('2003-04-01T14:00:00.000Z');
  });

  it('knows real zone names and rejects made-up ones', () => {
    expect(isValidZone('America/New_York')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('America/Pelham')).toBe(false);
    expect(isValidZone('')).toBe(false);
  });
});
