// ui_search_keystroke: on the Roster screen with a search already shown, one more character typed
// until the filtered list is on screen (its count and its first row; the screen's debounce is part
// of what the operator waits for), vs the minimal page making the same `holders:list` call on each
// input event and rendering the rows into a plain table.
import type { Locator, Page } from 'playwright-core';
import type { BenchBrowser } from './ui-browser';
import { isTimeout, MINIMAL_SEARCH } from './ui-browser';
import type { BenchDesk } from './desk';
import { settle } from './ui-settle';
import { log, median, now, timeFigure, type Figure } from './stats';

const BASELINE = 'minimal page, same harness: holders:list on input, 200 rows rendered';
/** "Ma" (many holders) and then "r": the list narrows to Mar… (Margaret, Martin, Marsh, Martínez…). */
const QUERY = 'Ma';
const NEXT = 'r';
const SEARCH_LABEL = 'Search by name, employee ID, grant ID or ID last four';

interface Expected {
  countText: string;
  firstId: string;
  bareCount: string;
}

function expect(desk: BenchDesk, query: string): Expected {
  const page = desk.call('holders:list', { query, offset: 0, limit: 1 });
  return {
    countText: `${new Intl.NumberFormat('en-US').format(page.total)} ${page.total === 1 ? 'holder' : 'holders'}`,
    firstId: page.rows[0]?.employeeId ?? '',
    bareCount: `${page.total} holders`,
  };
}

function rosterShows(page: Page, e: Expected, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    ({ countText, firstId }) => {
      const count = document.querySelector('[data-testid="roster-count"]')?.textContent?.trim();
      const first = document.querySelector('tr.roster-row[data-index="0"]')?.getAttribute('aria-label') ?? '';
      return count === countText && (firstId === '' || first.includes(`, ${firstId},`));
    },
    e,
    { timeout, polling: 'raf' },
  );
}

function minimalShows(page: Page, query: string, e: Expected, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    ({ q, text }) => {
      const c = document.getElementById('count');
      return c?.getAttribute('data-query') === q && c.textContent === text;
    },
    { q: query, text: e.bareCount },
    { timeout, polling: 'raf' },
  );
}

interface Side {
  page: Page;
  box: Locator;
  shows: (query: string, e: Expected) => Promise<unknown>;
}

async function openSide(browser: BenchBrowser, path: string, box: (page: Page) => Locator, shows: (page: Page, query: string, e: Expected) => Promise<unknown>): Promise<Side> {
  const page = await browser.newPage();
  await page.goto(new URL(path, browser.url).toString());
  return { page, box: box(page), shows: (q, e) => shows(page, q, e) };
}

/** One keystroke on one side: back to the first query (shown), then one more character, timed until shown. */
async function keystroke(side: Side, before: Expected, after: Expected): Promise<number | null> {
  try {
    // Both pages share one browser: a tab in the background has its timers and frames throttled.
    await side.page.bringToFront();
    await side.box.fill(QUERY);
    await side.shows(QUERY, before);
    const t0 = now();
    await side.box.press(NEXT);
    await side.shows(QUERY + NEXT, after);
    return now() - t0;
  } catch (e) {
    if (isTimeout(e)) return null;
    throw e;
  }
}

export async function measureSearch(browser: BenchBrowser, desk: BenchDesk, reps: number, timeout: number): Promise<Figure> {
  const before = expect(desk, QUERY);
  const after = expect(desk, QUERY + NEXT);
  const ours: number[] = [];
  const bare: number[] = [];
  let timedOut = false;
  const roster = await openSide(browser, '#/roster', (p) => p.getByLabel(SEARCH_LABEL), (p, _q, e) => rosterShows(p, e, timeout));
  const minimal = await openSide(browser, MINIMAL_SEARCH, (p) => p.locator('#q'), (p, q, e) => minimalShows(p, q, e, timeout));
  try {
    for (let rep = 0; rep < reps && !timedOut; rep++) {
      const o = await keystroke(roster, before, after);
      log(`ui_search_keystroke ${rep + 1}/${reps}: ${o === null ? `timed out after ${timeout} ms` : `${Math.round(o)} ms`}`);
      if (o === null) timedOut = true;
      else ours.push(o);
      const b = await keystroke(minimal, before, after);
      if (b !== null) bare.push(b);
    }
  } finally {
    await roster.page.close();
    await minimal.page.close();
    await settle(browser.url);
  }
  const note = timedOut ? `${BASELINE}; the Roster showed no filtered list within ${timeout / 1000} s` : BASELINE;
  return timeFigure('ui_search_keystroke', 1, timedOut || ours.length === 0 ? null : median(ours), bare.length ? median(bare) : null, note);
}
