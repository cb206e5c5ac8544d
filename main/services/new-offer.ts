// A new offer, checked field by field against the desk's rules before any file is made: the one
// place the CLI's `init` (options and --offer FILE.json) and the window's new-offer wizard get
// their answers from. Every problem is named with its field, and the Regulation 14E schedule the
// dates give is returned alongside, so the wizard shows it while the operator types.
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { cancellationDateFor, newGrantDateFor, withdrawalRightsFrom } from '../core/closing-dates';
import { OfferDeskError } from '../core/errors';
import { describeNewGrantRule, describeRatio, exchangeTermsProblem, type ExchangeTerms, ONE_FOR_ONE, parseRatio, type RatioRule } from '../core/exchange-terms';
import { earliestPermittedExpiration, extensionAnnouncementDeadline, twentiethBusinessDay } from '../core/schedule';
import { formatInZone, isValidZone } from '../core/time';
import { parseInstantInput } from '../core/time-input';
import { parseTypedCalendarDate } from '../core/typed-date';
import type { CalendarDate, Instant, OfferSettings } from '../core/types';
import { commencementInstant } from '../core/schedule';
import { blankToNull, newOfferSchema, type NewOfferFields } from './new-offer-schema';
import type { NewOfferCheck, NewOfferCreated, NewOfferProblem, NewOfferSchedule } from './new-offer-types';

/** The six months before the offer began: the look-back window's default start. */
export function defaultLookBack(commencedOn: CalendarDate): CalendarDate {
  return DateTime.fromISO(commencedOn).minus({ months: 6 }).toISODate() ?? commencedOn;
}

/** zod's path as the operator would write it: exchange.ratios[1].priceFrom. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc === '' ? String(key) : `${acc}.${String(key)}`), '');
}

function read<T>(problems: NewOfferProblem[], field: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (e: unknown) {
    if (!(e instanceof OfferDeskError)) throw e;
    problems.push({ field, message: e.message });
    return null;
  }
}

const EMPTY_SCHEDULE: NewOfferSchedule = {
  commencedOn: null,
  earliestExpiration: null,
  earliestExpirationText: null,
  twentiethBusinessDay: null,
  expiresAt: null,
  expiresAtText: null,
  extensionAnnouncementDeadlineText: null,
  withdrawalRightsFrom: null,
  lookBackDefault: null,
  lookBackFrom: null,
  cancellationDate: null,
  newGrantDate: null,
};

function termsOf(fields: NewOfferFields): ExchangeTerms {
  const ratios: RatioRule[] =
    fields.exchange?.ratios?.map((r) => ({ plan: blankToNull(r.plan), priceFrom: blankToNull(r.priceFrom), priceBelow: blankToNull(r.priceBelow), ...parseRatio(r.ratio) })) ??
    ONE_FOR_ONE.ratios;
  return { ratios, newGrantAfter: fields.exchange?.newGrantAfter ?? ONE_FOR_ONE.newGrantAfter };
}

/**
 * Checks a new offer. `seed` is the demo offer whose letterhead and plans fill what is not given
 * when no company is named (the CLI's compatibility with existing scripts); null (the wizard):
 * the company and plans must be given.
 */
export function checkNewOffer(input: unknown, seed: OfferSettings | null): NewOfferCheck {
  const parsed = newOfferSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((i) =>
      // A misspelt field would otherwise be silently ignored: name each one.
      i.code === 'unrecognized_keys'
        ? i.keys.map((k) => ({ field: fieldPath([...i.path, k]), message: 'is not a field of an offer (check its spelling)' }))
        : [{ field: fieldPath(i.path), message: i.message }],
    );
    // The dates can still be shown when only, say, a price is wrong: check them on what did parse.
    const partial = newOfferSchema.partial().safeParse(withoutBadFields(input, parsed.error));
    const rest = partial.success ? checkFields(partial.data, seed) : null;
    return {
      problems: [...problems, ...(rest?.problems.filter((p) => !problems.some((q) => q.field === p.field)) ?? [])],
      schedule: rest?.schedule ?? EMPTY_SCHEDULE,
      settings: null,
      terms: null,
      ratiosText: rest?.ratiosText ?? [],
      newGrantRuleText: rest?.newGrantRuleText ?? describeNewGrantRule(ONE_FOR_ONE),
    };
  }
  return checkFields(parsed.data, seed);
}

