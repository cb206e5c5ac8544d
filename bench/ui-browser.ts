// The window in a real browser for the UI measures: the built renderer served by the browser
// harness over the bench desk's handler table (exactly as test/e2e/support/desk-browser.ts does),
// plus two minimal pages served by the same harness that make the same API calls with no
// framework at all; they are the UI baselines. Debian's Chromium through playwright-core.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startHarness, type Harness } from '../main/harness/server';
import { SHIM_PATH } from '../main/harness/shim';
import type { BenchDesk } from './desk';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const MINIMAL_PAINT = 'bench-paint.html';
export const MINIMAL_SEARCH = 'bench-search.html';

// The minimal first-paint page: one `dashboard:get`, its first figure written into the page.
const PAINT_JS = `
window.offerDesk.invoke('dashboard:get', {}).then((r) => {
  const el = document.getElementById('answer');
  el.textContent = r.ok ? 'Holders ' + r.value.holders : r.error.message;
  el.setAttribute('data-ready', '1');
});
`;

// The minimal search page: every input event asks \`holders:list\` for the first page and renders
// its rows into a plain table; a newer query's answer wins.
const SEARCH_JS = `
const q = document.getElementById('q');
const count = document.getElementById('count');
const body = document.getElementById('rows');
let latest = 0;
function cell(tr, text) { const td = document.createElement('td'); td.textContent = text; tr.appendChild(td); }
q.addEventListener('input', () => {
  const query = q.value.trim();
  const mine = ++latest;
  window.offerDesk.invoke('holders:list', { query, offset: 0, limit: 200 }).then((r) => {
    if (mine !== latest || !r.ok) return;
    const frag = document.createDocumentFragment();
    for (const row of r.value.rows) {
      const tr = document.createElement('tr');
      tr.setAttribute('aria-label', row.name + ', ' + row.employeeId + ', ' + row.state);
      for (const v of [row.employeeId, row.name, row.state, row.grants, row.sharesEligible, row.sharesTendered, row.documents, row.openDefects]) cell(tr, String(v));
      frag.appendChild(tr);
    }
    body.replaceChildren(frag);
    count.textContent = r.value.total + ' holders';
    count.setAttribute('data-query', query);
  });
});
`;

function page(title: string, bodyHtml: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>${title}</title><script src="${SHIM_PATH}"></script></head><body>${bodyHtml}<script src="${script}"></script></body></html>`;
}

export interface BenchBrowser {
  url: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openBenchBrowser(desk: BenchDesk, builtRenderer: string, workDir: string): Promise<BenchBrowser> {
  if (!existsSync(join(builtRenderer, 'index.html'))) throw new Error(`No built renderer in ${builtRenderer}: run npx electron-vite build`);
  // A copy, so a build running meanwhile cannot pull the page away, and so the minimal pages sit beside it.
  const rendererDir = join(workDir, 'renderer');
  rmSync(rendererDir, { recursive: true, force: true });
  cpSync(builtRenderer, rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, MINIMAL_PAINT), page('paint', '<div id="answer"></div>', 'bench-paint.js'));
  writeFileSync(join(rendererDir, 'bench-paint.js'), PAINT_JS);
  writeFileSync(join(rendererDir, MINIMAL_SEARCH), page('search', '<input id="q"><div id="count"></div><table><tbody id="rows"></tbody></table>', 'bench-search.js'));
  writeFileSync(join(rendererDir, 'bench-search.js'), SEARCH_JS);

  let harness: Harness | null = null;
  let context: BrowserContext | null = null;
  const profile = mkdtempSync(join(tmpdir(), 'offer-desk-bench-profile-'));
  try {
    harness = await startHarness({ rendererDir, table: desk.table, context: desk.ctx, clock: desk.opened.clock, testControls: false });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      timezoneId: 'America/New_York',
      locale: 'en-US',
    });
    const live = { harness, context };
    return {
      url: harness.url,
      newPage: () => live.context.newPage(),
      async close() {
        await live.context.close();
        await live.harness.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close();
    await harness?.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/** Whether an error is playwright's timeout (the screen never answered in time). */
export function isTimeout(e: unknown): boolean {
  return e instanceof Error && e.name === 'TimeoutError';
}
