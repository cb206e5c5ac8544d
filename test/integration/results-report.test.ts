// The results report of a generated 5,000-holder offer: every figure it shows — on the screen's
// data and printed in the PDF, read back with pdftotext — is the sum of the per-grant elections,
// computed here straight from `elections` (the rows `offer-desk elections` prints) and the roster.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElectionRow, ResultsPdf, ResultsSummary } from '../../main/ipc/dto';
import type { Grant } from '../../main/core/types';
import { on } from '../support/desk-call';
import { AFTER_CLOSE_LIMIT, EXTENDED_EXPIRY, generatedOffer, type GeneratedOffer } from './results-fixtures';
import { pdfInfo, pdfText, requirePoppler } from './letters-poppler';

const HOLDERS = 5000;

interface Sums {
  holders: number;
  grants: number;
  sharesEligible: number;
  sharesAccepted: number;
  sharesKept: number;
  newShares: number;
  holdersParticipating: number;
  grantsAccepted: number;
}

/** The test's own reading of the exchange terms: 1 for 2 for 1994 grants at $10.00 or more, else 1 for 1. */
function newSharesFor(grant: Grant, tendered: number): number {
  return grant.plan === '1994' && Number(grant.exercisePrice) >= 10 ? Math.floor(tendered / 2) : tendered;
}

function sumsOf(rows: readonly ElectionRow[], grants: Map<string, Grant>, plan: string | null): Sums {
  const s: Sums = { holders: 0, grants: 0, sharesEligible: 0, sharesAccepted: 0, sharesKept: 0, newShares: 0, holdersParticipating: 0, grantsAccepted: 0 };
  const holders = new Set<string>();
  const participating = new Set<string>();
  for (const r of rows) {
    const g = grants.get(r.grant_id)!;
    if (plan !== null && g.plan !== plan) continue;
    holders.add(r.employee_id);
    s.grants += 1;
    s.sharesEligible += r.shares_eligible;
    s.sharesAccepted += r.shares_tendered;
    s.sharesKept += r.shares_eligible - r.shares_tendered;
    s.newShares += newSharesFor(g, r.shares_tendered);
    if (r.shares_tendered > 0) {
      s.grantsAccepted += 1;
      participating.add(r.employee_id);
    }
  }
  s.holders = holders.size;
  s.holdersParticipating = participating.size;
  return s;
}

const fmt = (n: number) => n.toLocaleString('en-US');

let offer: GeneratedOffer;
let rows: ElectionRow[];
let grants: Map<string, Grant>;
let summary: ResultsSummary;
let pdf: ResultsPdf;
let text: string;

beforeAll(() => {
  requirePoppler();
  offer = generatedOffer(HOLDERS);
  const call = on(offer.desk);
  rows = call('elections:rows', {});
  grants = new Map(offer.desk.ledger.grants().map((g) => [g.grantId, g]));
  summary = call('results:get', {});
  pdf = call('results:pdf', {});
  text = pdfText(Buffer.from(pdf.base64, 'base64'), { layout: true });
  if (process.env.RESULTS_DEBUG) {
    writeFileSync(process.env.RESULTS_DEBUG, text);
    writeFileSync(`${process.env.RESULTS_DEBUG}.pdf`, Buffer.from(pdf.base64, 'base64'));
  }
}, 240_000);
afterAll(() => offer?.dispose());

