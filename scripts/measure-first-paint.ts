// Time to the Dashboard's first figures in Chromium, and the JavaScript the page loaded to get
// there, over the 50-holder demo ledger and the built renderer (run `npx electron-vite build`
// first). A figure for the renderer split, not a test: `npx tsx scripts/measure-first-paint.ts [reps]`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createHandlerTable } from '../main/ipc/handlers';
import { openHarnessDesk } from '../main/harness/open-harness-desk';
import { startHarness } from '../main/harness/server';

const reps = Number(process.argv[2] ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-first-paint-'));
const rendererDir = join(dataDir, 'renderer');
cpSync(join(import.meta.dirname, '..', 'out', 'renderer'), rendererDir, { recursive: true });
const opened = openHarnessDesk({ dataDir, start: '2003-03-24T09:00:00-05:00', operator: 'bench', env: {} });
const harness = await startHarness({ rendererDir, table: createHandlerTable(), context: { desk: () => opened.desk }, clock: opened.clock, testControls: false });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const times: number[] = [];
let jsBytes = 0;
let jsFiles: string[] = [];
try {
  for (let rep = 0; rep < reps; rep++) {
    // A fresh context each time: nothing cached, as on the window's first start.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', (r) => {
      if (/\.m?js$/.test(new URL(r.url()).pathname)) void r.body().then((b) => scripts.set(new URL(r.url()).pathname, b.length)).catch(() => undefined);
    });
    const t0 = performance.now();
    await page.goto(harness.url);
    await page.waitForFunction(() => document.querySelector('[data-testid="dashboard"]')?.textContent?.includes('Governing documents') ?? false, undefined, { timeout: 60_000, polling: 'raf' });
    times.push(performance.now() - t0);
    await page.waitForTimeout(200);
    jsBytes = [...scripts.values()].reduce((a, b) => a + b, 0);
    jsFiles = [...scripts.entries()].map(([p, n]) => `${p} ${(n / 1024).toFixed(1)} KiB`);
    await context.close();
  }
} finally {
  await browser.close();
  await harness.close();
  opened.desk.close();
  rmSync(dataDir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
console.log(`first Dashboard data: median ${Math.round(times[Math.floor(times.length / 2)] ?? NaN)} ms over ${reps} (${times.map(Math.round).join(', ')} ms)`);
console.log(`JS loaded before it: ${(jsBytes / 1024).toFixed(1)} KiB in ${jsFiles.length} files`);
for (const f of jsFiles) console.log(`  ${f}`);
