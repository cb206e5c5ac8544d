// The letter commands through `offer-desk`, in-process with a clock the test sets: produce what is
// due as one PDF for the printer, list the confirmations, mark them sent. PDFs read back with poppler.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSession, ROSTER_HEADER, type CliSession } from './cli-helpers';
import { pdfPageCount, pdfPagesText, requirePoppler } from './letters-poppler';

requirePoppler();

const ROSTER = [
  ROSTER_HEADER,
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,A,1994,2000-01-15,12.5000,1000',
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,C,1994,2002-09-16,2.1000,300',
  'E2,田中 太郎,taro@example.com,"東京都千代田区丸の内1-1-1, Tokyo",881-22-0042,D,1994,2001-05-07,7.4400,2000',
  "E3,Patrick O'Brien,pob@example.com,\"1 Bridge St, Salem NH\",987-65-4321,E,1985,1999-02-01,20.0000,2500",
].join('\n');

interface ConfirmationJson {
  document_id: number;
  employee_id: string;
  due: string;
  sent_at: string | null;
}

/**
 * Three documents; on Thursday 2003-03-27 at 4 PM ET: Zofia's (received 03-14, due 03-21) is
 * overdue, 田中's (received 03-20, due 03-27) is due today, Patrick's (received 03-26, due 04-02)
 * is not due yet.
 */
function desk(): CliSession {
  const s = cliSession('2003-03-10T14:00:00.000Z');
  s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
  s.ok('import-roster', s.ledger, s.writeFile('roster.csv', ROSTER));
  s.clock.set('2003-03-14T15:05:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-14 10:00', '--tender', 'A');
  s.clock.set('2003-03-20T16:05:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-20 11:00', '--tender', 'D');
  s.clock.set('2003-03-26T15:05:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E3', '--kind', 'election', '--via', 'fax', '--received', '2003-03-26 10:00', '--tender', 'E');
  s.clock.set('2003-03-27T21:00:00.000Z');
  return s;
}

const events = (s: CliSession) => Number(/(\d+) audit events/.exec(s.ok('verify', s.ledger))?.[1]);
const pdfsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pdf'));

