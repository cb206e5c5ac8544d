// The Results screen in Chromium: the desk's own results (totals by plan, how holders answered),
// the Schedule TO paragraph with Copy, the records lists, PRELIMINARY while the offer is open, and
// "Save results PDF…" downloading the report's bytes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsSummary } from '../../main/ipc/dto';
import { on } from '../support/desk-call';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { record } from './support/seed';
import { unnamedControls } from './support/aria';
import { tabTo } from './support/keyboard';

let db: DeskBrowser;
let expected: ResultsSummary;
screenshotOnFailure(() => db);

/** Paper from a few dozen holders: in full, in part, withdrawn, defective, and one late Notice. */
function seedOffer(desk: DeskBrowser['desk']): void {
  const call = on(desk);
  for (let n = 1; n <= 30; n++) {
    const employeeId = `E${String(n).padStart(4, '0')}`;
    const grants = call('holders:get', { employeeId }).grants;
    const day = 3 + Math.floor((n * 23) / 30);
    const receivedAt = `2003-03-${String(day).padStart(2, '0')}T10:${String(n % 60).padStart(2, '0')}:00-05:00`;
    const part = n % 4 === 0;
    record(desk, {
      employeeId,
      kind: 'election',
      via: 'fax',
      receivedAt,
      defects: n % 7 === 0 ? ['no-email'] : [],
      tenders: grants.map((g, i) => ({ grantId: g.grantId, shares: part && i === 0 ? Math.floor(g.shares / 2) : g.shares })),
    });
    if (n % 9 === 0) record(desk, { employeeId, kind: 'notice', via: 'hand', receivedAt: `2003-03-28T09:${String(n).padStart(2, '0')}:00-05:00` });
  }
}

beforeAll(async () => {
  db = await openDeskBrowser({
    start: et('2003-03-28 11:00:00'),
    seed: (desk, clock) => {
      seedOffer(desk);
      clock.set(et('2003-03-31 17:05:00'));
      record(desk, { employeeId: 'E0002', kind: 'notice', via: 'hand', receivedAt: '2003-03-31 17:00:01', lateKeyingReason: null });
      clock.set(et('2003-04-01 10:00:00'));
    },
  });
  expected = on(db.desk)('results:get', {});
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe('the Results screen', () => {
  it("shows PRELIMINARY while the offer is open, and the desk's own totals by plan and answers", async () => {
    const { page } = db;
    await db.open('results');
    await page.getByTestId('results-banner').getByText('PRELIMINARY — the offer is not closed').waitFor();
    const plans = await page.getByRole('table', { name: 'Results by plan' }).innerText();
    const fmt = (n: number) => n.toLocaleString('en-US');
    for (const p of expected.plans) expect(plans).toContain(`${p.plan} Plan\t${fmt(p.holders)}\t${fmt(p.holdersParticipating)}\t${fmt(p.grants)}\t${fmt(p.grantsAccepted)}\t${fmt(p.sharesEligible)}\t${fmt(p.sharesAccepted)}\t${fmt(p.sharesKept)}\t${fmt(p.newShares)}`);
    const t = expected.totals;
    expect(plans).toContain(`Total\t${fmt(t.holders)}\t${fmt(t.holdersParticipating)}\t${fmt(t.grants)}\t${fmt(t.grantsAccepted)}\t${fmt(t.sharesEligible)}\t${fmt(t.sharesAccepted)}`);
    expect(t.sharesAccepted).toBeGreaterThan(0);
    const answer = (label: string, value: number) => page.getByRole('listitem', { name: `${label}: ${value}` });
    await answer('Eligible', expected.totals.holders).waitFor();
    await answer('Participating in full', expected.participation['in-full']).waitFor();
    await answer('Participating in part', expected.participation['in-part']).waitFor();
    await answer('Declined', expected.participation.declined).waitFor();
    await answer('Not responding', expected.participation['not-responding']).waitFor();
    await db.shot('results', { alsoDocs: true, height: 1500 });
    expect(db.pageErrors).toEqual([]);
  });

  it('shows the Schedule TO paragraph and copies it exactly as the desk filled it in', async () => {
    const { page } = db;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: db.url });
    const paragraph = page.getByTestId('schedule-to-paragraph');
    expect(await paragraph.innerText()).toBe(expected.scheduleTo);
    expect(expected.scheduleTo).toMatch(/^The Offer expired at 5:00 p\.m\., Eastern Time, on March 31, 2003\. /);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.scheduleTo);
  });

  it('lists the late and the defective documents', async () => {
    const { page } = db;
    expect(expected.lateDocuments).toHaveLength(1);
    expect(expected.defectiveDocuments.length).toBeGreaterThan(0);
    const late = await page.getByRole('table', { name: 'Late documents' }).innerText();
    expect(late).toContain('E0002');
    expect(late).toContain('2003-03-31 17:00:01 ET');
    const defective = await page.getByRole('table', { name: 'Documents defective as of now' }).innerText();
    for (const d of expected.defectiveDocuments) expect(defective).toContain(d.employeeId);
    expect(defective).toContain('no e-mail address');
  });

  it('names every control, and is reached from the nav by keyboard', async () => {
    const { page } = db;
    expect(await unnamedControls(page)).toEqual([]);
    await db.open('dashboard');
    await tabTo(page, page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: /^Results/ }));
    await page.keyboard.press('Enter');
    await page.getByTestId('results').waitFor();
    await page.getByTestId('schedule-to-paragraph').waitFor();
  });

  it('"Save results PDF…" downloads the report', async () => {
    const { page } = db;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save results PDF…' }).click()]);
    expect(download.suggestedFilename()).toBe('offer-results-2003-04-01-preliminary.pdf');
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(db.pageErrors).toEqual([]);
  });
});
