// `BENCH_HOLDERS=20000 npx tsx bench/run-forms.ts`: only the forms measure (a roster imported into a
// fresh ledger, then measure-forms.ts), for working on the forms without the whole bench's
// half hour. `npm run bench` runs the same step among the others.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rosterImportInput } from './adapters';
import { initLedger, openBenchDesk } from './desk';
import { measureForms } from './measure-forms';
import { makeRoster } from './roster-csv';
import { readScale } from './scale';
import { formatTable, log } from './stats';

async function main(): Promise<void> {
  const scale = readScale(process.env);
  const workDir = mkdtempSync(join(tmpdir(), 'offer-desk-bench-forms-'));
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    const roster = makeRoster(scale.holders, scale.grantsPerHolder);
    const dataDir = join(workDir, 'ledger');
    initLedger(dataDir);
    const desk = openBenchDesk(dataDir);
    try {
      desk.call('roster:import', rosterImportInput(roster.csv));
      log(`imported ${roster.rows} grants of ${scale.holders} holders`);
      const figure = await measureForms(desk, workDir);
      const load = `load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
      process.stdout.write(`\nforms at ${scale.holders} holders (${load})\n\n${formatTable([figure])}\n`);
    } finally {
      desk.close();
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
