// The offer's own record: an extension decided after the announcement limit (recorded, with the
// desk's warning, and intake reopens until the new Eastern deadline in daylight time), the
// letterhead, the audit chain check, and importing more of the eligibility roster.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { on } from '../support/desk-call';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype, tabTo } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  // The morning after the expiration, past the 9:00 a.m. ET announcement limit.
  db = await openDeskBrowser({ start: et('2003-04-01 10:00:00') });
});
afterAll(async () => {
  await db?.close();
});

describe('settings', () => {
  it('a year typo cannot extend the offer unseen: the confirmation restates old and new expiration and how many days later (a year typo: 380), and Cancel records nothing', async () => {
    const { page } = db;
    await db.open('settings');
    await tabTo(page, page.getByRole('textbox', { name: 'New expiration' }));
    await retype(page, '2004-04-14 17:00:00');
    await tabTo(page, page.getByRole('textbox', { name: 'Reason' }));
    await page.keyboard.type('Board approved an extension.');
    await page.getByRole('button', { name: 'Record extension…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Extend the offer for every holder?' });
    await confirm.waitFor();
    const table = await confirm.getByTestId('extension-confirm').innerText();
    expect(table).toMatch(/Expires now\s+2003-03-31 17:00:00 ET\s+2003-03-31 14:00:00 PST/);
    expect(table).toMatch(/New expiration\s+2004-04-14 17:00:00 ET\s+2004-04-14 14:00:00 PDT/);
    expect(await confirm.getByTestId('extension-days').innerText()).toContain('380 days later');
    await confirm.getByText('Check the date').waitFor();
    await db.shot('extension-confirm');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(on(db.desk)('offer:get', {}).extensions).toEqual([]);
    await page.getByRole('textbox', { name: 'Reason' }).fill('');
  });

  it('records an extension into daylight time, warns that it was announced late, and reopens intake', async () => {
    const { page } = db;
    await db.open('settings');
    await page.getByTestId('intake-state').filter({ hasText: 'Intake locked' }).waitFor();

    await tabTo(page, page.getByRole('textbox', { name: 'New expiration' }));
    await retype(page, '2003-04-14 17:00:00');
    await page.keyboard.press('Escape');
    // 17:00 Eastern on April 14, 2003 is daylight time: 21:00 UTC, 14:00 in Los Angeles.
    await page.getByText('= 2003-04-14 17:00:00 ET · your time 2003-04-14 14:00:00 PDT').waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'Reason' }));
    await page.keyboard.type('Board approved a two-week extension to allow holders on leave to respond.');
    await page.getByRole('button', { name: 'Record extension…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Extend the offer for every holder?' });
    expect(await confirm.getByTestId('extension-days').innerText()).toContain('14 days later');
    expect(on(db.desk)('offer:get', {}).extensions).toEqual([]);
    await confirm.getByRole('button', { name: 'Record the extension' }).click();

    await page.getByRole('alert').filter({ hasText: 'Recorded after the announcement limit' }).waitFor();
    const history = page.getByRole('table', { name: 'Extensions' });
    await history.waitFor();
    expect(await history.innerText()).toContain('2003-04-14 17:00:00 ET');
    await page.getByTestId('intake-state').filter({ hasText: 'Intake open' }).waitFor();
    expect(await page.getByRole('table', { name: 'Offer schedule' }).innerText()).toMatch(/Expiration in force\s+2003-04-14 17:00:00 ET/);
    await db.shot('settings', { height: 1250 });
  });

  it('verifies the ledger and saves the letterhead', async () => {
    const { page } = db;
    await page.getByRole('button', { name: 'Verify ledger' }).click();
    await page.getByTestId('verify-report').filter({ hasText: 'Ledger verified' }).waitFor();

    const phone = page.getByRole('textbox', { name: 'Phone' });
    await phone.fill('(603) 635-5199');
    await page.getByRole('button', { name: 'Save offer details' }).click();
    await page.getByText('Offer details saved').waitFor();
    expect(on(db.desk)('offer:get', {}).settings.phone).toBe('(603) 635-5199');
  });

  it('imports more holders from a roster file chosen with the file picker', async () => {
    const { page } = db;
    const dir = mkdtempSync(join(tmpdir(), 'offer-desk-roster-'));
    const csv = join(dir, 'late-additions.csv');
    writeFileSync(
      csv,
      'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares\n' +
        'E0901,Marguerite Okafor,m.okafor@alpha-demo.example,"4 Elm Street, Pelham NH 03076",911-22-3344,G-901,1994,2001-05-07,7.4400,3000\n',
    );
    await page.locator('input[type="file"]').setInputFiles(csv);
    await page.getByRole('button', { name: 'Import roster' }).click();
    await page.getByText(/Roster imported/).waitFor();

    await db.open('roster');
    await page.getByRole('textbox', { name: /^Search by name/ }).fill('Okafor');
    await page.getByRole('row', { name: /Marguerite Okafor, E0901/ }).waitFor();
    expect(db.pageErrors).toEqual([]);
  });

  it('a roster saved by Excel as Windows "CSV" (cp1252) is refused with "save it as CSV UTF-8"; the same file as UTF-8 keeps its accents', async () => {
    const { page } = db;
    await db.open('settings');
    const dir = mkdtempSync(join(tmpdir(), 'offer-desk-roster-'));
    const rows =
      'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares\n' +
      'E0902,Renée Brûlé,r.brule@alpha-demo.example,"9 Rue Saint-Denis, Montréal",911-22-7788,G-902,1994,2001-05-07,7.4400,3000\n';
    const cp1252 = join(dir, 'excel.csv');
    writeFileSync(cp1252, Buffer.from(rows, 'latin1'));
    await page.locator('input[type="file"]').setInputFiles(cp1252);
    await page.getByRole('button', { name: 'Import roster' }).click();
    await page.getByText(/save it as CSV UTF-8/).waitFor();
    expect(on(db.desk)('holders:list', { query: 'E0902', filter: 'all', offset: 0, limit: 10 }).total).toBe(0);

    const utf8 = join(dir, 'excel-utf8.csv');
    writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')]));
    await page.locator('input[type="file"]').setInputFiles(utf8);
    await page.getByRole('button', { name: 'Import roster' }).click();
    // An earlier import's "Roster imported" notice may still be on screen: wait for the desk itself.
    await expect.poll(() => on(db.desk)('holders:list', { query: 'E0902', filter: 'all', offset: 0, limit: 10 }).total, { timeout: 30_000 }).toBe(1);
    expect(on(db.desk)('holders:get', { employeeId: 'E0902' }).holder.name).toBe('Renée Brûlé');
    expect(db.pageErrors).toEqual([]);
  });
});
