// What the close does to one holder's grants: per old grant, the shares accepted for exchange (the
// governing election's tender, look-back included), the shares the holder keeps, and the new
// option shares the exchange terms give for them. One function, used by the close's figures, the
// results report, the Promise to Grant letters and the OCF export, so they can never disagree.

import { type ExchangeTerms, newOptionShares, type RatioRule, ratioFor } from './exchange-terms';
import type { Grant, HolderElection } from './types';

export interface AcceptedGrant {
  grantId: string;
  plan: string;
  grantDate: string;
  exercisePrice: string;
  sharesOutstanding: number;
  /** Old shares tendered by the governing election and accepted for cancellation. */
  sharesAccepted: number;
  /** Old shares the holder keeps under the old option. */
  sharesKept: number;
  /** New option shares for the accepted shares (ratio applied, rounded down); 0 when none accepted. */
  newShares: number;
  /** The ratio that applies; null when no exchange ratio covers the grant (the close is refused then). */
  ratio: RatioRule | null;
  /** Granted in the look-back window: tendered because something else was. */
  required: boolean;
}

/**
 * The holder's grants as the close treats them. `grants` are the holder's roster grants; the
 * election says how many shares of each its governing document tendered (0 for a holder with no
 * properly made timely document).
 */
export function acceptedGrants(election: HolderElection, grants: readonly Grant[], terms: ExchangeTerms): AcceptedGrant[] {
  const tendered = new Map(election.grants.map((g) => [g.grantId, g]));
  return grants.map((grant) => {
    const e = tendered.get(grant.grantId);
    const sharesAccepted = e?.sharesTendered ?? 0;
    const ratio = ratioFor(terms, grant);
    return {
      grantId: grant.grantId,
      plan: grant.plan,
      grantDate: grant.grantDate,
      exercisePrice: grant.exercisePrice,
      sharesOutstanding: grant.shares,
      sharesAccepted,
      sharesKept: grant.shares - sharesAccepted,
      newShares: ratio === null || sharesAccepted === 0 ? 0 : newOptionShares(ratio, sharesAccepted),
      ratio,
      required: e?.required ?? false,
    };
  });
}
