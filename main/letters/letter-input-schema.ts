// Runtime check of a LetterInput. A letter is reprinted from JSON the ledger stored, possibly by
// a later version of the app, so "it type-checked when it was written" is not enough: every
// render parses its input first and refuses bad data with a message naming the field, instead of
// printing "Invalid DateTime" or "NaN shares" on paper that goes to an employee.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { OfferDeskError } from '../core/errors';
import { newOptionShares } from '../core/exchange-terms';
import { DEFECT_KINDS, DELIVERY_VIAS, DOCUMENT_KINDS, DOCUMENT_STANDINGS, LETTER_KINDS } from '../core/types';
import type { LetterInput } from './letter-input';

const nonEmpty = z.string().min(1);

/** The canonical Instant form (see core/types.ts), and a real moment. */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'an instant like 2003-03-31T22:00:00.000Z')
  .refine((s) => DateTime.fromISO(s, { zone: 'utc' }).isValid, 'a real date and time');

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2003-03-31')
  .refine((s) => DateTime.fromISO(s, { zone: 'utc' }).isValid, 'a real calendar date');

const zone = nonEmpty.refine((s) => DateTime.now().setZone(s).isValid, 'an IANA time zone');
const shares = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const letterhead = z.object({
  company: nonEmpty,
  addressLines: z.array(z.string()),
  phone: z.string(),
  fax: nonEmpty,
  cfoName: nonEmpty,
  cfoTitle: z.string(),
  zone,
  expiresAt: instant,
});

const holder = z.object({
  employeeId: nonEmpty,
  name: nonEmpty,
  address: z.string(),
  email: z.string(),
  idLast4: z.string().max(4),
});

const letterDocument = z.object({
  id: z.number().int().min(1),
  kind: z.enum(DOCUMENT_KINDS),
  via: z.enum(DELIVERY_VIAS),
  receivedAt: instant,
});

const grantLine = z
  .object({
    grantId: nonEmpty,
    plan: z.string(),
    grantDate: calendarDate,
    exercisePrice: z.string().regex(/^\d+(\.\d+)?$/, 'a decimal string like 3.2500'),
    sharesEligible: shares,
    sharesTendered: shares,
    required: z.boolean(),
    raisedByLookback: z.boolean(),
  })
  .refine((g) => g.sharesTendered <= g.sharesEligible, 'shares tendered cannot exceed shares eligible');

const ratioSide = z.number().int().min(1).max(999_999);

const promisedGrant = z
  .object({
    grantId: nonEmpty,
    plan: z.string(),
    grantDate: calendarDate,
    exercisePrice: z.string().regex(/^\d+(\.\d+)?$/, 'a decimal string like 3.2500'),
    sharesCancelled: shares.min(1),
    ratioNew: ratioSide,
    ratioOld: ratioSide,
    newShares: shares,
  })
  // The letter states the rule (ratio applied, rounded down); a figure that breaks it never prints.
  .refine((g) => g.newShares === newOptionShares({ newShares: g.ratioNew, oldShares: g.ratioOld }, g.sharesCancelled), {
    message: 'new shares must be the shares cancelled times the ratio, rounded down',
    path: ['newShares'],
  });

const election = z.object({
  state: z.enum(['tendered-all', 'tendered-part', 'tendered-none']),
  governingDocument: letterDocument.nullable(),
  grants: z.array(grantLine),
  explanation: z.string(),
});

const anchor = z.object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex') });

const common = { letterhead, anchor: anchor.optional(), letterDate: calendarDate, holder, document: letterDocument };

export const letterInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('confirmation'),
    ...common,
    standing: z.enum(['governing', 'superseded', 'defective']),
    election,
    openDefects: z.array(z.object({ kind: z.enum(DEFECT_KINDS), description: nonEmpty })),
    cureDeadline: instant.nullable(),
  }).refine((c) => (c.standing === 'defective') === (c.openDefects.length > 0 && c.cureDeadline !== null), {
    message: 'a defective document\'s confirmation names its open defects and cure deadline; no other does',
    path: ['openDefects'],
  }),
  z.object({
    kind: z.literal('irregularity'),
    ...common,
    defects: z.array(z.object({ kind: z.enum(DEFECT_KINDS), description: nonEmpty })).min(1),
    cureDeadline: instant,
    howToCure: nonEmpty,
  }),
  z.object({
    kind: z.literal('late-delivery'),
    ...common,
    expiration: instant,
    election,
  }),
  z.object({
    kind: z.literal('correction'),
    ...common,
    inError: z
      .array(z.object({ kind: z.enum(LETTER_KINDS), letterDate: calendarDate }))
      .min(1),
    standing: z.enum(DOCUMENT_STANDINGS),
    replacedBy: letterDocument.nullable(),
    election,
  }),
  z
    .object({
      kind: z.literal('promise-to-grant'),
      ...common,
      cancellationDate: calendarDate,
      newGrantDate: calendarDate,
      grants: z.array(promisedGrant).min(1),
    })
    .refine((p) => p.newGrantDate > p.cancellationDate, { message: 'the new grant date must be after the cancellation date', path: ['newGrantDate'] }),
]);

// The schema and the hand-written types must describe the same data; this line stops compiling
// when one of them changes without the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof letterInputSchema>, LetterInput> = true;
void schemaMatchesTypes;

/** Parse a stored or freshly built letter input; throws OfferDeskError('invalid-input'). */
export function parseLetterInput(value: unknown): LetterInput {
  const result = letterInputSchema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
  throw new OfferDeskError('invalid-input', `Letter input is not valid: ${details[0] ?? 'unknown problem'}`, details);
}
