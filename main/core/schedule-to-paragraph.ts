// The paragraph the Company adds to its Schedule TO in the final amendment (Rule 13e-4(c)(4)):
// when the offer expired, how many options it accepted from how many holders and what part of
// the eligible options that is, and when the new options will be granted. Filled in from the
// offer's results (core/offer-results.ts) and the close's dates, never typed by hand, so the
// filing says exactly what the report, the letters and the exports say.
//
// House style of such filings (Alpha's own exhibits): "5:00 p.m., Eastern Time", "March 31, 2003",
// shares with thousands separators, the percentage to one decimal. Pure: no clock, no locale of
// the machine.

import { instantMillis, requireZone } from './zones';
import type { CalendarDate, Instant } from './types';

export interface ScheduleToFigures {
  /** The expiration in force when the offer ended (the last extension's, or the original). */
  expiresAt: Instant;
  zone: string;
  /** Old option shares accepted for exchange (the sum of the per-grant rows). */
  sharesAccepted: number;
  /** Old option shares eligible for exchange (every eligible grant's shares outstanding). */
  sharesEligible: number;
  /** Holders with any share accepted. */
  holdersParticipating: number;
  /** New option shares promised for the accepted options (ratio applied, rounded down). */
  newShares: number;
  /** When the accepted options were cancelled (the close's, or the rules' while open). */
  cancellationDate: CalendarDate;
  /** When the new options will be granted. */
  newGrantDate: CalendarDate;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// The names filings use for the US zones; any other zone is named by its IANA name, which no
// reader can misread (a localised generic name would depend on the ICU data of the machine).
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'America/New_York': 'Eastern Time',
  'America/Detroit': 'Eastern Time',
  'America/Chicago': 'Central Time',
  'America/Denver': 'Mountain Time',
  'America/Phoenix': 'Mountain Standard Time',
  'America/Los_Angeles': 'Pacific Time',
  'America/Anchorage': 'Alaska Time',
  'Pacific/Honolulu': 'Hawaii-Aleutian Standard Time',
};

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: true });

/** "1,234,500": whole numbers with thousands separators, as filings print share counts. */
export function formatCount(n: number): string {
  return GROUPED.format(n);
}

/** "March 31, 2003" for a calendar date. */
export function formatFilingDate(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1] ?? ''} ${d}, ${y}`;
}

/**
 * `part` of `whole` as a percentage to one decimal, rounded half up in whole numbers (no float
 * drift: 617 of 1,000 is "61.7", never "61.69999"). It never reads 100.0 unless every share was
 * accepted, nor 0.0 when some were: a filing must not overstate or hide a tender.
 */
export function percentToOneDecimal(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0.0';
  if (part >= whole) return '100.0';
  let tenths = Math.floor((2 * part * 1000 + whole) / (2 * whole));
  if (tenths >= 1000) tenths = 999;
  if (tenths <= 0) return 'less than 0.1';
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** "5:00 p.m., Eastern Time, on March 31, 2003" in the offer's zone. */
export function expirationPhrase(expiresAt: Instant, zone: string): string {
  const tz = requireZone(zone);
  const ms = instantMillis(expiresAt);
  const wall = new Date(ms + tz.offset(ms) * 60_000);
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  const second = wall.getUTCSeconds();
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const clock = `${h12}:${String(minute).padStart(2, '0')}${second === 0 ? '' : `:${String(second).padStart(2, '0')}`}`;
  const half = hour < 12 ? 'a.m.' : 'p.m.';
  const date = `${wall.getUTCFullYear()}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}-${String(wall.getUTCDate()).padStart(2, '0')}`;
  return `${clock} ${half}, ${ZONE_NAMES[zone] ?? zone}, on ${formatFilingDate(date)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The paragraph for the final amendment to the Schedule TO, filled in. */
export function scheduleToParagraph(f: ScheduleToFigures): string {
  const percent = percentToOneDecimal(f.sharesAccepted, f.sharesEligible);
  return (
    `The Offer expired at ${expirationPhrase(f.expiresAt, f.zone)}. ` +
    `Pursuant to the Offer, the Company accepted for exchange options to purchase ${plural(f.sharesAccepted, 'share', 'shares')} of common stock ` +
    `from ${plural(f.holdersParticipating, 'eligible holder', 'eligible holders')}, representing ${percent}% of the options eligible for exchange. ` +
    `The options accepted were cancelled on ${formatFilingDate(f.cancellationDate)}. ` +
    `Subject to the terms and conditions of the Offer, the Company will grant new options to purchase ${plural(f.newShares, 'share', 'shares')} ` +
    `of common stock on or about ${formatFilingDate(f.newGrantDate)} in exchange for the options accepted.`
  );
}
