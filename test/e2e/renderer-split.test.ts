// The window's first paint does not wait for the code of screens not shown: opening on the
// Dashboard loads the Dashboard's chunk and no other screen's (nor pdf.js); another screen's code
// arrives when that screen is first opened, with a loading state meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOperatorPrompt, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: '2003-03-24T09:00:00-05:00' });
});
afterAll(async () => db?.close());

describe('the renderer, split per screen', () => {
  it('shows the Dashboard having loaded only its own screen code, and loads the Intake screen when opened', async () => {
    const page = await db.page.context().newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\.m?js$/.test(path)) scripts.push(path.slice(path.lastIndexOf('/') + 1));
    });
    await page.goto(db.url);
    await answerOperatorPrompt(page, 'e2e');
    await page.getByTestId('dashboard').getByText('Governing documents').first().waitFor();
    const screens = (list: string[]) => list.filter((s) => /Screen-/.test(s)).map((s) => s.replace(/-[\w-]+\.js$/, ''));
    expect(screens(scripts)).toEqual(['DashboardScreen']);
    expect(scripts.filter((s) => /^pdf[.-]/.test(s))).toEqual([]);

    await Promise.all([page.waitForRequest(/IntakeScreen-[\w-]+\.js$/), page.goto(`${db.url}#/intake`)]);
    expect(screens(scripts)).toContain('IntakeScreen');
    await page.close();
    expect(db.pageErrors).toEqual([]);
  });
});
