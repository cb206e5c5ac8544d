// Corrections that keep the original, every paper on record, and replaying a paper log after the
// fact, from the command line on real ledgers. Each refusal leaves every table as it was.
import { describe, expect, it } from 'vitest';
import { alphaSession, refusedUnchanged, type CliSession, type DocumentJson, type ElectionJson } from './cli-helpers';

const tendered = (rows: ElectionJson[], employee: string) =>
  Object.fromEntries(rows.filter((r) => r.employee_id === employee).map((r) => [r.grant_id, r.shares_tendered]));

const log = (s: CliSession, employee: string, kind: 'election' | 'notice', received: string, ...more: string[]) =>
  s.ok('log', s.ledger, '--employee', employee, '--kind', kind, '--via', 'fax', '--received', received, ...more);

describe('corrections that keep the original', () => {
  it('a Notice keyed against the wrong holder is voided with a written reason: it stays on record, counts for nothing, and his tender stands again', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    log(s, 'E1', 'election', '2003-03-20 09:00', '--tender', 'A,B');
    log(s, 'E1', 'notice', '2003-03-20 10:00');
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 0, B: 0, C: 0 });

    const out = s.ok('void', s.ledger, '--document', '2', '--reason', "Keyed against E1 by mistake; the Notice is E2's");
    expect(out).toMatch(/Voided document 2/);
    expect(out).toMatch(/document 2 \(E1, received 2003-03-20 10:00:00 ET\): governing -> void/);
    // The elections ignore the void document: the form of 09:00 governs again (C by the look-back rule).
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 1000, B: 500, C: 300 });
    const docs = s.json<DocumentJson[]>('documents', s.ledger);
    expect(docs.map((d) => [d.id, d.void, d.void_reason, d.governing])).toEqual([
      [1, false, null, true],
      [2, true, "Keyed against E1 by mistake; the Notice is E2's", false],
    ]);
    expect(s.ok('documents', s.ledger)).toMatch(/VOID: Keyed against E1 by mistake/);
    expect(s.ok('verify', s.ledger)).toMatch(/The ledger verifies/);
  });

  it('a document already void cannot be voided again, and a void needs a written reason', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    log(s, 'E1', 'notice', '2003-03-20 10:00');
    s.ok('void', s.ledger, '--document', '1', '--reason', 'Duplicate of the fax keyed twice');
    refusedUnchanged(s, ['void', s.ledger, '--document', '1', '--reason', 'again'], /Document 1 is already void \(Duplicate of the fax keyed twice\)/);
    refusedUnchanged(s, ['void', s.ledger, '--document', '1'], /a written reason is required/);
    refusedUnchanged(s, ['void', s.ledger, '--document', '9', '--reason', 'no such'], /no document 9/i);
    refusedUnchanged(s, ['void', s.ledger, '--document', '1', '--waiver', '1', '--reason', 'two'], /name exactly one record/);
  });

  it('cure --document names one of two papers received in the same second', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    log(s, 'E1', 'election', '2003-03-20 09:00', '--tender', 'A', '--defect', 'unsigned');
    log(s, 'E1', 'election', '2003-03-20 09:00', '--tender', 'B', '--defect', 'unsigned');
    refusedUnchanged(s, ['cure', s.ledger, '--employee', 'E1', '--received', '2003-03-20 09:00', '--defect', 'unsigned', '--at', '2003-03-20 10:00'], /2 documents from E1 .* name one by its id/);
    expect(s.ok('cure', s.ledger, '--document', '1', '--defect', 'unsigned', '--at', '2003-03-20 10:00')).toMatch(/on document 1/);
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 1000, B: 0, C: 300 });
  });
});

