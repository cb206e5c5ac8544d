import { describe, expect, it } from 'vitest';
import {
  currentExpiration,
  earliestPermittedExpiration,
  extensionAnnouncementDeadline,
  tenBusinessDaysAfter,
  twentiethBusinessDay,
} from '../../main/core/schedule';
import type { Extension, OfferSettings } from '../../main/core/types';
import { ALPHA as alpha } from './offer-fixtures';

const ET = 'America/New_York';


function extension(id: number, toExpiresAt: string, decidedAt: string): Extension {
  return { id, fromExpiresAt: alpha.originalExpiresAt, toExpiresAt, decidedAt, operator: 'jp', reason: 'board meeting', announcedLate: false };
}

describe('the offer stays open at least twenty business days', () => {
  it('Alpha commenced Fri 2003-02-28 (day 1); its twentieth business day is Thu 2003-03-27', () => {
    // Day 1 Fri 02-28; days 2-6 Mar 3-7; 7-11 Mar 10-14; 12-16 Mar 17-21; 17-20 Mar 24-27.
    expect(twentiethBusinessDay('2003-02-28')).toBe('2003-03-27');
  });

  it('so Alpha could expire no earlier than midnight at the end of 2003-03-27 ET (05:00 UTC on the 28th)', () => {
    expect(earliestPermittedExpiration('2003-02-28', ET)).toBe('2003-03-28T05:00:00.000Z');
    expect(alpha.originalExpiresAt > earliestPermittedExpiration('2003-02-28', ET)).toBe(true);
  });

  it('an offer first sent on a Saturday starts counting on the Monday', () => {
    // Sat 2003-03-01 -> day 1 Mon 03-03 -> day 20 Fri 03-28.
    expect(twentiethBusinessDay('2003-03-01')).toBe('2003-03-28');
  });

  it('skips federal holidays in the twenty days (Memorial Day 2003-05-26)', () => {
    // Day 1 Thu 05-01 ... day 17 Fri 05-23, Memorial Day skipped, day 18 Tue 05-27 ... day 20 Thu 05-29.
    expect(twentiethBusinessDay('2003-05-01')).toBe('2003-05-29');
    expect(earliestPermittedExpiration('2003-05-01', ET)).toBe('2003-05-30T04:00:00.000Z'); // daylight time
  });
});

describe('an extension is announced by 9:00 a.m. ET on the next business day', () => {
  it('Alpha expiring Mon 2003-03-31 17:00 ET: announce by Tue 2003-04-01 9:00 a.m. ET', () => {
    expect(extensionAnnouncementDeadline('2003-03-31T22:00:00.000Z', ET)).toBe('2003-04-01T14:00:00.000Z');
  });

  it('an expiration on a Friday before a Monday holiday: announce by Tuesday 9:00 a.m. (daylight time)', () => {
    expect(extensionAnnouncementDeadline('2003-05-23T21:00:00.000Z', ET)).toBe('2003-05-27T13:00:00.000Z');
  });

  it('an offer expiring at midnight at the end of Thursday is announced by Friday 9:00 a.m., not Monday', () => {
    const midnight = earliestPermittedExpiration('2003-02-28', ET); // end of Thu 2003-03-27
    expect(extensionAnnouncementDeadline(midnight, ET)).toBe('2003-03-28T14:00:00.000Z');
  });
});

describe('ten more business days after a change in the consideration', () => {
  it('a change announced Mon 2003-03-17 keeps the offer open through Fri 2003-03-28', () => {
    expect(tenBusinessDaysAfter('2003-03-17T15:00:00.000Z', ET)).toBe('2003-03-29T05:00:00.000Z');
  });

  it('a change announced on a Saturday counts from the Monday', () => {
    // Sat 2003-03-22 -> day 1 Mon 03-24 -> day 10 Fri 04-04 -> midnight = 05:00 UTC on 04-05 (still EST; DST began 04-06).
    expect(tenBusinessDaysAfter('2003-03-22T15:00:00.000Z', ET)).toBe('2003-04-05T05:00:00.000Z');
  });
});

describe('the expiration in force', () => {
  it('is the original expiration while there is no extension', () => {
    expect(currentExpiration(alpha, [])).toBe('2003-03-31T22:00:00.000Z');
  });

  it('is the latest extension decided, in daylight time 2003-04-14 17:00 ET = 21:00 UTC', () => {
    const exts = [
      extension(2, '2003-04-14T21:00:00.000Z', '2003-04-01T13:00:00.000Z'),
      extension(1, '2003-04-07T21:00:00.000Z', '2003-03-31T20:00:00.000Z'),
    ];
    expect(currentExpiration(alpha, exts)).toBe('2003-04-14T21:00:00.000Z');
  });

  it('two extensions decided at the same instant: the later record wins', () => {
    const exts = [
      extension(7, '2003-04-14T21:00:00.000Z', '2003-04-01T13:00:00.000Z'),
      extension(6, '2003-04-07T21:00:00.000Z', '2003-04-01T13:00:00.000Z'),
    ];
    expect(currentExpiration(alpha, exts)).toBe('2003-04-14T21:00:00.000Z');
  });
});
