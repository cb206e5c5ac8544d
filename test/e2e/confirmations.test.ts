// "Alpha will send a confirmation within five business days of receipt." The desk's flow from the
// queue to paper: select what is overdue -> produce and preview the batch (drawn by pdf.js on
// canvas, under the strict CSP) -> Print… (the system print dialog) -> mark sent -> the queue, the
// dashboard and the print history all agree. Real handlers, a real ledger, Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { on } from '../support/desk-call';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintRunView } from '../../main/ipc/dto';
import { createHandlerTable, dispatch } from '../../main/ipc/handlers';
import { unnamedControls } from './support/aria';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { tabTo } from './support/keyboard';
import { record } from './support/seed';

let db: DeskBrowser;
screenshotOnFailure(() => db);

/** Document ids by holder, filled in by the seed. */
const doc = { lukasiewicz: 0, ellison: 0, second: 0, tanaka: 0, upcoming: 0, defective: 0 };
const consoleErrors: string[] = [];

interface PrintCall {
  images: number;
  decoded: boolean;
  width: number;
  height: number;
}

/**
 * Runs in the page before the app: records window.print() calls (with what the print container
 * held at that moment) instead of opening a dialog, and every CSP violation the page reports.
 */
const PAGE_PROBES = `
  window.__printCalls = [];
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  window.print = () => {
    const imgs = Array.from(document.querySelectorAll('.print-root img'));
    window.__printCalls.push({
      images: imgs.length,
      decoded: imgs.every((i) => i.complete && i.naturalWidth > 0),
      width: imgs.length ? imgs[0].naturalWidth : 0,
      height: imgs.length ? imgs[0].naturalHeight : 0,
    });
  };
`;

function seed(desk: DeskBrowser['desk'], clock: DeskBrowser['clock']): void {
  // Each document is keyed on the day it arrived (the clock set there first), as at the desk.
  const log = (employeeId: string, receivedEt: string, via: 'fax' | 'hand', defects: ('no-email' | 'unsigned')[] = []) => {
    clock.set(et(receivedEt.replace(/:00$/, ':30')));
    const grants = on(desk)('holders:get', { employeeId: employeeId }).grants;
    return record(desk, {
      employeeId,
      kind: 'election',
      via,
      receivedAt: et(receivedEt),
      receiptSource: via === 'fax' ? 'fax-header' : 'desk-stamp',
      pages: 2,
      signedBy: null,
      signerCapacity: 'holder',
      defects,
      tenders: grants.map((g) => ({ grantId: g.grantId, shares: g.shares })),
    });
  };
  doc.lukasiewicz = log('E0003', '2003-03-17 09:30:00', 'fax'); // due Mon 03-24: overdue
  doc.ellison = log('E0001', '2003-03-18 14:00:00', 'hand'); // due Tue 03-25: overdue
  doc.second = log('E0002', '2003-03-20 16:45:00', 'fax'); // due Thu 03-27: overdue
  doc.tanaka = log('E0005', '2003-03-21 10:00:00', 'hand'); // due Fri 03-28: due today
  doc.upcoming = log('E0004', '2003-03-26 11:00:00', 'fax'); // due Wed 04-02
  doc.defective = log('E0006', '2003-03-27 15:00:00', 'fax', ['no-email']); // due Thu 04-03
  clock.set(et('2003-03-28 11:00:00'));
}

const OVERDUE = () => [doc.lukasiewicz, doc.ellison, doc.second];

function history(): PrintRunView[] {
  const result = dispatch(createHandlerTable(), { desk: () => db.desk }, 'letters:history', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as PrintRunView[];
}

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-28 11:00:00'), seed });
  await db.page.addInitScript({ content: PAGE_PROBES });
  db.page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
});
afterAll(async () => {
  await db?.close();
});

