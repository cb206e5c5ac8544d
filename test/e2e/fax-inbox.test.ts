// The desk takes the fax itself. With Unfiled faxes open, the fax server drops two faxes into the
// watched folder (the desk's own personalised Election Form for E0003 at normal resolution, 204 × 98 dpi, with
// its line in HylaFAX's xferfaxlog; a cover sheet with no log line): both appear without a reload.
// The form is opened and filed from the keyboard with the holder the code preselected, received
// when the fax server's log says; the holder's election changes, the document carries the fax as
// its attachment, and the screen moves on to the cover sheet, which is set aside with a reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formCodeText } from '../../main/core/form-code';
import { writePersonalForms } from '../../main/services/personal-forms';
import { setInboxTiming } from '../../main/services/inbox-session';
import { on } from '../support/desk-call';
import { faxPdf, faxTiffOf, makeFaxTiff, requireFaxTools } from '../support/fax-fixtures';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { retype, tabTo } from './support/keyboard';
import { unnamedControls } from './support/aria';

let db: DeskBrowser;
let work: string;
let inbox: string;
let logFile: string;
screenshotOnFailure(() => db);

const HOLDER = 'E0003';
const FORM_FILE = 'fax000101.tif';
const COVER_FILE = 'fax000102.tif';

beforeAll(async () => {
  requireFaxTools();
  // The fax server's pauses (a file still being written, a log line still to come) shortened: the test waits on the screen, not on seconds.
  setInboxTiming({ stabilityMs: 200, logGraceMs: 600 });
  work = mkdtempSync(join(tmpdir(), 'offer-desk-fax-e2e-'));
  inbox = join(work, 'recvq');
  mkdirSync(inbox);
  logFile = join(work, 'xferfaxlog');
  writeFileSync(logFile, '');
  db = await openDeskBrowser({ start: et('2003-03-28 11:00:00') });
}, 60_000);
afterAll(async () => {
  await db?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** As the fax server does: the file written elsewhere, then moved into the folder whole. */
function drop(name: string, bytes: Buffer): void {
  const staged = join(work, `${name}.part`);
  writeFileSync(staged, bytes);
  renameSync(staged, join(inbox, name));
}

const row = (file: string) => db.page.getByTestId('fax-row').filter({ hasText: file });

describe('the fax inbox in the window', () => {
  it('is set up in Settings › Fax inbox: folder, the fax server log and its zone; the desk says it is watching', async () => {
    const { page } = db;
    await db.open('settings');
    const card = page.getByTestId('fax-inbox-card');
    await tabTo(page, card.getByRole('button', { name: 'Set up the fax inbox…' }), 80);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Fax inbox' });
    const folder = dialog.getByRole('textbox', { name: 'Inbox folder' });
    await folder.waitFor();
    await tabTo(page, folder);
    await retype(page, inbox);
    await page.keyboard.press('Tab');
    await retype(page, logFile);
    await page.keyboard.press('Tab');
    await retype(page, 'America/New_York');
    expect(await unnamedControls(page)).toEqual([]);
    await tabTo(page, dialog.getByRole('button', { name: 'Save and scan' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await card.getByTestId('inbox-watching').filter({ hasText: 'Watching' }).waitFor();
    expect(await card.getByTestId('inbox-settings').innerText()).toContain(logFile);
    expect(await unnamedControls(page)).toEqual([]);
    await db.shot('fax-inbox-settings');
  });

  it('lists a fax the moment it appears in the folder, while Unfiled faxes is open, without a reload', async () => {
    const { page } = db;
    await db.open('faxes');
    await page.getByTestId('faxes-count').filter({ hasText: 'No fax is waiting to be filed.' }).waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));

    // The desk's own personalised forms for the holder; page 1, the Election Form, comes back by fax.
    const forms = join(work, 'forms.pdf');
    writePersonalForms(db.desk.parts, { path: forms, employeeIds: [HOLDER] });
    const electionForm = join(work, 'election-form.pdf');
    execFileSync('pdfseparate', ['-f', '1', '-l', '1', forms, electionForm]);
    const formTiff = makeFaxTiff(electionForm, { resolution: 'normal', compression: 'g4', dateTime: '2003:03:28 10:44:02' });
    // The server's record of the call, written as the call ends: started 10:41 (its clock, ET), 2 minutes 30 seconds long.
    writeFileSync(logFile, `03/28/03 10:41\tRECV\t00000101\tttyS0\trecvq/${FORM_FILE}\t""\tfax\t"6036350000"\t"603 555 0101"\t0\t1\t0:02:30\t0:02:20\t""\n`);
    drop(FORM_FILE, formTiff);
    await row(FORM_FILE).waitFor({ timeout: 20_000 });
    const coverTiff = faxTiffOf(await faxPdf([{ kind: 'cover' }]), { resolution: 'fine', compression: 'g4' });
    drop(COVER_FILE, coverTiff);
    await row(COVER_FILE).waitFor({ timeout: 20_000 });

    expect(navigations).toEqual([]);
    // Newest first; the form's row names its holder and its receipt from the server's log.
    expect(await page.getByTestId('fax-row').first().getAttribute('data-fax-id')).toBe(String(on(db.desk)('faxes:list', {}).faxes[0]?.id));
    const form = row(FORM_FILE);
    expect(await form.getByTestId('fax-code').getAttribute('data-employee-id')).toBe(HOLDER);
    expect(await form.getByTestId('receipt-source').innerText()).toBe('Fax server log');
    expect(await form.innerText()).toMatch(/between 2003-03-28 10:43 ET and 2003-03-28 10:45 ET/);
    expect(await row(COVER_FILE).getByTestId('receipt-source').innerText()).toBe('Inbox arrival');
    expect(await row(COVER_FILE).getByTestId('fax-code').innerText()).toMatch(/no|not/i);
    await page.getByRole('navigation', { name: 'Screens' }).getByTestId('unfiled-faxes-badge').filter({ hasText: '2' }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await db.shot('fax-inbox-list');
  }, 60_000);

  it('opens the form from the keyboard beside its pages, files it with the holder the code preselected, and the election changes', async () => {
    const { page } = db;
    const before = on(db.desk)('holders:get', { employeeId: HOLDER });
    const faxId = Number(await row(FORM_FILE).getAttribute('data-fax-id'));
    const view = on(db.desk)('faxes:get', { id: faxId });

    await tabTo(page, page.getByRole('link', { name: `Open fax ${FORM_FILE}` }), 80);
    await page.keyboard.press('Enter');
    await page.getByTestId('fax').waitFor();
    // The pages, drawn at the paper's shape: a 204 × 98 dpi page is as tall as a letter page, not half.
    const canvas = page.getByRole('img', { name: `Fax ${FORM_FILE}, page 1 of 1` });
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.height ?? 0) / (box?.width ?? 1)).toBeCloseTo(11 / 8.5, 1);

    // Holder and form from the code, for the operator to confirm; the focus is on the holder.
    const holderBox = page.getByRole('combobox', { name: 'Holder' });
    await expect.poll(() => holderBox.inputValue()).toBe(`${before.holder.name} · ${HOLDER}`);
    expect(await holderBox.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByTestId('code-sentence').innerText()).toContain(before.holder.name);
    expect(await page.getByTestId('fax-window').innerText()).toBe(`From the fax server's log: ${view.windowText}`);
    expect(await page.getByTestId('tiff-date-time').innerText()).toContain('2003:03:28 10:44:02');
    const receipt = page.getByRole('textbox', { name: 'Received at' });
    expect(await receipt.inputValue()).toBe(view.prefill.receivedAt);
    expect(await page.getByTestId('receipt-source-fax').inputValue()).toBe('Fax server log');

    // Typing over the fax record's time is said before saving; typing it back clears the warning.
    await tabTo(page, receipt);
    await retype(page, '2003-03-28 10:40');
    await page.getByTestId('intake-warnings').filter({ hasText: 'flagged as overridden' }).waitFor();
    await retype(page, view.prefill.receivedAt);
    await page.getByTestId('intake-warnings').waitFor({ state: 'detached' });

    await page.keyboard.press('Alt+KeyA');
    await page.getByTestId('intake-preview').filter({ hasText: /Timely/ }).waitFor();
    // Tall enough for the pages, the form and what saving will do.
    await db.shot('fax-inbox', { alsoDocs: true, height: 1500 });
    await page.keyboard.press('ControlOrMeta+Enter');

    // Filed: the screen moves on to the next unfiled fax, and says what the form became.
    const filed = on(db.desk)('faxes:get', { id: faxId });
    await expect.poll(() => on(db.desk)('faxes:get', { id: faxId }).status).toBe('filed');
    const documentId = on(db.desk)('faxes:get', { id: faxId }).documentId ?? 0;
    expect(filed).toBeDefined();
    await page.getByRole('status').filter({ hasText: `Filed as document #${documentId}` }).waitFor();
    await page.getByRole('heading', { name: `File fax ${COVER_FILE}` }).waitFor();

    const after = on(db.desk)('holders:get', { employeeId: HOLDER });
    expect(after.election.state).not.toBe(before.election.state);
    expect(after.election.state).toBe('tendered-all');
    // The ledger read back: the document is received exactly when, and as, the fax record says.
    const record = db.desk.ledger.fax(faxId);
    const doc = db.desk.ledger.document(documentId);
    expect(doc?.receivedAt).toBe(record?.receipt.receivedAt);
    expect(doc?.receiptSource).toBe('fax-server-log');
    expect(doc?.receiptSource).toBe(record?.receipt.source);
    expect(doc?.employeeId).toBe(HOLDER);
    expect(db.desk.ledger.attachments(documentId).map((a) => a.fileName)).toEqual([FORM_FILE]);
  }, 60_000);

  it('sets the cover sheet aside with a reason, from the keyboard; the unfiled list is then empty and the filed fax links to its document', async () => {
    const { page } = db;
    const faxId = on(db.desk)('faxes:list', {}).faxes[0]?.id ?? 0;
    await tabTo(page, page.getByRole('button', { name: 'Not an offer document…' }), 80);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Not an offer document' });
    await dialog.waitFor();
    const reason = dialog.getByRole('textbox', { name: /Why is it not an offer document/ });
    await reason.waitFor();
    await tabTo(page, reason);
    await page.keyboard.type('A cover sheet from the sender: the form came as its own fax.');
    await tabTo(page, dialog.getByRole('button', { name: 'Set aside as not an offer document' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('faxes-count').filter({ hasText: 'No fax is waiting to be filed.' }).waitFor();
    const set = on(db.desk)('faxes:get', { id: faxId });
    expect(set.status).toBe('set-aside');
    expect(set.disposition?.notOfferReason).toBe('A cover sheet from the sender: the form came as its own fax.');

    // Everything on record, with what became of each.
    await tabTo(page, page.getByRole('switch', { name: 'Show filed and set-aside faxes too' }), 80);
    await page.keyboard.press('Space');
    await row(FORM_FILE).getByRole('link', { name: /Document #\d+/ }).waitFor();
    expect(await row(COVER_FILE).innerText()).toContain('Set aside');
    await db.shot('fax-inbox-all');

    // The holder's screen lists the fax as the document's attachment.
    await row(FORM_FILE).getByRole('link', { name: /Document #\d+/ }).click();
    await page.getByText(FORM_FILE).first().waitFor();
    await db.shot('fax-inbox-holder');
    // The dashboard counts what is left to file.
    await db.open('dashboard');
    await page.getByRole('listitem', { name: 'Unfiled faxes: 0' }).waitFor();
    expect(db.pageErrors).toEqual([]);
  }, 60_000);
});

describe('a fax whose reception straddles the expiration', () => {
  it('is flagged in the list and above the form, with both instants, for the CFO to decide', async () => {
    const { page } = db;
    await db.open('faxes');
    const file = 'fax000103.tif';
    const code = formCodeText(db.desk.ledger.info().ledgerId, 'E0007', 'notice');
    const tiff = faxTiffOf(await faxPdf([{ kind: 'form', code }]), { resolution: 'fine', compression: 'g4' });
    // Started at 4:59 PM on the expiration day, two and a half minutes long: finished after 5:00 PM.
    writeFileSync(logFile, `03/31/03 16:59\tRECV\t00000103\tttyS0\trecvq/${file}\t""\tfax\t"6036350000"\t"603 555 0101"\t0\t1\t0:02:30\t0:02:20\t""\n`, { flag: 'a' });
    drop(file, tiff);
    const straddling = row(file);
    await straddling.waitFor({ timeout: 20_000 });
    expect(await straddling.getAttribute('data-straddles')).toBe('true');
    expect(await straddling.getByTestId('straddle-flag').innerText()).toMatch(/straddles expiration/i);
    await db.shot('fax-inbox-straddle-list');

    await tabTo(page, page.getByRole('link', { name: `Open fax ${file}` }), 80);
    await page.keyboard.press('Enter');
    const alert = page.getByTestId('straddle-alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toMatch(/STRADDLES EXPIRATION/);
    expect(text).toContain('2003-03-31 17:00:00 ET');
    expect(text).toMatch(/began by 2003-03-31 16:59:00 ET/);
    expect(await unnamedControls(page)).toEqual([]);
    await db.shot('fax-inbox-straddle', { height: 1100 });
    expect(db.pageErrors).toEqual([]);
  }, 60_000);
});
