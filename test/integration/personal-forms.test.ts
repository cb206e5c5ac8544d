// Personalised forms, as the desk prints them for the Alpha demo roster (50 holders): read back
// with poppler, and each page's QR code read back with @zxing/library from the page as a
// 150 dpi scan and as a normal-resolution fax (204 × 98 dpi, stretched to square pixels).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formCodeText, judgeFormCode } from '../../main/core/form-code';
import { keyFileFor } from '../../main/services/data-dir';
import { pageCode } from '../../main/services/fax-code-scan';
import { openDesk } from '../../main/services/desk';
import { FileKeyProvider } from '../../main/services/shell-support';
import { readNetpbm, stretchRows, type GrayImage } from '../support/netpbm';
import { cliSession, type CliSession } from './cli-helpers';
import { pdfLineBoxes, pdfPageCount, pdfPagesText, pdfText, requirePoppler } from './letters-poppler';

const DEMO_ROSTER = join(import.meta.dirname, '..', '..', 'resources', 'demo-roster.csv');

let s: CliSession;
let ledgerId: string;
let pdf: Buffer;
let pages: string[];
/** With -layout: a table row stays on one line. */
let rows: string[];
let printed: string;
const formsPath = () => join(s.dir, 'forms.pdf');

beforeAll(() => {
  requirePoppler();
  s = cliSession('2003-03-03T15:00:00.000Z');
  s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
  s.ok('import-roster', s.ledger, DEMO_ROSTER);
  printed = s.ok('forms', s.ledger, '--out', formsPath());
  pdf = readFileSync(formsPath());
  pages = pdfPagesText(pdf);
  rows = pdfText(pdf, { layout: true }).split('\f');
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(keyFileFor(s.ledger, {})), clock: s.clock, operator: null });
  try {
    ledgerId = desk.ledger.info().ledgerId;
  } finally {
    desk.close();
  }
}, 120_000);

afterAll(() => {
  rmSync(s.dir, { recursive: true, force: true });
});

/** The text of a page image's QR code, or null when none is found. */
/** The code on the page as the desk reads a fax page (main/services/fax-code-scan.ts), or null. */
function readCode(image: GrayImage): string | null {
  const code = pageCode({ width: image.width, height: image.height, xdpi: 0, ydpi: 0, gray: Uint8Array.from(image.pixels) });
  return code.found === 'text' ? code.text : null;
}

/** Page `page` of the forms rasterised by pdftoppm with `args` (-gray or -mono), as luminance. */
function pageImage(page: number, args: string[]): GrayImage {
  const prefix = join(s.dir, `page-${page}-${args.join('')}`);
  execFileSync('pdftoppm', [...args, '-f', String(page), '-l', String(page), '-singlefile', formsPath(), prefix]);
  const file = readdirSync(s.dir).find((f) => f.startsWith(`page-${page}-${args.join('')}`));
  if (file === undefined) throw new Error('pdftoppm wrote no image');
  const image = readNetpbm(readFileSync(join(s.dir, file)));
  rmSync(join(s.dir, file));
  return image;
}

