// The offer's settings as read from a file (the seed offer, `init`): checked, never trusted.
// Their texts obey the same rule as the settings:update channel's (main/core/text.ts). An offer set
// up with `init --company` may not have its officer, address, phone or fax yet: those may be empty
// here (letters are refused until they are set: main/core/letterhead-ready.ts); settings:update
// still requires a value for each field it changes.
import { z } from 'zod';
import { ADDRESS_LINE_MAX, CODE_MAX, NAME_MAX, PHONE_MAX } from '../core/text';
import { isValidZone } from '../core/time';
import { said } from './text-schema';

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'an instant like 2003-03-31T22:00:00.000Z');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2003-02-28');

export const offerSettingsSchema = z
  .object({
    company: said("the company's name", NAME_MAX),
    cfoName: said("the CFO's name", NAME_MAX, { empty: true }),
    cfoTitle: said("the CFO's title", NAME_MAX, { empty: true }),
    addressLines: z.array(said('an address line', ADDRESS_LINE_MAX)).max(6),
    phone: said('the phone number', PHONE_MAX, { empty: true }),
    fax: said('the fax number', PHONE_MAX, { empty: true }),
    commencedOn: date,
    originalExpiresAt: instant,
    zone: z.string().refine(isValidZone, 'a time zone such as America/New_York'),
    plans: z.array(said('a plan name', CODE_MAX)).min(1),
    lookbackFrom: date,
  })
  .strict();
