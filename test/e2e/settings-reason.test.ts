// Once paper has been answered under the offer's details, Settings changes them only with a written
// reason: without one the desk refuses in plain words and nothing changes; with one the change is
// saved and the reason shows in the offer's history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { tabTo } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-20 10:00:00'),
    seed: (desk) => {
      const first = on(desk)('holders:list', { query: '', filter: 'all', offset: 0, limit: 1 }).rows[0];
      if (!first) throw new Error('the demo roster is empty');
      const holder = on(desk)('holders:get', { employeeId: first.employeeId });
      const grant = holder.grants[0];
      if (!grant) throw new Error('the first holder has no grant');
      on(desk)('intake:record', { draft: { employeeId: first.employeeId, kind: 'election', via: 'fax', receivedAt: '2003-03-20 09:00', tenders: [{ grantId: grant.grantId, shares: grant.shares }] } });
    },
  });
});
afterAll(async () => {
  await db?.close();
});

describe('settings after the first document', () => {
  it('a change without a reason is refused and changes nothing; with a reason it is saved and the reason shows in the history', async () => {
    const { page } = db;
    await db.open('settings');
    const fax = page.getByRole('textbox', { name: 'Fax' });
    await tabTo(page, fax);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('(603) 635-0000');
    await page.getByRole('button', { name: 'Save offer details' }).click();
    await page.getByRole('alert').filter({ hasText: 'so a change needs a written reason' }).waitFor();
    expect(on(db.desk)('offer:get', {}).settings.fax).toBe('(603) 635-5260');

    await tabTo(page, page.getByRole('textbox', { name: 'Why the offer details change' }));
    await page.keyboard.type('The fax line moved to the finance office.');
    await page.getByRole('button', { name: 'Save offer details' }).click();
    await page.getByText('Offer details saved').waitFor();
    expect(on(db.desk)('offer:get', {}).settings.fax).toBe('(603) 635-0000');
    const history = page.getByRole('table', { name: 'Offer details history' });
    await history.getByText('The fax line moved to the finance office.').waitFor();
    expect(await history.innerText()).toMatch(/fax\s+The fax line moved to the finance office\./);
    expect(db.pageErrors).toEqual([]);
  }, 60_000);

  it('the exchange terms are shown and changed the same way: refused without a reason, recorded with one', async () => {
    const { page } = db;
    await page.getByTestId('terms-in-force').filter({ hasText: '1 new for 1 old, fractions of a share rounded down' }).waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'Ratio new:old, line 1' }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1:2');
    await page.getByRole('button', { name: 'Save exchange terms' }).click();
    await page.getByRole('alert').filter({ hasText: "under the offer's exchange terms, so a change needs a written reason" }).waitFor();
    expect(on(db.desk)('terms:get', {}).ratios[0]?.ratio).toBe('1:1');

    await tabTo(page, page.getByRole('textbox', { name: 'Why the exchange terms change' }));
    await page.keyboard.type('Board resolution: one new for two old.');
    await page.getByRole('button', { name: 'Save exchange terms' }).click();
    await page.getByTestId('terms-in-force').filter({ hasText: '1 new for 2 old' }).waitFor();
    expect(on(db.desk)('terms:get', {}).ratios[0]?.ratio).toBe('1:2');
    await page.getByRole('table', { name: 'Offer details history' }).getByText('Board resolution: one new for two old.').waitFor();
    expect(db.pageErrors).toEqual([]);
  }, 60_000);
});
