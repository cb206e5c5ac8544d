import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  confirmationDueDate,
  federalHolidays,
  isBusinessDay,
  nextBusinessDay,
} from '../../main/core/business-days';
import { OfferDeskError } from '../../main/core/errors';
import { parseInstantInput } from '../../main/core/time';

const ET = 'America/New_York';
const receivedAt = (text: string) => parseInstantInput(text, ET);
const dates = (year: number) => federalHolidays(year).map((h) => h.date);
const named = (year: number, name: string) => federalHolidays(year).filter((h) => h.name === name);

describe('worked example 2: confirmation is due within five business days of receipt', () => {
  it('received Fri 2003-03-28 -> due Fri 2003-04-04', () => {
    expect(confirmationDueDate(receivedAt('2003-03-28 10:00'), ET)).toBe('2003-04-04');
  });

  it('received Sat 2003-03-29 -> due Fri 2003-04-04', () => {
    expect(confirmationDueDate(receivedAt('2003-03-29 10:00'), ET)).toBe('2003-04-04');
  });

  it('received Fri 2003-05-23 -> due Mon 2003-06-02, because Memorial Day (05-26) is not a business day', () => {
    expect(isBusinessDay('2003-05-26')).toBe(false);
    expect(confirmationDueDate(receivedAt('2003-05-23 10:00'), ET)).toBe('2003-06-02');
  });

  it('counts on the Eastern calendar: a fax at 11:30 PM ET on Friday is a Friday receipt, though it is Saturday in UTC', () => {
    const late = receivedAt('2003-03-28 23:30');
    expect(late).toBe('2003-03-29T04:30:00.000Z');
    expect(confirmationDueDate(late, ET)).toBe('2003-04-04');
  });

  it('a receipt on a holiday counts from the next business day (Memorial Day 2003-05-26 -> Mon 2003-06-02)', () => {
    expect(confirmationDueDate(receivedAt('2003-05-26 09:00'), ET)).toBe('2003-06-02');
  });

  it("a receipt on the observed New Year's Day (Fri 2021-12-31) counts from Mon 2022-01-03: due Fri 2022-01-07", () => {
    expect(confirmationDueDate(receivedAt('2021-12-31 10:00'), ET)).toBe('2022-01-07');
  });

  it('Thanksgiving falls inside the count: received Mon 2003-11-24 -> due Tue 2003-12-02', () => {
    expect(confirmationDueDate(receivedAt('2003-11-24 12:00'), ET)).toBe('2003-12-02');
  });
});