describe('the results report of a 5,000-holder offer', () => {
  it('totals, by plan and for the offer, are the sums of the per-grant elections', () => {
    expect(rows).toHaveLength(HOLDERS * 3);
    const all = sumsOf(rows, grants, null);
    expect(summary.totals).toEqual(all);
    expect(all.sharesAccepted).toBeGreaterThan(0);
    expect(all.newShares).toBeLessThan(all.sharesAccepted); // the 1-for-2 band applies somewhere
    for (const p of summary.plans) expect(p, p.plan).toEqual({ plan: p.plan, ...sumsOf(rows, grants, p.plan) });
    expect(summary.plans.map((p) => p.plan)).toEqual(['1994', '1985']);
  });

  it('participation: in full, in part, declined and not responding add up to the eligible holders, each as the elections say', () => {
    const byHolder = new Map<string, ElectionRow[]>();
    for (const r of rows) byHolder.set(r.employee_id, [...(byHolder.get(r.employee_id) ?? []), r]);
    const expected = { 'in-full': 0, 'in-part': 0, declined: 0, 'not-responding': 0 };
    for (const list of byHolder.values()) {
      const governed = list.some((r) => r.governing_document !== null);
      const tendered = list.reduce((n, r) => n + r.shares_tendered, 0);
      if (!governed) expected['not-responding'] += 1;
      else if (tendered === 0) expected.declined += 1;
      else if (list.every((r) => r.shares_tendered === r.shares_eligible)) expected['in-full'] += 1;
      else expected['in-part'] += 1;
    }
    expect(summary.participation).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(HOLDERS);
    expect(Math.min(...Object.values(expected))).toBeGreaterThan(100);
  });

  it('while the offer is open the report says PRELIMINARY, with the expected dates from the rules', () => {
    expect(summary.banner).toBe('PRELIMINARY \u2014 the offer is not closed');
    expect(summary.closing).toBeNull();
    // Extended to Wed 2003-04-02: cancelled Thu 04-03, granted Mon 2003-10-06 (04-03 + 6 months + 1 day = Sat 10-04).
    expect(summary.dates).toMatchObject({ expiresAt: EXTENDED_EXPIRY, cancellationDate: '2003-04-03', newGrantDate: '2003-10-06', source: 'rules' });
    expect(summary.scheduleTo).toContain('The Offer expired at 5:00 p.m., Eastern Time, on April 2, 2003.');
    expect(summary.scheduleTo).toContain(`options to purchase ${fmt(summary.totals.sharesAccepted)} shares of common stock from ${fmt(summary.totals.holdersParticipating)} eligible holders`);
    expect(summary.scheduleTo).toContain(`new options to purchase ${fmt(summary.totals.newShares)} shares of common stock on or about October 6, 2003`);
    expect(text).toContain('PRELIMINARY \u2014 the offer is not closed');
  });

  it('the lists: late paper, documents still defective, the waiver, the extension and the voided copies', () => {
    const late = Array.from({ length: HOLDERS }, (_, n) => n).filter((n) => n % 97 === 1).length;
    expect(summary.lateDocuments).toHaveLength(late);
    // Holders n % 20 === 7 sent a form without an e-mail address; the ID-number defect was waived.
    expect(summary.defectiveDocuments).toHaveLength(HOLDERS / 20);
    expect(summary.defectiveDocuments.every((d) => d.openDefects.join() === 'no-email')).toBe(true);
    expect(summary.waivers).toMatchObject([{ defect: 'no-id-number', voidedReason: null }]);
    expect(summary.extensions).toMatchObject([{ toText: '2003-04-02 17:00:00 ET', voidedReason: null }]);
    expect(summary.voidedDocuments).toHaveLength(HOLDERS / 10);
    expect(summary.voidedDocuments[0]).toMatchObject({ voidReason: 'Keyed twice.' });
    expect(text).toContain(`Late documents (${late})`);
    expect(text).toContain(`Documents defective as of now (${fmt(HOLDERS / 20)})`);
    expect(text).toContain(`Voided documents (${fmt(HOLDERS / 10)})`);
  });

  it('the PDF prints the same totals, and its per-grant rows, read back with pdftotext, add up to them', () => {
    const t = summary.totals;
    const totalsRow = [t.holders, t.holdersParticipating, t.grants, t.grantsAccepted, t.sharesEligible, t.sharesAccepted, t.sharesKept, t.newShares].map(fmt);
    expect(text).toMatch(new RegExp(`\\n\\s*Total\\s+${totalsRow.join('\\s+')}\\n`));
    for (const p of summary.plans) {
      const planRow = [p.holders, p.holdersParticipating, p.grants, p.grantsAccepted, p.sharesEligible, p.sharesAccepted, p.sharesKept, p.newShares].map(fmt);
      expect(text).toMatch(new RegExp(`\\n\\s*${p.plan}\\s+${planRow.join('\\s+')}\\n`));
    }
    // Every grant row of the per-holder table: grant, plan, price, eligible, accepted, new, kept.
    const grantRow = /(G-\d+-\d)\s+(1994|1985)\s+\$\d+\.\d{4}\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s*$/gm;
    const num = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
    let accepted = 0;
    let newShares = 0;
    const seen = new Set<string>();
    for (const m of text.matchAll(grantRow)) {
      seen.add(m[1]!);
      const g = grants.get(m[1]!)!;
      expect(num(m[3]), m[1]).toBe(g.shares);
      expect(num(m[4]) + num(m[6]), m[1]).toBe(g.shares);
      accepted += num(m[4]);
      newShares += num(m[5]);
    }
    expect(accepted).toBe(t.sharesAccepted);
    expect(newShares).toBe(t.newShares);
    // Every grant of every participating holder is listed, and only theirs.
    const participating = new Set(rows.filter((r) => r.shares_tendered > 0).map((r) => r.employee_id));
    expect(seen.size).toBe(rows.filter((r) => participating.has(r.employee_id)).length);
    expect(text).toMatch(new RegExp(`\\nTotal\\s+${fmt(t.sharesAccepted)}\\s+${fmt(t.newShares)}`));
  });

  it('runs to hundreds of pages, each numbered and carrying the audit head of the ledger it was printed from', () => {
    const pages = Number(pdfInfo(Buffer.from(pdf.base64, 'base64'))['Pages']);
    expect(pages).toBe(pdf.pages);
    expect(pages).toBeGreaterThan(100);
    const head = offer.desk.ledger.auditHead();
    expect(pdf.auditHead).toEqual(head);
    const anchor = `Ledger audit head: event ${head.seq} \u00b7 ${head.hash.slice(0, 16)}`;
    const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(anchor);
      expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
      expect(p, `page ${i + 1}`).toContain('PRELIMINARY');
    });
  });

  it('once the offer is closed, the report shows the close (its dates, who closed it) and the same figures, without PRELIMINARY', () => {
    offer.desk.ledger.recordClosing(
      {
        closedBy: 'James Polakiewicz',
        expiresAt: EXTENDED_EXPIRY,
        cancellationDate: '2003-04-03',
        newGrantDate: '2003-10-07',
        datesReason: 'The board meets on October 7.',
        figures: { sharesAccepted: summary.totals.sharesAccepted },
      },
      { at: AFTER_CLOSE_LIMIT, operator: 'cfo' },
    );
    const closed = on(offer.reopen())('results:get', {});
    expect(closed.banner).toBeNull();
    expect(closed.closing).toMatchObject({ closedBy: 'James Polakiewicz', operator: 'cfo' });
    expect(closed.dates).toMatchObject({ source: 'close', newGrantDate: '2003-10-07', datesReason: 'The board meets on October 7.' });
    expect(closed.totals).toEqual(summary.totals);
    expect(closed.closeFiguresDiffer).toEqual([]);
    expect(closed.scheduleTo).toContain('on or about October 7, 2003');
  });
});
