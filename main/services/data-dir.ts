// Where the ledger lives, and the first start: a new ledger holding the seed offer and the demo
// roster so the desk shows something real at once. Paths always come from the caller.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { parseRosterCsv } from '../core/roster';
import { decodeRosterBytes } from '../core/text';
import type { ExchangeTerms } from '../core/exchange-terms';
import type { OfferSettings } from '../core/types';
import { openLedger } from '../ledger/ledger';
import type { KeyProvider } from '../ledger/key-provider';
import type { Clock } from './clock';
import { offerSettingsSchema } from './offer-settings-schema';

export const DEFAULT_LEDGER_NAME = 'offer.ledger';

/** `OFFER_DESK_DATA_DIR` wins (portable installs, tests); else Electron's userData folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, electronUserDataPath?: string): string {
  const fromEnv = env.OFFER_DESK_DATA_DIR?.trim();
  if (fromEnv) return resolve(fromEnv);
  if (electronUserDataPath) return electronUserDataPath;
  throw new OfferDeskError('invalid-input', 'No user-data folder: set OFFER_DESK_DATA_DIR.');
}

/**
 * The key file that protects a ledger's ID numbers when the OS keychain is not used (CLI, tests,
 * the browser harness): `OFFER_DESK_KEY_FILE`, or `<ledger>.key` beside the ledger. It is never
 * inside the ledger, so a copy of the ledger alone does not reveal an ID number.
 */
export function keyFileFor(ledgerPath: string, env: NodeJS.ProcessEnv): string {
  const fromEnv = env.OFFER_DESK_KEY_FILE?.trim();
  return fromEnv ? resolve(fromEnv) : `${resolve(ledgerPath)}.key`;
}

export function readDefaultOffer(resourcesDir: string): OfferSettings {
  const file = join(resourcesDir, 'default-offer.json');
  return offerSettingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface CreateLedgerOptions {
  path: string;
  keyProvider: KeyProvider;
  clock: Clock;
  operator: string;
  resourcesDir: string;
  withDemoRoster: boolean;
  /** Settings to use instead of the seed offer's. */
  settings?: OfferSettings;
  /** Exchange terms recorded with the new ledger (a new offer's; the demo stays on 1-for-1). */
  terms?: ExchangeTerms;
}

export function createLedgerFile(options: CreateLedgerOptions): void {
  const at = options.clock.now();
  const settings = options.settings ?? readDefaultOffer(options.resourcesDir);
  // Parse the roster before creating anything, so a bad demo file leaves no half-made ledger.
  const roster = options.withDemoRoster
    ? parseRosterCsv(decodeRosterBytes(readFileSync(join(options.resourcesDir, 'demo-roster.csv'))), settings.plans)
    : null;
  const ledger = openLedger({ path: options.path, keyProvider: options.keyProvider, create: { settings, at, operator: options.operator } });
  try {
    if (options.terms) ledger.recordExchangeTerms(options.terms, '', { at, operator: options.operator });
    if (roster) ledger.importRoster(roster.holders, roster.grants, { at, operator: options.operator });
  } finally {
    ledger.close();
  }
}

export interface DefaultLedgerOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  clock: Clock;
  operator: string;
  resourcesDir: string;
}

/** The default ledger's path, created with the seed offer and demo roster on first start. */
export function ensureDefaultLedger(options: DefaultLedgerOptions): string {
  mkdirSync(options.dataDir, { recursive: true });
  const path = join(options.dataDir, DEFAULT_LEDGER_NAME);
  if (!existsSync(path)) {
    createLedgerFile({ ...options, path, withDemoRoster: true });
  }
  return path;
}

/** The repo's resources folder when running from a checkout (CLI, tests, harness). */
export function repoResourcesDir(): string {
  return resolve(new URL('../../resources', import.meta.url).pathname);
}
