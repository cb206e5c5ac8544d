// `offer-desk init`: a new ledger for an offer, from options and/or `--offer FILE.json` (options
// win over the file). Without a company (in either) it is the seed's demo (Alpha, its officer and
// address), so existing scripts keep working; with one, nothing of the seed's letterhead is used:
// officer, address, phone and fax are what was given, or empty (letters are then refused until
// they are set: main/core/letterhead-ready.ts). Every field is checked by the one new-offer check
// (main/services/new-offer.ts), which the window's wizard uses too; a refusal creates no file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { formatInZone } from '../core/time';
import type { KeyProvider } from '../services/shell-support';
import type { Clock } from '../services/clock';
import { createLedgerFile, readDefaultOffer } from '../services/data-dir';
import { checkNewOffer, requireNewOffer } from '../services/new-offer';
import type { NewOfferProblem } from '../services/new-offer-types';

export interface InitOptions {
  path: string;
  keyProvider: KeyProvider;
  clock: Clock;
  operator: string;
  resourcesDir: string;
  commenced: string | undefined;
  expires: string | undefined;
  zone: string | undefined;
  company: string | undefined;
  officer: string | undefined;
  officerTitle: string | undefined;
  /** Address lines separated by "|" or line breaks. */
  address: string | undefined;
  phone: string | undefined;
  fax: string | undefined;
  plans: string | undefined;
  lookBack: string | undefined;
  /** One ratio new:old for every plan ("1:2"). */
  ratio: string | undefined;
  /** A JSON file holding the offer (see usage.ts); the options above override its fields. */
  offerFile: string | undefined;
}

/** `--address "33 Bridge Street|Pelham NH 03076"`: one line per "|" or line break, blank lines dropped. */
function addressLines(text: string): string[] {
  return text
    .split(/\||\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const OPTION_OF: Record<string, string> = {
  company: '--company',
  officer: '--officer',
  officerTitle: '--officer-title',
  address: '--address',
  phone: '--phone',
  fax: '--fax',
  commenced: '--commenced',
  expires: '--expires',
  zone: '--zone',
  plans: '--plans',
  lookBack: '--look-back',
};

function readOfferFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e: unknown) {
    throw new OfferDeskError('invalid-input', `--offer ${path} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e: unknown) {
    throw new OfferDeskError('invalid-input', `${basename(path)} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OfferDeskError('invalid-input', `${basename(path)} does not hold an offer: it must be one JSON object ({"company": …, "commenced": …}).`);
  }
  return value as Record<string, unknown>;
}

export function initLedger(o: InitOptions): { message: string; warnings: string[] } {
  const file = o.offerFile === undefined ? {} : readOfferFile(o.offerFile);
  const fromOptions: Record<string, unknown> = {
    company: o.company,
    officer: o.officer,
    officerTitle: o.officerTitle,
    address: o.address === undefined ? undefined : addressLines(o.address),
    phone: o.phone,
    fax: o.fax,
    commenced: o.commenced,
    expires: o.expires,
    zone: o.zone,
    plans: o.plans === undefined ? undefined : o.plans.split(',').map((p) => p.trim()).filter((p) => p.length > 0),
    lookBack: o.lookBack,
  };
  const given = Object.fromEntries(Object.entries(fromOptions).filter(([, v]) => v !== undefined));
  const draft: Record<string, unknown> = { ...file, ...given };
  // --ratio replaces the file's ratios with one for every plan; the file's new grant delay stays.
  if (o.ratio !== undefined) {
    const fileExchange = typeof file['exchange'] === 'object' && file['exchange'] !== null ? (file['exchange'] as Record<string, unknown>) : {};
    draft['exchange'] = { ...fileExchange, ratios: [{ ratio: o.ratio }] };
  }
  const seed = readDefaultOffer(o.resourcesDir);
  const check = checkNewOffer(draft, seed);
  const fileName = o.offerFile === undefined ? null : basename(o.offerFile);
  const label = (p: NewOfferProblem): string => {
    const top = p.field.split(/[.[]/)[0] ?? '';
    if (top === 'exchange' && o.ratio !== undefined && (p.field === 'exchange' || p.field.startsWith('exchange.ratios'))) return `--ratio: ${p.message}`;
    const option = OPTION_OF[top];
    if (option !== undefined && top in given) return /^["\d]/.test(p.message) ? `${option} ${p.message}` : `${option}: ${p.message}`;
    if (fileName !== null && top in file) return `${fileName}: ${p.field}: ${p.message}`;
    if (option !== undefined && p.message.endsWith('is required')) return `${p.message}: give ${option}${fileName === null ? '' : ` or "${top}" in ${fileName}`}.`;
    return p.field === '' ? p.message : `${p.field}: ${p.message}`;
  };
  const { settings, terms } = requireNewOffer(check, label);
  // The demo without terms stays on the implied 1-for-1; any other offer records its terms.
  const recordTerms = 'company' in draft || 'exchange' in draft;
  createLedgerFile({
    path: o.path,
    keyProvider: o.keyProvider,
    clock: o.clock,
    operator: o.operator,
    resourcesDir: o.resourcesDir,
    withDemoRoster: false,
    settings,
    ...(recordTerms ? { terms } : {}),
  });
  return {
    message: `Created ${o.path}: ${settings.company}, commenced ${settings.commencedOn}, expires ${formatInZone(settings.originalExpiresAt, settings.zone)}.`,
    warnings: [],
  };
}
