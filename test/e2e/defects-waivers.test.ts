// Defects and the Company's answers to them: a cure for one document, and an offer-wide waiver
// that the desk previews document by document before it is granted (instruction 5: a waiver of a
// condition for one option applies to all options).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype, tabTo } from './support/keyboard';
import { record } from './support/seed';

let db: DeskBrowser;
screenshotOnFailure(() => db);
const ids = { goldberg: 0, hassan: 0, lemaire: 0 };

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-28 10:00:00'),
    seed: (desk) => {
      const base = { via: 'fax', receiptSource: 'fax-header', pages: 2, signerCapacity: 'holder' } as const;
      ids.goldberg = record(desk, {
        ...base,
        employeeId: 'E0026',
        kind: 'election',
        receivedAt: '2003-03-25T10:00:00-05:00',
        signedBy: 'Hannah Goldberg',
        defects: ['no-email'],
        tenders: [
          { grantId: 'G-159', shares: 6500 },
          { grantId: 'G-160', shares: 0 },
        ],
      });
      ids.hassan = record(desk, {
        ...base,
        employeeId: 'E0040',
        kind: 'election',
        receivedAt: '2003-03-26T11:00:00-05:00',
        signedBy: null,
        defects: ['no-email', 'unsigned'],
        tenders: [
          { grantId: 'G-189', shares: 1500 },
          { grantId: 'G-190', shares: 4000 },
        ],
      });
      ids.lemaire = record(desk, {
        ...base,
        employeeId: 'E0046',
        kind: 'election',
        receivedAt: '2003-03-26T15:00:00-05:00',
        signedBy: 'Paul Lemaire',
        defects: ['no-id-number'],
        tenders: [
          { grantId: 'G-203', shares: 10000 },
          { grantId: 'G-204', shares: 6500 },
        ],
      });
    },
  });
});
afterAll(async () => {
  await db?.close();
});

describe('defects and waivers', () => {
  it('lists every open defect with what is missing and the cure deadline', async () => {
    const { page } = db;
    await db.open('defects');
    for (const id of Object.values(ids)) await page.getByTestId(`open-defect-${id}`).waitFor();
    expect(await page.getByTestId(`open-defect-${ids.hassan}`).innerText()).toMatch(/No current e-mail address[\s\S]*Not signed|Not signed[\s\S]*No current e-mail address/);
    expect(await page.getByTestId(`open-defect-${ids.goldberg}`).innerText()).toContain('2003-03-31 17:00:00 ET');
    await db.shot('defects', { alsoDocs: true });
  });

  it('a waiver is previewed document by document, then changes the elections it settles', async () => {
    const { page } = db;
    await page.getByRole('button', { name: 'Grant an offer-wide waiver…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Grant an offer-wide waiver' });
    await dialog.getByRole('combobox', { name: 'Defect to waive' }).click();
    await page.getByRole('option', { name: 'No current e-mail address' }).click();
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('E-mail addresses are on file with Human Resources; the Company waives this condition for all holders.');
    await dialog.getByRole('button', { name: 'Show affected documents' }).click();

    const affected = dialog.getByTestId('waiver-affected');
    await affected.waitFor();
    const text = await affected.innerText();
    expect(text).toContain(`#${ids.goldberg}`);
    expect(text).toContain(`#${ids.hassan}`);
    expect(text).not.toContain(`#${ids.lemaire}`);
    expect(await affected.getByRole('row', { name: /Hannah Goldberg/ }).innerText()).toContain('Now counts');
    expect(await affected.getByRole('row', { name: /Ahmed Hassan/ }).innerText()).toContain('Other defects still open');
    // Granting needs the restated effect ticked: nothing is waived before.
    const grant = dialog.getByRole('button', { name: 'Grant waiver for all documents' });
    expect(await grant.isDisabled()).toBe(true);
    const confirm = dialog.getByRole('checkbox', { name: /I confirm: “No current e-mail address” is waived on every document of every holder/ });
    expect(await dialog.innerText()).toContain('1 of the 2 document(s) above start to count');
    await confirm.check();
    await db.shot('waiver-preview');
    expect(db.desk.ledger.waivers()).toEqual([]);
    await grant.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Waivers granted' }).getByText('No current e-mail address').waitFor();
    await page.getByTestId(`open-defect-${ids.goldberg}`).waitFor({ state: 'detached' });
    expect(await page.getByTestId(`open-defect-${ids.hassan}`).innerText()).not.toContain('No current e-mail address');

    await db.open('holder/E0026');
    await page.getByTestId('election-state').filter({ hasText: 'Tendered some options' }).waitFor();
    expect(await page.getByTestId(`document-${ids.goldberg}`).getAttribute('data-standing')).toBe('governing');
    expect(await page.getByTestId(`document-${ids.goldberg}`).innerText()).toContain('No current e-mail address: waived');
  });

  it('a waiver granted by mistake is voided after a preview of the documents it stops settling; the defect is open again offer-wide', async () => {
    const { page } = db;
    await db.open('defects');
    const [waiver] = db.desk.ledger.waivers();
    await page.getByRole('button', { name: `Void waiver #${waiver?.id}…` }).click();
    const dialog = page.getByRole('dialog', { name: 'Void a waiver' });
    // The desk's preview: Hannah Goldberg's form stops counting (defective again).
    await dialog.getByTestId(`affected-${ids.goldberg}`).getByText('Hannah Goldberg').waitFor();
    expect(await dialog.getByTestId(`affected-${ids.goldberg}`).innerText()).toMatch(/Governing[\s\S]*Defective/);
    await dialog.getByLabel(/Why is it void/).fill('Waived by mistake: HR has no e-mail addresses on file after all');
    await dialog.getByRole('button', { name: 'Review…' }).click();
    await dialog.getByTestId('void-effect').getByText(/is no longer waived on any document/).waitFor();
    expect(db.desk.ledger.waivers()[0]?.voided).toBeNull();
    await dialog.getByRole('button', { name: 'Void the waiver' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`[data-testid="waiver-${waiver?.id}"][data-void="true"]`).waitFor();
    await page.getByTestId(`open-defect-${ids.goldberg}`).waitFor();
    expect(on(db.desk)('holders:get', { employeeId: 'E0026' }).documents.find((d) => d.id === ids.goldberg)?.assessment.standing).toBe('defective');
    expect(db.desk.ledger.verify().ok).toBe(true);
  });

  it('a cure received before the deadline makes the document count from its original receipt', async () => {
    const { page } = db;
    await db.open('defects');
    await page.getByRole('button', { name: `Record a cure for document ${ids.lemaire}` }).click();
    const dialog = page.getByRole('dialog');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Cure received at' }));
    // A plain text field: Escape here would close the dialog (there is no calendar to close any more).
    await retype(page, '2003-03-27 12:00:00');
    await dialog.getByTestId('time-readback').filter({ hasText: '= 2003-03-27 12:00:00 ET' }).waitFor();
    await dialog.getByRole('button', { name: 'Record cure' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId(`open-defect-${ids.lemaire}`).waitFor({ state: 'detached' });

    await db.open('holder/E0046');
    await page.getByTestId('election-state').filter({ hasText: 'Tendered every eligible option' }).waitFor();
    expect(await page.getByTestId(`document-${ids.lemaire}`).innerText()).toContain('No identification number: cured');
    expect(db.pageErrors).toEqual([]);
  });
});
