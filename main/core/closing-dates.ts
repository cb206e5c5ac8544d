// The dates of the close (Alpha's exhibits (a)(1), (a)(3), (a)(5); Rules 13e-4 and 14e-1):
//  - the close may be recorded only once the offer has expired AND the time to announce an
//    extension has run out (9:00 a.m. ET on the next business day), since until then the Company
//    may still extend it;
//  - tendered options are cancelled on the first business day after the expiration date;
//  - the new options are granted on the first business day on or after cancellation + the terms'
//    delay (Alpha: six months and one day; cancelled Tue 2003-04-01, granted Thu 2003-10-02);
//  - options not yet accepted may be withdrawn after 40 business days from commencement
//    (Rule 13e-4(f)(2)(ii); Alpha: from Fri 2003-04-25), which is why the close records the day
//    the Company accepted them.
// Calendar months: the 31st plus one month is the last day of the next month, so "at least six
// months" never falls short.

import { addBusinessDays, isBusinessDay, nextBusinessDay } from './business-days';
import { addDays, daysInMonth, makeCalendarDate } from './calendar-date';
import type { ExchangeTerms } from './exchange-terms';
import { extensionAnnouncementDeadline } from './schedule';
import { calendarDateInZone } from './time';
import type { CalendarDate, Instant } from './types';

/** Business days after commencement from which untaken tenders may be withdrawn (Rule 13e-4(f)(2)(ii)). */
export const WITHDRAWAL_RIGHTS_BUSINESS_DAYS = 40;

/** The earliest instant the close may be recorded: the extension-announcement limit of the expiration in force. */
export function closeAllowedFrom(expiresAt: Instant, zone: string): Instant {
  return extensionAnnouncementDeadline(expiresAt, zone);
}

/** Tendered options are cancelled on the first business day after the expiration date (Alpha: 2003-04-01). */
export function cancellationDateFor(expiresAt: Instant, zone: string): CalendarDate {
  return nextBusinessDay(calendarDateInZone(expiresAt, zone));
}

/** `date` plus whole calendar months, the day clamped to the month's last (Aug 31 + 6 months = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeCalendarDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The first business day on or after cancellation + the terms' delay (Alpha: 2003-10-02). */
export function newGrantDateFor(cancellation: CalendarDate, after: ExchangeTerms['newGrantAfter']): CalendarDate {
  const earliest = addDays(addMonths(cancellation, after.months), after.days);
  return isBusinessDay(earliest) ? earliest : nextBusinessDay(earliest);
}

/** The first day on which options not yet accepted may be withdrawn (Alpha, commenced 2003-02-28: 2003-04-25). */
export function withdrawalRightsFrom(commencedOn: CalendarDate): CalendarDate {
  const first = isBusinessDay(commencedOn) ? commencedOn : nextBusinessDay(commencedOn);
  // Day 1 is the commencement; rights arise after the 40th business day, i.e. on the 41st.
  return addBusinessDays(first, WITHDRAWAL_RIGHTS_BUSINESS_DAYS);
}
