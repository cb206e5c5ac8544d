// The harness's stand-in for the save dialog of File › New offer…: a new offer's ledger is made in
// the harness's data folder (named after the company, never over an existing file), and the
// harness's desk switches to it, so the wizard can be driven end to end in a browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLedgerFile, keyFileFor, repoResourcesDir } from '../services/data-dir';
import { FileKeyProvider } from '../services/shell-support';
import type { Clock } from '../services/clock';
import type { OfferLedgerCreator } from '../services/new-offer';

export interface HarnessOfferOptions {
  dataDir: string;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  operator(): string;
  /** Opens the new ledger as the harness's desk. */
  switchTo(ledgerPath: string, keyProvider: FileKeyProvider): void;
}

export function harnessOfferCreator(o: HarnessOfferOptions): OfferLedgerCreator {
  return (offer) => {
    const base = offer.settings.company.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'offer';
    let path = join(o.dataDir, `${base}.ledger`);
    for (let n = 2; existsSync(path); n++) path = join(o.dataDir, `${base}-${n}.ledger`);
    const keyProvider = new FileKeyProvider(keyFileFor(path, o.env));
    createLedgerFile({ path, keyProvider, clock: o.clock, operator: o.operator(), resourcesDir: repoResourcesDir(), withDemoRoster: false, settings: offer.settings, terms: offer.terms });
    o.switchTo(path, keyProvider);
    return path;
  };
}
