// Live screens without polling: the window watches one cheap signal (the audit head, `changes:get`)
// and refetches only what a change touched. The desk shows paper recorded by another process on
// the same ledger without a reload, shows a slow answer when it comes instead of throwing it away,
// and asks nothing but the signal while nothing changes.
import { execFile } from 'node:child_process';
import { on } from '../support/desk-call';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, REPO, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { record } from './support/seed';

const run = promisify(execFile);
let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-28 11:00:00') });
});
afterAll(async () => {
  await db?.close();
});

const tile = (label: string, value: number) => db.page.getByRole('listitem', { name: `${label}: ${value}` });

/** Runs the `offer-desk` command as its own process, as a second operator at another desk would. */
async function cli(...args: string[]): Promise<void> {
  await run(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO, 'main', 'cli', 'main.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, OFFER_DESK_KEY_FILE: '' },
    timeout: 60_000,
  });
}

describe('the dashboard without polling', () => {
  it('shows a document another process records on the same ledger, without a reload', async () => {
    const { page } = db;
    await db.open('dashboard');
    const governing = on(db.desk)('dashboard:get', {}).documentsByStanding.governing;
    await tile('Governing documents', governing).waitFor();
    const ledger = db.desk.ledger.info().path;
    const grant = on(db.desk)('holders:get', { employeeId: 'E0007' }).grants[0]?.grantId ?? '';
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));

    await cli('log', ledger, '--employee', 'E0007', '--kind', 'election', '--via', 'fax', '--received', '2003-03-27 10:15', '--tender', grant, '--reason', 'Keyed from the CLI at the second desk.', '--operator', 'second desk');
    const written = Date.now();
    await tile('Governing documents', governing + 1).waitFor({ timeout: 10_000 });
    const shownAfterMs = Date.now() - written;

    expect(navigations).toEqual([]);
    // One tick of the watcher (a second) and a refetch; generous for a busy machine, not a sleep.
    expect(shownAfterMs).toBeLessThan(5000);
    console.log(`CLI write -> dashboard shows it: ${shownAfterMs} ms`);
  });

  it('asks only the changes signal while nothing changes (dashboard, confirmations queue, a holder)', async () => {
    const { page } = db;
    const screens = [
      { hash: 'dashboard', ready: () => tile('Holders', on(db.desk)('dashboard:get', {}).holders) },
      { hash: 'confirmations', ready: () => page.getByTestId('confirmations') },
      { hash: 'holder/E0007', ready: () => page.getByRole('heading', { name: on(db.desk)('holders:get', { employeeId: 'E0007' }).holder.name }) },
    ];
    for (const screen of screens) {
      await db.open(screen.hash);
      await screen.ready().waitFor();
      // Let the screen's first answers settle, then listen for three seconds.
      await page.waitForTimeout(1000);
      const from = db.calls.length;
      await page.waitForTimeout(3000);
      const asked = db.calls.slice(from).map((c) => c.channel);
      expect(new Set(asked), screen.hash).toEqual(new Set(['changes:get']));
      // About one a second; never a screen's own poll.
      expect(asked.length, screen.hash).toBeGreaterThanOrEqual(2);
      expect(asked.length, screen.hash).toBeLessThanOrEqual(6);
      console.log(`${screen.hash} idle: ${asked.length} calls in 3 s, all changes:get`);
    }
  }, 60_000);

  it('shows an answer that takes eight seconds when it comes, with a loading state meanwhile, and then the change that came in during it', async () => {
    const { page } = db;
    const before = on(db.desk)('dashboard:get', {}).documentsByStanding.governing;
    db.slowDown('dashboard:get', 8000);
    try {
      const asked = Date.now();
      // A fresh window: nothing cached, the first answer is the slow one.
      await page.goto(`${db.url}#/dashboard`);
      await page.reload();
      const loading = page.getByTestId('answer-loading');
      await loading.waitFor();
      expect(await loading.getAttribute('aria-busy')).toBe('true');
      expect(await loading.innerText()).toMatch(/Loading/);

      await expect.poll(() => db.calls.some((c) => c.channel === 'dashboard:get' && c.at >= asked)).toBe(true);
      // Paper arrives (keyed as this window's operator, through the same handlers) while the slow
      // answer is on its way: that answer is still shown...
      const grant = on(db.desk)('holders:get', { employeeId: 'E0011' }).grants[0]?.grantId ?? '';
      record(db.desk, { employeeId: 'E0011', kind: 'election', via: 'hand', receivedAt: '2003-03-27T11:00:00-05:00', receiptSource: 'desk-stamp', tenders: [{ grantId: grant, shares: 1 }], lateKeyingReason: 'Keyed late.' });
      await tile('Governing documents', before).waitFor({ timeout: 20_000 });
      expect(Date.now() - asked).toBeGreaterThanOrEqual(7000);
      // ...and then refetched, because it may predate the paper.
      await tile('Governing documents', before + 1).waitFor({ timeout: 20_000 });
    } finally {
      db.slowDown('dashboard:get', 0);
    }
    expect(db.pageErrors).toEqual([]);
  }, 60_000);
});
