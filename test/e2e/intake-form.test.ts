// What the intake form fills in by itself, and what it refuses to: nothing tendered until the
// paper says so, no signer unless typed, no fax time unless typed, and an unreadable time is an
// error that keeps Save disabled (the document is never saved with some other time).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-24 16:00:00') });
});
afterAll(async () => {
  await db?.close();
});

const field = (name: string) => db.page.getByRole('textbox', { name });
const saveButton = () => db.page.getByRole('button', { name: 'Save document' });
const blocking = () => db.page.getByTestId('intake-blocking');
const currentPreview = () => db.page.locator('[data-testid="intake-preview"][data-current="true"]');

/** A fresh Intake screen with the holder taken by employee id and Enter. */
async function freshIntake(employeeId: string): Promise<void> {
  const { page } = db;
  await page.goto(`${db.url}#/dashboard`);
  await db.open('intake');
  await page.getByRole('combobox', { name: 'Holder' }).focus();
  await page.keyboard.type(employeeId);
  await page.keyboard.press('Enter');
  // Enter waits for the desk's answer to the search; on a loaded machine that can take a while.
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="receipt-field"]') !== null, undefined, { timeout: 30_000 });
}

describe('the intake form fills in nothing the paper must say', () => {
  it('a fax\u2019s receipt time starts empty, and an Election Form starts with nothing tendered (as the CLI)', async () => {
    await freshIntake('E0032');
    expect(await field('Received at').inputValue()).toBe('');
    await field('Shares of grant G-172 tendered').waitFor();
    expect(await field('Shares of grant G-172 tendered').inputValue()).toBe('0');
    expect(await field('Shares of grant G-173 tendered').inputValue()).toBe('0');
    expect(await field('Signed by').inputValue()).toBe('');
    await blocking().filter({ hasText: 'Type the receipt time from the fax header.' }).waitFor();
    expect(await saveButton().isDisabled()).toBe(true);

    // Saved as it stands, the form tenders nothing: every grant is sent with 0 shares.
    await db.page.keyboard.type('2003-03-24 09:00');
    await currentPreview().getByTestId('preview-after-state').filter({ hasText: 'None tendered' }).waitFor();
    await db.page.keyboard.press('ControlOrMeta+Enter');
    await db.page.getByTestId('intake-recorded').waitFor();
    const [doc] = db.desk.ledger.documents('E0032');
    expect(doc?.tenders).toEqual([
      { grantId: 'G-172', shares: 0 },
      { grantId: 'G-173', shares: 0 },
    ]);
    expect(doc?.signedBy).toBeNull();
  });

  it('a hand delivery\u2019s desk stamp shows the desk\u2019s clock and keeps ticking until the operator types over it', async () => {
    const { page } = db;
    await freshIntake('E0004');
    await page.locator('label', { hasText: /^Hand delivery$/ }).click();
    const stamp = field('Received at');
    const first = await stamp.inputValue();
    expect(first).toMatch(/^2003-03-24 16:\d\d:\d\d$/);
    await page.waitForFunction((was) => (document.querySelector('[data-testid="receipt-field"] input') as HTMLInputElement).value !== was, first);
    await stamp.focus();
    await retype(page, '2003-03-24 15:58:00');
    const typed = await stamp.inputValue();
    await page.waitForTimeout(1500);
    expect(await stamp.inputValue()).toBe(typed);
    // Back to fax: the typed time stays (it was typed); an untouched fax time would be empty.
    await page.locator('label', { hasText: /^Fax$/ }).click();
    expect(await stamp.inputValue()).toBe('2003-03-24 15:58:00');
  });

  it('a document marked "Not signed" cannot name a signer: the field says so and Save stays disabled', async () => {
    const { page } = db;
    await freshIntake('E0004');
    await page.keyboard.type('2003-03-24 09:30');
    await page.getByRole('checkbox', { name: 'Not signed' }).check();
    await field('Signed by').fill('Anders Ångström');
    const problem = 'A document marked "Not signed" cannot name a signer';
    await page.locator('.mantine-TextInput-error', { hasText: problem }).waitFor();
    await blocking().filter({ hasText: problem }).waitFor();
    expect(await saveButton().isDisabled()).toBe(true);
    await db.shot('intake-unsigned-signer');
    await field('Signed by').fill('');
    await currentPreview().waitFor();
    expect(await saveButton().isDisabled()).toBe(false);
  });

  it('an unreadable or incomplete receipt time is an error on the field, Save is disabled, and nothing is saved', async () => {
    const { page } = db;
    await freshIntake('E0007');
    const before = db.desk.ledger.documents().length;
    for (const typed of ['2003-03-2', '2003-03-24 9:4', 'yesterday at noon']) {
      await field('Received at').focus();
      await retype(page, typed);
      await page.locator('[data-testid="receipt-field"] input[aria-invalid="true"]').waitFor();
      await blocking().filter({ hasText: 'The receipt time is unreadable' }).filter({ hasText: typed }).waitFor();
      expect(await saveButton().isDisabled()).toBe(true);
      expect(await field('Received at').inputValue()).toBe(typed);
      await page.keyboard.press('ControlOrMeta+Enter');
    }
    await db.shot('intake-unreadable-time');
    expect(db.desk.ledger.documents().length).toBe(before);
    expect(db.pageErrors).toEqual([]);
  });
});