/** The input with every top-level field zod refused taken out. */
function withoutBadFields(input: unknown, error: z.ZodError): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
  const bad = new Set(error.issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : [String(i.path[0] ?? '')])));
  return Object.fromEntries(Object.entries(input).filter(([k]) => !bad.has(k)));
}

function checkFields(fields: NewOfferFields, seed: OfferSettings | null): NewOfferCheck {
  const problems: NewOfferProblem[] = [];
  const schedule: NewOfferSchedule = { ...EMPTY_SCHEDULE };
  const own = fields.company !== undefined || seed === null;
  if (fields.company === undefined && seed === null) problems.push({ field: 'company', message: "the company's name is required" });

  // The zone first: every date is read on its clock.
  let zone: string | null = null;
  if (fields.zone === undefined || fields.zone.trim() === '') problems.push({ field: 'zone', message: 'the time zone is required (for example America/New_York)' });
  else if (!isValidZone(fields.zone.trim())) problems.push({ field: 'zone', message: `${JSON.stringify(fields.zone)} is not a time zone (for example America/New_York).` });
  else zone = fields.zone.trim();

  let commencedOn: CalendarDate | null = null;
  if (fields.commenced === undefined || fields.commenced.trim() === '') problems.push({ field: 'commenced', message: 'the commencement date is required' });
  else commencedOn = read(problems, 'commenced', () => parseTypedCalendarDate(fields.commenced ?? ''));

  let expiresAt: Instant | null = null;
  if (fields.expires === undefined || fields.expires.trim() === '') problems.push({ field: 'expires', message: 'the expiration (date and time) is required' });
  else if (zone !== null) expiresAt = read(problems, 'expires', () => parseInstantInput(fields.expires ?? '', zone ?? ''));

  if (commencedOn !== null && zone !== null) {
    const earliest = earliestPermittedExpiration(commencedOn, zone);
    schedule.commencedOn = commencedOn;
    schedule.earliestExpiration = earliest;
    schedule.earliestExpirationText = formatInZone(earliest, zone);
    schedule.twentiethBusinessDay = twentiethBusinessDay(commencedOn);
    schedule.withdrawalRightsFrom = withdrawalRightsFrom(commencedOn);
    schedule.lookBackDefault = defaultLookBack(commencedOn);
    if (expiresAt !== null) {
      if (expiresAt <= commencementInstant(commencedOn, zone)) {
        problems.push({ field: 'expires', message: `The offer must expire after it commences (${commencedOn}).` });
      } else if (expiresAt < earliest) {
        problems.push({
          field: 'expires',
          message: `${formatInZone(expiresAt, zone)} is too early: Regulation 14E keeps the offer open at least 20 business days, so the earliest allowed expiration is ${formatInZone(earliest, zone)}.`,
        });
      }
    }
  }
  if (expiresAt !== null && zone !== null) {
    schedule.expiresAt = expiresAt;
    schedule.expiresAtText = formatInZone(expiresAt, zone);
    schedule.extensionAnnouncementDeadlineText = formatInZone(extensionAnnouncementDeadline(expiresAt, zone), zone);
    schedule.cancellationDate = cancellationDateFor(expiresAt, zone);
  }

  let lookbackFrom: CalendarDate | null = schedule.lookBackDefault;
  if (fields.lookBack !== undefined && fields.lookBack.trim() !== '') {
    lookbackFrom = read(problems, 'lookBack', () => parseTypedCalendarDate(fields.lookBack ?? ''));
    if (lookbackFrom !== null && commencedOn !== null && lookbackFrom > commencedOn) {
      problems.push({ field: 'lookBack', message: `${lookbackFrom} is after the offer commences (${commencedOn}): the look-back window ends when the offer begins.` });
    }
  }
  schedule.lookBackFrom = lookbackFrom;

  // The CLI's demo plans stay the default even for a named company (as before the wizard); the wizard names its own.
  const plans = fields.plans ?? seed?.plans;
  if (plans === undefined) problems.push({ field: 'plans', message: 'name at least one plan' });

  const terms = termsOf(fields);
  const termsProblem = exchangeTermsProblem(terms, plans ?? []);
  if (termsProblem !== null && plans !== undefined) problems.push({ field: 'exchange', message: termsProblem });
  if (schedule.cancellationDate !== null) schedule.newGrantDate = newGrantDateFor(schedule.cancellationDate, terms.newGrantAfter);

  const base = {
    problems,
    schedule,
    ratiosText: termsProblem === null ? terms.ratios.map((r) => `${describeRatio(r)}, fractions of a share rounded down`) : [],
    newGrantRuleText: describeNewGrantRule(terms),
  };
  if (problems.length > 0 || commencedOn === null || zone === null || expiresAt === null || lookbackFrom === null || plans === undefined) {
    return { ...base, settings: null, terms: null };
  }
  // A new company's offer borrows nothing of the demo's letterhead.
  const letterheadSeed = own || seed === null ? null : seed;
  const settings: OfferSettings = {
    company: fields.company ?? letterheadSeed?.company ?? '',
    cfoName: fields.officer ?? letterheadSeed?.cfoName ?? '',
    cfoTitle: fields.officerTitle ?? letterheadSeed?.cfoTitle ?? '',
    addressLines: fields.address ?? letterheadSeed?.addressLines ?? [],
    phone: fields.phone ?? letterheadSeed?.phone ?? '',
    fax: fields.fax ?? letterheadSeed?.fax ?? '',
    commencedOn,
    originalExpiresAt: expiresAt,
    zone,
    plans,
    lookbackFrom,
  };
  return { ...base, settings, terms };
}

