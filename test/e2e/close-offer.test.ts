// Closing the offer from the window, by keyboard: Settings › Close the offer… says it is not yet
// allowed before 9:00 a.m. ET on the business day after the expiration, then restates the figures
// it will freeze, the document still defective and the dates, and records the close. From then on
// every screen shows CLOSED, intake is disabled with the desk's sentence and refused by the desk,
// and the CLI reads the same closed ledger back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../main/cli/run';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { shiftTabTo, tabTo } from './support/keyboard';
import { record } from './support/seed';

let db: DeskBrowser;
screenshotOnFailure(() => db);
let defective = 0;

const SENTENCE = 'The offer was closed on 2003-04-01 09:30:';

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-20 10:00:00'),
    seed: (desk, clock) => {
      record(desk, { employeeId: 'E0003', kind: 'election', via: 'fax', receivedAt: '2003-03-20 09:00', tenders: [{ grantId: 'G-103', shares: 6500 }] });
      // O'Brien's form has no e-mail address and is never cured: it is still defective at the close.
      defective = record(desk, { employeeId: 'E0002', kind: 'election', via: 'hand', receivedAt: '2003-03-20 09:30', tenders: [{ grantId: 'G-102', shares: 2000 }], defects: ['no-email'] });
      // The morning after the expiration, a minute before the Company's last chance to announce an extension.
      clock.set(et('2003-04-01 08:59:00'));
    },
  });
});
afterAll(async () => {
  await db?.close();
});

function cli(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { clock: db.clock, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('Settings › Close the offer…', () => {
  it('before 9:00 a.m. ET the next business day the dialog says why and cannot be confirmed; after it, the close is recorded from the keyboard', async () => {
    const { page } = db;
    await db.open('settings');
    const openButton = page.getByRole('button', { name: 'Close the offer…' });
    // The last control on the page: backwards from the top is the short way round.
    await shiftTabTo(page, openButton, 120);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Close the offer?' });
    await dialog.getByTestId('close-not-allowed').getByText(/only after 2003-04-01 09:00:00 ET/).waitFor();
    const confirm = dialog.getByRole('button', { name: 'Close the offer', exact: true });
    expect(await confirm.isDisabled()).toBe(true);

    // The desk's clock passes 9:00 with the dialog open: it asks the desk again, and the close is allowed.
    await db.setClock(et('2003-04-01 09:30:00'));
    await dialog.getByTestId('close-not-allowed').waitFor({ state: 'detached' });
    await expect.poll(() => confirm.isDisabled()).toBe(false);

    // What it will freeze, restated as the desk computes it: the totals, how holders answered, O'Brien's defective form, the dates.
    const figures = await dialog.getByTestId('close-figures').innerText();
    const { totals, participation } = on(db.desk)('close:preview', {}).figures;
    const total = `Total\t${totals.holders}\t${totals.holdersParticipating}\t${totals.grantsAccepted} of ${totals.grants}\t${[totals.sharesEligible, totals.sharesAccepted, totals.sharesKept, totals.newShares].map((x) => x.toLocaleString('en-US')).join('\t')}`;
    expect(figures).toContain(total);
    expect(await dialog.getByTestId('close-participation').innerText()).toContain(`${participation['in-full']} tendered in full`);
    expect(await dialog.getByTestId(`defective-${defective}`).innerText()).toMatch(/Patrick O'Brien[\s\S]*2003-03-20 09:30:00 ET[\s\S]*mail/i);
    expect(await dialog.getByRole('textbox', { name: 'Cancellation date' }).inputValue()).toBe('2003-04-01');
    expect(await dialog.getByRole('textbox', { name: 'New grant date' }).inputValue()).toBe('2003-10-02');
    expect(await dialog.getByRole('textbox', { name: 'Closed by' }).inputValue()).toBe('James Polakiewicz');
    await db.shot('close-offer-dialog', { height: 1100 });

    await tabTo(page, confirm, 60);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('closed-badge').waitFor();
    expect(on(db.desk)('offer:get', {}).closing).toMatchObject({ closedBy: 'James Polakiewicz', operator: 'e2e', cancellationDate: '2003-04-01', newGrantDate: '2003-10-02' });
    expect(await page.getByTestId('close-card').innerText()).toMatch(/2003-04-01 09:30:[\d.]+ ET by James Polakiewicz \(keyed by e2e\)/);
    expect(db.pageErrors).toEqual([]);
  }, 90_000);

  it('once closed, every screen shows CLOSED, intake and the other changes are disabled under the sentence, and the desk refuses intake', async () => {
    const { page } = db;
    for (const screen of ['dashboard', 'roster', 'intake', 'defects', 'confirmations', 'settings', `holder/E0002`]) {
      await db.open(screen);
      await page.getByTestId('closed-badge').waitFor();
      expect(await page.getByTestId('closed-badge').innerText(), screen).toBe('CLOSED');
    }
    await db.open('intake');
    expect(await page.getByTestId('closed-notice').innerText()).toContain(SENTENCE);
    expect(await page.getByTestId('intake-form').getAttribute('data-locked')).toBe('true');
    expect(await page.getByRole('button', { name: /Save/ }).isDisabled()).toBe(true);
    await db.shot('closed-intake');

    await db.open('settings');
    expect(await page.getByRole('button', { name: 'Record extension…' }).isDisabled()).toBe(true);
    await db.open('defects');
    expect(await page.getByRole('button', { name: 'Grant an offer-wide waiver…' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: `Record a cure for document ${defective}` }).isDisabled()).toBe(true);

    // The window cannot get paper past the desk either: the desk refuses it, in the same words.
    const refused = await page.evaluate(async () => {
      const r = await window.offerDesk.invoke('intake:record', {
        draft: { employeeId: 'E0001', kind: 'election', via: 'fax', receivedAt: '2003-03-28 10:00', tenders: [{ grantId: 'G-101', shares: 9250 }], lateKeyingReason: 'found late' },
      });
      return r.ok ? null : r.error;
    });
    expect(refused?.code).toBe('offer-closed');
    expect(refused?.message).toContain(SENTENCE);

    // The letters of the closing are still there to produce.
    await db.open('confirmations');
    await page.getByRole('table').first().waitFor();
    expect(db.pageErrors).toEqual([]);
  }, 90_000);

  it('the CLI reads the closed ledger back: the elections, the documents and verify, and refuses a second close', () => {
    const ledger = db.desk.ledger.info().path;
    const elections = cli('elections', ledger, '--json');
    expect(elections.code, elections.err).toBe(0);
    expect(JSON.parse(elections.out)).toEqual(expect.arrayContaining([expect.objectContaining({ employee_id: 'E0003', grant_id: 'G-103', shares_tendered: 6500 })]));
    expect(cli('documents', ledger).out).toMatch(new RegExp(`^${defective}\\s+E0002.*NO`, 'm'));
    expect(cli('verify', ledger).out).toMatch(/^The ledger verifies/);
    const again = cli('close', ledger, '--by', 'James Polakiewicz');
    expect(again.code).toBe(1);
    expect(again.err).toContain(SENTENCE);
  });
});
