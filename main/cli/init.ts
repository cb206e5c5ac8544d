// `offer-desk init`: a new ledger for an offer. Without --company it is the seed's demo (Alpha, its
// officer and address), so existing scripts keep working; with --company nothing of the seed's
// letterhead is used: officer, address, phone and fax are what was given, or empty (letters are then
// refused until they are set: main/core/letterhead-ready.ts).
import { DateTime } from 'luxon';
import { OfferDeskError } from '../core/errors';
import { earliestPermittedExpiration } from '../core/schedule';
import { formatInZone, isValidZone, parseCalendarDate, parseInstantInput } from '../core/time';
import type { OfferSettings } from '../core/types';
import type { KeyProvider } from '../services/shell-support';
import type { Clock } from '../services/clock';
import { createLedgerFile, readDefaultOffer } from '../services/data-dir';
import { offerSettingsSchema } from '../services/offer-settings-schema';
import { parseOrRefuse } from '../services/parse-input';

export interface InitOptions {
  path: string;
  keyProvider: KeyProvider;
  clock: Clock;
  operator: string;
  resourcesDir: string;
  commenced: string;
  expires: string;
  zone: string;
  company: string | undefined;
  officer: string | undefined;
  officerTitle: string | undefined;
  /** Address lines separated by "|" or line breaks. */
  address: string | undefined;
  phone: string | undefined;
  fax: string | undefined;
  plans: string | undefined;
  lookBack: string | undefined;
}

/** `--address "33 Bridge Street|Pelham NH 03076"`: one line per "|" or line break, blank lines dropped. */
function addressLines(text: string): string[] {
  return text
    .split(/\||\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export function initLedger(o: InitOptions): { message: string; warnings: string[] } {
  if (!isValidZone(o.zone)) throw new OfferDeskError('invalid-input', `--zone "${o.zone}" is not a time zone (for example America/New_York).`);
  const commencedOn = parseCalendarDate(o.commenced);
  const expiresAt = parseInstantInput(o.expires, o.zone);
  const commencedAt = DateTime.fromISO(commencedOn, { zone: o.zone }).toUTC().toISO();
  if (commencedAt === null || expiresAt <= commencedAt) {
    throw new OfferDeskError('invalid-input', `The offer must expire after it commences (${commencedOn}).`);
  }
  const plans = o.plans === undefined ? undefined : o.plans.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (plans !== undefined && plans.length === 0) throw new OfferDeskError('invalid-input', '--plans names no plan.');
  const seed = readDefaultOffer(o.resourcesDir);
  // The look-back window is, unless given, the six months before the offer began.
  const lookbackFrom = o.lookBack === undefined ? (DateTime.fromISO(commencedOn).minus({ months: 6 }).toISODate() ?? commencedOn) : parseCalendarDate(o.lookBack);
  if (lookbackFrom > commencedOn) {
    throw new OfferDeskError('invalid-input', `--look-back ${lookbackFrom} is after the offer commences (${commencedOn}): the look-back window ends when the offer begins.`);
  }
  // A new company's offer starts from nothing of the seed's letterhead.
  const own = o.company !== undefined;
  const letterhead = {
    company: own ? o.company : seed.company,
    cfoName: o.officer ?? (own ? '' : seed.cfoName),
    cfoTitle: o.officerTitle ?? (own ? '' : seed.cfoTitle),
    addressLines: o.address !== undefined ? addressLines(o.address) : own ? [] : seed.addressLines,
    phone: o.phone ?? (own ? '' : seed.phone),
    fax: o.fax ?? (own ? '' : seed.fax),
  };
  // Every text is from outside: the settings schema's text rule applies (an empty company is refused).
  const settings: OfferSettings = parseOrRefuse(offerSettingsSchema, {
    ...seed,
    ...letterhead,
    commencedOn,
    originalExpiresAt: expiresAt,
    zone: o.zone,
    plans: plans ?? seed.plans,
    lookbackFrom,
  }, 'offer');
  const warnings: string[] = [];
  const earliest = earliestPermittedExpiration(commencedOn, o.zone);
  if (expiresAt < earliest) {
    warnings.push(`the offer must stay open at least 20 business days: it may not expire before ${formatInZone(earliest, o.zone)}.`);
  }
  createLedgerFile({ path: o.path, keyProvider: o.keyProvider, clock: o.clock, operator: o.operator, resourcesDir: o.resourcesDir, withDemoRoster: false, settings });
  return { message: `Created ${o.path}: ${settings.company}, commenced ${commencedOn}, expires ${formatInZone(expiresAt, o.zone)}.`, warnings };
}
