// Every control on every screen has an accessible name (a screen reader, and a keyboard user
// hunting for a field, can tell what it is), and every screen is reachable from the nav by keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { unnamedControls } from './support/aria';
import { tabTo } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-24 09:00:00') });
});
afterAll(async () => {
  await db?.close();
});

/** The controls on the page that have no accessible name (none, we expect). */
const unnamed = () => unnamedControls(db.page);

const SCREENS = ['dashboard', 'roster', 'holder/E0003', 'intake', 'defects', 'confirmations', 'confirmations/history', 'settings'];

describe('accessible names', () => {
  it.each(SCREENS)('every control on %s has a name', async (screen) => {
    await db.open(screen);
    await db.page.waitForLoadState('networkidle');
    expect(await unnamed()).toEqual([]);
  });

  it('the waiver dialog names its controls too', async () => {
    await db.open('defects');
    await db.page.getByRole('button', { name: 'Grant an offer-wide waiver…' }).click();
    await db.page.getByRole('dialog').waitFor();
    expect(await unnamed()).toEqual([]);
  });

  it('reaches each screen from the nav with Tab and Enter', async () => {
    const { page } = db;
    await db.open('dashboard');
    for (const [label, testId] of [
      ['Roster', 'roster'],
      ['Intake', 'intake'],
      ['Defects & waivers', 'defects'],
      ['Confirmations', 'confirmations'],
      ['Settings', 'settings'],
      ['Dashboard', 'dashboard'],
    ] as const) {
      await tabTo(page, page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: new RegExp(`^${label}`) }));
      await page.keyboard.press('Enter');
      await page.getByTestId(testId).waitFor();
    }
    expect(db.pageErrors).toEqual([]);
  });
});
