// The offer's settings as read from a file (the seed offer, `init`): checked, never trusted.
import { z } from 'zod';
import { isValidZone } from '../core/time';

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'an instant like 2003-03-31T22:00:00.000Z');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2003-02-28');

export const offerSettingsSchema = z
  .object({
    company: z.string().min(1),
    cfoName: z.string().min(1),
    cfoTitle: z.string().min(1),
    addressLines: z.array(z.string().min(1)).min(1),
    phone: z.string().min(1),
    fax: z.string().min(1),
    commencedOn: date,
    originalExpiresAt: instant,
    zone: z.string().refine(isValidZone, 'a time zone such as America/New_York'),
    plans: z.array(z.string().min(1)).min(1),
    lookbackFrom: date,
  })
  .strict();
