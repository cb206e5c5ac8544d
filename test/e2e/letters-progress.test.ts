// "A batch of 1,000 … shows a progress bar with a count, and can be cancelled before it is
// recorded." In Chromium against the real handlers: the desk typesets the letters in its worker
// threads while the dialog counts them; Cancel batch stops it and nothing reaches the ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { bigRosterCsv, record } from './support/seed';

const LETTERS = 1000;
let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-28 11:00:00'),
    seed: (desk, clock) => {
      desk.importRoster(bigRosterCsv(LETTERS));
      clock.set(et('2003-03-14 10:30:00'));
      for (let i = 1; i <= LETTERS; i++) {
        const employeeId = `H${String(i).padStart(6, '0')}`;
        record(desk, {
          employeeId,
          kind: 'election',
          via: 'fax',
          receivedAt: et('2003-03-14 10:00:00'),
          receiptSource: 'fax-header',
          pages: 1,
          signedBy: null,
          signerCapacity: 'holder',
          defects: [],
          tenders: desk.holderDetail(employeeId).grants.map((g) => ({ grantId: g.grantId, shares: g.shares })),
        });
      }
      clock.set(et('2003-03-28 11:00:00'));
    },
  });
}, 600_000);
afterAll(async () => {
  await db?.close();
});

describe('producing 1,000 letters from the Confirmations screen', () => {
  it('counts the letters as they are made, and Cancel batch records none of them', async () => {
    const { page } = db;
    // A thousand documents make the first screens slower to settle on a loaded machine.
    page.setDefaultTimeout(60_000);
    await db.open('confirmations');
    await page.getByRole('button', { name: 'Select all overdue (1,000)' }).click();
    await page.getByTestId('selection-count').filter({ hasText: /^1,000 selected/ }).waitFor();
    await page.getByRole('button', { name: 'Print selected (1,000)…' }).click();
    const produce = page.getByRole('dialog', { name: 'Produce 1,000 letters for the printer' });
    await produce.getByRole('button', { name: 'Produce 1,000 letters' }).click();

    // The bar and the count, moving: some letters made, not all.
    const count = produce.getByTestId('letter-job-count');
    await count.filter({ hasText: /^[1-9][\d,]* of 1,000 letters made$/ }).waitFor({ timeout: 120_000 });
    expect(await produce.getByRole('progressbar', { name: 'Letters made so far' }).isVisible()).toBe(true);
    await db.shot('letters-progress');

    await produce.getByRole('button', { name: 'Cancel batch' }).click();
    await count.filter({ hasText: /^Cancelled after [\d,]+ of 1,000: nothing was recorded\.$/ }).waitFor();
    expect(await produce.getByTestId('letter-job').getAttribute('data-state')).toBe('cancelled');
    expect(db.desk.ledger.letters()).toEqual([]);
    expect(db.desk.ledger.printRuns()).toEqual([]);
    // The dialog can be closed; the queue still owes all 1,000.
    await produce.getByRole('button', { name: 'Close' }).click();
    await page.getByText('Overdue (1,000)').waitFor();
    expect(db.pageErrors).toEqual([]);
  }, 300_000);
});
