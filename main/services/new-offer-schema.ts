// Everything a new offer has, as the operator gives it: an `--offer FILE.json`, the CLI's options,
// or the new-offer wizard's fields. Composed from the settings schema (the same text rules, the
// same limits), plus the exchange terms. Dates and times stay text here: they are read by the
// desk's one reading of typed dates (main/core/typed-date.ts, time-input.ts) in new-offer.ts, so a
// typo is named with the field it is in.
import { z } from 'zod';
import { parseRatio, priceInTenThousandths } from '../core/exchange-terms';
import { CODE_MAX } from '../core/text';
import { offerSettingsSchema } from './offer-settings-schema';
import { said } from './text-schema';

const settings = offerSettingsSchema.shape;
/** A date or time as typed: read later, with a message naming what is wrong. */
const typed = (max: number) => z.string().max(max, `is longer than ${max} characters`);
/** A band edge; left blank in a form (or null, or left out): no bound. */
const price = said('a price', 20, { empty: true })
  .superRefine((value, ctx) => {
    if (value.trim() !== '' && priceInTenThousandths(value) === null) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a price like 10.00` });
  })
  .nullable()
  .optional();

/** Blank, null or left out: "any" (every plan, no price bound). */
export function blankToNull(v: string | null | undefined): string | null {
  return v === undefined || v === null || v.trim() === '' ? null : v.trim();
}

const ratioText = said('the exchange ratio', 20)
  .superRefine((value, ctx) => {
    try {
      parseRatio(value);
    } catch (e: unknown) {
      ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
    }
  });

export const ratioRuleSchema = z
  .object({
    /** The plan the ratio covers; left out (or blank): every plan. */
    plan: said('a plan name', CODE_MAX, { empty: true }).nullable().optional(),
    priceFrom: price,
    priceBelow: price,
    /** New:old shares, "1:2". */
    ratio: ratioText,
  })
  .strict();

export const exchangeSchema = z
  .object({
    ratios: z.array(ratioRuleSchema).min(1, 'name at least one ratio').max(50).optional(),
    newGrantAfter: z
      .object({
        months: z.number().int('is not a whole number of months').min(0).max(60),
        days: z.number().int('is not a whole number of days').min(0).max(366),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Every field optional: the file, the options and the wizard each give some; new-offer.ts says what is missing. */
export const newOfferSchema = z
  .object({
    company: settings.company.optional(),
    officer: settings.cfoName.optional(),
    officerTitle: settings.cfoTitle.optional(),
    address: settings.addressLines.optional(),
    phone: settings.phone.optional(),
    fax: settings.fax.optional(),
    commenced: typed(40).optional(),
    expires: typed(80).optional(),
    zone: typed(64).optional(),
    plans: settings.plans.optional(),
    lookBack: typed(40).optional(),
    exchange: exchangeSchema.optional(),
  })
  .strict();

export type NewOfferDraft = z.input<typeof newOfferSchema>;
export type NewOfferFields = z.output<typeof newOfferSchema>;
