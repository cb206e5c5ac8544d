// The offer's details as they were changed over time, and its exchange terms as the Settings
// screen shows and edits them.
import type { ExchangeTerms } from '../core/exchange-terms';
import type { Instant } from '../core/types';

/** A ratio as the operator writes it: plan and price band blank for "any", ratio "1:2". */
export interface RatioRuleText {
  plan: string | null;
  priceFrom: string | null;
  priceBelow: string | null;
  ratio: string;
}

export interface ExchangeTermsView {
  ratios: RatioRuleText[];
  newGrantAfter: ExchangeTerms['newGrantAfter'];
  /** "1 new for 2 old (2001 plan), fractions of a share rounded down". */
  ratiosText: string[];
  newGrantRuleText: string;
  /** True once a document is logged: a change then needs a written reason. */
  reasonNeeded: boolean;
}

export interface OfferDetailsVersion {
  what: 'settings' | 'terms';
  version: number;
  recordedAt: Instant;
  operator: string;
  /** The written reason ('' when none was needed: before the first document). */
  reason: string;
  /** What changed from the version before, in words ("fax", "officer's name"; "set up" for the first). */
  changes: string[];
}

export interface OfferDetailsHistory {
  versions: OfferDetailsVersion[];
  reasonNeeded: boolean;
}
