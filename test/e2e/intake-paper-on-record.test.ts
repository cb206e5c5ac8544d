// Every paper that arrives goes on record exactly as received, even paper the desk cannot act
// on: from someone not on the roster, or naming a grant that is not the holder's. Both are logged
// only by a deliberate choice in the window (an unknown id or a foreign grant is otherwise a likely
// typo), keep what the paper says, and change no one's election.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { isFocused, pickOption, retype, tabTo } from './support/keyboard';

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
const mode = () => db.page.getByRole('group', { name: 'Paper from someone not on the roster' });

describe('paper from someone not on the roster', () => {
  it('an unknown id typed in the picker is logged, from the keyboard, as paper from someone not on the roster: kept as written, defect "Sender not on the roster", no election changed', async () => {
    const { page, desk } = db;
    const electionsBefore = on(desk)('elections:rows', {});
    const documentsBefore = on(desk)('documents:rows', {}).length;
    await db.open('intake');
    await picker().waitFor();
    expect(await isFocused(picker())).toBe(true);
    await page.keyboard.type('E9999');
    await page.getByText('No holder matches \u201cE9999\u201d').waitFor();
    // The deliberate choice, taken from the list with the arrows and Enter.
    await pickOption(page, 'E9999', /Log paper from someone not on the roster/);
    await mode().waitFor();
    expect(await page.getByRole('textbox', { name: 'Employee ID as written' }).inputValue()).toBe('E9999');
    // The name is what is still to be typed: it has the focus.
    expect(await isFocused(page.getByRole('textbox', { name: 'Name as written' }))).toBe(true);
    const statement = await page.getByTestId('not-on-roster-statement').innerText();
    expect(statement).toMatch(/kept on record/);
    expect(statement).toMatch(/Sender not on the roster/);
    expect(statement).toMatch(/changes no one.s election/);
    expect(statement).toMatch(/irregularity letter/);
    await page.keyboard.type('Jon Q. Smyth');

    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    await retype(page, '2003-03-24 10:00:00');
    await page.keyboard.press('Escape');
    // No roster to list: the form's lines are typed as written.
    await tabTo(page, page.getByRole('button', { name: 'Add a line as written' }));
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Grant ID as written, line 1' }).waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'Grant ID as written, line 1' }));
    await page.keyboard.type('G-999');
    await page.keyboard.press('Tab');
    await page.keyboard.type('500');

    // The desk's own answer, as for any paper: no blocking reason, and nothing changes.
    await currentPreview().filter({ hasText: 'Jon Q. Smyth' }).waitFor();
    expect(await page.getByTestId('intake-blocking').count()).toBe(0);
    expect(await currentPreview().getByTestId('preview-after-state').innerText()).toBe('None tendered');
    expect(await currentPreview().getByTestId('preview-changes').innerText()).toMatch(/not-on-roster/);
    await page.mouse.move(0, 0);
    await db.shot('intake-not-on-roster', { alsoDocs: true, height: 1300 });

    await page.keyboard.press('ControlOrMeta+Enter');
    const recorded = page.getByTestId('intake-recorded');
    await recorded.waitFor();
    expect(await recorded.getByTestId('recorded-as').innerText()).toMatch(/not on the roster: \u201cJon Q\. Smyth\u201d, employee ID \u201cE9999\u201d as written/);
    expect(await recorded.getByTestId('recorded-as').innerText()).toMatch(/Sender not on the roster/);
    await db.shot('intake-not-on-roster-recorded');

    // Exactly that paper is on record, as written, and no one's election changed.
    expect(on(desk)('documents:rows', {})).toHaveLength(documentsBefore + 1);
    const saved = desk.ledger.documents().at(-1);
    expect(saved).toMatchObject({
      employeeId: 'E9999',
      nameAsWritten: 'Jon Q. Smyth',
      kind: 'election',
      via: 'fax',
      receivedAt: et('2003-03-24 10:00:00'),
      defects: ['not-on-roster'],
      tenders: [{ grantId: 'G-999', shares: 500 }],
    });
    expect(on(desk)('documents:rows', {}).at(-1)).toMatchObject({ employee_id: 'E9999', properly_made: false, governing: false });
    expect(on(desk)('elections:rows', {})).toEqual(electionsBefore);

    // Back to the picker, empty and focused, for the next paper.
    await picker().waitFor();
    expect(await picker().inputValue()).toBe('');
    expect(await isFocused(picker())).toBe(true);
    expect(db.pageErrors).toEqual([]);
  });

  it('a name that matches no holder is offered one Tab away, prefills the name, and leaving the mode returns to the picker', async () => {
    const { page } = db;
    await db.open('intake');
    await picker().focus();
    await retype(page, 'Nobody Atall');
    await page.getByText('No holder matches \u201cNobody Atall\u201d').waitFor();
    await tabTo(page, page.getByRole('button', { name: /Log paper from someone not on the roster/ }));
    await page.keyboard.press('Enter');
    await mode().waitFor();
    expect(await page.getByRole('textbox', { name: 'Name as written' }).inputValue()).toBe('Nobody Atall');
    expect(await isFocused(page.getByRole('textbox', { name: 'Employee ID as written' }))).toBe(true);
    // The desk says what is still missing.
    await page.getByTestId('intake-blocking').filter({ hasText: 'Type the employee id as written on the paper.' }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Back to the holder picker' }));
    await page.keyboard.press('Enter');
    await picker().waitFor();
    expect(await mode().count()).toBe(0);
    expect(await isFocused(picker())).toBe(true);
    expect(db.pageErrors).toEqual([]);
  });
});

describe('a grant that is not the holder\u2019s', () => {
  it('a rostered holder\u2019s Election Form naming a grant not his is logged as written with the defect, and changes nothing', async () => {
    const { page, desk } = db;
    const electionsBefore = on(desk)('elections:rows', {});
    await db.open('intake');
    await tabTo(page, picker());
    await pickOption(page, 'Kapoor', /Rajesh Kapoor · E0032/);
    await tabTo(page, page.getByRole('textbox', { name: 'Received at' }));
    await retype(page, '2003-03-24 11:00:00');
    await page.keyboard.press('Escape');
    await tabTo(page, page.getByRole('textbox', { name: 'Shares of grant G-172 tendered' }));
    await retype(page, '4250');
    await tabTo(page, page.getByRole('button', { name: /Add a grant not on this holder.s roster/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Grant ID as written, line 1' }).waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'Grant ID as written, line 1' }));
    await page.keyboard.type('G-555');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100');
    expect(await page.getByTestId('foreign-grant-note').innerText()).toMatch(/Names a grant that is not the holder.s/);

    // The desk's preview: saved, but the form cannot count (nothing changes).
    const preview = currentPreview();
    await preview.filter({ hasText: 'Rajesh Kapoor' }).waitFor();
    expect(await page.getByTestId('intake-blocking').count()).toBe(0);
    expect(await preview.getByTestId('preview-after-state').innerText()).toBe(await preview.getByTestId('preview-before-state').innerText());
    expect(await preview.getByTestId('preview-changes').innerText()).toMatch(/grant-not-eligible/);
    await db.shot('intake-foreign-grant', { height: 1300 });
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByTestId('intake-recorded').getByTestId('recorded-as').filter({ hasText: /Names a grant that is not the holder.s/ }).waitFor();

    const saved = desk.ledger.documents('E0032').at(-1);
    expect(saved).toMatchObject({
      employeeId: 'E0032',
      nameAsWritten: null,
      defects: ['grant-not-eligible'],
      tenders: [
        { grantId: 'G-172', shares: 4250 },
        { grantId: 'G-173', shares: 0 },
        { grantId: 'G-555', shares: 100 },
      ],
    });
    expect(on(desk)('elections:rows', {})).toEqual(electionsBefore);
    expect(db.pageErrors).toEqual([]);
  });
});
