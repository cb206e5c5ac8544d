// Opens the desk the harness serves: the default ledger in a data folder (created on first start
// with the seed offer and the demo roster), its key file beside it, and a controllable clock.
import { join } from 'node:path';
import { FileKeyProvider } from '../services/shell-support';
import { ControllableClock } from '../services/clock';
import { DEFAULT_LEDGER_NAME, ensureDefaultLedger, keyFileFor, repoResourcesDir } from '../services/data-dir';
import { openDesk, UNNAMED_OPERATOR, type Desk } from '../services/desk';
import { startBackup } from '../services/auto-backup';
import { startInbox } from '../services/inbox-session';

export interface HarnessDesk {
  desk: Desk;
  clock: ControllableClock;
  ledgerPath: string;
}

export interface HarnessDeskOptions {
  dataDir: string;
  /** Where the desk's clock starts; it then runs in real time, so countdowns move as at the desk. */
  start: string;
  /** Null: the window asks who is keying (as the app does). */
  operator: string | null;
  env?: NodeJS.ProcessEnv;
}

export function openHarnessDesk(options: HarnessDeskOptions): HarnessDesk {
  const clock = new ControllableClock(options.start);
  clock.run();
  const env = options.env ?? process.env;
  const keyProvider = new FileKeyProvider(keyFileFor(join(options.dataDir, DEFAULT_LEDGER_NAME), env));
  const ledgerPath = ensureDefaultLedger({
    dataDir: options.dataDir,
    keyProvider,
    clock,
    operator: options.operator ?? UNNAMED_OPERATOR,
    resourcesDir: repoResourcesDir(),
  });
  const desk = openDesk({ ledgerPath, keyProvider, clock, operator: options.operator });
  // As at the desk's start: a verified backup beside the ledger, the head written down.
  const problem = startBackup(desk, options.dataDir);
  if (problem !== null) console.error(problem);
  // As at the desk's start: the fax inbox set for this ledger on this computer is watched (stopped with stopInbox when the desk is let go).
  startInbox(desk, options.dataDir, (m) => console.error(`inbox: ${m}`));
  return { desk, clock, ledgerPath };
}
