// Format 6 in the record book: exchange terms, reasons for late settings changes, and the close.
// Once the close is recorded, the record of the offer takes no more changes — refused deep in the
// ledger, so no screen or command can slip past — while the letters of the closing still go in,
// and verify replays every new record.

import { describe, expect, it } from 'vitest';
import { ONE_FOR_ONE, type ExchangeTerms } from '../../main/core/exchange-terms';
import type { NewClosing } from '../../main/ledger/closings';
import { ALPHA, DESK, GRANTS, ROSTER, at, election, expectRefusedAndUnchanged, newLedger, notice, tamper } from './ledger-fixtures';

const AFTER_EXPIRY = at('2003-04-01T15:00:00.000Z', 'cfo');

const CLOSING: NewClosing = {
  closedBy: 'James Polakiewicz',
  expiresAt: '2003-03-31T22:00:00.000Z',
  cancellationDate: '2003-04-01',
  newGrantDate: '2003-10-02',
  datesReason: null,
  figures: { holdersParticipating: 1, sharesAccepted: 1400 },
};

const BANDS: ExchangeTerms = {
  ratios: [
    { plan: '1994', priceFrom: '10.00', priceBelow: null, newShares: 1, oldShares: 2 },
    { plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 },
  ],
  newGrantAfter: { months: 6, days: 1 },
};

describe('the record of the close (format 6)', () => {
  it('an offer that never recorded exchange terms is 1-for-1 with the grant six months and one day after cancellation, as Alpha was', () => {
    const { ledger } = newLedger();
    expect(ledger.exchangeTerms()).toEqual(ONE_FOR_ONE);
    expect(ledger.closing()).toBeNull();
  });

  it('exchange terms are recorded as a new version with their audit event, and verify replays them', () => {
    const { ledger } = newLedger();
    ledger.recordExchangeTerms(BANDS, '', DESK);
    expect(ledger.exchangeTerms()).toEqual(BANDS);
    expect(ledger.auditEvents().at(-1)?.type).toBe('terms.recorded');
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('exchange terms naming a plan the offer does not have, or a ratio of zero, are refused and nothing is written', () => {
    const { ledger } = newLedger();
    const wrongPlan = { ...BANDS, ratios: [{ ...BANDS.ratios[0]!, plan: '2001' }] };
    expect(expectRefusedAndUnchanged(ledger, () => ledger.recordExchangeTerms(wrongPlan, '', DESK), 'invalid-input').message).toMatch(/"2001" is not one of the offer's plans \(1994, 1985\)/);
    const zero = { ...BANDS, ratios: [{ ...BANDS.ratios[1]!, newShares: 0 }] };
    expect(expectRefusedAndUnchanged(ledger, () => ledger.recordExchangeTerms(zero, '', DESK), 'invalid-input').message).toMatch(/new shares must be a whole number/);
  });

  it('a settings change made with a written reason keeps the reason beside its version, and verify replays both', () => {
    const { ledger } = newLedger();
    ledger.updateSettings({ ...ALPHA, phone: '(603) 635-5161' }, DESK, 'The switchboard number changed on 2003-03-20.');
    expect(ledger.settingsChangeReasons()).toEqual(new Map([[2, 'The switchboard number changed on 2003-03-20.']]));
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('once the offer is closed, every change to the record is refused as offer-closed and nothing is written', () => {
    const { ledger } = newLedger({ roster: true });
    ledger.addDocument(election(), DESK);
    const closed = ledger.recordClosing(CLOSING, AFTER_EXPIRY);
    expect(closed).toMatchObject({ ...CLOSING, closedAt: AFTER_EXPIRY.at, operator: 'cfo' });
    expect(ledger.closing()).toEqual(closed);
    const later = at('2003-04-02T15:00:00.000Z');
    const writes: [string, () => unknown][] = [
      ['a document', () => ledger.addDocument(notice(), later)],
      ['a roster import', () => ledger.importRoster([{ ...ROSTER[0]!, employeeId: 'E009' }], [{ ...GRANTS[0]!, grantId: 'G-901', employeeId: 'E009' }], later)],
      ['a cure', () => ledger.addCure({ documentId: 1, defect: 'unsigned', curedAt: later.at }, later)],
      ['a waiver', () => ledger.addWaiver({ defect: 'no-email', reason: 'late' }, later)],
      ['an extension', () => ledger.addExtension({ fromExpiresAt: CLOSING.expiresAt, toExpiresAt: '2003-04-14T21:00:00.000Z', decidedAt: later.at, reason: 'x', announcedAt: later.at, announcedLate: true }, later)],
      ['a void', () => ledger.voidDocument({ id: 1, reason: 'keyed twice' }, later)],
      ['a settings change', () => ledger.updateSettings({ ...ALPHA, phone: '1' }, later, 'why')],
      ['exchange terms', () => ledger.recordExchangeTerms(BANDS, 'why', later)],
      ['a second close', () => ledger.recordClosing(CLOSING, later)],
    ];
    for (const [what, write] of writes) {
      const error = expectRefusedAndUnchanged(ledger, write, 'offer-closed');
      expect(error.message, what).toMatch(/^The offer was closed on 2003-04-01 10:00(:00)? .*by James Polakiewicz: the record takes no more changes\./);
    }
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('the letters of the closing still go in after the close', () => {
    const { ledger } = newLedger({ roster: true });
    ledger.addDocument(election(), DESK);
    ledger.recordClosing(CLOSING, AFTER_EXPIRY);
    const input = { kind: 'confirmation', letterDate: '2003-04-01', document: { id: 1, kind: 'election' }, holder: { employeeId: 'E001', name: 'Ann Archer' } };
    const [letter] = ledger.addLetters([{ documentId: 1, employeeId: 'E001', kind: 'confirmation', letterDate: '2003-04-01', input, pdfSha256: 'c'.repeat(64), pages: 1 }], AFTER_EXPIRY);
    ledger.addPrintRun({ purpose: 'print', letterIds: [letter!.id], pages: 1, pdfSha256: 'd'.repeat(64) }, AFTER_EXPIRY);
    ledger.markSent([{ documentId: 1, letterId: letter!.id, sentOn: '2003-04-01', method: 'mail' }], AFTER_EXPIRY);
    expect(ledger.counts()).toMatchObject({ letters: 1, printRuns: 1, sentMarks: 1 });
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('a close edited outside the app is named by verify', () => {
    const fx = newLedger({ roster: true });
    fx.ledger.recordClosing(CLOSING, AFTER_EXPIRY);
    fx.ledger.close();
    tamper(fx.path, "UPDATE offer_closings SET new_grant_date = '2003-11-03'");
    const reopened = fx.reopen();
    expect(reopened.verify().problems.join('\n')).toMatch(/close of the offer.*new_grant_date/);
  });
});
