// What the desk says about a new offer before it is created: every field's problem, and the
// Regulation 14E schedule its dates give (shown by the wizard as the operator types).
import type { ExchangeTerms } from '../core/exchange-terms';
import type { CalendarDate, Instant, OfferSettings } from '../core/types';

export interface NewOfferProblem {
  /** Where: "commenced", "expires", "exchange.ratios[1].priceFrom", … ("" for the whole offer). */
  field: string;
  message: string;
}

/** Each date is null until the fields it depends on can be read. */
export interface NewOfferSchedule {
  commencedOn: CalendarDate | null;
  /** Rule 14e-1(a): midnight at the end of the 20th business day. */
  earliestExpiration: Instant | null;
  earliestExpirationText: string | null;
  twentiethBusinessDay: CalendarDate | null;
  expiresAt: Instant | null;
  expiresAtText: string | null;
  /** Rule 14e-1(d): 9:00 a.m. ET on the next business day after the expiration. */
  extensionAnnouncementDeadlineText: string | null;
  /** Rule 13e-4(f)(2)(ii): after 40 business days. */
  withdrawalRightsFrom: CalendarDate | null;
  /** Six months before commencement, unless the operator gives another date. */
  lookBackDefault: CalendarDate | null;
  lookBackFrom: CalendarDate | null;
  cancellationDate: CalendarDate | null;
  newGrantDate: CalendarDate | null;
}

export interface NewOfferCheck {
  problems: NewOfferProblem[];
  schedule: NewOfferSchedule;
  /** The settings and terms the ledger would be created with; null while any problem stands. */
  settings: OfferSettings | null;
  terms: ExchangeTerms | null;
  /** "1 new for 2 old (2001 plan)", … and the new grant rule in words (rounding down stated). */
  ratiosText: string[];
  newGrantRuleText: string;
}

export interface NewOfferCreated {
  /** Null: the operator cancelled the save dialog; nothing was created. */
  ledgerPath: string | null;
  company: string;
}
