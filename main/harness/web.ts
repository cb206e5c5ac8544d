// `npm run web`: Offer Desk in a browser, over loopback, for development and demonstrations.
// Data: OFFER_DESK_DATA_DIR, else .offer-desk-data/ in the repo (gitignored). Port: PORT, else any.
// The desk's clock starts at OFFER_DESK_NOW (an ISO time) if given, else at the real time; with
// OFFER_DESK_HARNESS_TEST=1 (or --test-controls) POST /__harness/clock may move it.
// It builds nothing: the npm script builds the renderer first.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlerTable } from '../ipc/handlers';
import { resolveDataDir } from '../services/data-dir';
import { windowOperator } from '../app/operator';
import { openHarnessDesk } from './open-harness-desk';
import { harnessOfferCreator } from './offer-ledgers';
import { openDesk, UNNAMED_OPERATOR } from '../services/desk';
import { startHarness } from './server';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const rendererDir = join(repo, 'out', 'renderer');

function startInstant(env: NodeJS.ProcessEnv): string {
  const raw = env.OFFER_DESK_NOW?.trim();
  if (!raw) return new Date().toISOString();
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw new Error(`OFFER_DESK_NOW is not an ISO time: ${raw}`);
  return new Date(ms).toISOString();
}

async function main(): Promise<void> {
  const env = process.env;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run web" (it builds first) or "npx vite build -c renderer/vite.config.ts".`);
  }
  const dataDir = env.OFFER_DESK_DATA_DIR?.trim() ? resolveDataDir(env) : join(repo, '.offer-desk-data');
  const port = Number(env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  const testControls = env.OFFER_DESK_HARNESS_TEST === '1' || process.argv.includes('--test-controls');

  const opened = openHarnessDesk({ dataDir, start: startInstant(env), operator: windowOperator(env), env });
  const table = createHandlerTable();
  let current = opened.desk;
  const context = {
    desk: () => current,
    dataDir,
    // File › New offer… makes the new ledger in the data folder and serves it from then on.
    createOfferLedger: harnessOfferCreator({
      dataDir,
      clock: opened.clock,
      env,
      operator: () => current.session().operator ?? UNNAMED_OPERATOR,
      switchTo: (ledgerPath, keyProvider) => {
        current = openDesk({ ledgerPath, keyProvider, clock: opened.clock, operator: current.session().operator });
      },
    }),
  };
  const harness = await startHarness({
    rendererDir,
    table,
    context,
    clock: opened.clock,
    testControls,
    port,
  });
  const offer = table['offer:get'](context, {});
  console.log(`Offer Desk (browser harness) at ${harness.url}`);
  console.log(`  ledger ${opened.ledgerPath}`);
  if (!offer.intakeOpen) {
    console.log(`  The offer expired ${offer.expiresAtText}: intake is locked. To work inside the offer window, start with`);
    console.log(`  OFFER_DESK_NOW=2003-03-24T09:00:00-05:00 (the desk's clock then runs from there).`);
  }
  if (testControls) console.log('  test controls on: POST /__harness/clock {"now": "..."}');

  const stop = () => {
    void harness.close().finally(() => {
      if (current !== opened.desk) current.close();
      opened.desk.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
