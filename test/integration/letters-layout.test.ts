// A holder with 40 grants gets a letter whose table runs over several pages. Read back with
// pdftotext's boxes: it must break cleanly — the header row on every page, no line drawn over
// another, nothing in the footer or past the margins, and "Page i of N" on every page.
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../main/letters';
import { PAGE } from '../../main/letters/page-flow';
import { ALPHA, confirmation, grant, manyGrants, TARO } from './letters-fixtures';
import { pdfLineBoxes, requirePoppler, saveFirstPagePng, visualRows, type PageBoxes, type TextLine } from './letters-poppler';

// Fails the whole file, with the command to install poppler, before any PDF is read back.
requirePoppler();

const FOOTER = /^(Offer to Exchange Options · |Page \d+ of \d+$)/;

function overlaps(a: TextLine, b: TextLine): boolean {
  const slack = 0.5; // pdftotext boxes of adjacent lines may touch
  return a.xMin < b.xMax - slack && b.xMin < a.xMax - slack && a.yMin < b.yMax - slack && b.yMin < a.yMax - slack;
}

function expectCleanPages(pages: PageBoxes[]): void {
  pages.forEach((page, p) => {
    const where = `page ${p + 1}`;
    for (let i = 0; i < page.lines.length; i++) {
      const a = page.lines[i];
      if (!a) continue;
      // Inside the side margins: nothing clipped or running off the paper.
      expect(a.xMin, `${where}: "${a.text}" starts left of the margin`).toBeGreaterThanOrEqual(PAGE.left - 0.5);
      expect(a.xMax, `${where}: "${a.text}" runs past the margin`).toBeLessThanOrEqual(PAGE.right + 0.5);
      if (FOOTER.test(a.text)) {
        expect(a.yMin, `${where}: footer "${a.text}" is not below the rule`).toBeGreaterThan(PAGE.footerRule);
      } else {
        expect(a.yMax, `${where}: "${a.text}" reaches into the footer`).toBeLessThanOrEqual(PAGE.footerRule);
      }
      for (let j = i + 1; j < page.lines.length; j++) {
        const b = page.lines[j];
        if (b && overlaps(a, b)) expect.fail(`${where}: "${a.text}" overlaps "${b.text}"`);
      }
    }
  });
}

describe('a confirmation for a holder with 40 grants', () => {
  const grants = manyGrants(40);
  const pdf = renderLetter(confirmation({ holder: TARO, election: { ...confirmation().election, grants } }));
  const pages = pdfLineBoxes(pdf);
  const rowsByPage = pages.map(visualRows);

  it('runs over several pages, each numbered "Page i of N"', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page.lines.map((l) => l.text)).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('repeats the header row above the grants on every page the table touches', () => {
    let tablePages = 0;
    for (const page of rowsByPage) {
      const rows = page.filter((l) => /^G-1\d{3} /.test(l.text));
      if (rows.length === 0) continue;
      tablePages += 1;
      const header = page.find((l) => l.text.startsWith('Grant ID Plan Grant date price eligible tendered (look-back)'));
      expect(header, 'header row on a page with grants').toBeDefined();
      for (const row of rows) expect(row.yMin).toBeGreaterThan(header?.yMax ?? Infinity);
    }
    expect(tablePages).toBeGreaterThanOrEqual(2);
    const continued = pages.slice(1).filter((p) => p.lines.some((l) => l.text === 'Your election, grant by grant (continued)'));
    expect(continued.length).toBe(tablePages - 1);
  });

  it('prints every grant exactly once, rows never split across pages', () => {
    const all = rowsByPage.flat().map((l) => l.text);
    for (const g of grants) {
      const rows = all.filter((t) => t.startsWith(`${g.grantId} `));
      expect(rows, g.grantId).toHaveLength(1);
      // The whole row on one printed line: id … eligible, tendered, required.
      expect(rows[0]).toMatch(new RegExp(`^${g.grantId} ${g.plan} .* ${g.sharesEligible.toLocaleString('en-US')} ${g.sharesTendered.toLocaleString('en-US')} (Yes|No)$`));
    }
  });

  it('draws no line over another, nothing into the footer, nothing past the margins', () => {
    expectCleanPages(pages);
  });

  it('keeps the totals with the table and the signature with the last paragraph, on the last page', () => {
    const last = pages.at(-1)?.lines.map((l) => l.text) ?? [];
    expect(last).toContain('Sincerely,');
    expect(last).toContain('James Polakiewicz');
    expect(last.some((t) => t.startsWith('Please keep this letter'))).toBe(true);
    const totalsPage = rowsByPage.findIndex((p) => p.some((l) => /^Total [\d,]+ [\d,]+$/.test(l.text)));
    const lastRowPage = rowsByPage.findIndex((p) => p.some((l) => l.text.startsWith('G-1040 ')));
    expect(totalsPage).toBeGreaterThanOrEqual(0);
    expect(totalsPage).toBe(lastRowPage);
  });

  it('continuation pages say whose letter they belong to', () => {
    for (const page of pages.slice(1)) {
      const top = page.lines.filter((l) => l.yMax < PAGE.top + 20).map((l) => l.text).join(' ');
      expect(top).toContain('Alpha Technologies Group, Inc.');
      expect(top).toContain('田中 太郎 · April 2, 2003');
    }
  });

  it('saves a PNG of page 1 for review', () => {
    saveFirstPagePng(pdf, 'confirmation-40-grants');
  });
});

describe('text that does not fit its box wraps instead of overflowing', () => {
  it('long grant ids, a long company name and a long address stay inside their columns', () => {
    const grants = [
      grant('GRANT-2001-000123-AMENDED-AND-RESTATED'),
      ...manyGrants(12),
      grant('G-ÅŁ-田中-0001', { plan: '1994 Plan (as amended)' }),
    ];
    const pdf = renderLetter(
      confirmation({
        letterhead: {
          ...ALPHA,
          company: 'Alpha Technologies Group, Incorporated — Office of the Chief Financial Officer',
          addressLines: ['33 Bridge Street', 'Suite 1200, Building C', 'Pelham NH 03076', 'United States of America'],
        },
        holder: {
          ...TARO,
          address: 'Apartment 4021, Tower B, The Very Long Residential Complex Name, 1-1-1 Marunouchi, Chiyoda-ku\n東京都千代田区丸の内1-1-1\nJapan',
        },
        election: { ...confirmation().election, grants },
      }),
    );
    const pages = pdfLineBoxes(pdf);
    expectCleanPages(pages);
    const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
    for (const piece of ['GRANT-2001-000123-', 'AMENDED-AND-RESTATED', 'G-ÅŁ-田中-0001', 'Pelham NH 03076', 'United States of America']) {
      expect(text.replace(/\s+/g, '')).toContain(piece.replace(/\s+/g, ''));
    }
  });
});
