// File › New offer… as the CFO's assistant would use it: from the keyboard, step by step, a typo in
// a date refused with the desk's own words, the Regulation 14E schedule shown beside the dates, a
// review page, and the new ledger created. Its letters then carry the NEW company and officer,
// never Alpha's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { pdfText, requirePoppler } from '../integration/letters-poppler';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype, tabTo } from './support/keyboard';

requirePoppler();

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-10 10:00:00') });
});
afterAll(async () => {
  await db?.close();
});

const ROSTER = [
  'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares',
  'B1,Henrietta Osei,h.osei@beta.example,"2 Oak Street, Boston MA",912-34-5678,G-1,2001,2001-05-07,12.5000,1000',
].join('\n');

describe('the new-offer wizard', () => {
  it('sets up Beta Widgets from the keyboard, refuses a typo in a date with a specific message, and its letters carry Beta and its officer, not Alpha', async () => {
    const { page } = db;
    await db.open('new-offer');
    const next = page.getByRole('button', { name: 'Next' });

    await tabTo(page, page.getByRole('textbox', { name: 'Company' }));
    await page.keyboard.type('Beta Widgets, Inc.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Maria Kowalska');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Treasurer');
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await tabTo(page, page.getByRole('textbox', { name: 'Address (one line per row)' }));
    await page.keyboard.type('1 Elm Street\nBoston MA 02110');
    await tabTo(page, page.getByRole('textbox', { name: 'Phone' }));
    await page.keyboard.type('(617) 555-0199');
    await tabTo(page, page.getByRole('textbox', { name: 'Fax' }));
    await page.keyboard.type('(617) 555-0100');
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    // A typo: February has no 31st. The desk names it, and Next does not go on.
    const commenced = page.getByRole('textbox', { name: 'Commencement date' });
    await tabTo(page, commenced);
    await page.keyboard.type('2003-02-31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2003-04-01 17:00');
    await page.keyboard.press('Tab');
    const typo = page.getByTestId('new-offer-step-3').getByText(/2003-02-31/);
    await typo.waitFor();
    const typoMessage = await typo.innerText();
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await page.getByText('Correct the fields marked above to go on.').waitFor();
    expect(await page.getByTestId('new-offer-step-3').isVisible()).toBe(true);

    await tabTo(page, commenced, 40, 'Shift+Tab');
    await retype(page, '2003-03-03');
    await page.keyboard.press('Tab');
    await typo.waitFor({ state: 'detached' });
    const schedule = page.getByRole('table', { name: 'Regulation 14E schedule' });
    await schedule.getByText('2003-03-29 00:00:00 ET').waitFor();
    const scheduleText = await schedule.innerText();
    expect(scheduleText).toMatch(/Earliest allowed expiration\s+2003-03-29 00:00:00 ET/);
    expect(scheduleText).toMatch(/Announce an extension by\s+2003-04-02 09:00:00 ET/);
    expect(scheduleText).toMatch(/Look-back from\s+2002-09-03/);
    await page.getByText('Blank: 2002-09-03, six months before commencement').waitFor();
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await tabTo(page, page.getByRole('textbox', { name: 'Plans (comma-separated)' }));
    await page.keyboard.type('2001, 1996');
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    await tabTo(page, page.getByRole('textbox', { name: 'Ratio new:old, line 1' }));
    await retype(page, '1:2');
    await page.getByTestId('new-grant-rule').filter({ hasText: 'the first business day on or after cancellation + 6 months + 1 day (for this expiration: 2003-10-03)' }).waitFor();
    await tabTo(page, next);
    await page.keyboard.press('Enter');

    const review = page.getByRole('table', { name: 'The new offer' });
    await review.waitFor();
    const reviewText = await review.innerText();
    expect(reviewText).toMatch(/Company\s+Beta Widgets, Inc\./);
    expect(reviewText).toMatch(/Exchange ratios\s+1 new for 2 old, fractions of a share rounded down/);
    await db.shot('new-offer-wizard', { alsoDocs: true, height: 1100 });

    await tabTo(page, page.getByRole('button', { name: 'Create the offer ledger…' }));
    await page.keyboard.press('Enter');
    await page.getByText('Beta Widgets, Inc. · Offer to Exchange Options').waitFor();

    // A document on the new offer, and its confirmation letter.
    const call = on(db.desk);
    expect(call('offer:get', {}).settings).toMatchObject({ company: 'Beta Widgets, Inc.', cfoName: 'Maria Kowalska', fax: '(617) 555-0100' });
    expect(call('terms:get', {}).ratios).toEqual([{ plan: null, priceFrom: null, priceBelow: null, ratio: '1:2' }]);
    call('roster:import', { base64: Buffer.from(ROSTER, 'utf8').toString('base64') });
    const doc = call('intake:record', { draft: { employeeId: 'B1', kind: 'election', via: 'fax', receivedAt: '2003-03-10 09:30', tenders: [{ grantId: 'G-1', shares: 1000 }] } });
    const letter = call('letters:preview', { documentId: doc.document.id });
    const text = pdfText(Buffer.from(letter.base64, 'base64'));
    expect(text).toContain('Beta Widgets, Inc.');
    expect(text).toContain('Maria Kowalska');
    for (const alpha of ['Alpha Technologies', 'Polakiewicz', 'Pelham']) expect(text).not.toContain(alpha);
    expect(typoMessage.length).toBeGreaterThan(10);
    expect(db.pageErrors).toEqual([]);
    // A whole offer typed key by key on a shared two-core machine: more than the default 30 s.
  }, 120_000);
});
