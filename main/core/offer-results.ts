// The results of the offer, as the final amendment to the Schedule TO reports them: per holder and
// grant what was accepted, kept and promised (accepted-grants.ts), and the totals by plan and for
// the offer. Every total is a sum of the per-grant rows, computed here once, so the close's frozen
// figures, the results screen, the PDF, the CSV and the Schedule TO paragraph cannot disagree.

import { type AcceptedGrant, acceptedGrants } from './accepted-grants';
import type { ExchangeTerms } from './exchange-terms';
import type { Grant, Holder, HolderElection } from './types';

/**
 * How a holder answered the offer: tendered every eligible share, some, none on a properly made
 * timely document (declined: an Election Form tendering nothing, or a Notice withdrawing), or
 * never sent a document that counts (not responding).
 */
export type Participation = 'in-full' | 'in-part' | 'declined' | 'not-responding';

export interface HolderResult {
  employeeId: string;
  name: string;
  participation: Participation;
  governingDocumentId: number | null;
  grants: AcceptedGrant[];
}

export interface ResultTotals {
  holders: number;
  grants: number;
  sharesEligible: number;
  /** Holders / grants with any share accepted. */
  holdersParticipating: number;
  grantsAccepted: number;
  sharesAccepted: number;
  sharesKept: number;
  newShares: number;
}

export interface PlanResult extends ResultTotals {
  plan: string;
}

export interface OfferResults {
  holders: HolderResult[];
  byPlan: PlanResult[];
  totals: ResultTotals;
  participation: Record<Participation, number>;
  /** Grants with shares accepted that no exchange ratio covers: the close is refused until the terms cover them. */
  uncovered: { employeeId: string; grantId: string; plan: string; exercisePrice: string }[];
}

export interface ResultsInput {
  holders: readonly Holder[];
  grantsOf(employeeId: string): readonly Grant[];
  electionOf(employeeId: string): HolderElection;
  terms: ExchangeTerms;
  /** The offer's plans, in the order the report lists them (plans met only on grants follow). */
  plans: readonly string[];
}

function emptyTotals(): ResultTotals {
  return { holders: 0, grants: 0, sharesEligible: 0, holdersParticipating: 0, grantsAccepted: 0, sharesAccepted: 0, sharesKept: 0, newShares: 0 };
}

function participationOf(election: HolderElection, grants: readonly AcceptedGrant[]): Participation {
  if (election.governingDocumentId === null) return 'not-responding';
  const accepted = grants.reduce((n, g) => n + g.sharesAccepted, 0);
  if (accepted === 0) return 'declined';
  return grants.every((g) => g.sharesKept === 0) ? 'in-full' : 'in-part';
}

export function offerResults(input: ResultsInput): OfferResults {
  const plans = new Map<string, PlanResult>(input.plans.map((plan) => [plan, { plan, ...emptyTotals() }]));
  const totals = emptyTotals();
  const participation: Record<Participation, number> = { 'in-full': 0, 'in-part': 0, declined: 0, 'not-responding': 0 };
  const holders: HolderResult[] = [];
  const uncovered: OfferResults['uncovered'] = [];

  for (const holder of input.holders) {
    const election = input.electionOf(holder.employeeId);
    const grants = acceptedGrants(election, input.grantsOf(holder.employeeId), input.terms);
    const p = participationOf(election, grants);
    participation[p] += 1;
    holders.push({ employeeId: holder.employeeId, name: holder.name, participation: p, governingDocumentId: election.governingDocumentId, grants });

    const plansOfHolder = new Set<string>();
    const plansParticipating = new Set<string>();
    for (const g of grants) {
      let plan = plans.get(g.plan);
      if (plan === undefined) {
        plan = { plan: g.plan, ...emptyTotals() };
        plans.set(g.plan, plan);
      }
      for (const t of [plan, totals]) {
        t.grants += 1;
        t.sharesEligible += g.sharesOutstanding;
        t.sharesAccepted += g.sharesAccepted;
        t.sharesKept += g.sharesKept;
        t.newShares += g.newShares;
        if (g.sharesAccepted > 0) t.grantsAccepted += 1;
      }
      plansOfHolder.add(g.plan);
      if (g.sharesAccepted > 0) plansParticipating.add(g.plan);
      if (g.sharesAccepted > 0 && g.ratio === null) {
        uncovered.push({ employeeId: holder.employeeId, grantId: g.grantId, plan: g.plan, exercisePrice: g.exercisePrice });
      }
    }
    for (const name of plansOfHolder) plans.get(name)!.holders += 1;
    for (const name of plansParticipating) plans.get(name)!.holdersParticipating += 1;
    totals.holders += 1;
    if (plansParticipating.size > 0) totals.holdersParticipating += 1;
  }
  return { holders, byPlan: [...plans.values()], totals, participation, uncovered };
}
