// The rules of the close in the CFO's words: when it may be recorded, when the old options are
// cancelled and the new ones granted, and how many new option shares each tendered grant earns.

import { describe, expect, it } from 'vitest';
import { acceptedGrants } from '../../main/core/accepted-grants';
import { addMonths, cancellationDateFor, closeAllowedFrom, newGrantDateFor, withdrawalRightsFrom } from '../../main/core/closing-dates';
import { describeNewGrantRule, describeRatio, type ExchangeTerms, exchangeTermsProblem, newOptionShares, ONE_FOR_ONE, parseRatio, ratioFor } from '../../main/core/exchange-terms';
import type { Grant, HolderElection } from '../../main/core/types';

const NY = 'America/New_York';
const ALPHA_EXPIRY = '2003-03-31T22:00:00.000Z';

describe('the dates of the close', () => {
  it('Alpha: closing may be recorded from 9:00 a.m. ET on Tue 2003-04-01, the limit for announcing an extension', () => {
    expect(closeAllowedFrom(ALPHA_EXPIRY, NY)).toBe('2003-04-01T14:00:00.000Z');
  });

  it('Alpha: tendered options are cancelled on the first business day after expiration (2003-04-01) and new options granted on Thu 2003-10-02', () => {
    const cancelled = cancellationDateFor(ALPHA_EXPIRY, NY);
    expect(cancelled).toBe('2003-04-01');
    expect(newGrantDateFor(cancelled, ONE_FOR_ONE.newGrantAfter)).toBe('2003-10-02');
  });

  it('an expiration on a Friday is cancelled the next Monday; a new grant date on a weekend or holiday moves to the next business day', () => {
    expect(cancellationDateFor('2003-04-11T21:00:00.000Z', NY)).toBe('2003-04-14');
    // 2003-05-23 + 6 months + 1 day = Mon 2003-11-24, a business day; 2003-05-03 + 6m + 1d = Tue 2003-11-04.
    expect(newGrantDateFor('2003-05-23', { months: 6, days: 1 })).toBe('2003-11-24');
    // 2003-01-03 + 6 months + 1 day = Sat 2003-07-05: the next business day is Mon 07-07 (07-04 was the holiday).
    expect(newGrantDateFor('2003-01-03', { months: 6, days: 1 })).toBe('2003-07-07');
  });

  it('six months after the 31st is the last day of the month, so "at least six months" never falls short', () => {
    expect(addMonths('2003-08-31', 6)).toBe('2004-02-29');
    expect(addMonths('2002-08-31', 6)).toBe('2003-02-28');
  });

  it('Alpha: options not yet accepted may be withdrawn from Fri 2003-04-25 (after 40 business days)', () => {
    expect(withdrawalRightsFrom('2003-02-28')).toBe('2003-04-25');
  });
});