/** Were exchange terms given at all (else the offer is on the 1-for-1 default)? */
export function termsGiven(input: NewOfferFields | Record<string, unknown>): boolean {
  return 'exchange' in input && input.exchange !== undefined;
}

/** Makes and opens the ledger of a checked offer; null when the operator cancelled (nothing made). */
export type OfferLedgerCreator = (offer: { settings: OfferSettings; terms: ExchangeTerms }) => string | null;

/** How the wizard names a field in a refusal. */
const WIZARD_FIELDS: Record<string, string> = {
  company: 'Company',
  officer: "Officer's name",
  officerTitle: "Officer's title",
  address: 'Address',
  phone: 'Phone',
  fax: 'Fax',
  commenced: 'Commencement',
  expires: 'Expiration',
  zone: 'Time zone',
  plans: 'Plans',
  lookBack: 'Look-back date',
  exchange: 'Exchange terms',
};

/** The wizard's last step: the same check, then the shell makes the file (where the operator chooses). */
export function createNewOffer(input: unknown, create: OfferLedgerCreator | undefined): NewOfferCreated {
  const offer = requireNewOffer(checkNewOffer(input, null), (p) => {
    const top = p.field.split(/[.[]/)[0] ?? '';
    return `${WIZARD_FIELDS[top] ?? p.field}${p.field === top ? '' : ` (${p.field})`}: ${p.message}`;
  });
  if (create === undefined) throw new OfferDeskError('invalid-input', 'This desk cannot create a ledger file here: use offer-desk init, or File › New offer… in the window.');
  return { ledgerPath: create(offer), company: offer.settings.company };
}

/** The checked offer, or a refusal naming every problem (`label` turns a field into the caller's words). */
export function requireNewOffer(check: NewOfferCheck, label: (p: NewOfferProblem) => string): { settings: OfferSettings; terms: ExchangeTerms } {
  if (check.settings === null || check.terms === null || check.problems.length > 0) {
    const lines = check.problems.map(label);
    throw new OfferDeskError('invalid-input', lines[0] ?? 'The offer is not complete.', lines.length > 1 ? lines : []);
  }
  return { settings: check.settings, terms: check.terms };
}
