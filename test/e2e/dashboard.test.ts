// The dashboard tells the desk where the offer stands: the figures it shows are the desk's own
// totals (holders by election, shares by plan, documents by standing, confirmations owed), with a
// countdown taken from the desk's clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import type { DashboardData } from '../../main/ipc/dto';
import { et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';
import { record } from './support/seed';

let db: DeskBrowser;
let expected: DashboardData;
screenshotOnFailure(() => db);

/** A month of paper arriving at the desk, as a working offer would see it (fixed, not random). */
function seedMonth(desk: DeskBrowser['desk']): void {
  for (let n = 1; n <= 36; n++) {
    const employeeId = `E${String(n).padStart(4, '0')}`;
    const grants = on(desk)('holders:get', { employeeId: employeeId }).grants;
    const day = 3 + Math.floor((n * 23) / 36); // Mar 3 .. Mar 26
    const hour = 9 + (n % 8);
    const receivedAt = `2003-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:00-05:00`;
    const part = n % 5 === 0;
    record(desk, {
      employeeId,
      kind: 'election',
      via: n % 3 === 0 ? 'hand' : 'fax',
      receivedAt,
      receiptSource: n % 3 === 0 ? 'desk-stamp' : 'fax-header',
      pages: 2,
      signedBy: null,
      signerCapacity: 'holder',
      defects: n % 11 === 0 ? ['no-date-time'] : [],
      tenders: grants.map((g, i) => ({ grantId: g.grantId, shares: part && i === 0 ? 0 : g.shares })),
    });
    if (n % 9 === 0) {
      record(desk, {
        employeeId,
        kind: 'notice',
        via: 'hand',
        receivedAt: `2003-03-27T${String(hour).padStart(2, '0')}:15:00-05:00`,
        receiptSource: 'desk-stamp',
        pages: 1,
        signedBy: null,
        signerCapacity: 'holder',
        defects: [],
        tenders: [],
      });
    }
  }
}

beforeAll(async () => {
  db = await openDeskBrowser({ start: et('2003-03-28 11:00:00'), seed: (desk) => seedMonth(desk) });
  expected = on(db.desk)('dashboard:get', {});
});
afterAll(async () => {
  await db?.close();
});

describe('the dashboard', () => {
  it('shows the expiration in ET and in the machine zone, and counts down on the desk clock', async () => {
    const { page } = db;
    await db.open('dashboard');
    expect(await page.getByTestId('expiration-et').innerText()).toBe('Mon 31 Mar 2003, 5:00:00 PM ET');
    expect(await page.getByTestId('expiration-local').innerText()).toBe('Your time: 2003-03-31 14:00:00 PST');
    await page.getByTestId('countdown').filter({ hasText: /^3d 0[56]:\d\d:\d\d$/ }).waitFor();
  });

  it("shows the desk's own totals", async () => {
    const { page } = db;
    const tile = (label: string, value: number) => page.getByRole('listitem', { name: `${label}: ${value}` });
    await tile('Holders', expected.holders).waitFor();
    const tendered = expected.byPlan.reduce((n, p) => n + p.sharesTendered, 0);
    await tile('Shares tendered', tendered).waitFor();
    await tile('Governing documents', expected.documentsByStanding.governing).waitFor();
    await tile('Defective', expected.documentsByStanding.defective).waitFor();
    await tile('Confirmations overdue', expected.confirmationsOverdue).waitFor();
    expect(expected.documentsByStanding.governing).toBeGreaterThan(20);
    const plans = await page.getByRole('table', { name: 'Grants and shares by plan' }).innerText();
    for (const p of expected.byPlan) expect(plans).toContain(`${p.plan} Plan`);
    await page.locator('.recharts-area-area').first().waitFor();
    await db.shot('dashboard', { alsoDocs: true });
    expect(db.pageErrors).toEqual([]);
  });
});
