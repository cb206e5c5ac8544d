// "A batch of 1,000 … shows a progress bar with a count, and can be cancelled before it is
// recorded." In Chromium against the real handlers: the desk typesets the letters in its worker
// threads while the dialog counts them; Cancel batch stops it and nothing reaches the ledger.
// (The 1,000-letter batch beside intake and the 5:00 PM lock is letters-job-intake.test.ts; here
// 100 letters and a held pool show the count mid-way on any machine.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../main/services/holders';
import { on } from '../support/desk-call';
import { letterRenderPool } from '../../main/services/letter-render-pool';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { bigRosterCsv, record } from './support/seed';

const LETTERS = 100;
let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-28 11:00:00'),
    seed: (desk, clock) => {
      importRoster(desk.parts, bigRosterCsv(LETTERS));
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
          tenders: on(desk)('holders:get', { employeeId: employeeId }).grants.map((g) => ({ grantId: g.grantId, shares: g.shares })),
        });
      }
      clock.set(et('2003-03-28 11:00:00'));
    },
  });
}, 600_000);
afterAll(async () => {
  await db?.close();
});

describe('producing 100 letters from the Confirmations screen', () => {
  it('counts the letters as they are made, and Cancel batch records none of them', async () => {
    const { page } = db;
    // A thousand documents make the first screens slower to settle on a loaded machine.
    page.setDefaultTimeout(60_000);
    await db.open('confirmations');
    await page.getByRole('button', { name: 'Select all overdue (100)' }).click();
    await page.getByTestId('selection-count').filter({ hasText: /^100 selected/ }).waitFor();
    await page.getByRole('button', { name: 'Print selected (100)…' }).click();
    const produce = page.getByRole('dialog', { name: 'Produce 100 letters for the printer' });
    // The desk's letter workers (shared by the process, the harness's desk included) make two
    // chunks of 8 letters and then wait: the batch is seen mid-way however fast the machine is.
    const release = letterRenderPool(undefined).holdAfterChunks(2);
    try {
      await produce.getByRole('button', { name: 'Produce 100 letters' }).click();

      // The bar and the count: some letters made, not all.
      const count = produce.getByTestId('letter-job-count');
      await count.filter({ hasText: /^16 of 100 letters made$/ }).waitFor({ timeout: 120_000 });
      expect(await produce.getByRole('progressbar', { name: 'Letters made so far' }).getAttribute('aria-valuenow')).toBe('16');
      await db.shot('letters-progress');

      await produce.getByRole('button', { name: 'Cancel batch' }).click();
      await count.filter({ hasText: /^Cancelled after 16 of 100: nothing was recorded\.$/ }).waitFor();
    } finally {
      release();
    }
    expect(await produce.getByTestId('letter-job').getAttribute('data-state')).toBe('cancelled');
    expect(db.desk.ledger.letters()).toEqual([]);
    expect(db.desk.ledger.printRuns()).toEqual([]);
    // The dialog can be closed; the queue still owes all 100.
    await produce.getByText('Close', { exact: true }).click();
    await page.locator('label', { hasText: /^Overdue \(100\)$/ }).waitFor();
    expect(db.pageErrors).toEqual([]);
  }, 540_000);
});
