// What a tendered old option is exchanged for (the offer's "exchange terms"): how many new option
// shares per old share, by plan or by exercise-price band, always rounded down to whole shares;
// and when the new grant is made. Alpha's offer is 1-for-1 with the grant "on the first business
// day at least six months and one day after cancellation"; other offers use value-for-value bands
// (e.g. 1 new for 2 old when the old price is $10.00 or more).
//
// Prices are decimal strings as printed on the option agreement ("3.2500"); they are compared as
// whole ten-thousandths of a dollar, never as floats, so a band edge of $10.00 is exact.

import { OfferDeskError } from './errors';
import type { Grant } from './types';

/** New shares : old shares for the grants it covers. `plan` / price band null means "any". */
export interface RatioRule {
  /** Only grants of this plan; null: every plan. */
  plan: string | null;
  /** Only grants whose exercise price is at least this ("10.00"); null: no lower bound. */
  priceFrom: string | null;
  /** Only grants whose exercise price is below this; null: no upper bound. */
  priceBelow: string | null;
  newShares: number;
  oldShares: number;
}

export interface ExchangeTerms {
  /** Tried in order; the first rule that covers a grant decides its ratio. */
  ratios: RatioRule[];
  /** The new grant is made on the first business day on or after cancellation + this. */
  newGrantAfter: { months: number; days: number };
}

/** Alpha's terms, and the terms of any ledger made before exchange terms were recorded. */
export const ONE_FOR_ONE: ExchangeTerms = {
  ratios: [{ plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 }],
  newGrantAfter: { months: 6, days: 1 },
};

const PRICE = /^(\d{1,9})(?:\.(\d{1,4}))?$/;

/** A price in whole ten-thousandths of a dollar; null when the text is not a plain price. */
export function priceInTenThousandths(text: string): number | null {
  const m = PRICE.exec(text.trim().replace(/^\$/, ''));
  if (m === null) return null;
  return Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
}

/** Reads "N:M" (new:old), e.g. "1:1", "1:2", "2:3". */
export function parseRatio(text: string): { newShares: number; oldShares: number } {
  const m = /^\s*(\d{1,6})\s*:\s*(\d{1,6})\s*$/.exec(text);
  if (m === null) throw new OfferDeskError('invalid-input', `The exchange ratio "${text}" is not new:old shares like 1:1 or 1:2.`);
  const newShares = Number(m[1]);
  const oldShares = Number(m[2]);
  if (newShares < 1 || oldShares < 1) throw new OfferDeskError('invalid-input', `The exchange ratio "${text}" needs at least one share on each side.`);
  return { newShares, oldShares };
}

function ruleProblem(rule: RatioRule, n: number): string | null {
  const where = `exchange ratio ${n}`;
  for (const side of ['newShares', 'oldShares'] as const) {
    const v = rule[side];
    if (!Number.isInteger(v) || v < 1 || v > 999_999) return `${where}: ${side === 'newShares' ? 'new' : 'old'} shares must be a whole number from 1 to 999999`;
  }
  if (rule.plan !== null && rule.plan.trim() === '') return `${where}: the plan is empty (leave it out to cover every plan)`;
  const from = rule.priceFrom === null ? null : priceInTenThousandths(rule.priceFrom);
  const below = rule.priceBelow === null ? null : priceInTenThousandths(rule.priceBelow);
  if (rule.priceFrom !== null && from === null) return `${where}: "${rule.priceFrom}" is not a price like 10.00`;
  if (rule.priceBelow !== null && below === null) return `${where}: "${rule.priceBelow}" is not a price like 10.00`;
  if (from !== null && below !== null && from >= below) return `${where}: the band from $${rule.priceFrom} below $${rule.priceBelow} holds no price`;
  return null;
}

/** The first thing wrong with the terms, in words, or null when they can be used. */
export function exchangeTermsProblem(terms: ExchangeTerms, plans: readonly string[]): string | null {
  if (!Array.isArray(terms.ratios) || terms.ratios.length === 0) return 'the exchange terms name no ratio';
  for (const [i, rule] of terms.ratios.entries()) {
    const problem = ruleProblem(rule, i + 1);
    if (problem !== null) return problem;
    if (rule.plan !== null && !plans.includes(rule.plan)) return `exchange ratio ${i + 1}: "${rule.plan}" is not one of the offer's plans (${plans.join(', ')})`;
  }
  const { months, days } = terms.newGrantAfter;
  if (!Number.isInteger(months) || !Number.isInteger(days) || months < 0 || days < 0 || months > 60 || days > 366) {
    return 'the new grant delay must be whole months (0–60) and days (0–366)';
  }
  return null;
}

/** The rule that decides a grant's ratio, or null when no rule covers it. */
export function ratioFor(terms: ExchangeTerms, grant: Pick<Grant, 'plan' | 'exercisePrice'>): RatioRule | null {
  const price = priceInTenThousandths(grant.exercisePrice);
  for (const rule of terms.ratios) {
    if (rule.plan !== null && rule.plan !== grant.plan) continue;
    const from = rule.priceFrom === null ? null : priceInTenThousandths(rule.priceFrom);
    const below = rule.priceBelow === null ? null : priceInTenThousandths(rule.priceBelow);
    if ((from !== null || below !== null) && price === null) continue;
    if (from !== null && price !== null && price < from) continue;
    if (below !== null && price !== null && price >= below) continue;
    return rule;
  }
  return null;
}

/** New option shares for `tendered` old shares: the ratio applied, fractions rounded down. */
export function newOptionShares(rule: Pick<RatioRule, 'newShares' | 'oldShares'>, tendered: number): number {
  // Integer arithmetic: tendered * new fits comfortably (shares < 1e9, ratio sides < 1e6).
  return Math.floor((tendered * rule.newShares) / rule.oldShares);
}

/** "1 new for 1 old", "1 new for 2 old (1994 plan, price $10.00 or more)". */
export function describeRatio(rule: RatioRule): string {
  const scope: string[] = [];
  if (rule.plan !== null) scope.push(`${rule.plan} plan`);
  if (rule.priceFrom !== null && rule.priceBelow !== null) scope.push(`price $${rule.priceFrom} up to but not including $${rule.priceBelow}`);
  else if (rule.priceFrom !== null) scope.push(`price $${rule.priceFrom} or more`);
  else if (rule.priceBelow !== null) scope.push(`price below $${rule.priceBelow}`);
  return `${rule.newShares} new for ${rule.oldShares} old${scope.length > 0 ? ` (${scope.join(', ')})` : ''}`;
}

/** "the first business day on or after cancellation + 6 months + 1 day". */
export function describeNewGrantRule(terms: ExchangeTerms): string {
  const { months, days } = terms.newGrantAfter;
  const parts = [months > 0 ? `${months} month${months === 1 ? '' : 's'}` : '', days > 0 ? `${days} day${days === 1 ? '' : 's'}` : ''].filter((p) => p !== '');
  return `the first business day on or after cancellation${parts.length > 0 ? ` + ${parts.join(' + ')}` : ''}`;
}