describe('exchange ratios', () => {
  const BANDS: ExchangeTerms = {
    ratios: [
      { plan: '1994', priceFrom: '10.00', priceBelow: null, newShares: 1, oldShares: 2 },
      { plan: null, priceFrom: null, priceBelow: '5.00', newShares: 3, oldShares: 2 },
      { plan: '1985', priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 },
    ],
    newGrantAfter: { months: 6, days: 1 },
  };

  it('the first rule covering a grant decides it; a price band edge is exact ($10.00 is in the "10.00 or more" band)', () => {
    expect(ratioFor(BANDS, { plan: '1994', exercisePrice: '10.0000' })?.oldShares).toBe(2);
    expect(ratioFor(BANDS, { plan: '1994', exercisePrice: '9.9999' })).toBeNull();
    expect(ratioFor(BANDS, { plan: '1994', exercisePrice: '4.9999' })?.newShares).toBe(3);
    expect(ratioFor(BANDS, { plan: '1985', exercisePrice: '25.0000' })?.newShares).toBe(1);
  });

  it('fractions of a new share are rounded down: 1,001 old shares at 1 for 2 give 500 new', () => {
    expect(newOptionShares({ newShares: 1, oldShares: 2 }, 1001)).toBe(500);
    expect(newOptionShares({ newShares: 3, oldShares: 2 }, 333)).toBe(499);
    expect(newOptionShares({ newShares: 1, oldShares: 1 }, 750)).toBe(750);
  });

  it('a ratio is typed new:old; anything else is refused in words', () => {
    expect(parseRatio(' 1 : 2 ')).toEqual({ newShares: 1, oldShares: 2 });
    expect(() => parseRatio('1/2')).toThrow(/not new:old shares like 1:1 or 1:2/);
    expect(() => parseRatio('0:1')).toThrow(/at least one share on each side/);
  });

  it('terms are checked against the offer: plans it has, prices that are prices, bands that hold a price', () => {
    expect(exchangeTermsProblem(BANDS, ['1994', '1985'])).toBeNull();
    expect(exchangeTermsProblem(BANDS, ['1994'])).toMatch(/"1985" is not one of the offer's plans/);
    expect(exchangeTermsProblem({ ...BANDS, ratios: [{ ...BANDS.ratios[0]!, priceFrom: 'ten' }] }, ['1994'])).toMatch(/"ten" is not a price/);
    expect(exchangeTermsProblem({ ...BANDS, ratios: [{ ...BANDS.ratios[0]!, priceBelow: '5.00' }] }, ['1994'])).toMatch(/holds no price/);
    expect(exchangeTermsProblem({ ...BANDS, ratios: [] }, ['1994'])).toMatch(/name no ratio/);
  });

  it('terms read back in words', () => {
    expect(describeRatio(BANDS.ratios[0]!)).toBe('1 new for 2 old (1994 plan, price $10.00 or more)');
    expect(describeNewGrantRule(ONE_FOR_ONE)).toBe('the first business day on or after cancellation + 6 months + 1 day');
  });
});

describe('what the close does to a holder\'s grants', () => {
  const grants: Grant[] = [
    { grantId: 'A', employeeId: 'E1', plan: '1994', grantDate: '2000-05-01', exercisePrice: '12.5000', shares: 1001 },
    { grantId: 'B', employeeId: 'E1', plan: '1994', grantDate: '2002-09-15', exercisePrice: '3.2500', shares: 400 },
  ];
  const election: HolderElection = {
    employeeId: 'E1',
    governingDocumentId: 7,
    state: 'tendered-part',
    grants: [
      { grantId: 'A', sharesEligible: 1001, sharesTendered: 1001, required: false, raisedByLookback: false },
      { grantId: 'B', sharesEligible: 400, sharesTendered: 0, required: false, raisedByLookback: false },
    ],
    documents: [],
    explanation: '',
  };

  it('per grant: shares accepted, kept, and the new option shares with the ratio applied and rounded down', () => {
    const terms: ExchangeTerms = { ratios: [{ plan: null, priceFrom: '10.00', priceBelow: null, newShares: 1, oldShares: 2 }, { plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 }], newGrantAfter: { months: 6, days: 1 } };
    expect(acceptedGrants(election, grants, terms).map(({ grantId, sharesAccepted, sharesKept, newShares }) => ({ grantId, sharesAccepted, sharesKept, newShares }))).toEqual([
      { grantId: 'A', sharesAccepted: 1001, sharesKept: 0, newShares: 500 },
      { grantId: 'B', sharesAccepted: 0, sharesKept: 400, newShares: 0 },
    ]);
  });
});

describe('the results of the offer', () => {
  it('every total is the sum of the per-grant rows, and each holder is counted once as in full, in part, declined or not responding', async () => {
    const { offerResults } = await import('../../main/core/offer-results');
    const holders = ['E1', 'E2', 'E3', 'E4'].map((employeeId) => ({ employeeId, name: employeeId, email: '', address: '', idLast4: '0000' }));
    const grants: Grant[] = [
      { grantId: 'A', employeeId: 'E1', plan: '1994', grantDate: '2000-01-01', exercisePrice: '12.0000', shares: 1000 },
      { grantId: 'B', employeeId: 'E2', plan: '1994', grantDate: '2000-01-01', exercisePrice: '12.0000', shares: 500 },
      { grantId: 'C', employeeId: 'E2', plan: '1985', grantDate: '1999-01-01', exercisePrice: '20.0000', shares: 300 },
      { grantId: 'D', employeeId: 'E3', plan: '1985', grantDate: '1999-01-01', exercisePrice: '20.0000', shares: 200 },
      { grantId: 'E', employeeId: 'E4', plan: '1985', grantDate: '1999-01-01', exercisePrice: '20.0000', shares: 100 },
    ];
    const tendered: Record<string, [number | null, Record<string, number>]> = { E1: [1, { A: 1000 }], E2: [2, { B: 500, C: 0 }], E3: [3, { D: 0 }], E4: [null, {}] };
    const electionOf = (id: string): HolderElection => ({
      employeeId: id,
      governingDocumentId: tendered[id]![0],
      state: 'tendered-none',
      grants: grants.filter((g) => g.employeeId === id).map((g) => ({ grantId: g.grantId, sharesEligible: g.shares, sharesTendered: tendered[id]![1][g.grantId] ?? 0, required: false, raisedByLookback: false })),
      documents: [],
      explanation: '',
    });
    const r = offerResults({ holders, grantsOf: (id) => grants.filter((g) => g.employeeId === id), electionOf, terms: ONE_FOR_ONE, plans: ['1994', '1985'] });
    expect(r.participation).toEqual({ 'in-full': 1, 'in-part': 1, declined: 1, 'not-responding': 1 });
    expect(r.totals).toEqual({ holders: 4, grants: 5, sharesEligible: 2100, holdersParticipating: 2, grantsAccepted: 2, sharesAccepted: 1500, sharesKept: 600, newShares: 1500 });
    expect(r.byPlan).toEqual([
      { plan: '1994', holders: 2, grants: 2, sharesEligible: 1500, holdersParticipating: 2, grantsAccepted: 2, sharesAccepted: 1500, sharesKept: 0, newShares: 1500 },
      { plan: '1985', holders: 3, grants: 3, sharesEligible: 600, holdersParticipating: 0, grantsAccepted: 0, sharesAccepted: 0, sharesKept: 600, newShares: 0 },
    ]);
    expect(r.uncovered).toEqual([]);
  });
});