describe('personalised forms for the whole roster', () => {
  it('every holder on the roster gets an Election Form and a Notice to Change Election, one page each, in roster order', () => {
    expect(pdfPageCount(pdf)).toBe(100);
    expect(pages).toHaveLength(100);
    expect(printed).toContain(`Wrote the personalised forms of 50 holders (100 pages: an Election Form and a Notice each) to ${formsPath()}`);
    const owners = pages.map((p) => /Prepared for (.+) \(employee ID (E\d{4})\)/.exec(p)?.[2]);
    const roster = [...new Set(readFileSync(DEMO_ROSTER, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]))];
    expect(owners).toEqual(roster.flatMap((id) => [id, id]));
    pages.forEach((p, i) => expect(p.replace(/\s+/g, ' ')).toContain(i % 2 === 0 ? 'ELECTION FORM' : 'NOTICE TO CHANGE ELECTION FROM ACCEPT TO REJECT'));
  });

  it("an Election Form lists each of the holder's eligible grants with its plan, date, price and shares outstanding, in the offer's words", () => {
    const margaret = pages[0] ?? '';
    expect(margaret).toContain('Prepared for Margaret Ellison (employee ID E0001)');
    expect(margaret).toContain('Alpha Technologies Group, Inc.');
    expect(rows[0]).toMatch(/G-101\s+1994\s+Sep 16, 2002\s+\$2\.1000\s+9,250\s+Yes/);
    expect(margaret).toContain('I elect to accept the Company’s offer to exchange (the “Offer”)');
    expect(margaret).toContain('RETURN TO JAMES POLAKIEWICZ NO LATER THAN MARCH 31, 2003 AT 5:00 PM ET');
    expect(margaret).toContain('BY FAX TO (603) 635-5260');
    // Zofia Łukasiewicz (E0003): an old grant and one inside the look-back window; her name whole.
    const zofia = pages[4] ?? '';
    expect(zofia).toContain('Prepared for Zofia Łukasiewicz (employee ID E0003)');
    expect(rows[4]).toMatch(/G-103\s+1994\s+May 7, 2001\s+\$7\.4400\s+6,500\s+No/);
    expect(rows[4]).toMatch(/G-104\s+1994\s+Dec 9, 2002\s+\$1\.9500\s+1,250\s+Yes/);
  });

  it('a grant made in the six months before the offer began is marked required, and the form says what that means', () => {
    const zofia = pages[4] ?? '';
    expect(zofia.replace(/\s+/g, ' ')).toContain(
      'Grants marked “Yes” under Required (look-back) were granted in the six months before the Offer began. Under the terms of the Offer, if you tender any option, these grants are tendered in full as well.',
    );
    // Patrick O'Brien's only grant (1998) is not in the window: no look-back note on his form.
    const patrick = pages[2] ?? '';
    expect(rows[2]).toMatch(/G-102\s+1985\s+Jun 1, 1998\s+\$9\.8750\s+2,000\s+No/);
    expect(patrick).not.toContain('Required (look-back) were granted');
  });

  it("the Notice to Change Election is exhibit (a)(4)'s, with the offer's officer, fax number, address, plans and expiration", () => {
    const notice = (pages[1] ?? '').replace(/\s+/g, ' ');
    expect(notice).toContain('Prepared for Margaret Ellison (employee ID E0001)');
    expect(notice).toContain(
      'I understand that in order to reject the Offer, I must sign, date and deliver this Notice via facsimile (fax number (603) 635-5260) or hand delivery to James Polakiewicz at Alpha Technologies Group, Inc., 33 Bridge Street, Pelham NH 03076 (telephone (603) 635-5160) by March 31, 2003 at 5:00 PM ET.',
    );
    expect(notice).toContain('governed by the Alpha Technologies Group, Inc. 1994 Stock Option Plan or 1985 Stock Option Plan, as the case may be');
    expect(notice).toContain('Yes, I wish to withdraw my previously tendered options in full and I do not accept the Offer to exchange any options.');
    expect(notice).toContain('I have signed this Notice and printed my name exactly as it appears on the Election Form.');
  });

  it('the code sits in the top right corner, clear of every line of text but its own caption', () => {
    const [election, notice] = pdfLineBoxes(pdf);
    for (const page of [election, notice]) {
      if (page === undefined) throw new Error('no page');
      // The symbol with its quiet zone: from 30 pt inside the right and top edges, 111 pt or more square.
      const codeLeft = page.width - 30 - 111;
      const overlapping = page.lines.filter((l) => l.xMax > codeLeft && l.yMin < 30 + 111);
      expect(overlapping).toEqual([]);
      const caption = page.lines.find((l) => l.xMin >= codeLeft - 20 && l.yMin >= 141 && l.yMin < 160);
      expect(caption?.text).toMatch(/^E0001 · (Election Form|Notice)$/);
    }
  });
});

describe("each page's QR code", () => {
  it('reads back, from a 150 dpi scan of the page, as exactly the form code of that holder and form', () => {
    const election = readCode(pageImage(1, ['-r', '150', '-gray']));
    const notice = readCode(pageImage(2, ['-r', '150', '-gray']));
    expect(election).toBe(formCodeText(ledgerId, 'E0001', 'election'));
    expect(notice).toBe(formCodeText(ledgerId, 'E0001', 'notice'));
    expect(judgeFormCode(notice ?? '', ledgerId, 2)).toEqual({ status: 'read', employeeId: 'E0001', kind: 'notice', page: 2 });
  });

  it('reads back from a normal-resolution fax page (204 × 98 dpi, black and white) once its rows are doubled', () => {
    const fax = pageImage(5, ['-r', '204', '-rx', '204', '-ry', '98', '-mono']);
    expect(readCode(stretchRows(fax, 2))).toBe(formCodeText(ledgerId, 'E0003', 'election'));
  });
});

describe('offer-desk forms refuses, writing nothing', () => {
  it('an --out file that exists is never written over', () => {
    const taken = join(s.dir, 'taken.pdf');
    writeFileSync(taken, 'not ours');
    const r = s.cli('forms', s.ledger, '--out', taken);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`offer-desk: ${taken} already exists. Offer Desk never writes over a file: choose a new file name; nothing has been written.\n`);
    expect(readFileSync(taken, 'utf8')).toBe('not ours');
  });

  it('employee ids not on the roster are named, and no file is made', () => {
    const out = join(s.dir, 'unknown.pdf');
    const r = s.cli('forms', s.ledger, '--out', out, '--employee', 'E0001,E9999,X1');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('offer-desk: These employee ids are not on the roster: E9999, X1. No forms were printed.');
    expect(existsSync(out)).toBe(false);
  });

  it('a folder that does not exist is said so, and nothing is made', () => {
    const out = join(s.dir, 'no-such-folder', 'forms.pdf');
    const r = s.cli('forms', s.ledger, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`offer-desk: Cannot write ${out}: its folder does not exist; nothing has been written.\n`);
    expect(existsSync(join(s.dir, 'no-such-folder'))).toBe(false);
  });

  it('with --employee, prints only those holders, still in roster order, and leaves no temporary file beside it', () => {
    const out = join(s.dir, 'two.pdf');
    const stdout = s.ok('forms', s.ledger, '--out', out, '--employee', 'E0003,E0001');
    expect(stdout).toContain('Wrote the personalised forms of 2 holders (4 pages');
    const two = pdfPagesText(readFileSync(out));
    expect(two.map((p) => /employee ID (E\d{4})/.exec(p)?.[1])).toEqual(['E0001', 'E0001', 'E0003', 'E0003']);
    expect(readdirSync(s.dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});
