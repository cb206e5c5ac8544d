// The worked examples of the offer, run through the `offer-desk` command on real ledger files.
import { describe, expect, it } from 'vitest';
import { alphaSession, type DocumentJson, type ElectionJson } from './cli-helpers';

const tendered = (rows: ElectionJson[], employee: string) =>
  Object.fromEntries(rows.filter((r) => r.employee_id === employee).map((r) => [r.grant_id, r.shares_tendered]));

describe('the offer through the command line', () => {
  it('worked example 1: the latest timely document governs, and a Notice one second late has no effect', () => {
    const s = alphaSession();
    s.clock.set('2003-03-20T15:05:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 10:00', '--tender', 'A,B');
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 1000, B: 500, C: 300 });

    s.clock.set('2003-03-27T20:10:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-27 15:00');
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 0, B: 0, C: 0 });

    s.clock.set('2003-03-31T21:59:59.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-31 16:59:59', '--tender', 'A');
    // C was granted within six months of the offer: tendering A tenders it too.
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 1000, B: 0, C: 300 });

    s.clock.set('2003-03-31T22:00:30.000Z');
    const late = s.cli('log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'fax', '--received', '2003-03-31 17:00:01');
    expect(late.code).toBe(0);
    expect(late.stderr).toMatch(/Late: received 2003-03-31 17:00:01 ET/);

    const elections = s.json<ElectionJson[]>('elections', s.ledger);
    expect(tendered(elections, 'E1')).toEqual({ A: 1000, B: 0, C: 300 });
    expect(elections.find((r) => r.grant_id === 'C')?.required).toBe(true);
    expect(elections.find((r) => r.grant_id === 'A')?.governing_document).toBe(3);

    const docs = s.json<DocumentJson[]>('documents', s.ledger);
    expect(docs.map((d) => [d.id, d.received_at, d.timely, d.governing])).toEqual([
      [1, '2003-03-20T15:00:00Z', true, false],
      [2, '2003-03-27T20:00:00Z', true, false],
      [3, '2003-03-31T21:59:59Z', true, true],
      [4, '2003-03-31T22:00:01Z', false, false],
    ]);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('a document received at exactly 5:00:00 PM ET is timely; 5:00:01 PM is late', () => {
    const s = alphaSession('2003-03-31T22:30:00.000Z');
    // Intake has locked (it is 5:30 PM): the 5:00:00 fax was received in time, so it needs a written reason.
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'fax', '--received', '2003-03-31 17:00:00', '--tender', 'D', '--reason', 'Fax arrived 17:00:00 per header; keyed after the close');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-31 17:00:01', '--tender', 'A');
    const docs = s.json<DocumentJson[]>('documents', s.ledger);
    expect(docs.map((d) => [d.employee_id, d.timely, d.governing, d.keyed_after_expiration])).toEqual([
      ['E2', true, true, true],
      ['E1', false, false, true],
    ]);
    const elections = s.json<ElectionJson[]>('elections', s.ledger);
    expect(tendered(elections, 'E2')).toEqual({ D: 2000 });
    expect(tendered(elections, 'E1')).toEqual({ A: 0, B: 0, C: 0 });
  });

  it('worked example 2: confirmations are due five business days after receipt, skipping Memorial Day', () => {
    const s = alphaSession('2003-03-31T21:00:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-28 11:00', '--tender', 'A');
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-29 09:30', '--tender', 'D');
    s.ok('extend', s.ledger, '--to', '2003-06-30 17:00', '--reason', 'Board extended the offer to allow the amended terms to circulate');
    s.clock.set('2003-05-23T18:00:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'notice', '--via', 'fax', '--received', '2003-05-23 13:00');
    const due = s.json<DocumentJson[]>('documents', s.ledger).map((d) => d.confirmation_due);
    expect(due).toEqual(['2003-04-04', '2003-04-04', '2003-06-02']);
  });

  it('worked example 3: after an extension into daylight time, 20:30 UTC on the new day is timely and 21:30 UTC is late', () => {
    const s = alphaSession('2003-03-28T14:00:00.000Z');
    const ext = s.ok('extend', s.ledger, '--to', '2003-04-14 17:00', '--reason', 'Extended to give employees time after the amendment');
    expect(ext).toMatch(/to 2003-04-14 17:00:00 ET/);
    s.clock.set('2003-04-14T22:00:00.000Z');
    const reason = ['--reason', 'Fax received before the close, keyed the next morning'];
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-04-14T20:30:00Z', '--tender', 'A', ...reason);
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'fax', '--received', '2003-04-14T21:30:00Z', '--tender', 'D');
    const docs = s.json<DocumentJson[]>('documents', s.ledger);
    expect(docs.map((d) => [d.received_at, d.timely])).toEqual([
      ['2003-04-14T20:30:00Z', true],
      ['2003-04-14T21:30:00Z', false],
    ]);
  });

  it('a defective document counts once cured by its original receipt time, and an offer-wide waiver settles every holder', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-10 09:00', '--tender', 'A', '--defect', 'unsigned');
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'fax', '--received', '2003-03-10 09:30', '--tender', 'D', '--defect', 'no-email');
    s.clock.set('2003-03-12T15:00:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-11 10:00', '--defect', 'no-email');
    expect(s.json<DocumentJson[]>('documents', s.ledger).map((d) => d.properly_made)).toEqual([false, false, false]);

    s.ok('cure', s.ledger, '--employee', 'E1', '--received', '2003-03-10 09:00', '--defect', 'unsigned', '--at', '2003-03-12 09:00');
    // Cured, the form of 03-10 counts from its receipt time: the Notice of 03-11 is still defective.
    expect(tendered(s.json<ElectionJson[]>('elections', s.ledger), 'E1')).toEqual({ A: 1000, B: 0, C: 300 });

    const waived = s.ok('waive', s.ledger, '--defect', 'no-email', '--reason', 'E-mail on file from HR; requirement waived for all holders');
    expect(waived).toMatch(/settles 2 document/);
    const elections = s.json<ElectionJson[]>('elections', s.ledger);
    // The Notice (received after the cured form) now governs E1; E2's form now counts.
    expect(tendered(elections, 'E1')).toEqual({ A: 0, B: 0, C: 0 });
    expect(tendered(elections, 'E2')).toEqual({ D: 2000 });
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });
});
