// Every refusal of the command line: a clear one-line reason, a non-zero exit, and nothing changed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROSTER_HEADER, alphaSession, cliSession, everyRow, type CliSession } from './cli-helpers';

function expectRefused(s: CliSession, args: string[], reason: RegExp, code = 1): void {
  const before = everyRow(s.ledger);
  const r = s.cli(...args);
  expect(r.code, r.stderr).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(reason);
  expect(everyRow(s.ledger)).toBe(before);
}

const log = (s: CliSession, ...more: string[]) => ['log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', ...more];

describe('refused at intake, and nothing changes', () => {
  it('a receipt time in the future is refused', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, log(s, '--received', '2003-03-20 10:00:01', '--tender', 'A'), /in the future/);
  });

  it('after 5:00 PM ET a timely fax cannot be keyed without a written reason', () => {
    const s = alphaSession('2003-03-31T22:00:01.000Z');
    expectRefused(s, log(s, '--received', '2003-03-31 16:30', '--tender', 'A'), /Intake locked at the expiration 2003-03-31 17:00:00 ET/);
  });

  it('a holder who is not on the eligibility roster is refused', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, ['log', s.ledger, '--employee', 'E9', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-20 09:00'], /E9 is on|not on the eligibility roster|No holder with employee id E9/);
  });

  it("a grant that is not the holder's, or more shares than the grant holds, is refused", () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, log(s, '--received', '2003-03-20 09:00', '--tender', 'D'), /not one of E1's eligible grants/);
    expectRefused(s, log(s, '--received', '2003-03-20 09:00', '--tender', 'A:1001'), /has 1,000 shares/);
    expectRefused(s, log(s, '--received', '2003-03-20 09:00', '--tender', 'A:12.5'), /whole number/);
  });

  it('an Election Form must name what it tenders, and a Notice cannot', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, log(s, '--received', '2003-03-20 09:00'), /must say what it tenders/);
    expectRefused(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A'], /withdraws every tendered option/);
  });

  it('a defect that does not apply to the document, or an unknown one, is refused', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, log(s, '--received', '2003-03-20 09:00', '--tender', 'A', '--defect', 'withdraw-box-unmarked'), /withdraw/);
    expectRefused(s, log(s, '--received', '2003-03-20 09:00', '--tender', 'A', '--defect', 'smudged'), /Unknown defect "smudged"/);
  });

  it('a time that is not a time, or a kind that is not a kind, is refused', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, log(s, '--received', '2003-02-30 09:00', '--tender', 'A'), /2003-02-30/);
    expectRefused(s, log(s, '--received', 'yesterday', '--tender', 'A'), /yesterday/);
    expectRefused(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'letter', '--via', 'fax', '--received', '2003-03-20 09:00'], /--kind must be election or notice/);
  });

  // Issue 8: a note given with a document keyed in time is no longer refused; it is kept as the
  // document's note (test/integration/corrections-cli.test.ts).

  it('a missing option is a usage error (exit 2)', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'election'], /missing --via/, 2);
    expectRefused(s, ['log', s.ledger, '--bogus'], /Unknown option '--bogus'/, 2);
  });
});

describe('refused extensions, cures and waivers, and nothing changes', () => {
  it('an extension must move the expiration later and give a reason', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, ['extend', s.ledger, '--to', '2003-03-31 16:00', '--reason', 'earlier'], /later than 2003-03-31 17:00:00 ET/);
    expectRefused(s, ['extend', s.ledger, '--to', '2003-04-14 17:00'], /missing --reason/, 2);
  });

  it('an extension recorded after 9:00 a.m. ET on the next business day is kept, with a warning', () => {
    const s = alphaSession('2003-04-01T14:30:00.000Z');
    const r = s.cli('extend', s.ledger, '--to', '2003-04-14 17:00', '--reason', 'Late decision by the board');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/after the announcement limit 2003-04-01 09:00:00 ET/);
  });

  it('a cure of a defect the document does not have, a cure in the future, and a second waiver are refused', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    s.ok(...log(s, '--received', '2003-03-20 09:00', '--tender', 'A', '--defect', 'unsigned'));
    const cure = (defect: string, at: string) => ['cure', s.ledger, '--employee', 'E1', '--received', '2003-03-20 09:00', '--defect', defect, '--at', at];
    expectRefused(s, cure('no-email', '2003-03-20 09:30'), /was not logged with the defect "no-email"/);
    expectRefused(s, cure('unsigned', '2003-03-21 09:30'), /in the future/);
    expectRefused(s, ['cure', s.ledger, '--employee', 'E1', '--received', '2003-03-19 09:00', '--defect', 'unsigned', '--at', '2003-03-20 09:30'], /No document from E1 was received at 2003-03-19 09:00:00 ET/);
    s.ok('waive', s.ledger, '--defect', 'no-email', '--reason', 'HR has e-mail addresses on file');
    expectRefused(s, ['waive', s.ledger, '--defect', 'no-email', '--reason', 'again'], /already waived/);
  });
});

describe('refused rosters and ledgers, and nothing changes', () => {
  it('a roster with bad rows names each row and column and imports nothing', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const bad = [
      ROSTER_HEADER,
      'E3,Anders Ångström,aa@example.com,"2 Elm St",911-11-1111,F,1994,1999-02-30,3.00,100',
      'E4,Mei Wu,mw@example.com,"3 Elm St",922-22-2222,G,1994,2000-01-01,3.00,-5',
      'E4,Mei-Ling Wu,mw@example.com,"3 Elm St",922-22-2222,H,1994,2000-01-01,3.00,10',
    ].join('\n');
    const before = everyRow(s.ledger);
    const r = s.cli('import-roster', s.ledger, s.writeFile('bad.csv', bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was imported/);
    expect(r.stderr).toMatch(/row 2 \(employee E3\), grant_date/);
    expect(r.stderr).toMatch(/row 3 \(employee E4\), shares/);
    expect(r.stderr).toMatch(/row 4 \(employee E4\), name/);
    expect(everyRow(s.ledger)).toBe(before);
  });

  it('a roster that repeats a grant already in the ledger is refused whole', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const again = [ROSTER_HEADER, 'E5,New Person,np@example.com,"4 Elm St",933-33-3333,A,1994,2000-01-01,3.00,10'].join('\n');
    expectRefused(s, ['import-roster', s.ledger, s.writeFile('again.csv', again)], /A/);
  });

  it('init refuses an existing ledger, a bad zone and an expiration before commencement', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    expectRefused(s, ['init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York'], /exist|already/i);
    const other = cliSession();
    const path = join(other.dir, 'x.ledger');
    expect(other.cli('init', path, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'Mars/Olympus').code).toBe(1);
    expect(other.cli('init', path, '--commenced', '2003-02-28', '--expires', '2003-02-01 17:00', '--zone', 'America/New_York').stderr).toMatch(/must expire after it commences/);
    expect(existsSync(path)).toBe(false);
  });

  it('a command on a file that is not there says so', () => {
    const s = cliSession();
    const r = s.cli('elections', join(s.dir, 'missing.ledger'), '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.ledger/);
  });
});
