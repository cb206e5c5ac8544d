// One desk in a real browser for an end-to-end test: a fresh data folder with the default ledger
// (seed offer + demo roster), the real handler table behind the loopback harness, and Debian's
// Chromium driven by playwright-core. Nothing of our own is mocked.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterEach } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHarness, CLOCK_PATH, type Harness } from '../../../main/harness/server';
import { openHarnessDesk } from '../../../main/harness/open-harness-desk';
import { createHandlerTable } from '../../../main/ipc/handlers';
import type { ControllableClock } from '../../../main/services/clock';
import { openDesk, UNNAMED_OPERATOR, type Desk } from '../../../main/services/desk';
import { harnessOfferCreator } from '../../../main/harness/offer-ledgers';
import { FileKeyProvider } from '../../../main/services/shell-support';

export const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const RENDERER_DIR = join(REPO, 'out', 'renderer');
const RESULTS_DIR = join(REPO, 'test-results');
const DOCS_SHOTS_DIR = join(REPO, 'docs', 'screenshots');
// Tests never rewrite tracked files: the README's screenshots are refreshed only on request.
const UPDATE_DOCS_SHOTS = process.env.UPDATE_SCREENSHOTS === '1';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface DeskBrowserOptions {
  /** Where the desk's clock starts (it then runs in real time). */
  start: string;
  /**
   * The browser's own zone. Deliberately not Eastern, so a test that passes proves the screens
   * state times in ET whatever zone the workstation is in.
   */
  timezoneId?: string;
  /** Runs against the desk before the browser opens (e.g. a big roster, documents to waive). */
  seed?: (desk: Desk, clock: ControllableClock) => void;
  /** Changes the ledger file itself after seeding (damages it, say); the desk is then opened on it afresh. */
  alterLedger?: (ledgerPath: string) => void;
}

export interface DeskBrowser {
  url: string;
  page: Page;
  desk: Desk;
  clock: ControllableClock;
  /** Uncaught errors in the page: every test ends by expecting none. */
  pageErrors: string[];
  /** Every API call the page made, in order, with when it reached the harness (ms since epoch). */
  calls: { channel: string; at: number }[];
  /** Holds every answer of `channel` this long before sending it (0 ends the delay): a slow desk. */
  slowDown(channel: string, ms: number): void;
  /** Moves the desk's clock through the harness's HTTP test control, as a test of that path too. */
  setClock(iso: string): Promise<void>;
  /** Opens a screen; answers "Who is keying?" as "e2e" if the window asks, unless told not to. */
  open(hash: string, options?: { answerOperator?: boolean }): Promise<void>;
  /**
   * Saves test-results/<name>.png (and docs/screenshots/ with `alsoDocs` when UPDATE_SCREENSHOTS=1). `height` grows the
   * window for a long screen: a full-page capture would tear the fixed header and nav.
   */
  shot(name: string, options?: { alsoDocs?: boolean; fullPage?: boolean; height?: number }): Promise<string>;
  close(): Promise<void>;
}

