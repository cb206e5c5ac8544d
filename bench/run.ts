// `npm run bench`: the desk's figures at scale beside bare baselines doing the same work, measured
// in the same run. Not a test: it asserts nothing about speed and never runs in `npm test`.
// Prints a table and writes bench/results.json. BENCH_HOLDERS sets the scale (default 100,000).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchDesk, type BenchDesk } from './desk';
import { measureDashboard } from './measure-dashboard';
import { measureElections } from './measure-elections';
import { measureHoldersPage } from './measure-holders-page';
import { measureImport } from './measure-import';
import { measureIntake } from './measure-intake';
import { measureLedgerSize } from './measure-ledger-size';
import { measureLetters } from './measure-letters';
import { measureForms } from './measure-forms';
import { measureQueue } from './measure-queue';
import { measureVerify } from './measure-verify';
import { measureRss } from './measure-rss';
import { measureFirstPaint } from './measure-ui-first-paint';
import { measureSearch } from './measure-ui-search';
import { makeRoster } from './roster-csv';
import { readScale } from './scale';
import { formatTable, log, type Figure, type Unit } from './stats';
import { openBenchBrowser } from './ui-browser';
import { uiTimeoutMs } from './ui-settle';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO = resolve(BENCH_DIR, '..');
const RESULTS = join(BENCH_DIR, 'results.json');

const figures: Figure[] = [];

function save(): void {
  writeFileSync(RESULTS, `${JSON.stringify(figures, null, 2)}\n`);
}

/** One measure; a failure is recorded as a row (value null) and the run goes on to the next. */
async function step(names: readonly [string, Unit][], n: number, work: () => Promise<Figure | Figure[]>): Promise<void> {
  try {
    const got = await work();
    figures.push(...(Array.isArray(got) ? got : [got]));
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message : String(e);
    log(`${names.map(([name]) => name).join(', ')} FAILED: ${message}`);
    for (const [name, unit] of names) figures.push({ name, n, value: null, unit, baseline: null, ratio: null, note: `failed: ${message.slice(0, 200)}` });
  }
  save();
}

async function main(): Promise<void> {
  const scale = readScale(process.env);
  const timeout = uiTimeoutMs(process.env);
  const workDir = mkdtempSync(join(tmpdir(), 'offer-desk-bench-'));
  // The machine is shared: the load beside the figures says how far to trust them.
  const loadAtStart = loadavg()[0] ?? 0;
  log(`${scale.holders} holders, ${scale.holders * scale.grantsPerHolder} grants, ${scale.documents} documents, ${scale.letters} letters a batch; work in ${workDir}`);
  let desk: BenchDesk | null = null;
  try {
    const roster = makeRoster(scale.holders, scale.grantsPerHolder);
    writeFileSync(join(workDir, 'roster.csv'), roster.csv);
    log(`roster: ${roster.rows} rows, ${(roster.csv.length / 1048576).toFixed(1)} MiB`);

    let dataDir = '';
    await step([['import', 'ms']], roster.rows, async () => {
      const r = await measureImport(roster, workDir, scale.reps);
      dataDir = r.dataDir;
      return r.figure;
    });
    if (dataDir === '') throw new Error('no ledger was imported; nothing else can be measured');
    const opened = openBenchDesk(dataDir);
    desk = opened;

    await step([['intake_p50', 'ms'], ['intake_p99', 'ms']], scale.documents, async () => measureIntake(opened, roster, scale.documents, workDir));
    // The file as the roster and the paper left it (before letters are recorded).
    await step([['ledger_size', 'MiB']], 0, async () => measureLedgerSize(opened.ledgerPath, workDir));
    await step([['elections', 'ms']], scale.holders, () => measureElections(opened.ledgerPath, scale.holders, scale.reps));
    await step([['verify', 'ms']], 0, () => measureVerify(opened, scale.reps));
    await step([['dashboard', 'ms']], scale.documents, () => measureDashboard(opened, scale.documents, scale.reps));
    await step([['queue', 'ms']], scale.documents, () => measureQueue(opened, scale.documents, scale.reps));
    await step([['holders_page', 'ms']], 200, () => measureHoldersPage(opened, scale.holders, scale.reps));

    const browser = await openBenchBrowser(opened, join(REPO, 'out', 'renderer'), workDir);
    try {
      await step([['ui_first_paint', 'ms']], 1, () => measureFirstPaint(browser, scale.reps, timeout));
      await step([['ui_search_keystroke', 'ms']], 1, () => measureSearch(browser, opened, scale.reps, timeout));
    } finally {
      await browser.close();
    }

    // Last of the desk's measures: producing letters records them.
    await step([['letters', 'per_s']], scale.letters, () => measureLetters(opened, scale.letters, scale.reps));
    // Every holder's personalised forms streamed to one PDF (one run: minutes at full scale).
    await step([['forms', 'per_s']], scale.holders, () => measureForms(opened, workDir));
    await step([['rss_mb', 'MB']], 1, async () => measureRss(opened.ledgerPath, REPO));
  } finally {
    desk?.close();
    if (!process.env.BENCH_KEEP) rmSync(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
  }
  const load = `load average ${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
  process.stdout.write(`\nOffer Desk bench at ${scale.holders} holders (ratio > 1 = slower than the bare baseline; ${load})\n\n${formatTable(figures)}\n\nwritten to ${RESULTS}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
