// Importing the eligibility roster: every holder and grant kept as given, the import proven by one
// audit event, and an import that would duplicate anyone or anything refused whole.

import { describe, expect, it } from 'vitest';
import type { Grant } from '../../main/core/types';
import type { RosterHolder } from '../../main/ledger/ledger';
import { GRANTS, ROSTER, at, auditorsDigest, auditorsFingerprints, expectRefusedAndUnchanged, newLedger, peek } from './ledger-fixtures';

const IMPORTED = at('2003-02-28T14:00:00.000Z', 'setup');

describe('importing the roster', () => {
  it('holders and grants are kept exactly as given, with only the last four of the ID number readable', () => {
    const { ledger } = newLedger();
    expect(ledger.importRoster(ROSTER, GRANTS, IMPORTED)).toEqual({ holders: 3, grants: 4 });
    expect(ledger.holders()).toEqual([
      { employeeId: 'E001', name: 'Ann Archer', email: 'ann@alpha.example', address: '1 Elm St, Pelham NH', idLast4: '6789' },
      { employeeId: 'E002', name: 'Bob Baker', email: 'bob@alpha.example', address: '2 Oak St, Salem NH', idLast4: '4321' },
      { employeeId: 'E003', name: 'Łukasz Żółć', email: '', address: '3 Pine St, Windham NH', idLast4: '3498' },
    ]);
    expect(ledger.holder('E002')?.name).toBe('Bob Baker');
    expect(ledger.holder('E999')).toBeNull();
    expect(ledger.grants()).toEqual([GRANTS[0], GRANTS[1], GRANTS[2], GRANTS[3]]);
    expect(ledger.grants('E001').map((g) => g.grantId)).toEqual(['G-101', 'G-102']);
    expect(ledger.grants('E999')).toEqual([]);
  });

  it('an import is one audit event holding the SHA-256 of the holder and grant rows as stored (ID numbers sealed), not the rows again', () => {
    const { ledger, path } = newLedger();
    ledger.importRoster(ROSTER, GRANTS, IMPORTED);
    const events = ledger.auditEvents({ afterSeq: 1 });
    expect(events.map((e) => [e.seq, e.type, e.at, e.operator])).toEqual([[2, 'roster.imported', IMPORTED.at, 'setup']]);
    expect(events[0]?.payload).toEqual({
      rows: {},
      digests: {
        holders: {
          rows: 3,
          first: ['E001'],
          last: ['E003'],
          sha256: auditorsDigest(path, 'SELECT * FROM holders ORDER BY employee_id'),
          fingerprints: auditorsFingerprints(path, 'SELECT * FROM holders ORDER BY employee_id'),
        },
        grants: {
          rows: 4,
          first: ['G-101'],
          last: ['G-301'],
          sha256: auditorsDigest(path, 'SELECT * FROM grants ORDER BY grant_id'),
          fingerprints: auditorsFingerprints(path, 'SELECT * FROM grants ORDER BY grant_id'),
        },
      },
    });
    // Every row names the event that proves it.
    expect(peek(path, 'SELECT DISTINCT audit_seq FROM holders UNION SELECT DISTINCT audit_seq FROM grants')).toEqual([{ audit_seq: 2 }]);
    expect(ledger.verify().ok).toBe(true);
  });

  it('a later import may add grants for holders already on the roster (its own audit event)', () => {
    const { ledger } = newLedger({ roster: true });
    const extra: Grant = { grantId: 'G-202', employeeId: 'E002', plan: '1985', grantDate: '2002-10-01', exercisePrice: '2.0000', shares: 50 };
    ledger.importRoster([], [extra], at('2003-03-01T14:00:00.000Z', 'setup'));
    expect(ledger.grants('E002').map((g) => g.grantId)).toEqual(['G-201', 'G-202']);
    const event = ledger.auditEvents().at(-1);
    expect(event?.type).toBe('roster.imported');
    expect(Object.keys((event?.payload as { digests: object }).digests)).toEqual(['grants']);
    expect(ledger.verify().ok).toBe(true);
  });

  it('an import naming employees already in the ledger is refused whole, naming them, and nothing changes', () => {
    const { ledger } = newLedger({ roster: true });
    const newcomer: RosterHolder = { employeeId: 'E004', name: 'Dee Dunn', email: '', address: '', idNumber: '111-22-3333' };
    const again = [newcomer, ROSTER[0]!, ROSTER[2]!];
    const error = expectRefusedAndUnchanged(ledger, () => ledger.importRoster(again, [], IMPORTED), 'conflict');
    expect(error.message).toBe('These employee ids are already in the ledger: E001, E003. Nothing was imported.');
    expect(ledger.holder('E004')).toBeNull();
  });

  it('an import naming a grant id already in the ledger is refused whole, naming it', () => {
    const { ledger } = newLedger({ roster: true });
    const newcomer: RosterHolder = { employeeId: 'E004', name: 'Dee Dunn', email: '', address: '', idNumber: '111-22-3333' };
    const clash: Grant = { ...GRANTS[3]!, employeeId: 'E004' };
    const error = expectRefusedAndUnchanged(ledger, () => ledger.importRoster([newcomer], [clash], IMPORTED), 'conflict');
    expect(error.message).toBe('These grant ids are already in the ledger: G-301. Nothing was imported.');
  });

  it('a roster listing the same employee or grant twice is refused', () => {
    const { ledger } = newLedger();
    const e1 = expectRefusedAndUnchanged(ledger, () => ledger.importRoster([ROSTER[0]!, ROSTER[0]!], [], IMPORTED), 'conflict');
    expect(e1.message).toContain('more than once: E001');
    const e2 = expectRefusedAndUnchanged(ledger, () => ledger.importRoster(ROSTER, [...GRANTS, GRANTS[1]!], IMPORTED), 'conflict');
    expect(e2.message).toContain('more than once: G-102');
  });

  it('a grant for someone not on the roster is refused, naming the grant', () => {
    const { ledger } = newLedger();
    const stray: Grant = { ...GRANTS[0]!, grantId: 'G-999', employeeId: 'E999' };
    const error = expectRefusedAndUnchanged(ledger, () => ledger.importRoster(ROSTER, [...GRANTS, stray], IMPORTED), 'not-found');
    expect(error.message).toContain('G-999');
  });

  it('a long list of clashes is shortened in the message and given in full in the details', () => {
    const { ledger } = newLedger();
    const many: RosterHolder[] = Array.from({ length: 25 }, (_, i) => ({
      employeeId: `X${String(i).padStart(3, '0')}`,
      name: `Person ${i}`,
      email: '',
      address: '',
      idNumber: `900-00-${String(1000 + i)}`,
    }));
    ledger.importRoster(many, [], IMPORTED);
    const error = expectRefusedAndUnchanged(ledger, () => ledger.importRoster(many, [], IMPORTED), 'conflict');
    expect(error.message).toContain('(and 5 more)');
    expect(error.details).toHaveLength(25);
  });

  it.each<[string, () => { holders: RosterHolder[]; grants: Grant[] }]>([
    ['a holder without a name', () => ({ holders: [{ ...ROSTER[0]!, name: ' ' }], grants: [] })],
    ['an employee id with stray spaces', () => ({ holders: [{ ...ROSTER[0]!, employeeId: ' E001' }], grants: [] })],
    ['an ID number of three digits', () => ({ holders: [{ ...ROSTER[0]!, idNumber: '1-2-3' }], grants: [] })],
    ['a grant with negative shares', () => ({ holders: ROSTER, grants: [{ ...GRANTS[0]!, shares: -1 }] })],
    ['a grant with fractional shares', () => ({ holders: ROSTER, grants: [{ ...GRANTS[0]!, shares: 10.5 }] })],
    ['an exercise price written as a float', () => ({ holders: ROSTER, grants: [{ ...GRANTS[0]!, exercisePrice: '1e3' }] })],
    ['an impossible grant date', () => ({ holders: ROSTER, grants: [{ ...GRANTS[0]!, grantDate: '2002-02-30' }] })],
  ])('%s is refused and nothing is imported', (_what, input) => {
    const { ledger } = newLedger();
    const { holders, grants } = input();
    expectRefusedAndUnchanged(ledger, () => ledger.importRoster(holders, grants, IMPORTED), 'invalid-input');
  });

  it('an import without a proper time or operator is refused', () => {
    const { ledger } = newLedger();
    expectRefusedAndUnchanged(ledger, () => ledger.importRoster(ROSTER, GRANTS, { at: '2003-02-28', operator: 'setup' }), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.importRoster(ROSTER, GRANTS, { at: IMPORTED.at, operator: '' }), 'invalid-input');
  });
});
