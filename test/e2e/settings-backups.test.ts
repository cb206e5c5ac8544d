// Settings › Backups: the folder beside the ledger where the automatic backups go, the one taken
// when the desk opened the ledger, and the count kept, changed from the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsFolderFor, listBackups } from '../../main/services/backup-store';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';

let db: DeskBrowser;
screenshotOnFailure(() => db);

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-20 10:00:00') });
});
afterAll(async () => {
  await db?.close();
});

describe('settings: backups', () => {
  it('shows the backups folder beside the ledger, the backup taken at start, and keeps the count the CFO sets', async () => {
    const { page } = db;
    const ledgerPath = db.desk.ledger.info().path;
    await db.open('settings');
    const card = page.getByTestId('backups-card');
    await card.getByTestId('backups-folder').filter({ hasText: backupsFolderFor(ledgerPath) }).waitFor();
    const list = await card.getByTestId('backups-list').innerText();
    expect(list).toMatch(/2003-03-20 10:00:\d\d(\.\d+)? ET\s+at start\s+\d+/);
    expect(await card.getByTestId('backups-anchor').innerText()).toMatch(/^Ledger audit head: event \d+ · [0-9a-f]{16}/);
    const count = card.getByRole('textbox', { name: 'Automatic backups kept' });
    expect(await count.inputValue()).toBe('10');
    await count.fill('3');
    await card.getByRole('button', { name: 'Keep this many' }).click();
    await page.getByText('The newest 3 automatic backups are kept.').waitFor();
    expect(listBackups(ledgerPath).backups).toHaveLength(1);
  });
});
