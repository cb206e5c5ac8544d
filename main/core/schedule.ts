// The dates Regulation 14E and Rule 13e-4 put around an issuer tender offer, so that the desk
// reads them off the screen instead of counting on a wall calendar.
//
// How periods are counted (Rule 14d-1(g)(3)): a business day runs from 12:01 a.m. through
// 12:00 midnight; "the date of the event that begins the running of such time period shall be
// included except that if such event occurs on other than a business day such period shall
// begin to run on and shall include the first business day thereafter." So the commencement
// day (or the day a change in consideration is first announced) is business day 1 when it is a
// business day, and otherwise the next business day is day 1. A period of N business days ends
// at midnight at the end of day N, which as an instant is 00:00 of the following calendar day.
// Times are on the offer zone's clock (the rule speaks of Eastern time; the offer's zone is
// America/New_York for Alpha).

import { addBusinessDays, isBusinessDay, nextBusinessDay } from './business-days';
import { addDays } from './calendar-date';
import { calendarDateInZone, instantAtWallClock, isMidnightInZone } from './time';
import type { CalendarDate, Extension, Instant, OfferSettings } from './types';

/** Rule 14e-1(a): an offer is held open at least this many business days. */
export const MINIMUM_OFFER_BUSINESS_DAYS = 20;
/** Rule 14e-1(b): after a change in the consideration, at least this many more. */
export const BUSINESS_DAYS_AFTER_CHANGE = 10;

/** Business day number `n` of a period whose first day is `start` (see the counting above). */
function businessDayOfPeriod(start: CalendarDate, n: number): CalendarDate {
  const first = isBusinessDay(start) ? start : nextBusinessDay(start);
  return addBusinessDays(first, n - 1);
}

/** Midnight at the end of `date`: the first instant of the next calendar day in the zone. */
function endOfDay(date: CalendarDate, zone: string): Instant {
  return instantAtWallClock(addDays(date, 1), 0, 0, zone);
}

/**
 * The moment the offer commenced: 12:01 a.m. on the zone's clock on the day it was first sent
 * (the start of that business day, Rule 14d-1(g)(3)). No paper received before it can answer it.
 */
export function commencementInstant(commencedOn: CalendarDate, zone: string): Instant {
  return instantAtWallClock(commencedOn, 0, 1, zone);
}

/**
 * The twentieth business day of the offer, counting the day it commenced as day 1 (for Alpha,
 * commenced Fri 2003-02-28: Thu 2003-03-27).
 */
export function twentiethBusinessDay(commencedOn: CalendarDate): CalendarDate {
  return businessDayOfPeriod(commencedOn, MINIMUM_OFFER_BUSINESS_DAYS);
}

/**
 * The earliest instant at which the offer may expire: midnight at the end of its twentieth
 * business day (Alpha: 2003-03-28 00:00 ET = 2003-03-28T05:00:00.000Z). Any expiration at or
 * after this instant keeps the offer open for the full twenty business days.
 */
export function earliestPermittedExpiration(commencedOn: CalendarDate, zone: string): Instant {
  return endOfDay(twentiethBusinessDay(commencedOn), zone);
}

/**
 * Rule 14e-1(d): an extension must be announced no later than 9:00 a.m. on the next business
 * day after the scheduled expiration date. An expiration exactly at midnight (00:00) is
 * "midnight at the end of" the day before, so the day before is its expiration date; otherwise
 * the deadline for an offer expiring at 12:00 midnight on a Thursday would slip to Monday.
 * The announcement is in time when made at or before the returned instant.
 */
export function extensionAnnouncementDeadline(expiresAt: Instant, zone: string): Instant {
  const onClock = calendarDateInZone(expiresAt, zone);
  const expirationDate = isMidnightInZone(expiresAt, zone) ? addDays(onClock, -1) : onClock;
  return instantAtWallClock(nextBusinessDay(expirationDate), 9, 0, zone);
}

/**
 * Rule 14e-1(b): after the consideration offered is increased or decreased, the offer must stay
 * open at least ten business days from the day notice of the change is first published or
 * sent. Returns the earliest permitted expiration: midnight at the end of the tenth business
 * day, counting the day of the change as day 1 when it is a business day.
 */
export function tenBusinessDaysAfter(change: Instant, zone: string): Instant {
  const day10 = businessDayOfPeriod(calendarDateInZone(change, zone), BUSINESS_DAYS_AFTER_CHANGE);
  return endOfDay(day10, zone);
}

/**
 * The expiration in force: the most recent extension decision wins, whether it moved the date
 * later or (a further decision) back; with none, the expiration first announced. Decisions are
 * ordered by when they were decided and, for the same instant, by record id (the later record).
 */
export function currentExpiration(settings: OfferSettings, extensions: Extension[]): Instant {
  return newestExtension(extensions)?.toExpiresAt ?? settings.originalExpiresAt;
}

/**
 * The extension decision in force, or none. A voided extension is no decision at all: without it
 * the expiration reverts to the one before. Only this one may be voided (a void of an older one
 * would not move the expiration and would leave the history saying two contradictory things).
 */
export function newestExtension(extensions: readonly Extension[]): Extension | undefined {
  let latest: Extension | undefined;
  for (const e of extensions) {
    if (e.voided) continue;
    if (latest === undefined || e.decidedAt > latest.decidedAt || (e.decidedAt === latest.decidedAt && e.id > latest.id)) {
      latest = e;
    }
  }
  return latest;
}
