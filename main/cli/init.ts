// `offer-desk init`: a new ledger for an offer, with the seed's letterhead and the given dates.
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
  plans: string | undefined;
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
  // The look-back window is the six months before the offer began.
  const lookbackFrom = DateTime.fromISO(commencedOn).minus({ months: 6 }).toISODate() ?? commencedOn;
  // --company and --plans are text from outside: the settings schema's text rule applies.
  const settings: OfferSettings = parseOrRefuse(offerSettingsSchema, {
    ...seed,
    company: o.company?.trim() || seed.company,
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
