// Replaying the paper log after the fact: an extension decided before the expiration but keyed
// only once its new expiration has passed. The desk previews it (documents received during the
// extension turn from late to timely, and a late-delivery notice already produced becomes wrong),
// asks for the written reason for recording it only now, and flags it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype, tabTo } from './support/keyboard';
import { record } from './support/seed';

let db: DeskBrowser;
screenshotOnFailure(() => db);
let lateNotice = 0;

beforeAll(async () => {
  db = await openDeskBrowser({
    // Two days after the expiration: the extension to 2003-03-31 18:00 ET has already passed too.
    start: et('2003-04-02 10:00:00'),
    seed: (desk) => {
      // A Notice received half an hour after 5:00 PM: late, until the extension is on record.
      lateNotice = record(desk, {
        employeeId: 'E0007',
        kind: 'notice',
        via: 'fax',
        receivedAt: '2003-03-31 17:30',
        receiptSource: 'fax-header',
        pages: 1,
        signedBy: 'Chloé Dubois',
        signerCapacity: 'holder',
      });
    },
  });
});
afterAll(async () => {
  await db?.close();
});

describe('an extension recorded after the fact', () => {
  it('is previewed with the documents it makes timely, needs a written reason for recording it only now, and is flagged', async () => {
    const { page } = db;
    expect(on(db.desk)('documents:rows', {}).find((r) => r.id === lateNotice)?.timely).toBe(false);
    await db.open('settings');
    await tabTo(page, page.getByRole('textbox', { name: 'New expiration' }));
    await retype(page, '3/31/2003 6:00 PM');
    await tabTo(page, page.getByRole('textbox', { name: 'Reason' }));
    await page.keyboard.type('The board extended the offer by one hour on the afternoon of March 31.');
    await tabTo(page, page.getByRole('textbox', { name: 'Decided at' }));
    await page.keyboard.type('2003-03-31 15:00');
    await tabTo(page, page.getByRole('textbox', { name: 'Announced at' }));
    await page.keyboard.type('2003-03-31 15:30');
    await page.getByRole('button', { name: 'Record extension…' }).click();

    const confirm = page.getByRole('dialog', { name: 'Extend the offer for every holder?' });
    await confirm.waitFor();
    // The desk's preview: the late Notice becomes the governing document.
    await confirm.getByTestId('extension-effect').getByText('Effect: 1 document becomes timely.').waitFor();
    expect(await confirm.getByTestId(`affected-${lateNotice}`).innerText()).toMatch(/Chloé Dubois[\s\S]*2003-03-31 17:30:00 ET[\s\S]*Late[\s\S]*Governing/);
    expect(await confirm.getByTestId('extension-warning').first().innerText()).toContain('Recorded after the fact');
    // Without the reason for recording it only now, nothing can be confirmed.
    const confirmButton = confirm.getByRole('button', { name: 'Record the extension' });
    expect(await confirmButton.isDisabled()).toBe(true);
    await confirm.getByRole('textbox', { name: 'Why it is recorded only now' }).fill('The board minutes reached the desk on April 2.');
    await db.shot('extension-after-the-fact');
    await confirmButton.click();
    await confirm.waitFor({ state: 'detached' });

    await page.getByRole('table', { name: 'Extensions' }).filter({ hasText: '2003-03-31 18:00:00 ET' }).waitFor();
    const [extension] = on(db.desk)('offer:get', {}).extensions;
    expect(extension).toMatchObject({
      toExpiresAt: '2003-03-31T23:00:00.000Z',
      decidedAt: '2003-03-31T20:00:00.000Z',
      announcedAt: '2003-03-31T20:30:00.000Z',
      afterTheFactReason: 'The board minutes reached the desk on April 2.',
      announcedLate: false,
    });
    expect(on(db.desk)('documents:rows', {}).find((r) => r.id === lateNotice)).toMatchObject({ timely: true, governing: true });
    expect(db.pageErrors).toEqual([]);
  });
});
