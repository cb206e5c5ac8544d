// Intake locks the instant the offer expires (5:00 PM ET), on its own, while the form is open:
// no reload, no click. After that only the flagged late-keying path remains, with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { pickOption, retype, tabTo } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-31 16:30:00') });
});
afterAll(async () => {
  await db?.close();
});

describe('the intake lock at expiration', () => {
  it('locks the open form within about a second of 5:00:00 PM ET, without a reload', async () => {
    const { page } = db;
    await db.open('intake');
    await tabTo(page, page.getByRole('combobox', { name: 'Holder' }));
    await pickOption(page, 'Sørensen', /Ingrid Sørensen · E0018/);
    await page.getByTestId('intake-state').filter({ hasText: 'Intake open' }).waitFor();
    const form = page.getByTestId('intake-form');
    expect(await form.getAttribute('data-locked')).toBe('false');

    await db.setClock(et('2003-03-31 16:59:58'));
    await page.getByText(/closes in 0d 00:00:0[0-2]/).waitFor();
    const crossed = Date.now();
    await page.getByTestId('intake-locked').waitFor({ timeout: 5000 });
    const lockedAfterMs = Date.now() - crossed;

    expect(await form.getAttribute('data-locked')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Holder' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^Save/ }).isDisabled()).toBe(true);
    expect(await page.getByTestId('intake-state').innerText()).toMatch(/Intake locked/i);
    expect(await page.getByTestId('intake-locked').innerText()).toContain('2003-03-31 17:00:00 ET');
    // Two seconds of desk time at most, plus one poll; generous for a slow machine, not a sleep.
    expect(lockedAfterMs).toBeLessThan(4000);
    await db.shot('intake-locked', { alsoDocs: true });
  });

  it('offers only the flagged late-keying path, and it needs a written reason', async () => {
    const { page } = db;
    await page.getByRole('button', { name: /Log paper received before the expiration/ }).click();
    expect(await page.getByTestId('intake-form').getAttribute('data-locked')).toBe('false');

    await tabTo(page, page.getByRole('combobox', { name: 'Holder' }));
    await pickOption(page, 'E0018', /Ingrid Sørensen · E0018/);
    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    await retype(page, '2003-03-31 16:59:30');
    await page.keyboard.press('Alt+A');
    const save = page.getByRole('button', { name: 'Save, flagged as keyed after expiration' });
    expect(await save.isDisabled()).toBe(true);
    // The desk says why it cannot be saved yet, in its own words.
    await page.getByTestId('intake-blocking').filter({ hasText: 'only with a written reason' }).waitFor();

    await tabTo(page, page.getByRole('textbox', { name: 'Reason for keying after the expiration' }));
    await page.keyboard.type('Fax arrived 16:59:30 per header; the operator was at the copier and keyed it at 17:02.');
    const preview = page.locator('[data-testid="intake-preview"][data-current="true"]');
    await preview.getByText('Timely').waitFor();
    await save.click();
    await page.getByTestId('intake-recorded').waitFor();

    await db.open('holder/E0018');
    await page.getByTestId('election-state').filter({ hasText: 'Tendered every eligible option' }).waitFor();
    const doc = page.getByTestId('document-1');
    expect(await doc.innerText()).toContain('Keyed after expiration');
    expect(await doc.innerText()).toContain('Late-keying reason: Fax arrived 16:59:30');
  });

  it('a Notice received one second after 5:00 PM ET is logged as late and changes nothing', async () => {
    const { page } = db;
    await db.open('intake?holder=E0018');
    await page.getByRole('button', { name: /Log paper received before the expiration/ }).click();
    await page.getByRole('combobox', { name: 'Holder' }).and(page.locator('[value*="E0018"]')).waitFor();
    await tabTo(page, page.getByRole('radio', { name: 'Election Form' }));
    await page.keyboard.press('ArrowRight');
    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    await retype(page, '2003-03-31 17:00:01');
    // A late arrival needs no reason: it is logged and changes nothing.
    await page.getByText('Received after the expiration: it will be logged as late').waitFor();
    expect(await page.getByRole('textbox', { name: 'Reason for keying after the expiration' }).count()).toBe(0);
    const preview = page.locator('[data-testid="intake-preview"][data-current="true"]');
    await preview.getByText('Late: no effect').waitFor();
    expect(await preview.getByTestId('preview-after-state').innerText()).toBe('Tendered all');
    await page.getByRole('button', { name: 'Save, flagged as keyed after expiration' }).click();
    await page.getByTestId('intake-recorded').waitFor();

    await db.open('holder/E0018');
    await page.getByTestId('document-2').waitFor();
    expect(await page.getByTestId('document-2').getAttribute('data-standing')).toBe('late');
    await page.getByTestId('election-state').filter({ hasText: 'Tendered every eligible option' }).waitFor();
    expect(db.pageErrors).toEqual([]);
  });
});
