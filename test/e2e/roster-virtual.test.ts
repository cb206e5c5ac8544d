// A roster of 100,000 holders stays a small page: only the rows in view are in the DOM, pages are
// fetched as the list scrolls, and search runs on the desk, not in the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../main/services/holders';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { bigRosterCsv } from './support/seed';

const DEMO_HOLDERS = 50;
const TOTAL = 100_000;
let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-24 09:00:00'),
    seed: (desk) => {
      importRoster(desk.parts, bigRosterCsv(TOTAL - DEMO_HOLDERS));
    },
  });
}, 180_000);
afterAll(async () => {
  await db?.close();
});

const rowsInDom = () => db.page.locator('[data-testid="roster-scroll"] tbody tr').count();

describe('the roster with 100,000 holders', () => {
  it('renders only a window of rows, at the top and at the very bottom', async () => {
    const { page } = db;
    await db.open('roster');
    await page.getByTestId('roster-count').filter({ hasText: '100,000 holders' }).waitFor({ timeout: 30_000 });
    await page.getByRole('row', { name: /Margaret Ellison, E0001/ }).waitFor();
    expect(await rowsInDom()).toBeLessThan(80);

    await page.getByTestId('roster-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = `H${String(TOTAL - DEMO_HOLDERS).padStart(6, '0')}`;
    await page.getByRole('row', { name: new RegExp(`Holder ${last.slice(1)}, ${last}`) }).waitFor();
    expect(await rowsInDom()).toBeLessThan(80);
  });

  it('moves with the arrow keys and opens a holder with Enter', async () => {
    const { page } = db;
    await page.getByTestId('roster-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    const first = page.getByRole('row', { name: /Margaret Ellison, E0001/ });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = page.getByRole('row', { name: /Patrick O'Brien, E0002/ });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith("Patrick O'Brien") === true);
    expect(await second.getAttribute('data-index')).toBe('1');
    await page.keyboard.press('Enter');
    await page.getByTestId('holder').getByRole('heading', { name: "Patrick O'Brien" }).waitFor();
  });

  it('finds one holder among 100,000 as you type', async () => {
    const { page } = db;
    await db.open('roster');
    await page.getByRole('textbox', { name: /^Search by name/ }).pressSequentially('H050000');
    await page.getByTestId('roster-count').filter({ hasText: /^1 holder$/ }).waitFor();
    await page.getByRole('row', { name: /Holder 050000, H050000/ }).waitFor();
    expect(db.pageErrors).toEqual([]);
  });
});
