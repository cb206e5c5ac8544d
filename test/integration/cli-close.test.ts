// `offer-desk close LEDGER --by NAME`: the CFO closes the offer from a terminal once the Company can
// no longer extend it, sees the figures the close froze, and from then on every command that would
// change the record is refused (exit 1, one plain sentence, nothing changed) while the viewing
// commands, the letters still due and verify keep working.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alphaSession, everyRow, refusedUnchanged, type CliSession } from './cli-helpers';

const CLOSED = /^offer-desk: The offer was closed on 2003-04-01 10:00:00 ET by James Polakiewicz: the record takes no more changes\. Viewing, the letters of the closing, the results, exports and verify still work\.\n$/;

/** Alpha with the small roster: Zofia tenders grant A in full, O'Brien's form has no e-mail address. */
function alphaWithPaper(): CliSession {
  const s = alphaSession('2003-03-20T15:00:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:30', '--tender', 'A');
  s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-20 09:45', '--tender', 'D', '--defect', 'no-email');
  s.ok('extend', s.ledger, '--to', '2003-03-31 18:00', '--reason', 'Board extended the offer by an hour.');
  s.ok('extend', s.ledger, '--to', '2003-03-31 19:00', '--reason', 'And by another hour.');
  return s;
}

describe('offer-desk close', () => {
  it('before 9:00 a.m. ET on the next business day the close is refused, naming the time', () => {
    const s = alphaWithPaper();
    s.clock.set('2003-04-01T13:59:00.000Z');
    refusedUnchanged(s, ['close', s.ledger, '--by', 'James Polakiewicz'], /^offer-desk: The offer can be closed only after 2003-04-01 09:00:00 ET/);
  });

  it('records the close and prints the frozen figures, the holders, the documents still defective and the dates', () => {
    const s = alphaWithPaper();
    s.clock.set('2003-04-01T15:00:00.000Z');
    const out = s.ok('close', s.ledger, '--by', 'James Polakiewicz', '--operator', 'mary.clerk');
    expect(out).toContain('Closed the offer on 2003-04-01 10:00:00 ET by James Polakiewicz (keyed by mary.clerk). The record takes no more changes.');
    expect(out).toContain('Tendered options are cancelled on 2003-04-01; the new options are granted on 2003-10-02.');
    // Zofia tenders grant A (1,000) and, with it, C granted in the look-back window (300); she keeps B.
    // O'Brien's form lacks an e-mail address: it never counted, so he keeps D and is not responding.
    expect(out).toMatch(/^1994\s+2\s+1\s+3\s+2\s+3300\s+1300\s+2000\s+1300$/m);
    expect(out).toMatch(/^1985\s+1\s+0\s+1\s+0\s+500\s+0\s+500\s+0$/m);
    expect(out).toMatch(/^total\s+2\s+1\s+4\s+2\s+3800\s+1300\s+2500\s+1300$/m);
    expect(out).toContain('Holders: 0 tendered in full, 1 in part, 0 declined, 1 not responding.');
    expect(out).toMatch(/Still defective at close \(they count as not properly made\): 1 document\(s\)\n {2}document 2 \(E2 Patrick O'Brien, election received 2003-03-20 09:45:00 ET\): no-email/);
  });

  it('dates other than the rules need --reason, and are recorded with it', () => {
    const s = alphaWithPaper();
    s.clock.set('2003-04-01T15:00:00.000Z');
    refusedUnchanged(s, ['close', s.ledger, '--by', 'James Polakiewicz', '--new-grant', '2003-10-03'], /recorded only with a written reason \(CLI: --reason TEXT\)/);
    refusedUnchanged(s, ['close', s.ledger, '--by', 'James Polakiewicz', '--reason', 'why not'], /a reason is only for dates that differ/);
    const out = s.ok('close', s.ledger, '--by', 'James Polakiewicz', '--new-grant', '10/3/2003', '--reason', 'The compensation committee meets on October 3.');
    expect(out).toContain('the new options are granted on 2003-10-03.');
    expect(out).toContain('Dates set by the CFO, not the rules: The compensation committee meets on October 3.');
  });

  it('the close leaves a verified backup of the closed ledger beside it, whose manifest names the close and its audit head', () => {
    const s = alphaWithPaper();
    s.clock.set('2003-04-01T15:00:00.000Z');
    s.ok('close', s.ledger, '--by', 'James Polakiewicz');
    const folder = `${s.ledger}.backups`;
    const manifests = readdirSync(folder).filter((n) => n.endsWith('.json'));
    expect(manifests).toHaveLength(1);
    const manifest = JSON.parse(readFileSync(join(folder, manifests[0]!), 'utf8')) as { why: string; head: { seq: number } };
    expect(manifest.why).toBe('close');
    const verified = s.ok('verify', join(folder, manifests[0]!.replace(/\.json$/, '.ledger')));
    expect(verified).toBe(`The ledger verifies: ${manifest.head.seq} audit events chained, every record matches its events.\n`);
  });

  it('without --by the command is a usage error', () => {
    const s = alphaWithPaper();
    s.clock.set('2003-04-01T15:00:00.000Z');
    refusedUnchanged(s, ['close', s.ledger], /missing --by/, 2);
  });
});

describe('a closed ledger at the command line', () => {
  function closed(): CliSession {
    const s = alphaWithPaper();
    s.clock.set('2003-04-01T15:00:00.000Z');
    s.ok('close', s.ledger, '--by', 'James Polakiewicz');
    s.clock.set('2003-04-02T15:00:00.000Z');
    return s;
  }

  it('refuses every command that would change the record: exit 1, the plain sentence, nothing changed', () => {
    const s = closed();
    const roster = s.writeFile('more.csv', 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares\nE9,Nadia Nowak,n@example.com,"1 Elm St",955-11-2222,N1,1994,2000-02-02,3.5000,10\n');
    const commands: string[][] = [
      ['import-roster', s.ledger, roster],
      ['log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'fax', '--received', '2003-03-21 10:00', '--reason', 'found in the fax tray'],
      ['cure', s.ledger, '--document', '2', '--defect', 'no-email', '--at', '2003-03-25 10:00'],
      ['waive', s.ledger, '--defect', 'no-email', '--reason', 'The CFO waives the e-mail line.'],
      ['extend', s.ledger, '--to', '2003-04-30 17:00', '--reason', 'Too late to extend.', '--late-reason', 'x'],
      ['void', s.ledger, '--document', '1', '--reason', 'Keyed twice.'],
      ['void', s.ledger, '--extension', '2', '--reason', 'Announced in error.'],
      ['void', s.ledger, '--waiver', '1', '--reason', 'Waived in error.'],
      ['close', s.ledger, '--by', 'James Polakiewicz'],
    ];
    for (const args of commands) refusedUnchanged(s, args, CLOSED);
  });

  it('still shows the elections, the documents and the confirmations, produces the letters still due, marks them sent, and verifies', () => {
    const s = closed();
    const before = everyRow(s.ledger);
    expect(s.ok('elections', s.ledger)).toMatch(/E1\s+A\s+1000\s+1000/);
    expect(s.ok('documents', s.ledger)).toMatch(/^2\s+E2/m);
    expect(s.ok('confirmations', s.ledger)).toContain('E1');
    expect(s.ok('verify', s.ledger)).toMatch(/^The ledger verifies/);
    expect(everyRow(s.ledger)).toBe(before);
    expect(s.ok('letters', s.ledger, '--due')).toMatch(/letter/i);
    expect(s.ok('mark-sent', s.ledger, '--document', '1', '--on', '2003-04-02', '--how', 'mail')).toMatch(/1/);
    expect(s.ok('verify', s.ledger)).toMatch(/^The ledger verifies/);
  });
});
