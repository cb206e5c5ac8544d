// Offer details after set-up: the letterhead and the exchange terms may be changed freely until the
// first document is logged; after that only with a written reason, which is kept in the record and
// shown in the offer's history. A change without one is refused in plain words and changes nothing.
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { alphaSession, everyRow } from './cli-helpers';
import { windowCalls } from './window-calls';

function deskOn(ledger: string, clock: ControllableClock) {
  return openDesk({ ledgerPath: ledger, keyProvider: new FileKeyProvider(`${ledger}.key`), clock, operator: 'cfo' });
}

const REASON_NEEDED = /Documents have already been logged under the offer's (details|exchange terms), so a change needs a written reason .* Nothing was changed\./;

function session() {
  const s = alphaSession('2003-03-10T15:00:00.000Z');
  const clock = new ControllableClock('2003-03-10T15:00:00.000Z');
  const desk = deskOn(s.ledger, clock);
  return { s, clock, desk, ...windowCalls(desk) };
}

describe('changing the offer details', () => {
  it('before the first document is logged, the letterhead and the exchange terms change without a reason', () => {
    const { desk, ok } = session();
    try {
      expect(ok('terms:get', {}).reasonNeeded).toBe(false);
      ok('settings:update', { fax: '(603) 635-0000' });
      const terms = ok('terms:update', { ratios: [{ plan: '1994', ratio: '1:2' }, { ratio: '1:1' }], newGrantAfter: { months: 6, days: 1 } });
      expect(terms.ratiosText).toEqual(['1 new for 2 old (1994 plan), fractions of a share rounded down', '1 new for 1 old, fractions of a share rounded down']);
      expect(terms.newGrantRuleText).toBe('the first business day on or after cancellation + 6 months + 1 day');
      const history = ok('offer:history', {}).versions;
      expect(history.map((v) => [v.what, v.reason, v.changes[0]])).toEqual([
        ['settings', '', 'set up'],
        ['settings', '', 'fax'],
        ['terms', '', '1 new for 2 old (1994 plan)'],
      ]);
    } finally {
      desk.close();
    }
  });

  it('once a document is logged, a change without a written reason is refused in plain words and changes nothing', () => {
    const { s, desk, ok, call } = session();
    try {
      ok('intake:record', { draft: { employeeId: 'E1', kind: 'election', via: 'fax', receivedAt: '2003-03-10 09:00', tenders: [{ grantId: 'A', shares: 1000 }] } });
      const before = everyRow(s.ledger);
      const settings = call('settings:update', { fax: '(603) 635-0000' });
      expect(settings.ok).toBe(false);
      if (!settings.ok) expect(settings.error.message).toMatch(REASON_NEEDED);
      const blank = call('settings:update', { fax: '(603) 635-0000', reason: '   ' });
      expect(blank.ok).toBe(false);
      const terms = call('terms:update', { ratios: [{ ratio: '1:2' }], newGrantAfter: { months: 6, days: 1 } });
      expect(terms.ok).toBe(false);
      if (!terms.ok) expect(terms.error.message).toMatch(REASON_NEEDED);
      expect(everyRow(s.ledger)).toBe(before);
      expect(ok('terms:get', {}).reasonNeeded).toBe(true);
    } finally {
      desk.close();
    }
  });

  it('with a reason the change is recorded, and the reason shows in the offer history beside what changed, by whom', () => {
    const { s, desk, ok } = session();
    try {
      ok('intake:record', { draft: { employeeId: 'E1', kind: 'election', via: 'fax', receivedAt: '2003-03-10 09:00', tenders: [{ grantId: 'A', shares: 1000 }] } });
      ok('settings:update', { fax: '(603) 635-0000', reason: 'The fax line was moved to the finance office.' });
      ok('terms:update', { ratios: [{ priceFrom: '10.00', ratio: '1:2' }, { ratio: '1:1' }], newGrantAfter: { months: 6, days: 1 }, reason: 'Board resolution of March 10: value-for-value above $10.00.' });
      expect(desk.ledger.settings().fax).toBe('(603) 635-0000');
      const history = ok('offer:history', {}).versions.slice(1);
      expect(history).toMatchObject([
        { what: 'settings', operator: 'cfo', reason: 'The fax line was moved to the finance office.', changes: ['fax'] },
        { what: 'terms', operator: 'cfo', reason: 'Board resolution of March 10: value-for-value above $10.00.', changes: ['1 new for 2 old (price $10.00 or more)', '1 new for 1 old', 'new grant: the first business day on or after cancellation + 6 months + 1 day'] },
      ]);
      expect(desk.ledger.verify()).toMatchObject({ ok: true });
      expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
    } finally {
      desk.close();
    }
  });

  it('exchange terms naming a plan the offer does not have, or a price that is not a price, are refused and change nothing', () => {
    const { s, desk, call } = session();
    try {
      const before = everyRow(s.ledger);
      const plan = call('terms:update', { ratios: [{ plan: '2005', ratio: '1:2' }], newGrantAfter: { months: 6, days: 1 } });
      expect(plan).toMatchObject({ ok: false, error: { message: 'Exchange terms: exchange ratio 1: "2005" is not one of the offer\'s plans (1994, 1985).' } });
      const price = call('terms:update', { ratios: [{ priceFrom: 'ten', ratio: '1:2' }], newGrantAfter: { months: 6, days: 1 } });
      expect(price.ok).toBe(false);
      if (!price.ok) expect(price.error.message).toContain('"ten" is not a price like 10.00');
      expect(everyRow(s.ledger)).toBe(before);
    } finally {
      desk.close();
    }
  });
});
