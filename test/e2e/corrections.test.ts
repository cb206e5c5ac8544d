// Corrections that keep the original, in the window: a document voided from the holder's timeline
// after a confirmation that restates the effect (struck through, the holder re-judged, read back
// through the CLI), a document corrected (linked both ways), and an extension recorded by mistake
// voided with the preview of every document whose standing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { run } from '../../main/cli/run';
import type { Channel } from '../../main/ipc/contract';
import { createHandlerTable, dispatch } from '../../main/ipc/handlers';
import type { Desk } from '../../main/services/desk';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { record } from './support/seed';

let db: DeskBrowser;
screenshotOnFailure(() => db);

function call(desk: Desk, channel: Channel, payload: unknown): void {
  const r = dispatch(createHandlerTable(), { desk: () => desk }, channel, payload);
  if (!r.ok) throw new Error(`seeding ${channel} failed: ${r.error.message}`);
}

const base = { via: 'fax', receiptSource: 'fax-header', pages: 1, signerCapacity: 'holder' } as const;

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-28 10:00:00'),
    seed: (desk, clock) => {
      // 1: Rajesh Kapoor tenders both grants; 2: a form keyed twice by mistake, tendering G-172 only.
      record(desk, { ...base, employeeId: 'E0032', kind: 'election', receivedAt: '2003-03-20T10:00:00-05:00', signedBy: 'Rajesh Kapoor', tenders: [{ grantId: 'G-172', shares: 4250 }, { grantId: 'G-173', shares: 7000 }] });
      record(desk, { ...base, employeeId: 'E0032', kind: 'election', receivedAt: '2003-03-24T10:00:00-05:00', signedBy: 'Rajesh Kapoor', tenders: [{ grantId: 'G-172', shares: 4250 }, { grantId: 'G-173', shares: 0 }] });
      // Document 2 was confirmed on March 28.
      call(desk, 'letters:produce', { documentIds: [2] });
      // The Board extends the offer to April 2; Susan Park's form of April 1 is timely only because of it.
      call(desk, 'extensions:record', { to: '2003-04-02 17:00', reason: 'Board extended the offer', decidedAt: '2003-03-28 09:00', announcedAt: '2003-03-28 09:00' });
      clock.set(et('2003-04-01 09:05:00'));
      record(desk, { ...base, employeeId: 'E0033', kind: 'election', receivedAt: '2003-04-01T09:00:00-05:00', signedBy: 'Susan Park', tenders: [{ grantId: 'G-174', shares: 8500 }, { grantId: 'G-175', shares: 1500 }] });
    },
  });
});
afterAll(async () => {
  await db?.close();
});

