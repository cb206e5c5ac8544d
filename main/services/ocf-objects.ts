// The Open Cap Format objects of the offer's close: what a cap-table system needs to record the
// exchange. Per accepted grant, one TX_EQUITY_COMPENSATION_CANCELLATION (the shares accepted, on
// the close's cancellation date) of the old option's issuance, and for a partial tender a new
// issuance for the balance the holder kept (named by the cancellation's balance_security_id);
// and everything those refer to, so the package stands alone: the holders as stakeholders (name
// and employee id; no contact details: a cap table needs who holds what, not where to write), the
// old options as TX_EQUITY_COMPENSATION_ISSUANCE, their stock plans and the stock class the plans
// issue, and the issuer. Only holders and grants with shares accepted are included. The new options promised are not here: they are granted months later,
// at a price not yet known, and belong to the cap table on that day.
//
// Facts OCF requires that the ledger does not hold (the company's formation date and country,
// the class's authorized shares, votes and seniority, a plan's reserve, the options' expiration
// and post-termination exercise windows) are filled with the values stated here, and each object
// that carries one says so in its `comments`, for whoever imports the package to replace.
import type { AcceptedGrant } from '../core/accepted-grants';
import type { OfferResults } from '../core/offer-results';
import type { CalendarDate, OfferSettings } from '../core/types';

/** The schema's one accepted version string (OCFManifestFile.schema.json `ocf_version` const). */
export const OCF_VERSION = '1.2.1-alpha+main';
const COMMON = 'common-stock';
const CURRENCY = 'USD';
/** Stated, not known: OCF requires a formation date and the ledger has none. */
const FORMATION_PLACEHOLDER = '1900-01-01';

export type OcfObject = { id: string; object_type: string; comments?: string[] } & { [field: string]: unknown };

export interface OcfCancellationsInput {
  settings: OfferSettings;
  results: OfferResults;
  cancellationDate: CalendarDate;
}

export interface OcfObjects {
  issuer: OcfObject;
  stockClasses: OcfObject[];
  stockPlans: OcfObject[];
  stakeholders: OcfObject[];
  /** Old issuances (by grant date), then on the cancellation date each cancellation and its balance issuance. */
  transactions: OcfObject[];
}

export const securityIdOf = (grantId: string): string => `option-${grantId}`;
export const balanceSecurityIdOf = (grantId: string): string => `option-${grantId}-balance`;
const stakeholderIdOf = (employeeId: string): string => `stakeholder-${employeeId}`;
const planIdOf = (plan: string): string => `plan-${plan}`;

export function cancellationReason(settings: OfferSettings): string {
  return `Cancelled in exchange under the ${settings.company} Offer to Exchange Options commenced ${settings.commencedOn}`;
}

function optionIssuance(holderId: string, g: AcceptedGrant, shape: { id: string; securityId: string; customId: string; date: CalendarDate; quantity: number; comment: string }): OcfObject {
  return {
    id: shape.id,
    object_type: 'TX_EQUITY_COMPENSATION_ISSUANCE',
    date: shape.date,
    security_id: shape.securityId,
    custom_id: shape.customId,
    stakeholder_id: stakeholderIdOf(holderId),
    stock_plan_id: planIdOf(g.plan),
    stock_class_id: COMMON,
    compensation_type: 'OPTION',
    quantity: String(shape.quantity),
    exercise_price: { amount: g.exercisePrice, currency: CURRENCY },
    expiration_date: null,
    termination_exercise_windows: [],
    security_law_exemptions: [],
    comments: [shape.comment, 'Expiration date and post-termination exercise windows are not recorded by Offer Desk.'],
  };
}

export function ocfCancellationObjects(input: OcfCancellationsInput): OcfObjects {
  const { settings, results, cancellationDate } = input;
  const reason = cancellationReason(settings);
  const stakeholders: OcfObject[] = [];
  const issuances: OcfObject[] = [];
  const atCancellation: OcfObject[] = [];
  const planShares = new Map<string, number>();

  for (const holder of results.holders) {
    const accepted = holder.grants.filter((g) => g.sharesAccepted > 0);
    if (accepted.length === 0) continue;
    stakeholders.push({
      id: stakeholderIdOf(holder.employeeId),
      object_type: 'STAKEHOLDER',
      name: { legal_name: holder.name },
      stakeholder_type: 'INDIVIDUAL',
      issuer_assigned_id: holder.employeeId,
      current_relationship: 'EMPLOYEE',
    });
    for (const g of accepted) {
      planShares.set(g.plan, (planShares.get(g.plan) ?? 0) + g.sharesOutstanding);
      issuances.push(
        optionIssuance(holder.employeeId, g, {
          id: `issuance-${g.grantId}`,
          securityId: securityIdOf(g.grantId),
          customId: g.grantId,
          date: g.grantDate,
          quantity: g.sharesOutstanding,
          comment: `Grant ${g.grantId} as the offer's roster lists it: ${g.sharesOutstanding} shares outstanding when the offer was made.`,
        }),
      );
      atCancellation.push({
        id: `cancellation-${g.grantId}`,
        object_type: 'TX_EQUITY_COMPENSATION_CANCELLATION',
        date: cancellationDate,
        security_id: securityIdOf(g.grantId),
        quantity: String(g.sharesAccepted),
        ...(g.sharesKept > 0 ? { balance_security_id: balanceSecurityIdOf(g.grantId) } : {}),
        reason_text: reason,
      });
      if (g.sharesKept > 0) {
        atCancellation.push(
          optionIssuance(holder.employeeId, g, {
            id: `issuance-${g.grantId}-balance`,
            securityId: balanceSecurityIdOf(g.grantId),
            customId: `${g.grantId}-balance`,
            date: cancellationDate,
            quantity: g.sharesKept,
            comment: `The ${g.sharesKept} shares of grant ${g.grantId} (granted ${g.grantDate}) the holder kept: not tendered, on the grant's original terms.`,
          }),
        );
      }
    }
  }
  issuances.sort((a, b) => String(a.date).localeCompare(String(b.date)) || a.id.localeCompare(b.id));

  const stockPlans: OcfObject[] = [...planShares].map(([plan, shares]) => ({
    id: planIdOf(plan),
    object_type: 'STOCK_PLAN',
    plan_name: plan,
    initial_shares_reserved: String(shares),
    stock_class_ids: [COMMON],
    comments: [`The plan's reserve is not recorded by Offer Desk: initial_shares_reserved is the ${shares} shares outstanding under the plan's grants in this package.`],
  }));
  const stockClasses: OcfObject[] = [
    {
      id: COMMON,
      object_type: 'STOCK_CLASS',
      name: 'Common Stock',
      class_type: 'COMMON',
      default_id_prefix: 'CS-',
      initial_shares_authorized: 'NOT APPLICABLE',
      votes_per_share: '1',
      seniority: '1',
      comments: ['The options are options to purchase common stock. Authorized shares, votes per share and seniority are not recorded by Offer Desk: the values here are placeholders.'],
    },
  ];
  const issuer: OcfObject = {
    id: 'issuer',
    object_type: 'ISSUER',
    legal_name: settings.company,
    formation_date: FORMATION_PLACEHOLDER,
    country_of_formation: 'US',
    comments: [`Formation date and country are not recorded by Offer Desk: ${FORMATION_PLACEHOLDER} and US are placeholders.`],
  };
  return { issuer, stockClasses, stockPlans, stakeholders, transactions: [...issuances, ...atCancellation] };
}
