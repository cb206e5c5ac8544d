// Who is keying: the window asks when the ledger is opened, never assumes the computer's user,
// remembers the answer for the session, and lets it be changed from the header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-24 16:00:00') });
});
afterAll(async () => {
  await db?.close();
});

describe('who is keying', () => {
  it('the window asks for the operator\u2019s name when the ledger is opened, and the prompt cannot be dismissed unanswered', async () => {
    const { page } = db;
    await db.open('intake', { answerOperator: false });
    const dialog = page.getByRole('dialog', { name: 'Who is keying?' });
    await dialog.waitFor();
    expect(await page.getByTestId('operator').getAttribute('data-state')).toBe('asking');
    const name = dialog.getByRole('textbox', { name: 'Your name' });
    // Never prefilled with the computer's user: the person types who they are.
    expect(await name.inputValue()).toBe('');
    expect(db.desk.session().operator).toBeNull();
    await page.keyboard.press('Escape');
    await dialog.waitFor();
    await db.shot('operator-prompt');
    await name.fill('Mary Clerk');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('operator').filter({ hasText: 'Keying as Mary Clerk' }).waitFor();
    expect(db.desk.session().operator).toBe('Mary Clerk');
  });

  it('records carry that name, and it is remembered for the session (a reload does not ask again)', async () => {
    const { page } = db;
    await page.reload();
    await page.getByTestId('operator').filter({ hasText: 'Keying as Mary Clerk' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Who is keying?' }).count()).toBe(0);
    // The holder field has the focus; a faxed Notice, keyboard only.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.placeholder?.startsWith('Name, employee ID') === true);
    await page.keyboard.type('E0010');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="receipt-field"]') !== null);
    await page.keyboard.type('2003-03-24 11:00');
    await page.locator('[data-testid="intake-preview"][data-current="true"]').waitFor();
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByTestId('intake-recorded').waitFor();
    expect(db.desk.ledger.documents('E0010')[0]?.operator).toBe('Mary Clerk');
  });

  it('can be changed from the header', async () => {
    const { page } = db;
    await page.getByTestId('operator').click();
    const dialog = page.getByRole('dialog', { name: 'Who is keying?' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('James Polakiewicz');
    await dialog.getByRole('button', { name: 'Start keying' }).click();
    await page.getByTestId('operator').filter({ hasText: 'Keying as James Polakiewicz' }).waitFor();
    expect(db.desk.session().operator).toBe('James Polakiewicz');
    expect(db.pageErrors).toEqual([]);
  });
});
