// ui_first_paint: a fresh page of the window (the built renderer through the harness) until the
// Dashboard's first figures are visible, vs the minimal page from the same harness showing its
// answer to the same call (`dashboard:get`). A screen that never shows data within the timeout is
// recorded as timed out, and not tried again.
import type { BenchBrowser } from './ui-browser';
import { isTimeout, MINIMAL_PAINT } from './ui-browser';
import { settle } from './ui-settle';
import { log, median, now, timeFigure, type Figure } from './stats';

const BASELINE = 'minimal page, same harness: dashboard:get answered and shown';
/** A tile label the Dashboard shows only once its `dashboard:get` answer is on screen. */
const DASHBOARD_DATA_TEXT = 'Governing documents';

async function timePage(browser: BenchBrowser, path: string, ready: (page: import('playwright-core').Page, timeout: number) => Promise<unknown>, timeout: number): Promise<number | null> {
  const page = await browser.newPage();
  try {
    // A background tab has its timers and frames throttled: measure the page in front.
    await page.bringToFront();
    const t0 = now();
    await page.goto(new URL(path, browser.url).toString());
    await ready(page, timeout);
    return now() - t0;
  } catch (e) {
    if (isTimeout(e)) return null;
    throw e;
  } finally {
    await page.close();
    await settle(browser.url);
  }
}

export async function measureFirstPaint(browser: BenchBrowser, reps: number, timeout: number): Promise<Figure> {
  const ours: number[] = [];
  const bare: number[] = [];
  let timedOut = false;
  for (let rep = 0; rep < reps && !timedOut; rep++) {
    const o = await timePage(
      browser,
      '#/',
      (page, t) => page.waitForFunction((text) => document.querySelector('[data-testid="dashboard"]')?.textContent?.includes(text) ?? false, DASHBOARD_DATA_TEXT, { timeout: t, polling: 'raf' }),
      timeout,
    );
    log(`ui_first_paint ${rep + 1}/${reps}: ${o === null ? `timed out after ${timeout} ms` : `${Math.round(o)} ms`}`);
    if (o === null) timedOut = true;
    else ours.push(o);
    const b = await timePage(browser, MINIMAL_PAINT, (page, t) => page.waitForSelector('#answer[data-ready]', { timeout: t }), timeout);
    if (b !== null) bare.push(b);
  }
  const shown = ours.length ? ` (tries before that showed it in ${ours.map((t) => `${(t / 1000).toFixed(1)} s`).join(', ')})` : '';
  const note = timedOut ? `${BASELINE}; the Dashboard showed no data within ${timeout / 1000} s${shown}` : BASELINE;
  return timeFigure('ui_first_paint', 1, timedOut || ours.length === 0 ? null : median(ours), bare.length ? median(bare) : null, note);
}