export async function openDeskBrowser(options: DeskBrowserOptions): Promise<DeskBrowser> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}. Build it first: npx vite build -c renderer/vite.config.ts`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-e2e-'));
  const rendererDir = snapshotRenderer(dataDir);
  // An empty env: a developer's OFFER_DESK_KEY_FILE must not leak into a test ledger.
  // Nobody is named for the window, as in the app: the page asks (db.open answers as "e2e").
  const opened = openHarnessDesk({ dataDir, start: options.start, operator: null, env: {} });
  if (options.seed) {
    opened.desk.setOperator('e2e seed');
    options.seed(opened.desk, opened.clock);
    opened.desk.setOperator(null);
  }
  if (options.alterLedger) {
    opened.desk.close();
    options.alterLedger(opened.ledgerPath);
    opened.desk = openDesk({ ledgerPath: opened.ledgerPath, keyProvider: new FileKeyProvider(`${opened.ledgerPath}.key`), clock: opened.clock, operator: null });
  }
  // File › New offer… in the harness switches the desk to the new ledger (main/harness/offer-ledgers.ts).
  let current: Desk = opened.desk;
  const created: Desk[] = [];
  const createOfferLedger = harnessOfferCreator({
    dataDir,
    clock: opened.clock,
    env: {},
    operator: () => current.session().operator ?? UNNAMED_OPERATOR,
    switchTo: (ledgerPath, keyProvider) => {
      current = openDesk({ ledgerPath, keyProvider, clock: opened.clock, operator: current.session().operator });
      created.push(current);
    },
  });
  let harness: Harness | null = null;
  let browser: Browser | null = null;
  const calls: { channel: string; at: number }[] = [];
  const delays = new Map<string, number>();
  try {
    harness = await startHarness({
      rendererDir,
      table: createHandlerTable(),
      context: { desk: () => current, dataDir, createOfferLedger },
      clock: opened.clock,
      testControls: true,
      testHooks: {
        onCall: (channel) => calls.push({ channel, at: Date.now() }),
        answerDelayMs: (channel) => delays.get(channel) ?? 0,
      },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      timezoneId: options.timezoneId ?? 'America/Los_Angeles',
      locale: 'en-US',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    // A missing element should fail in seconds with its name, not at the test's timeout.
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const url = harness.url;
    const live = { harness, browser };

    return {
      url,
      page,
      get desk() {
        return current;
      },
      clock: opened.clock,
      pageErrors,
      calls,
      slowDown(channel, ms) {
        if (ms > 0) delays.set(channel, ms);
        else delays.delete(channel);
      },
      async setClock(iso) {
        const res = await page.request.post(new URL(CLOCK_PATH, url).toString(), {
          data: { now: iso },
          headers: { 'content-type': 'application/json', origin: url.replace(/\/$/, '') },
        });
        if (!res.ok()) throw new Error(`clock control refused: ${res.status()} ${await res.text()}`);
      },
      async open(hash, openOptions = {}) {
        await page.goto(`${url}#/${hash.replace(/^#?\/?/, '')}`);
        await page.getByTestId('intake-state').waitFor();
        if (openOptions.answerOperator !== false) await answerOperatorPrompt(page, 'e2e');
      },
      async shot(name, shotOptions = {}) {
        mkdirSync(RESULTS_DIR, { recursive: true });
        const viewport = page.viewportSize();
        if (shotOptions.height && viewport) await page.setViewportSize({ width: viewport.width, height: shotOptions.height });
        const path = join(RESULTS_DIR, `${name}.png`);
        await page.screenshot({ path, fullPage: shotOptions.fullPage ?? false, animations: 'disabled', caret: 'hide' });
        if (shotOptions.alsoDocs && UPDATE_DOCS_SHOTS) {
          mkdirSync(DOCS_SHOTS_DIR, { recursive: true });
          await page.screenshot({ path: join(DOCS_SHOTS_DIR, `${name}.png`), fullPage: shotOptions.fullPage ?? false, animations: 'disabled', caret: 'hide' });
        }
        if (shotOptions.height && viewport) await page.setViewportSize(viewport);
        return path;
      },
      async close() {
        await live.browser.close();
        await live.harness.close();
        for (const d of created) d.close();
        opened.desk.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close();
    await harness?.close();
    opened.desk.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Copies the built renderer for this test alone: a build running meanwhile (electron-vite empties
 * out/renderer first) must not pull the page from under a browser mid-test. Waits briefly if a
 * build is in progress right now.
 */
function snapshotRenderer(into: string): string {
  const target = join(into, 'renderer');
  for (let attempt = 0; attempt < 50; attempt++) {
    rmSync(target, { recursive: true, force: true });
    try {
      cpSync(RENDERER_DIR, target, { recursive: true });
      const html = readFileSync(join(target, 'index.html'), 'utf8');
      const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
      if (assets.length > 0 && assets.every((a) => existsSync(join(target, a)))) return target;
    } catch {
      // mid-build: try again
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  throw new Error(`The built renderer in ${RENDERER_DIR} is incomplete (a build still running?)`);
}

/**
 * Answers the window's "Who is keying?" prompt with `name` if it is asking; waits until the
 * header shows who is keying either way.
 */
export async function answerOperatorPrompt(page: Page, name: string): Promise<void> {
  const chip = page.locator('[data-testid="operator"][data-state="known"], [data-testid="operator"][data-state="asking"]');
  await chip.waitFor();
  if ((await chip.getAttribute('data-state')) === 'asking') {
    const dialog = page.getByRole('dialog', { name: 'Who is keying?' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
    await dialog.getByRole('button', { name: 'Start keying' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await page.locator('[data-testid="operator"][data-state="known"]').waitFor();
}

/** An instant from Eastern wall-clock text: "2003-03-31 16:59:58" -> the UTC instant. Tests speak ET like the desk. */
export function et(wallClock: string): string {
  const dt = DateTime.fromFormat(wallClock, 'yyyy-MM-dd HH:mm:ss', { zone: 'America/New_York' });
  if (!dt.isValid) throw new Error(`not an Eastern wall-clock time: ${wallClock}`);
  return dt.toUTC().toISO() ?? '';
}

/** Registers a hook that keeps a screenshot of the page when a test fails (test-results/failed-*.png). */
export function screenshotOnFailure(current: () => DeskBrowser | undefined): void {
  afterEach(async (context) => {
    const db = current();
    if (!db || context.task.result?.state !== 'fail') return;
    const name = `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
    await db.shot(name, { fullPage: true }).catch(() => undefined);
  });
}
