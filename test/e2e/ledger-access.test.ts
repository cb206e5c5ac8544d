// A damaged ledger in the window: a banner on every screen says it is open for reading only and
// why, the screens still show the record, and the controls that would record something are greyed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { garbleTable } from '../integration/damage-helpers';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-24 16:00:00'), alterLedger: (path) => garbleTable(path, 'attachments') });
});
afterAll(async () => {
  await db?.close();
});

describe('a damaged ledger in the window', () => {
  it('every screen shows the banner: damaged, open for reading only, never written to', async () => {
    const { page } = db;
    for (const screen of ['dashboard', 'roster', 'confirmations', 'settings']) {
      await db.open(screen);
      const banner = page.getByTestId('ledger-access-banner');
      await banner.waitFor();
      expect(await banner.getAttribute('data-ledger-access')).toBe('ledger-damaged');
      expect(await banner.textContent()).toContain('is damaged');
      expect(await banner.textContent()).toContain('open for reading only and will not be written to');
    }
  });

  it('the controls that would record something are greyed out', async () => {
    const { page } = db;
    await db.open('defects');
    expect(await page.getByRole('button', { name: 'Grant an offer-wide waiver…' }).isDisabled()).toBe(true);
    await db.open('settings');
    expect(await page.getByRole('button', { name: 'Import roster' }).isDisabled()).toBe(true);
    expect(db.pageErrors).toEqual([]);
  });
});