describe('federal holidays under 5 U.S.C. 6103', () => {
  it('lists the ten holidays of 2003 on their days', () => {
    expect(dates(2003)).toEqual([
      '2003-01-01', // New Year's Day
      '2003-01-20', // Martin Luther King, Jr.
      '2003-02-17', // Washington's Birthday
      '2003-05-26', // Memorial Day
      '2003-07-04', // Independence Day
      '2003-09-01', // Labor Day
      '2003-10-13', // Columbus Day
      '2003-11-11', // Veterans Day
      '2003-11-27', // Thanksgiving Day
      '2003-12-25', // Christmas Day
    ]);
    expect(federalHolidays(2003).every((h) => !h.observed)).toBe(true);
  });

  it('has Juneteenth only from 2021', () => {
    expect(named(2020, 'Juneteenth National Independence Day')).toEqual([]);
    expect(isBusinessDay('2020-06-19')).toBe(true);
    // 2021-06-19 was a Saturday, so the holiday was observed on Friday 06-18.
    expect(named(2021, 'Juneteenth National Independence Day')).toEqual([
      { date: '2021-06-18', name: 'Juneteenth National Independence Day', observed: true },
    ]);
    expect(named(2024, 'Juneteenth National Independence Day')).toEqual([
      { date: '2024-06-19', name: 'Juneteenth National Independence Day', observed: false },
    ]);
  });

  it('has Martin Luther King Day only from 1986', () => {
    expect(named(1985, 'Birthday of Martin Luther King, Jr.')).toEqual([]);
    expect(named(1986, 'Birthday of Martin Luther King, Jr.').map((h) => h.date)).toEqual(['1986-01-20']);
  });

  it('moves a Saturday holiday to the Friday before: Independence Day 2020 observed Fri 07-03', () => {
    expect(named(2020, 'Independence Day')).toEqual([{ date: '2020-07-03', name: 'Independence Day', observed: true }]);
    expect(isBusinessDay('2020-07-03')).toBe(false);
  });

  it('moves a Sunday holiday to the Monday after: Christmas 2022 observed Mon 12-26', () => {
    expect(named(2022, 'Christmas Day')).toEqual([{ date: '2022-12-26', name: 'Christmas Day', observed: true }]);
    expect(isBusinessDay('2022-12-26')).toBe(false);
  });

  it("observes New Year's Day 2022 (a Saturday) on Fri 2021-12-31, in the previous year", () => {
    expect(federalHolidays(2021)).toContainEqual({ date: '2021-12-31', name: "New Year's Day", observed: true });
    expect(named(2022, "New Year's Day")).toEqual([]);
    expect(isBusinessDay('2021-12-31')).toBe(false);
    expect(nextBusinessDay('2021-12-30')).toBe('2022-01-03');
  });

  it('applies the Monday holiday rules from 1971 and the old fixed dates before', () => {
    expect(named(1970, "Washington's Birthday").map((h) => h.date)).toEqual(['1970-02-23']); // Feb 22 was a Sunday
    expect(named(1970, 'Memorial Day').map((h) => h.date)).toEqual(['1970-05-29']); // May 30 was a Saturday
    expect(named(1970, 'Columbus Day')).toEqual([]);
    expect(named(1971, "Washington's Birthday").map((h) => h.date)).toEqual(['1971-02-15']);
    expect(named(1971, 'Memorial Day').map((h) => h.date)).toEqual(['1971-05-31']);
    expect(named(1971, 'Columbus Day').map((h) => h.date)).toEqual(['1971-10-11']);
    // Veterans Day was the fourth Monday of October from 1971 to 1977.
    expect(named(1975, 'Veterans Day').map((h) => h.date)).toEqual(['1975-10-27']);
    expect(named(1978, 'Veterans Day').map((h) => h.date)).toEqual(['1978-11-10']); // Nov 11 was a Saturday
  });

  it('refuses a year it does not know rather than guessing', () => {
    expect(() => federalHolidays(1900)).toThrow(OfferDeskError);
  });
});

describe('business days', () => {
  it('Saturdays, Sundays and holidays are not business days; other days are', () => {
    expect(isBusinessDay('2003-03-28')).toBe(true); // Friday
    expect(isBusinessDay('2003-03-29')).toBe(false); // Saturday
    expect(isBusinessDay('2003-03-30')).toBe(false); // Sunday
    expect(isBusinessDay('2003-07-04')).toBe(false); // Independence Day
  });

  it('the next business day after a Friday before a Monday holiday is the Tuesday', () => {
    expect(nextBusinessDay('2003-05-23')).toBe('2003-05-27');
  });

  it('counts forwards and backwards over weekends and holidays', () => {
    expect(addBusinessDays('2003-03-28', 0)).toBe('2003-03-28');
    expect(addBusinessDays('2003-03-28', 1)).toBe('2003-03-31');
    expect(addBusinessDays('2003-12-24', 2)).toBe('2003-12-29');
    expect(addBusinessDays('2003-05-27', -1)).toBe('2003-05-23');
  });

  it('refuses a date that is not real and a count that is not whole', () => {
    expect(() => isBusinessDay('2003-02-30')).toThrow('"2003-02-30" is not a real date');
    expect(() => addBusinessDays('2003-03-28', 1.5)).toThrow('whole number');
  });
});
