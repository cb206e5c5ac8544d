// An Alpha-like offer at its close, for the Promise to Grant tests. The exchange terms are Alpha's
// 1-for-1 except the 1985 plan, exchanged 1 new share for 2 old (rounded down). The paper:
//  1  Zofia Łukasiewicz tenders grant A (1,000 of 1994); grant C (300, granted 2002-09-16) is in the
//     look-back window, so it is tendered in full too; she keeps B (500 of 1985): in part.
//  2  田中 太郎 tenders all of grant D (2,000): in full.
//  3  Patrick O'Brien tenders 1,501 of grant E (1985 plan, 1:2): 750 new shares (750.5 rounded down).
//  4  Anders Ångström sends an Election Form tendering nothing: declined.
// The offer expires 2003-03-31 5:00 PM ET; it is closed on 2003-04-01 at 10:00 with the options
// cancelled that day and the new grant date 2003-10-02.
import type { ExchangeTerms } from '../../main/core/exchange-terms';
import type { NewClosing } from '../../main/ledger/closings';
import { et, letterDesk, type LetterDesk } from './letters-desk-fixtures';

export const TERMS: ExchangeTerms = {
  ratios: [
    { plan: '1985', priceFrom: null, priceBelow: null, newShares: 1, oldShares: 2 },
    { plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 },
  ],
  newGrantAfter: { months: 6, days: 1 },
};

export const CLOSING: NewClosing = {
  closedBy: 'James Polakiewicz',
  expiresAt: '2003-03-31T22:00:00.000Z',
  cancellationDate: '2003-04-01',
  newGrantDate: '2003-10-02',
  datesReason: null,
  figures: { holdersParticipating: 3 },
};

export interface ClosingDesk extends LetterDesk {
  /** Document ids: Zofia, Taro, Patrick, Anders. */
  docs: { zofia: number; taro: number; patrick: number; anders: number };
  /** Records the close (as the close service will), at 2003-04-01 10:00 ET. */
  close(): void;
}

/** The offer's paper is in and the offer has expired; not closed yet. */
export function expiredOffer(): ClosingDesk {
  const d = letterDesk();
  d.desk.ledger.recordExchangeTerms(TERMS, '', { at: et('2003-03-10 09:30'), operator: 'setup' });
  d.at('2003-03-14 10:05');
  const zofia = d.receive({ employeeId: 'E1', receivedAt: '2003-03-14 10:00', tenders: [{ grantId: 'A', shares: 1000 }] });
  d.at('2003-03-20 11:05');
  const taro = d.receive({ employeeId: 'E2', via: 'hand', receivedAt: '2003-03-20 11:00' });
  d.at('2003-03-24 09:35');
  const patrick = d.receive({ employeeId: 'E3', receivedAt: '2003-03-24 09:30', tenders: [{ grantId: 'E', shares: 1501 }] });
  d.at('2003-03-28 14:05');
  const anders = d.receive({ employeeId: 'E4', receivedAt: '2003-03-28 14:00', tenders: [{ grantId: 'G-001', shares: 0 }] });
  d.at('2003-04-01 09:30');
  return {
    ...d,
    docs: { zofia, taro, patrick, anders },
    close() {
      d.at('2003-04-01 10:00');
      d.desk.ledger.recordClosing(CLOSING, { at: et('2003-04-01 10:00'), operator: 'cfo' });
      d.at('2003-04-02 11:00');
    },
  };
}

/** The same offer, closed; the clock is the next morning. */
export function closedOffer(): ClosingDesk {
  const d = expiredOffer();
  d.close();
  return d;
}