describe('every paper on record', () => {
  it('paper from someone not on the roster is refused as a likely typo unless logged deliberately; then it is kept and changes no one\'s election', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const hint = refusedUnchanged(s, ['log', s.ledger, '--employee', 'E9', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'D:2000'], /No holder with employee id E9/);
    expect(hint).toMatch(/--not-on-roster "NAME"/);
    const out = log(s, 'E9', 'election', '2003-03-20 09:00', '--tender', 'D:2000', '--not-on-roster', 'Pat O. Brien');
    expect(out).toMatch(/Logged document 1: .*not-on-roster/);
    const [doc] = s.json<DocumentJson[]>('documents', s.ledger);
    expect(doc).toMatchObject({ employee_id: 'E9', timely: true, properly_made: false, governing: false, void: false });
    // D is E2's grant: it stays with E2, untendered.
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E2')).toEqual({ D: 0 });
    refusedUnchanged(s, ['waive', s.ledger, '--defect', 'not-on-roster', '--reason', 'let it count'], /can never be waived/);
    refusedUnchanged(s, ['log', s.ledger, '--employee', 'E2', '--kind', 'notice', '--via', 'fax', '--received', '2003-03-20 09:00', '--not-on-roster', 'Patrick'], /E2 is on the roster \(Patrick O'Brien\)/);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it("a form naming a grant that is not the holder's is refused unless logged with grant-not-eligible; then kept as written, with no effect, and a waiver of it is refused", () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const hint = refusedUnchanged(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A,D'], /Grant D is not one of E1's eligible grants/);
    expect(hint).toMatch(/--defect grant-not-eligible/);
    log(s, 'E1', 'election', '2003-03-20 09:00', '--tender', 'A,D:2000', '--defect', 'grant-not-eligible');
    const [doc] = s.json<DocumentJson[]>('documents', s.ledger);
    expect(doc).toMatchObject({ properly_made: false, governing: false });
    const elections = s.json<ElectionJson[]>('elections', s.ledger);
    expect(tendered(elections, 'E1')).toEqual({ A: 0, B: 0, C: 0 });
    expect(tendered(elections, 'E2')).toEqual({ D: 0 });
    refusedUnchanged(s, ['waive', s.ledger, '--defect', 'grant-not-eligible', '--reason', 'accept it'], /can never be waived/);
    refusedUnchanged(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A', '--defect', 'grant-not-eligible'], /names no grant that is not E1's/);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('an Election Form that tenders nothing is a valid paper: it replaces everything before it (--tender none, and GRANT:0)', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    log(s, 'E1', 'election', '2003-03-20 07:00', '--tender', 'A,B');
    log(s, 'E1', 'election', '2003-03-20 08:00', '--tender', 'none');
    let elections = s.json<ElectionJson[]>('elections', s.ledger);
    expect(tendered(elections, 'E1')).toEqual({ A: 0, B: 0, C: 0 });
    expect(elections[0]?.governing_document).toBe(2);
    log(s, 'E1', 'election', '2003-03-20 09:00', '--tender', 'A');
    log(s, 'E1', 'election', '2003-03-20 09:30', '--tender', 'A:0,B:0');
    elections = s.json<ElectionJson[]>('elections', s.ledger);
    expect(tendered(elections, 'E1')).toEqual({ A: 0, B: 0, C: 0 });
    expect(elections[0]?.governing_document).toBe(4);
    refusedUnchanged(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00'], /--tender none/);
  });
});

describe('replay and after-the-fact records', () => {
  it('a note given with any document is kept as its note, even with a late document; only a timely one keyed after the expiration requires one', () => {
    const s = alphaSession('2003-04-02T15:00:00.000Z');
    refusedUnchanged(s, ['log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'fax', '--received', '2003-03-31 16:00'], /written reason/);
    log(s, 'E1', 'notice', '2003-04-01 09:00', '--reason', 'Replayed from the fax log of April 1');
    log(s, 'E2', 'notice', '2003-03-31 16:00', '--reason', 'Found in the tray on April 2');
    const docs = s.json<DocumentJson[]>('documents', s.ledger);
    expect(docs.map((d) => [d.timely, d.keyed_after_expiration])).toEqual([[false, true], [true, true]]);
  });

  it('an extension whose new expiration has passed is recorded only with a written reason, flagged, and the paper received before it becomes timely', () => {
    const s = alphaSession('2003-04-02T15:00:00.000Z');
    log(s, 'E1', 'election', '2003-04-01 10:00', '--tender', 'A', '--reason', 'Replayed from the fax log');
    expect(s.json<DocumentJson[]>('documents', s.ledger)[0]?.timely).toBe(false);
    refusedUnchanged(
      s,
      ['extend', s.ledger, '--to', '2003-04-01 17:00', '--reason', 'Board extended by one day'],
      /has already passed .* --late-reason/,
    );
    const out = s.ok('extend', s.ledger, '--to', '2003-04-01 17:00', '--reason', 'Board extended by one day', '--decided', '2003-03-31 12:00', '--announced', '2003-03-31 13:00', '--late-reason', 'Keyed from the minutes two days later');
    expect(out).toMatch(/document 1 \(E1, received 2003-04-01 10:00:00 ET\): late -> governing/);
    expect(s.json<DocumentJson[]>('documents', s.ledger)[0]).toMatchObject({ timely: true, governing: true });
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 1000, B: 0, C: 300 });
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('the 9:00 a.m. warning judges when the extension was announced, not when it was typed', () => {
    const s = alphaSession('2003-04-01T18:00:00.000Z');
    const typedLate = s.cli('extend', s.ledger, '--to', '2003-04-14 17:00', '--reason', 'Board decision', '--decided', '2003-03-31 18:00', '--announced', '2003-04-01 08:30');
    expect(typedLate.code).toBe(0);
    expect(typedLate.stderr).not.toMatch(/announcement limit/);
    const s2 = alphaSession('2003-04-01T18:00:00.000Z');
    const announcedLate = s2.cli('extend', s2.ledger, '--to', '2003-04-14 17:00', '--reason', 'Board decision');
    expect(announcedLate.stderr).toMatch(/after the announcement limit 2003-04-01 09:00:00 ET/);
  });

  it('voiding the newest extension reverts the expiration; an older one cannot be voided first', () => {
    const s = alphaSession('2003-03-28T14:00:00.000Z');
    s.ok('extend', s.ledger, '--to', '2003-04-14 17:00', '--reason', 'First extension');
    s.ok('extend', s.ledger, '--to', '2003-04-30 17:00', '--reason', 'Year typo: meant 2003-04-21');
    refusedUnchanged(s, ['void', s.ledger, '--extension', '1', '--reason', 'wrong'], /not the extension in force \(extension 2 is/);
    expect(s.ok('void', s.ledger, '--extension', '2', '--reason', 'Typo in the date')).toMatch(/the offer expires 2003-04-14 17:00:00 ET/);
    refusedUnchanged(s, ['void', s.ledger, '--extension', '2', '--reason', 'again'], /already void/);
    expect(s.ok('void', s.ledger, '--extension', '1', '--reason', 'Board withdrew it')).toMatch(/the offer expires 2003-03-31 17:00:00 ET/);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('voiding a waiver opens that kind of defect again offer-wide, and lists each document whose standing changes', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    log(s, 'E1', 'election', '2003-03-20 09:00', '--tender', 'A', '--defect', 'no-email');
    log(s, 'E2', 'election', '2003-03-20 09:30', '--tender', 'D', '--defect', 'no-email');
    s.ok('waive', s.ledger, '--defect', 'no-email', '--reason', 'HR has the addresses');
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E2')).toEqual({ D: 2000 });
    const out = s.ok('void', s.ledger, '--waiver', '1', '--reason', 'Granted on the wrong ledger');
    expect(out).toMatch(/document 1 .*governing -> defective/);
    expect(out).toMatch(/document 2 .*governing -> defective/);
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E2')).toEqual({ D: 0 });
    refusedUnchanged(s, ['void', s.ledger, '--waiver', '1', '--reason', 'again'], /Waiver 1 is already void/);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });
});
