// Changing the offer's details (letterhead settings and exchange terms) after it is set up. Before
// the first document is logged they may be changed freely; once paper has been answered under
// them, only with a written reason, kept in the record beside the change. The rule is here, once:
// the Settings screen, the CLI and the tests all reach it through the channels.
import { OfferDeskError } from '../core/errors';
import { describeNewGrantRule, describeRatio, type ExchangeTerms, parseRatio } from '../core/exchange-terms';
import type { OfferSettings } from '../core/types';
import type { DeskParts, DeskReader } from './desk-parts';
import { blankToNull } from './new-offer-schema';
import type { ExchangeTermsView, OfferDetailsHistory, OfferDetailsVersion, RatioRuleText } from './offer-edits-types';

/** Has a document been logged, so that the offer's details stand behind paper already answered? */
export function reasonNeeded(desk: DeskReader): boolean {
  return desk.ledger.counts().documents > 0;
}

/**
 * THE rule: the reason to record with a change to the offer's details. Once a document is logged a
 * change without one is refused (nothing is written); before, a reason is optional.
 */
export function reasonForOfferChange(desk: DeskReader, reason: string | undefined, what: string): string | undefined {
  const given = reason?.trim() ?? '';
  if (given === '' && reasonNeeded(desk)) {
    throw new OfferDeskError(
      'invalid-input',
      `Documents have already been logged under the offer's ${what}, so a change needs a written reason (for example "fax number changed by the phone company"). Nothing was changed.`,
    );
  }
  return given === '' ? undefined : given;
}

export function ratioText(terms: ExchangeTerms): RatioRuleText[] {
  return terms.ratios.map((r) => ({ plan: r.plan, priceFrom: r.priceFrom, priceBelow: r.priceBelow, ratio: `${r.newShares}:${r.oldShares}` }));
}

export function exchangeTermsView(desk: DeskReader): ExchangeTermsView {
  const terms = desk.ledger.exchangeTerms();
  return {
    ratios: ratioText(terms),
    newGrantAfter: terms.newGrantAfter,
    ratiosText: terms.ratios.map((r) => `${describeRatio(r)}, fractions of a share rounded down`),
    newGrantRuleText: describeNewGrantRule(terms),
    reasonNeeded: reasonNeeded(desk),
  };
}

export interface TermsUpdate {
  ratios: { plan?: string | null | undefined; priceFrom?: string | null | undefined; priceBelow?: string | null | undefined; ratio: string }[];
  newGrantAfter: ExchangeTerms['newGrantAfter'];
  reason?: string | undefined;
}

export function updateExchangeTerms(desk: DeskParts, input: TermsUpdate): ExchangeTermsView {
  const terms: ExchangeTerms = {
    ratios: input.ratios.map((r) => ({ plan: blankToNull(r.plan), priceFrom: blankToNull(r.priceFrom), priceBelow: blankToNull(r.priceBelow), ...parseRatio(r.ratio) })),
    newGrantAfter: input.newGrantAfter,
  };
  desk.write(() => {
    // Inside the write transaction: a document logged meanwhile by another desk counts.
    const reason = reasonForOfferChange(desk, input.reason, 'exchange terms');
    desk.ledger.recordExchangeTerms(terms, reason ?? '', { at: desk.now(), operator: desk.operator() });
    return { value: null, holders: null };
  });
  return exchangeTermsView(desk);
}


const SETTINGS_LABELS: [keyof OfferSettings, string][] = [
  ['company', 'company'],
  ['cfoName', "officer's name"],
  ['cfoTitle', "officer's title"],
  ['addressLines', 'address'],
  ['phone', 'phone'],
  ['fax', 'fax'],
  ['commencedOn', 'commencement'],
  ['originalExpiresAt', 'expiration'],
  ['zone', 'time zone'],
  ['plans', 'plans'],
  ['lookbackFrom', 'look-back date'],
];

/** Every version of the offer's details and terms, oldest first, with who, when, what and why. */
export function offerDetailsHistory(desk: DeskReader): OfferDetailsHistory {
  const reasons = desk.ledger.settingsChangeReasons();
  const versions: OfferDetailsVersion[] = [];
  let before: OfferSettings | null = null;
  for (const v of desk.ledger.settingsHistory()) {
    const prev = before;
    const changes =
      prev === null ? ['set up'] : SETTINGS_LABELS.filter(([k]) => JSON.stringify(prev[k]) !== JSON.stringify(v.settings[k])).map(([, label]) => label);
    versions.push({ what: 'settings', version: v.version, recordedAt: v.recordedAt, operator: v.operator, reason: reasons.get(v.version) ?? '', changes });
    before = v.settings;
  }
  for (const t of desk.ledger.exchangeTermsHistory()) {
    versions.push({
      what: 'terms',
      version: t.version,
      recordedAt: t.recordedAt,
      operator: t.operator,
      reason: t.reason,
      changes: [...t.terms.ratios.map(describeRatio), `new grant: ${describeNewGrantRule(t.terms)}`],
    });
  }
  versions.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.what === b.what ? a.version - b.version : a.what === 'settings' ? -1 : 1));
  return { versions, reasonNeeded: reasonNeeded(desk) };
}
