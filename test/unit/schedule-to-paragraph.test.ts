// The paragraph the Company files in the final amendment to its Schedule TO, filled in from the
// results: the figures as a filing prints them (thousands separators, the percentage to one
// decimal, "5:00 p.m., Eastern Time"), for figures like Alpha's 2003 offer.
import { describe, expect, it } from 'vitest';
import { expirationPhrase, percentToOneDecimal, scheduleToParagraph } from '../../main/core/schedule-to-paragraph';
import { formatAnchor } from '../../main/core/anchor';

const ALPHA_LIKE = {
  expiresAt: '2003-03-31T22:00:00.000Z',
  zone: 'America/New_York',
  sharesAccepted: 1_234_500,
  sharesEligible: 2_000_000,
  holdersParticipating: 123,
  newShares: 1_234_500,
  cancellationDate: '2003-04-01',
  newGrantDate: '2003-10-02',
};

describe('the Schedule TO paragraph', () => {
  it("reads as Alpha's final amendment would: expiration, shares accepted, holders, percentage, new grant date", () => {
    expect(scheduleToParagraph(ALPHA_LIKE)).toBe(
      'The Offer expired at 5:00 p.m., Eastern Time, on March 31, 2003. ' +
        'Pursuant to the Offer, the Company accepted for exchange options to purchase 1,234,500 shares of common stock from 123 eligible holders, ' +
        'representing 61.7% of the options eligible for exchange. The options accepted were cancelled on April 1, 2003. ' +
        'Subject to the terms and conditions of the Offer, the Company will grant new options to purchase 1,234,500 shares of common stock ' +
        'on or about October 2, 2003 in exchange for the options accepted.',
    );
  });

  it('a 1-for-2 exchange promises fewer new shares than it accepted, and one holder is "1 eligible holder"', () => {
    const text = scheduleToParagraph({ ...ALPHA_LIKE, sharesAccepted: 1_001, holdersParticipating: 1, newShares: 500 });
    expect(text).toContain('options to purchase 1,001 shares of common stock from 1 eligible holder, representing 0.1% of the options');
    expect(text).toContain('new options to purchase 500 shares of common stock');
  });

  it('an extension into daylight time still reads "Eastern Time", at the wall-clock hour', () => {
    expect(expirationPhrase('2003-04-14T21:00:00.000Z', 'America/New_York')).toBe('5:00 p.m., Eastern Time, on April 14, 2003');
    expect(expirationPhrase('2003-04-14T16:30:15.000Z', 'America/New_York')).toBe('12:30:15 p.m., Eastern Time, on April 14, 2003');
    expect(expirationPhrase('2003-03-31T05:00:00.000Z', 'America/New_York')).toBe('12:00 a.m., Eastern Time, on March 31, 2003');
    expect(expirationPhrase('2003-03-31T22:00:00.000Z', 'Europe/Paris')).toBe('12:00 a.m., Europe/Paris, on April 1, 2003');
  });

  it('the percentage is to one decimal, rounded half up, never 100.0% unless every option was accepted nor 0.0% when some were', () => {
    expect(percentToOneDecimal(617, 1000)).toBe('61.7');
    expect(percentToOneDecimal(6175, 10000)).toBe('61.8');
    expect(percentToOneDecimal(1, 3)).toBe('33.3');
    expect(percentToOneDecimal(2, 3)).toBe('66.7');
    expect(percentToOneDecimal(9999, 10000)).toBe('99.9');
    expect(percentToOneDecimal(10000, 10000)).toBe('100.0');
    expect(percentToOneDecimal(1, 100000)).toBe('less than 0.1');
    expect(percentToOneDecimal(0, 100000)).toBe('0.0');
    expect(percentToOneDecimal(0, 0)).toBe('0.0');
  });

  it('the paper names the ledger audit head it was printed from: event and the first 16 hex of its hash', () => {
    expect(formatAnchor({ seq: 812, hash: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' })).toBe('Ledger audit head: event 812 \u00b7 0123456789abcdef');
  });
});