function cli(...args: string[]): string {
  let out = '';
  let err = '';
  const code = run(args, { clock: db.clock, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
  if (code !== 0) throw new Error(`offer-desk ${args.join(' ')}: ${err}`);
  return out;
}

describe('corrections from the window', () => {
  it('Void… restates the effect before anything is written; the document is then struck through and the holder re-judged', async () => {
    const { page } = db;
    await db.open('holder/E0032');
    await page.getByTestId('document-2').waitFor();
    await page.getByRole('button', { name: 'Void document #2…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Void document #2' });
    await dialog.getByText(/Effect: Rajesh Kapoor's election goes from "tenders 4,250 of 11,250 shares \(1 of 2 grants\)" to "tenders all 11,250 of 11,250 shares \(2 of 2 grants\)"/).waitFor();
    await dialog.getByTestId('letters-made-wrong').getByText(/Confirmation of .*letter 1.*since voided/).waitFor();
    await expect(dialog.getByRole('button', { name: 'Review…' }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(/Why is it void/).fill('A second copy of the March 20 fax, keyed with the wrong tender');
    await db.shot('void-dialog', { alsoDocs: true });
    await dialog.getByRole('button', { name: 'Review…' }).click();
    const restated = await dialog.getByTestId('void-effect').innerText();
    expect(restated).toMatch(/goes from "tenders 4,250 .*" to "tenders all 11,250 .*"; 1 document becomes void; 1 other document changes standing; 1 letter already produced becomes wrong/);
    await db.shot('void-confirmation', { alsoDocs: true });
    await dialog.getByRole('button', { name: 'Void document #2' }).click();
    await dialog.waitFor({ state: 'detached' });

    const voided = page.getByTestId('document-2');
    await page.locator('[data-testid="document-2"][data-standing="void"]').waitFor();
    const note = await voided.getByTestId('void-note').innerText();
    expect(note).toContain('by e2e');
    expect(note).toContain('A second copy of the March 20 fax, keyed with the wrong tender');
    const struck = await voided.getByTestId('document-facts').evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(struck).toBe('line-through');
    await page.locator('[data-testid="document-1"][data-standing="governing"]').waitFor();
    expect(await voided.getByRole('button', { name: /Void document/ }).count()).toBe(0);

    // The CLI reads the same record.
    const rows = JSON.parse(cli('documents', db.desk.session().ledgerPath, '--json')) as { id: number; void: boolean; void_reason: string | null; governing: boolean }[];
    expect(rows.find((r) => r.id === 2)).toMatchObject({ void: true, void_reason: 'A second copy of the March 20 fax, keyed with the wrong tender', governing: false });
    expect(rows.find((r) => r.id === 1)).toMatchObject({ void: false, void_reason: null, governing: true });

    // The confirmation already produced for it is flagged in the queue.
    await db.open('confirmations');
    await page.locator('[data-testid="queue-row-2"][data-status="correction-due"]').getByTestId('badge-correction-due').waitFor();
    await db.shot('correction-due-queue', { alsoDocs: true });
    expect(db.pageErrors).toEqual([]);
  });

  it('Correct… opens the intake fields prefilled; the corrected document replaces the original, linked both ways', async () => {
    const { page } = db;
    await db.open('holder/E0032');
    await page.getByRole('button', { name: 'Correct document #1…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct document #1' });
    // Prefilled with the facts as recorded.
    await expect(dialog.getByRole('textbox', { name: 'Received at' }).inputValue()).resolves.toBe('2003-03-20 10:00:00');
    await dialog.getByText('Nothing yet: change what was mis-keyed.').waitFor();
    await dialog.getByRole('button', { name: 'Clear all' }).click();
    await dialog.getByTestId('correct-preview').getByText('Tenders: G-172 4,250 · G-173 7,000 → G-172 0 · G-173 0').waitFor();
    await dialog.getByLabel(/Why is it corrected/).fill('The form tenders nothing: both boxes read 0');
    await db.shot('correct-dialog', { alsoDocs: true, height: 1400 });
    await dialog.getByRole('button', { name: 'Review…' }).click();
    await dialog.getByTestId('correct-confirmation').getByText(/Document #1 becomes void .* recorded in its place, linked both ways/).waitFor();
    await dialog.getByRole('button', { name: 'Correct document #1' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.locator('[data-testid="document-1"][data-standing="void"]').getByTestId('replaced-by-link').filter({ hasText: 'document #4' }).waitFor();
    const corrected = page.locator('[data-testid="document-4"]');
    await corrected.getByTestId('corrects-badge').filter({ hasText: 'Corrects #1' }).waitFor();
    await corrected.getByTestId('corrects-link').filter({ hasText: 'document #1' }).waitFor();
    expect(await corrected.getAttribute('data-standing')).toBe('governing');
    await db.shot('corrected-timeline', { alsoDocs: true, height: 1300 });
    const rows = JSON.parse(cli('documents', db.desk.session().ledgerPath, '--json')) as { id: number; void: boolean; void_reason: string | null }[];
    expect(rows.find((r) => r.id === 1)).toMatchObject({ void: true, void_reason: 'The form tenders nothing: both boxes read 0' });
    expect(db.pageErrors).toEqual([]);
  });

  it('an extension recorded by mistake is voided after a preview of every document whose standing changes', async () => {
    const { page } = db;
    await db.open('settings');
    await page.getByRole('button', { name: 'Void extension #1…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Void an extension' });
    await dialog.getByText(/Effect: The expiration goes back from 2003-04-02 17:00:00 ET to 2003-03-31 17:00:00 ET; 1 document becomes late/).waitFor();
    await dialog.getByTestId('affected-3').getByText('Susan Park').waitFor();
    await dialog.getByLabel(/Why is it void/).fill('Recorded on the wrong offer');
    await db.shot('extension-void-dialog', { alsoDocs: true });
    await dialog.getByRole('button', { name: 'Review…' }).click();
    await dialog.getByTestId('void-effect').getByText(/goes back from .* to 2003-03-31 17:00:00 ET; 1 document becomes late/).waitFor();
    await dialog.getByRole('button', { name: 'Void the extension' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid="extension-1"][data-void="true"]').getByTestId('extension-void-note').filter({ hasText: 'Recorded on the wrong offer' }).waitFor();
    expect(on(db.desk)('holders:get', { employeeId: 'E0033' }).documents[0]?.assessment.standing).toBe('late');
    expect(db.pageErrors).toEqual([]);
  });
});
