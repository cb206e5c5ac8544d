// Choosing the holder at the desk: the option taken is always the one typed. (A Notice was once
// recorded against the previous holder: after a save, typing the next employee id and Enter
// picked the holder of the paper just saved.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { pickOption, retype, tabTo } from './support/keyboard';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-24 16:00:00') });
});
afterAll(async () => {
  await db?.close();
});

const picker = () => db.page.getByRole('combobox', { name: 'Holder' });
const currentPreview = () => db.page.locator('[data-testid="intake-preview"][data-current="true"]');

describe('the holder picker', () => {
  it('after a save, typing the next holder\u2019s exact employee id and Enter picks that holder, not the previous one', async () => {
    const { page } = db;
    await db.open('intake');
    await tabTo(page, picker());
    await pickOption(page, 'Kapoor', /Rajesh Kapoor · E0032/);
    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    await retype(page, '2003-03-24 10:00:00');
    await page.keyboard.press('Escape');
    await tabTo(page, page.getByRole('textbox', { name: 'Shares of grant G-172 tendered' }));
    await retype(page, '4250');
    await tabTo(page, page.getByRole('textbox', { name: 'Shares of grant G-173 tendered' }));
    await retype(page, '0');
    await currentPreview().getByTestId('preview-after-state').filter({ hasText: 'Tendered part' }).waitFor();
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByTestId('intake-recorded').waitFor();

    // The holder field is empty and has the focus, ready for the next paper.
    expect(await picker().inputValue()).toBe('');
    expect(await picker().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('E0007');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Shares of grant G-114 tendered' }).waitFor();
    expect(await picker().inputValue()).toContain('E0007');
    expect(await page.getByRole('textbox', { name: 'Shares of grant G-172 tendered' }).count()).toBe(0);
    expect(db.pageErrors).toEqual([]);
  });

  it('a single match and Enter picks it; typing a name in lower case without its accents finds it', async () => {
    const { page } = db;
    await db.open('intake');
    await picker().focus();
    await retype(page, 'angstrom');
    await page.getByRole('option', { name: /Anders Ångström · E0004/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Shares of grant G-109 tendered' }).waitFor();
    expect(await picker().inputValue()).toContain('E0004');
  });

  it('finds José García-Márquez by "garcia", by a grant id and by the last four of his ID number', async () => {
    const { page } = db;
    await db.open('intake');
    for (const typed of ['garcia', 'G-112', '9387']) {
      await picker().focus();
      await retype(page, typed);
      await page.getByRole('option', { name: /José García-Márquez · E0006/ }).waitFor();
      expect(await page.getByRole('option').count()).toBe(1);
    }
  });

  it('says so when no holder matches what was typed', async () => {
    const { page } = db;
    await db.open('intake');
    await picker().focus();
    await retype(page, 'zzz nobody');
    await page.getByText('No holder matches \u201czzz nobody\u201d').waitFor();
    // Enter on nothing picks nothing.
    await page.keyboard.press('Enter');
    expect(await picker().inputValue()).toBe('zzz nobody');
    expect(await page.getByRole('table', { name: 'Shares tendered per grant' }).count()).toBe(0);
  });

  it('the Roster search ignores accents too and says when nothing matches', async () => {
    const { page } = db;
    await db.open('roster');
    await page.getByRole('textbox', { name: /Search/ }).fill('angstrom');
    await page.getByTestId('roster-count').filter({ hasText: /^1 holder$/ }).waitFor();
    await page.getByRole('row', { name: /Anders Ångström/ }).waitFor();
    await page.getByRole('textbox', { name: /Search/ }).fill('zzz nobody');
    await page.getByText('No holder matches \u201czzz nobody\u201d').waitFor();
    expect(db.pageErrors).toEqual([]);
  });
});
