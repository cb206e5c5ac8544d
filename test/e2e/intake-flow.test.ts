// The desk's everyday path, by keyboard: a faxed Election Form, a hand-delivered Notice, a new
// Election Form for one grant — and the holder's election following the latest timely paper.
// (Worked example 1 of the domain notes, with holder E0032's two grants as A and B.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { pickOption, retype, shiftTabTo, tabTo } from './support/keyboard';
import { scanPng } from './support/scan';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-31 16:00:00') });
});
afterAll(async () => {
  await db?.close();
});

async function startDocument(holderTyped: string, holder: RegExp): Promise<void> {
  const { page } = db;
  const picker = page.getByRole('combobox', { name: 'Holder' });
  await tabTo(page, picker);
  await pickOption(page, holderTyped, holder);
}

async function typeReceivedAt(wallClock: string): Promise<void> {
  const { page } = db;
  await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
  await retype(page, wallClock);
  await page.keyboard.press('Escape');
  await page.getByTestId('time-readback').filter({ hasText: `= ${wallClock} ET` }).waitFor();
}

async function saveAndWait(): Promise<string> {
  const { page } = db;
  // The panel of the previous save may still be on screen: wait for a *new* one, not any one.
  const previous = await page.evaluate(() => document.querySelector('[data-testid="intake-recorded"]')?.textContent ?? null);
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.waitForFunction((prev) => {
    const text = document.querySelector('[data-testid="intake-recorded"]')?.textContent ?? null;
    return text !== null && text !== prev;
  }, previous);
  return page.getByTestId('intake-recorded').innerText();
}

describe('logging paper at the desk', () => {
  it('a faxed Election Form tendering both grants makes the holder tender all', async () => {
    const { page } = db;
    await db.open('intake');
    await startDocument('Kapoor', /Rajesh Kapoor · E0032/);
    await typeReceivedAt('2003-03-20 10:00:00');
    // The form starts with nothing tendered (as the CLI); the paper says every grant in full.
    expect(await page.getByRole('textbox', { name: 'Shares of grant G-172 tendered' }).inputValue()).toBe('0');
    await page.keyboard.press('Alt+A');
    expect(await page.getByRole('textbox', { name: 'Shares of grant G-172 tendered' }).inputValue()).toBe('4,250');
    await tabTo(page, page.getByRole('textbox', { name: "Sender's fax" }));
    await page.keyboard.type('(603) 555-0132');
    // The scan of the faxed pages (choosing a file is the one step the OS dialog does).
    await page.locator('input[type="file"]').setInputFiles({ name: 'kapoor-election-fax.png', mimeType: 'image/png', buffer: scanPng() });
    await page.getByRole('button', { name: 'Attachments (optional)' }).filter({ hasText: 'kapoor-election-fax.png' }).waitFor();

    const preview = page.locator('[data-testid="intake-preview"][data-current="true"]');
    await preview.getByText('Timely').waitFor();
    await preview.getByTestId('preview-after-state').filter({ hasText: 'Tendered all' }).waitFor();
    await db.shot('intake', { alsoDocs: true, height: 1000 });

    const recorded = await saveAndWait();
    expect(recorded).toContain('Recorded as document #1');
    expect(recorded).toContain('Tendered all');
  });

  it('a hand-delivered Notice withdraws everything', async () => {
    const { page } = db;
    await page.getByTestId('intake-recorded').waitFor();
    await startDocument('E0032', /Rajesh Kapoor · E0032/);
    // Document kind and delivery are radio groups above the receipt time: arrow keys choose.
    await shiftTabTo(page, page.getByRole('radio', { name: 'Election Form' }));
    await page.keyboard.press('ArrowRight');
    await tabTo(page, page.getByRole('radio', { name: 'Fax' }));
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Hand delivery' }).isChecked()).toBe(true);
    await typeReceivedAt('2003-03-27 15:00:00');
    await page.locator('[data-testid="intake-preview"][data-current="true"]').getByTestId('preview-after-state').filter({ hasText: 'None tendered' }).waitFor();

    const recorded = await saveAndWait();
    expect(recorded).toContain('Recorded as document #2');

    await db.open('holder/E0032');
    await page.getByTestId('election-state').filter({ hasText: 'Nothing tendered' }).waitFor();
    expect(await page.getByTestId('document-2').getAttribute('data-standing')).toBe('governing');
    expect(await page.getByTestId('document-1').getAttribute('data-standing')).toBe('superseded');
  });

  it('a later Election Form for grant A only leaves A tendered and B kept', async () => {
    const { page } = db;
    await page.getByRole('button', { name: 'Log a document for this holder' }).click();
    await page.getByRole('combobox', { name: 'Holder' }).and(page.locator('[value*="E0032"]')).waitFor();
    await typeReceivedAt('2003-03-31 15:30:00');
    await page.keyboard.press('Alt+A');
    await tabTo(page, page.getByRole('textbox', { name: 'Shares of grant G-173 tendered' }));
    await retype(page, '0');
    await page.locator('[data-testid="intake-preview"][data-current="true"]').getByTestId('preview-after-state').filter({ hasText: 'Tendered part' }).waitFor();
    const recorded = await saveAndWait();
    expect(recorded).toContain('Recorded as document #3');

    await db.open('holder/E0032');
    await page.getByTestId('election-state').filter({ hasText: 'Tendered some options' }).waitFor();
    expect(await page.getByTestId('grant-G-172').getByTestId('tendered').innerText()).toBe('4,250');
    expect(await page.getByTestId('grant-G-173').getByTestId('tendered').innerText()).toBe('0');
    expect(await page.getByTestId('masked-id').innerText()).toMatch(/^•••-••-\d{4}$/);
    await db.shot('holder', { height: 1000 });

    // The fax scan kept with document #1 opens inside the desk.
    await page.getByTestId('document-1').getByRole('button', { name: 'View kapoor-election-fax.png' }).click();
    const scan = page.getByRole('dialog', { name: 'kapoor-election-fax.png' }).getByRole('img', { name: 'Attachment kapoor-election-fax.png' });
    await scan.waitFor();
    await page.waitForFunction(() => (document.querySelector('img[alt="Attachment kapoor-election-fax.png"]') as HTMLImageElement | null)?.naturalWidth === 340);
    expect(await scan.getAttribute('src')).toMatch(/^blob:/);
    await db.shot('attachment');
    await page.keyboard.press('Escape');
  });

  it('the roster and the dashboard show the result', async () => {
    const { page } = db;
    await db.open('roster');
    await page.getByTestId('roster-count').filter({ hasText: '50 holders' }).waitFor();
    await db.shot('roster');
    // The election filter finds him among the fifty.
    await page.locator('label', { hasText: /^Tendered part$/ }).click();
    await page.getByTestId('roster-count').filter({ hasText: /^1 holder$/ }).waitFor();
    await page.getByRole('row', { name: /Rajesh Kapoor, E0032, Tendered part/ }).waitFor();

    await db.open('dashboard');
    await page.getByTestId('countdown').waitFor();
    await page.getByRole('listitem', { name: 'Shares tendered: 4250' }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await db.shot('dashboard-after-intake');
    expect(db.pageErrors).toEqual([]);
  });
});