/** Scrolls each page of the preview into view and waits until pdf.js has drawn it. */
async function drawnPages(scope: ReturnType<DeskBrowser['page']['getByTestId']>): Promise<{ width: number; height: number; text: string }[]> {
  await scope.waitFor();
  const count = Number(await scope.getAttribute('data-pages'));
  const pages = scope.getByTestId('pdf-page');
  expect(await pages.count()).toBe(count);
  const out: { width: number; height: number; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const page = pages.nth(i);
    await page.scrollIntoViewIfNeeded();
    await page.and(db.page.locator('[data-rendered="true"]')).waitFor();
    const size = await page.locator('canvas').evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    out.push({ ...size, text: await page.getByTestId('pdf-page-text').innerText() });
  }
  return out;
}

describe('confirmations: select overdue -> print -> mark sent', () => {
  it('lists every document with its due date, the overdue ones flagged', async () => {
    const { page } = db;
    await db.open('confirmations');
    const row = (id: number) => page.getByTestId(`queue-row-${id}`);
    await row(doc.defective).waitFor();
    for (const id of OVERDUE()) {
      expect(await row(id).getAttribute('data-status')).toBe('overdue');
      await row(id).getByTestId('badge-overdue').waitFor();
    }
    expect(await row(doc.tanaka).getAttribute('data-status')).toBe('due-today');
    await row(doc.tanaka).getByTestId('badge-due-today').waitFor();
    expect(await row(doc.upcoming).getAttribute('data-status')).toBe('upcoming');
    // Five business days, Eastern: received Mon 03-17 -> due Mon 03-24.
    expect(await row(doc.lukasiewicz).innerText()).toMatch(/Mon 2003-03-24[\s\S]*OVERDUE/i);
    expect(await row(doc.lukasiewicz).innerText()).toContain('Zofia Łukasiewicz');
    expect(await row(doc.tanaka).innerText()).toContain('田中 太郎');
    expect(await row(doc.defective).innerText()).toContain('irregularity notice available');
  });

  it('the overdue view, select all overdue', async () => {
    const { page } = db;
    await page.locator('label', { hasText: /^Overdue \(3\)$/ }).click();
    await page.waitForURL(/#\/confirmations\?filter=overdue$/);
    await expectRowCount(3);
    await page.getByRole('button', { name: 'Select all overdue (3)' }).click();
    await page.getByTestId('selection-count').filter({ hasText: /^3 selected$/ }).waitFor();
    for (const id of OVERDUE()) expect(await page.getByTestId(`queue-row-${id}`).getByRole('checkbox').isChecked()).toBe(true);

    // For the README: the whole queue still owed, the overdue rows selected.
    await page.locator('label', { hasText: /^Not yet sent \(6\)$/ }).click();
    await expectRowCount(6);
    await page.getByTestId('selection-count').filter({ hasText: /^3 selected$/ }).waitFor();
    await db.shot('confirmations', { alsoDocs: true });
  });

  let pages = 0;
  it('Print selected produces one recorded batch, shown page by page on canvas', async () => {
    const { page } = db;
    await page.getByRole('button', { name: 'Print selected (3)…' }).click();
    const produce = page.getByRole('dialog', { name: 'Produce 3 letters for the printer' });
    await produce.getByText("Producing fixes each letter's content; reprints will be identical").waitFor();
    expect(history()).toEqual([]);
    await produce.getByRole('button', { name: 'Produce 3 letters' }).click();

    const batch = page.getByRole('dialog', { name: /^Print run #1 · 3 letters · \d+ pages$/ });
    await batch.waitFor();
    const [run] = history();
    expect(run?.purpose).toBe('print');
    pages = run?.pages ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(await batch.getByTestId('pdf-pages').getAttribute('data-pages')).toBe(String(pages));

    const drawn = await drawnPages(batch.getByTestId('pdf-pages'));
    expect(drawn).toHaveLength(pages);
    for (const p of drawn) {
      // US Letter drawn at the preview's width (760 CSS px at this screen's density of 1).
      expect(p.width).toBe(760);
      expect(Math.abs(p.height / p.width - 11 / 8.5)).toBeLessThan(0.01);
    }
    // Each letter starts on a new page, in the order printed, and says whom it is for.
    const starts = await batch.getByTestId('letter-start').allInnerTexts();
    expect(starts).toHaveLength(3);
    expect(starts[0]).toContain('Zofia Łukasiewicz');
    let startPage = 0;
    for (const letter of run?.letters ?? []) {
      expect(drawn[startPage]?.text).toContain(letter.name);
      startPage += letter.pages;
    }
    await batch.getByRole('region', { name: 'Pages of print run 1' }).evaluate((el) => el.scrollTo(0, 0));
    await db.shot('letter-batch');
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('Print… puts one image per page in the print container and opens the print dialog', async () => {
    const { page } = db;
    const batch = page.getByRole('dialog', { name: /^Print run #1/ });
    await batch.getByRole('button', { name: 'Print…' }).click();
    await batch.getByTestId('printed-note').waitFor();
    const calls = (await page.evaluate('window.__printCalls')) as PrintCall[];
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ images: pages, decoded: true, width: 1700, height: 2200 });

    // What the printer would get: Chromium's own print of the page, through the print CSS.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(tmpdir(), `offer-desk-print-${process.pid}.pdf`);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);

    // Save PDF… hands over the very bytes whose SHA-256 the ledger recorded.
    const [download] = await Promise.all([page.waitForEvent('download'), batch.getByRole('link', { name: /^Save PDF…/ }).click()]);
    const saved = readFileSync(await download.path());
    expect(createHash('sha256').update(saved).digest('hex')).toBe(history()[0]?.pdfSha256);
    expect(download.suggestedFilename()).toBe('letters-2003-03-28-print-1.pdf');
  });

  it('Mark sent (mail, today): the rows move to Sent', async () => {
    const { page } = db;
    await page.getByRole('dialog', { name: /^Print run #1/ }).getByRole('button', { name: 'Mark sent…' }).click();
    const mark = page.getByRole('dialog', { name: 'Mark 3 confirmations sent' });
    expect(await mark.getByRole('textbox', { name: 'Sent on' }).inputValue()).toBe('2003-03-28');
    expect(await mark.getByRole('radio', { name: 'Mail', exact: true }).isChecked()).toBe(true);
    expect(await unnamedControls(page)).toEqual([]);
    // The day is read by core as typed: a day-first date is an error on the field and nothing can
    // be marked; "Mar 28 2003" is read back as the day that will be saved.
    const sentOn = mark.getByRole('textbox', { name: 'Sent on' });
    await sentOn.fill('28/03/2003');
    await mark.getByText('28 is not a month. Dates are read in US month/day order').waitFor();
    expect(await sentOn.getAttribute('aria-invalid')).toBe('true');
    expect(await mark.getByRole('button', { name: 'Mark 3 sent' }).isDisabled()).toBe(true);
    await sentOn.fill('Mar 28 2003');
    await mark.locator('[data-testid="sent-on-readback"][data-date="2003-03-28"]').filter({ hasText: '= Fri 2003-03-28' }).waitFor();
    await mark.getByRole('button', { name: 'Mark 3 sent' }).click();
    await page.getByRole('status').getByText('3 confirmations sent on 2003-03-28, mail.').waitFor();
    await mark.waitFor({ state: 'hidden' });

    // Still owed: the one due today and the two upcoming.
    await page.locator('label', { hasText: /^Not yet sent \(3\)$/ }).waitFor();
    await expectRowCount(3);
    await page.locator('label', { hasText: /^Overdue \(0\)$/ }).click();
    await page.getByText('Nothing in “Overdue”.').waitFor();
    await page.locator('label', { hasText: /^Sent \(3\)$/ }).click();
    await expectRowCount(3);
    for (const id of OVERDUE()) {
      const row = page.getByTestId(`queue-row-${id}`);
      expect(await row.getAttribute('data-status')).toBe('sent');
      expect(await row.innerText()).toMatch(/Sent Fri 2003-03-28\s+Mail/);
    }
  });

  it("the dashboard's overdue count drops to 0 and the history holds one print run with those letters", async () => {
    const { page } = db;
    await db.open('dashboard');
    await page.getByRole('listitem', { name: 'Confirmations overdue: 0' }).waitFor();
    await page.getByRole('listitem', { name: 'Confirmations due today: 1' }).waitFor();
    const runs = history();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.letters.map((l) => l.documentId).sort()).toEqual([...OVERDUE()].sort());
    expect(runs[0]?.letters.every((l) => l.kind === 'confirmation' && l.letterDate === '2003-03-28')).toBe(true);
  });

  it("the dashboard's due-today tile opens that view; a letter previews inside the app", async () => {
    const { page } = db;
    await page.getByRole('link', { name: 'Open due today →' }).click();
    await page.waitForURL(/#\/confirmations\?filter=due-today$/);
    await expectRowCount(1);
    await page.getByRole('button', { name: `Preview the letter for document #${doc.tanaka} (田中 太郎)` }).click();
    const preview = page.getByRole('dialog', { name: `Letter preview · 田中 太郎 · document #${doc.tanaka}` });
    const drawn = await drawnPages(preview.getByTestId('pdf-pages'));
    expect(drawn.length).toBeGreaterThanOrEqual(1);
    expect(drawn[0]?.text).toContain('田中 太郎');
    await preview.getByRole('region', { name: /^Pages of the confirmation/ }).evaluate((el) => el.scrollTo(0, 0));
    for (const close of await page.getByRole('button', { name: 'Close notification' }).all()) await close.click();
    await db.shot('letter-preview');
    // A preview records nothing.
    expect(history()).toHaveLength(1);
    await preview.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it("marking sent a document with no letter produced is refused in the desk's words", async () => {
    const { page } = db;
    // From the keyboard: Tab to the row's checkbox, Space ticks it, Tab on to the action, Enter.
    const tick = page.getByRole('checkbox', { name: `Select document #${doc.tanaka} (田中 太郎)` });
    await tabTo(page, tick);
    await page.keyboard.press('Space');
    expect(await tick.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Mark selected sent…' }));
    await page.keyboard.press('Enter');
    const mark = page.getByRole('dialog', { name: 'Mark 1 confirmation sent' });
    await mark.getByRole('button', { name: 'Mark 1 sent' }).click();
    const refusal = mark.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`no confirmation of document ${doc.tanaka} has been produced yet (produce it first)`);
    expect(await refusal.innerText()).toContain('Nothing was marked.');
    await mark.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId(`queue-row-${doc.tanaka}`).getAttribute('data-status')).toBe('due-today');
  });

  it('the print history reprints the same letters', async () => {
    const { page } = db;
    await page.getByRole('tab', { name: 'Print history' }).click();
    await page.getByTestId('print-run-1').waitFor();
    await page.getByRole('button', { name: 'Reprint print run #1' }).click();
    const batch = page.getByRole('dialog', { name: new RegExp(`^Reprint run #2 · 3 letters · ${pages} pages$`) });
    await batch.waitFor();
    expect(await batch.getByTestId('pdf-pages').getAttribute('data-pages')).toBe(String(pages));
    await batch.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByTestId('print-run-2').waitFor();
    const [reprint, print] = history();
    expect(reprint?.purpose).toBe('reprint');
    expect(reprint?.letters.map((l) => l.pdfSha256)).toEqual(print?.letters.map((l) => l.pdfSha256));
    await db.shot('print-history');
  });

  it('ran under the strict CSP with no violation and no page error', async () => {
    expect(await db.page.evaluate('window.__cspViolations')).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(db.pageErrors).toEqual([]);
  });
});

async function expectRowCount(n: number): Promise<void> {
  await db.page.waitForFunction(
    (want) => document.querySelectorAll('[data-testid="queue-table"] tbody tr').length === want,
    n,
  );
}
