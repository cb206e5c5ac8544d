// Which ledger the desk opens at start: the one open last time, else the default ledger in the
// user-data folder (created with the seed offer and demo roster on the very first start). When the
// last ledger cannot be opened, the operator is told why, in words, and where it was; the desk
// never pretends the default ledger is the one they were working on.
import { existsSync } from 'node:fs';
import type { KeyProvider } from '../services/shell-support';
import type { Clock } from '../services/clock';
import { ensureDefaultLedger } from '../services/data-dir';
import { UNNAMED_OPERATOR, type Desk } from '../services/desk';
import { readAppState } from './app-state';
import { CurrentDesk } from './current-desk';
import { log } from './log';

export interface StartupLedgerOptions {
  dataDir: string;
  resourcesDir: string;
  keyProvider: KeyProvider;
  clock: Clock;
  /** Who is keying, if already known (the window asks otherwise); never the OS account by default. */
  operator: string | null;
  open(ledgerPath: string, operator: string | null): Desk;
}

export interface StartupLedger {
  desk: CurrentDesk;
  /** Something the operator must read before working (shown once the window is up), or null. */
  notice: string | null;
}

export function openStartupLedger(options: StartupLedgerOptions): StartupLedger {
  const last = readAppState(options.dataDir).lastLedgerPath;
  let notice: string | null = null;
  if (last !== null) {
    if (!existsSync(last)) {
      notice =
        `The ledger open last time, ${last}, is not there any more (moved, renamed, or on a drive that is not connected). ` +
        'The default ledger is open instead. Use File › Open… to open the ledger from where it is now.';
    } else {
      try {
        return { desk: new CurrentDesk(options.open, last, options.operator, options.dataDir), notice: null };
      } catch (e) {
        notice =
          `The ledger open last time, ${last}, could not be opened: ${e instanceof Error ? e.message : String(e)} ` +
          'It has not been changed. The default ledger is open instead.';
      }
    }
    log('startup', notice);
  }
  const path = ensureDefaultLedger({
    dataDir: options.dataDir,
    keyProvider: options.keyProvider,
    clock: options.clock,
    operator: options.operator ?? UNNAMED_OPERATOR,
    resourcesDir: options.resourcesDir,
  });
  return { desk: new CurrentDesk(options.open, path, options.operator, options.dataDir), notice };
}