describe('offer-desk letters --due', () => {
  it('writes one PDF beside the ledger with a letter for each holder due, each on its own page, and says what it wrote', () => {
    const s = desk();
    const r = s.cli('letters', s.ledger, '--due');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const path = join(s.dir, 'letters-2003-03-27.pdf');
    const pdf = readFileSync(path);
    const sha = createHash('sha256').update(pdf).digest('hex');
    const pages = pdfPageCount(pdf);
    expect(r.stdout).toBe(`Wrote 2 letters (${pages} pages) to ${path}\nsha256 ${sha}\nRecorded as print run 1: documents 1, 2.\n`);
    // Zofia's letter first (most overdue), then 田中's, each opening a new page; Patrick is not due.
    const text = pdfPagesText(pdf);
    const openings = text.map((page, i) => [i + 1, /Dear (.+):/.exec(page)?.[1]]).filter(([, name]) => name !== undefined);
    expect(openings.map(([, name]) => name)).toEqual(['Zofia Łukasiewicz', '田中 太郎']);
    expect(openings[0]?.[0]).toBe(1);
    expect(text.join('\f')).not.toContain("Patrick O'Brien");
    for (const page of text) expect(page).toMatch(/Page \d+ of \d+/);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('never writes over an existing file: the second run is refused and records nothing', () => {
    const s = desk();
    s.ok('letters', s.ledger, '--due');
    const path = join(s.dir, 'letters-2003-03-27.pdf');
    const before = readFileSync(path);
    const eventsBefore = events(s);
    const again = s.cli('letters', s.ledger, '--due');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`offer-desk: ${path} already exists; letters are never written over a file. Choose another --out. Nothing was recorded.\n`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(events(s)).toBe(eventsBefore);
  });

  it('--out puts the batch where asked; a place it cannot write records nothing', () => {
    const s = desk();
    const eventsBefore = events(s);
    const nowhere = join(s.dir, 'no-such-folder', 'x.pdf');
    const failed = s.cli('letters', s.ledger, '--due', '--out', nowhere);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^offer-desk: Cannot write ${nowhere.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .*Nothing was recorded\\.\n$`));
    expect(events(s)).toBe(eventsBefore);
    const out = join(s.dir, 'monday-mail.pdf');
    expect(s.ok('letters', s.ledger, '--due', '--out', out)).toContain(`to ${out}\n`);
    expect(pdfPageCount(readFileSync(out))).toBeGreaterThanOrEqual(2);
  });

  it('when nothing is due it says so, exits 0 and writes no file', () => {
    const s = desk();
    s.clock.set('2003-03-20T21:00:00.000Z'); // Thursday the 20th: Zofia's is due tomorrow
    const r = s.cli('letters', s.ledger, '--due');
    expect([r.code, r.stdout]).toEqual([0, 'Nothing is due: every confirmation due on or before 2003-03-20 has been marked sent. No file was written.\n']);
    expect(pdfsIn(s.dir)).toEqual([]);
  });

  it('confirmations marked sent are not produced again', () => {
    const s = desk();
    s.ok('letters', s.ledger, '--due');
    s.ok('mark-sent', s.ledger, '--document', '1,2', '--on', '2003-03-27', '--how', 'mail');
    s.clock.set('2003-04-02T21:00:00.000Z'); // Patrick's is due today
    const r = s.ok('letters', s.ledger, '--due');
    expect(r).toMatch(/^Wrote 1 letter \(1 page\) to .*letters-2003-04-02\.pdf\n/);
    expect(r).toContain('documents 3.');
  });

  it('letters without --due is a usage error', () => {
    const s = desk();
    const r = s.cli('letters', s.ledger);
    expect([r.code, r.stderr]).toEqual([2, 'offer-desk: letters: say --due (every unsent confirmation due today or earlier) (see offer-desk --help)\n']);
  });
});

describe('offer-desk confirmations and mark-sent', () => {
  it('confirmations --json gives every document with its due date and the day it was sent, or null', () => {
    const s = desk();
    expect(s.json<ConfirmationJson[]>('confirmations', s.ledger)).toEqual([
      { document_id: 1, employee_id: 'E1', due: '2003-03-21', sent_at: null },
      { document_id: 2, employee_id: 'E2', due: '2003-03-27', sent_at: null },
      { document_id: 3, employee_id: 'E3', due: '2003-04-02', sent_at: null },
    ]);
    s.ok('letters', s.ledger, '--due');
    // The day is read by core like every date typed at the desk: 3/27/2003 is 2003-03-27.
    expect(s.ok('mark-sent', s.ledger, '--document', '2', '--on', '3/27/2003', '--how', 'hand')).toBe(
      'Marked the confirmation of document 2 sent on 2003-03-27 by hand.\n',
    );
    const rows = s.json<ConfirmationJson[]>('confirmations', s.ledger);
    expect(rows.map((r) => Object.keys(r))).toEqual(Array.from({ length: 3 }, () => ['document_id', 'employee_id', 'due', 'sent_at']));
    expect(rows.map((r) => r.sent_at)).toEqual([null, '2003-03-27', null]);
    const table = s.ok('confirmations', s.ledger);
    expect(table).toMatch(/^1 +E1 +Zofia Łukasiewicz +2003-03-14 10:00:00 ET +2003-03-21 +OVERDUE +confirmation +1 *$/m);
    expect(table).toMatch(/^2 +E2 +田中 太郎 +2003-03-20 11:00:00 ET +2003-03-27 +sent +confirmation +1 +2003-03-27 hand$/m);
  });

  it('mark-sent refuses what cannot have happened, and changes nothing', () => {
    const s = desk();
    s.ok('letters', s.ledger, '--due');
    const before = events(s);
    const refusals: [string[], number, string][] = [
      [['--document', '1', '--on', '2003-03-28', '--how', 'mail'], 1, '2003-03-28 is in the future (today is 2003-03-27)'],
      [['--document', '1', '--on', '2003-03-13', '--how', 'mail'], 1, 'document 1 was received on 2003-03-14, after 2003-03-13'],
      [['--document', '3', '--on', '2003-03-27', '--how', 'mail'], 1, 'no confirmation of document 3 has been produced yet'],
      [['--document', '1', '--on', '2003-03-27', '--how', 'pigeon'], 1, '--how must be one of mail, hand, fax, email, not "pigeon".'],
      [['--document', 'first', '--on', '2003-03-27', '--how', 'mail'], 1, '--document "first" is not a document number.'],
      [['--document', '1', '--how', 'mail'], 2, 'missing --on'],
      [['--document', '1', '--on', '27/03/2003', '--how', 'mail'], 1, '27 is not a month. Dates are read in US month/day order'],
      [['--document', '1', '--on', 'today', '--how', 'mail'], 1, '"today" is not a date the desk reads'],
    ];
    for (const [args, code, message] of refusals) {
      const r = s.cli('mark-sent', s.ledger, ...args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([code, expect.stringContaining(message)]);
    }
    expect(events(s)).toBe(before);
    expect(existsSync(join(s.dir, 'letters-2003-03-27.pdf'))).toBe(true);
  });
});
