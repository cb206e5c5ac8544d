// The bench reaches the desk only through its stable doors: the CLI (`run`) to create a ledger,
// the browser harness's opener for the desk a data folder holds, and the handler table's
// `dispatch` for every call, exactly as the window and the harness make them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../main/cli/run';
import type { Channel, Input, Outputs } from '../main/ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext, type HandlerTable } from '../main/ipc/handlers';
import { openHarnessDesk, type HarnessDesk } from '../main/harness/open-harness-desk';
import { ALPHA } from '../test/unit/offer-fixtures';

/** The file name the harness opens in its data folder (main/services/data-dir DEFAULT_LEDGER_NAME). */
export const LEDGER_FILE = 'offer.ledger';

/**
 * Where the bench desk's clock stands: Thursday 27 March 2003, 10:00 ET, inside the Alpha offer's
 * period (it expires Monday 31 March at 5:00 PM ET). Paper is received before it.
 */
export const BENCH_NOW = '2003-03-27T15:00:00.000Z';
export const RECEIVED_FROM = '2003-03-03T14:00:00.000Z';
export const RECEIVED_TO = '2003-03-26T21:00:00.000Z';

export interface BenchDesk {
  dataDir: string;
  ledgerPath: string;
  opened: HarnessDesk;
  table: HandlerTable;
  ctx: HandlerContext;
  call<C extends Channel>(channel: C, input: Input<C>): Outputs[C];
  close(): void;
}

/** `offer-desk init` of the demo offer (Alpha's dates, zone, plans and letterhead, so letters can be made): an empty roster. */
export function initLedger(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const ledgerPath = join(dataDir, LEDGER_FILE);
  const out: string[] = [];
  const code = run(
    ['init', ledgerPath, '--commenced', ALPHA.commencedOn, '--expires', ALPHA.originalExpiresAt, '--zone', ALPHA.zone, '--plans', ALPHA.plans.join(','), '--operator', 'bench'],
    { clock: { now: () => '2003-02-27T15:00:00.000Z' }, env: {}, out: (t) => out.push(t), err: (t) => out.push(t) },
  );
  if (code !== 0) throw new Error(`offer-desk init failed (${code}): ${out.join('')}`);
  return ledgerPath;
}

/** The desk of the ledger in `dataDir`, as the harness opens it (clock running from BENCH_NOW). */
export function openBenchDesk(dataDir: string): BenchDesk {
  // An empty env: the key file is the one beside the ledger, as `init` made it.
  const opened = openHarnessDesk({ dataDir, start: BENCH_NOW, operator: 'bench', env: {} });
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => opened.desk };
  return {
    dataDir,
    ledgerPath: opened.ledgerPath,
    opened,
    table,
    ctx,
    call(channel, input) {
      const r = dispatch(table, ctx, channel, input);
      if (!r.ok) throw new Error(`${channel} refused: ${r.error.message} ${r.error.details.slice(0, 3).join('; ')}`);
      return r.value as Outputs[typeof channel];
    },
    close: () => opened.desk.close(),
  };
}
