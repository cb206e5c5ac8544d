// "Once the offer is closed, a Promise to Grant for every holder whose options were accepted." In
// Chromium against the real handlers: the Confirmations screen shows the letters of the close only
// after the close, produces them as a batch with its count, opens the recorded batch for printing,
// and the holder who declined (like the demo roster's holders who never answered) gets none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../main/services/holders';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { bigRosterCsv, record } from './support/seed';

let db: DeskBrowser;
screenshotOnFailure(() => db);

const election = (employeeId: string, grantId: string, shares: number) => ({
  employeeId,
  kind: 'election' as const,
  via: 'fax' as const,
  receivedAt: et('2003-03-14 10:00:00'),
  receiptSource: 'fax-header' as const,
  pages: 1,
  signedBy: null,
  signerCapacity: 'holder' as const,
  defects: [],
  tenders: [{ grantId, shares }],
});

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-28 11:00:00'),
    seed: (desk, clock) => {
      importRoster(desk.parts, bigRosterCsv(3));
      clock.set(et('2003-03-14 10:30:00'));
      record(desk, election('H000001', 'GB-000001', 1050));
      record(desk, election('H000002', 'GB-000002', 500));
      record(desk, election('H000003', 'GB-000003', 0));
      clock.set(et('2003-03-28 11:00:00'));
    },
  });
}, 600_000);
afterAll(async () => {
  await db?.close();
});

describe('Promise to Grant letters in the window', () => {
  it('appear once the offer is closed, are produced with a count, and open as a recorded batch; the holder who declined gets none', async () => {
    const { page } = db;
    await db.open('confirmations');
    await page.getByRole('heading', { name: 'Confirmations' }).waitFor();
    expect(await page.getByTestId('promises-panel').count()).toBe(0);

    // The close (the CLOSE lane's service records it the same way).
    db.desk.ledger.recordClosing(
      { closedBy: 'James Polakiewicz', expiresAt: et('2003-03-31 17:00:00'), cancellationDate: '2003-04-01', newGrantDate: '2003-10-02', datesReason: null, figures: {} },
      { at: et('2003-04-01 10:00:00'), operator: 'cfo' },
    );
    await db.setClock(et('2003-04-02 11:00:00'));
    await db.open('confirmations');
    const panel = page.getByTestId('promises-panel');
    await panel.waitFor();
    await panel.getByTestId('promises-counts').filter({ hasText: /^2 holders whose options were accepted · 0 promised · 2 to make · \d+ with no options accepted get none$/ }).waitFor();
    const table = panel.getByRole('table', { name: 'Holders owed a Promise to Grant' });
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.getByText('Holder 000003').count()).toBe(0);

    await panel.getByRole('button', { name: 'Preview the Promise to Grant for Holder 000001' }).click();
    const preview = page.getByRole('dialog', { name: 'Promise to Grant preview · Holder 000001' });
    await preview.getByRole('region', { name: 'Pages of the Promise to Grant for Holder 000001' }).waitFor({ timeout: 30_000 });
    await preview.getByText('Close', { exact: true }).click();

    await db.shot('promises-panel');
    // The batch is made by the letter workers with the count every batch has.
    await panel.getByRole('button', { name: 'Produce 2 Promise to Grant letters' }).click();
    const batch = page.getByTestId('batch-dialog');
    await batch.waitFor({ timeout: 120_000 });
    expect(await batch.getByRole('button', { name: 'Mark sent…' }).count()).toBe(0);
    expect(db.desk.ledger.letters().map((l) => [l.employeeId, l.kind])).toEqual([
      ['H000001', 'promise-to-grant'],
      ['H000002', 'promise-to-grant'],
    ]);
    await page.keyboard.press('Escape');
    await panel.getByTestId('letter-job-count').filter({ hasText: '2 letters made and recorded as print run 1.' }).waitFor();
    expect(await panel.getByRole('progressbar', { name: 'Letters made so far' }).getAttribute('aria-valuenow')).toBe('100');
    await panel.getByTestId('promises-status').filter({ hasText: 'Every promise made' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Every promise is made' }).isDisabled()).toBe(true);
    expect(db.pageErrors).toEqual([]);
  }, 300_000);
});
