// The new-offer wizard's one source of answers: `offer:check-new` names each field's problem and
// shows the Regulation 14E schedule the dates give, and `offer:create` refuses what the check
// refuses. The window never re-implements a rule; these are the answers it shows.
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { alphaSession } from './cli-helpers';
import { windowCalls } from './window-calls';

const BETA = {
  company: 'Beta Widgets, Inc.',
  officer: 'Maria Kowalska',
  officerTitle: 'Treasurer',
  address: ['1 Elm Street', 'Boston MA 02110'],
  phone: '(617) 555-0199',
  fax: '(617) 555-0100',
  commenced: '2003-02-28',
  expires: '3/31/2003 5:00 PM',
  zone: 'America/New_York',
  plans: ['2001'],
  lookBack: '',
  exchange: { ratios: [{ plan: '', priceFrom: '', priceBelow: '', ratio: '1:1' }], newGrantAfter: { months: 6, days: 1 } },
};

function window() {
  const s = alphaSession('2003-01-10T15:00:00.000Z');
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock('2003-01-10T15:00:00.000Z'), operator: 'cfo' });
  return { desk, ...windowCalls(desk) };
}

describe('the new-offer check', () => {
  it('shows the Regulation 14E schedule: earliest expiration, 20th business day, extension limit, withdrawal rights, look-back default, cancellation and new grant dates', () => {
    const { desk, ok } = window();
    try {
      const check = ok('offer:check-new', { offer: BETA });
      expect(check.problems).toEqual([]);
      expect(check.schedule).toMatchObject({
        earliestExpirationText: '2003-03-28 00:00:00 ET',
        twentiethBusinessDay: '2003-03-27',
        expiresAtText: '2003-03-31 17:00:00 ET',
        extensionAnnouncementDeadlineText: '2003-04-01 09:00:00 ET',
        withdrawalRightsFrom: '2003-04-25',
        lookBackDefault: '2002-08-28',
        lookBackFrom: '2002-08-28',
        cancellationDate: '2003-04-01',
        newGrantDate: '2003-10-02',
      });
      expect(check.ratiosText).toEqual(['1 new for 1 old, fractions of a share rounded down']);
      expect(check.settings).toMatchObject({ company: 'Beta Widgets, Inc.', cfoName: 'Maria Kowalska', lookbackFrom: '2002-08-28', originalExpiresAt: '2003-03-31T22:00:00.000Z' });
    } finally {
      desk.close();
    }
  });

  it('names each field that is wrong: a typo in a date, an expiration too early, a price that is not a price, a text with a control character', () => {
    const { desk, ok } = window();
    try {
      const typo = ok('offer:check-new', { offer: { ...BETA, commenced: '2003-02-31' } });
      expect(typo.problems.map((p) => p.field)).toEqual(['commenced']);
      const early = ok('offer:check-new', { offer: { ...BETA, expires: '2003-03-20 17:00' } });
      expect(early.problems).toEqual([
        { field: 'expires', message: '2003-03-20 17:00:00 ET is too early: Regulation 14E keeps the offer open at least 20 business days, so the earliest allowed expiration is 2003-03-28 00:00:00 ET.' },
      ]);
      // The schedule is still shown, so the operator sees the earliest date to type.
      expect(early.schedule.earliestExpirationText).toBe('2003-03-28 00:00:00 ET');
      const price = ok('offer:check-new', { offer: { ...BETA, exchange: { ratios: [{ ratio: '1:1' }, { priceFrom: 'ten', ratio: '1:2' }] } } });
      expect(price.problems).toEqual([{ field: 'exchange.ratios[1].priceFrom', message: '"ten" is not a price like 10.00' }]);
      expect(price.schedule.earliestExpirationText).toBe('2003-03-28 00:00:00 ET');
      const bell = ok('offer:check-new', { offer: { ...BETA, officer: 'Maria\u0007Kowalska' } });
      expect(bell.problems[0]?.field).toBe('officer');
      const missing = ok('offer:check-new', { offer: {} });
      expect(missing.problems.map((p) => p.field)).toEqual(['company', 'zone', 'commenced', 'expires', 'plans']);
    } finally {
      desk.close();
    }
  });

  it('offer:create refuses what the check refuses, naming the field as the wizard does, and makes nothing without a place to put the file', () => {
    const { desk, call } = window();
    try {
      expect(call('offer:create', { offer: { ...BETA, expires: '2003-03-20 17:00' } })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/^Expiration: 2003-03-20 17:00:00 ET is too early/) as unknown },
      });
      expect(call('offer:create', { offer: BETA })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot create a ledger file here/) as unknown } });
    } finally {
      desk.close();
    }
  });
});
