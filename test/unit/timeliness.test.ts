import { describe, expect, it } from 'vitest';
import { isTimely } from '../../main/core/timeliness';
import { EXPIRES, et } from './offer-fixtures';

describe('a document counts only if received by 5:00 PM ET on the expiration date', () => {
  it('a fax received at 4:59:59 PM ET is timely', () => {
    expect(isTimely(et('2003-03-31 16:59:59'), EXPIRES)).toBe(true);
  });

  it('a fax received at exactly 5:00:00 PM ET is timely', () => {
    expect(isTimely(et('2003-03-31 17:00:00'), EXPIRES)).toBe(true);
  });

  it('a Notice received one second after 5:00 PM ET has no effect', () => {
    expect(isTimely(et('2003-03-31 17:00:01'), EXPIRES)).toBe(false);
  });

  it('one millisecond after the expiration is late', () => {
    expect(isTimely('2003-03-31T22:00:00.001Z', EXPIRES)).toBe(false);
  });
});

describe('worked example 3: the offer extended into daylight time', () => {
  // Extended to 2003-04-14 17:00 ET: New York is on daylight time (UTC-4), so 21:00 UTC.
  const extended = et('2003-04-14 17:00');

  it('the extended expiration is 21:00 UTC, not 22:00', () => {
    expect(extended).toBe('2003-04-14T21:00:00.000Z');
  });

  it('a fax received at 20:30 UTC that day is timely', () => {
    expect(isTimely('2003-04-14T20:30:00.000Z', extended)).toBe(true);
  });

  it('a fax received at 21:30 UTC that day is late', () => {
    expect(isTimely('2003-04-14T21:30:00.000Z', extended)).toBe(false);
  });
});

describe('timeliness never compares malformed times', () => {
  it('refuses a receipt time that is not a canonical instant', () => {
    expect(() => isTimely('2003-03-31 17:00', EXPIRES)).toThrow('is not an instant');
  });
});
