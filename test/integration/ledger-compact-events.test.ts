// What a compact audit event (format 4) still proves. A roster import is ONE event holding, per
// table, the number of rows, their first and last keys and the SHA-256 of the rows; the rows are
// kept once, in their tables, each naming its event; the event's per-row fingerprints let verify
// name which row of a large import was changed or slipped in. Someone editing the file outside the app —
// a plain SQLite connection, the guard triggers dropped first — is still caught by verify.

import { describe, expect, it } from 'vitest';
import type { Grant } from '../../main/core/types';
import type { RosterHolder } from '../../main/ledger/ledger';
import { DESK, at, election, newLedger, peek, tamper } from './ledger-fixtures';

const IMPORTED = at('2003-02-28T14:00:00.000Z', 'setup');

/** Fifty holders with two grants each, in one import (event 2). */
function importedLedger() {
  const holders: RosterHolder[] = Array.from({ length: 50 }, (_, i) => ({
    employeeId: `E${String(i + 1).padStart(3, '0')}`,
    name: `Holder ${i + 1}`,
    email: '',
    address: `${i + 1} Main Street`,
    idNumber: `123-45-${String(1000 + i)}`,
  }));
  const grants: Grant[] = holders.flatMap((h, i) => [
    { grantId: `G-${i + 1}-a`, employeeId: h.employeeId, plan: '1994', grantDate: '2000-05-01', exercisePrice: '12.5000', shares: 1000 },
    { grantId: `G-${i + 1}-b`, employeeId: h.employeeId, plan: '1985', grantDate: '2001-05-01', exercisePrice: '3.2500', shares: 400 },
  ]);
  const fx = newLedger();
  fx.ledger.importRoster(holders, grants, IMPORTED);
  expect(fx.ledger.verify().ok).toBe(true);
  fx.ledger.close();
  return fx;
}

function problemsAfter(fx: ReturnType<typeof importedLedger>, ...sql: string[]): string[] {
  for (const statement of sql) tamper(fx.path, statement);
  const report = fx.reopen().verify();
  expect(report.ok).toBe(false);
  return report.problems.filter((p) => !p.startsWith('the safeguard '));
}

describe('a compact roster import still proves every row', () => {
  it('the import is one event; the holders and grants are kept once, in their tables', () => {
    const fx = importedLedger();
    expect(fx.reopen().auditEvents().map((e) => e.type)).toEqual(['offer.created', 'roster.imported']);
    expect(peek(fx.path, 'SELECT count(*) AS n FROM holders WHERE audit_seq = 2')).toEqual([{ n: 50 }]);
    expect(peek(fx.path, 'SELECT count(*) AS n FROM grants WHERE audit_seq = 2')).toEqual([{ n: 100 }]);
  });

  it("a holder's row changed after import is caught by verify, naming the import that proves it", () => {
    expect(problemsAfter(importedLedger(), "UPDATE holders SET address = '1 Elm Street' WHERE employee_id = 'E017'")).toEqual([
      'the 50 holders rows recorded by audit event 2 (holder E001 to holder E050) no longer match the SHA-256 the event recorded: at least one was changed outside the app',
      // The import's fingerprints name the holder among the fifty.
      'holder E017: its row matches none of the rows audit event 2 recorded (changed or added outside the app)',
    ]);
  });

  it('shares of one grant changed after import are caught', () => {
    expect(problemsAfter(importedLedger(), "UPDATE grants SET shares = 999999 WHERE grant_id = 'G-3-b'")).toEqual([
      'the 100 grants rows recorded by audit event 2 (grant G-1-a to grant G-9-b) no longer match the SHA-256 the event recorded: at least one was changed outside the app',
      'grant G-3-b: its row matches none of the rows audit event 2 recorded (changed or added outside the app)',
    ]);
  });

  it('a holder deleted after import is caught: the table holds fewer rows than the import recorded', () => {
    expect(problemsAfter(importedLedger(), "DELETE FROM grants WHERE employee_id = 'E050'", "DELETE FROM holders WHERE employee_id = 'E050'")).toEqual([
      'audit event 2 recorded 50 holders rows (holder E001 to holder E050), but the table holds 49 naming it (holder E001 to holder E049): rows were deleted outside the app',
      'audit event 2 recorded 100 grants rows (grant G-1-a to grant G-9-b), but the table holds 98 naming it (grant G-1-a to grant G-9-b): rows were deleted outside the app',
    ]);
  });

  it("a holder slipped in under the import's event is caught: the import recorded fewer rows", () => {
    const problems = problemsAfter(
      importedLedger(),
      "INSERT INTO holders (employee_id, name, email, address, id_number_enc, id_last4, audit_seq) VALUES ('E051', 'Mallory', '', '', randomblob(40), '0051', 2)",
    );
    expect(problems).toEqual([
      'audit event 2 recorded 50 holders rows (holder E001 to holder E050), but the table holds 51 naming it (holder E001 to holder E051): rows were added outside the app',
      'holder E051: its row matches none of the rows audit event 2 recorded (changed or added outside the app)',
    ]);
  });

  it('a holder slipped in without naming any event, or naming one that recorded no holders, has no audit event', () => {
    const fx = importedLedger();
    const doc = fx.reopen().addDocument(election({ employeeId: 'E001', signedBy: 'Holder 1', tenders: [{ grantId: 'G-1-a', shares: 10 }] }), DESK);
    expect(doc.id).toBe(1);
    const insert = (id: string, seq: string) =>
      `INSERT INTO holders (employee_id, name, email, address, id_number_enc, id_last4, audit_seq) VALUES ('${id}', 'Mallory', '', '', randomblob(40), '0000', ${seq})`;
    expect(problemsAfter(fx, insert('E900', 'NULL'), insert('E901', '3'))).toEqual([
      'holder E900 in the table has no audit event',
      'holder E901 in the table has no audit event (it names audit event 3, which records no holders rows)',
    ]);
  });

  it('a row moved onto another event (its audit_seq rewritten) is caught at both ends', () => {
    const fx = importedLedger();
    fx.reopen().importRoster([{ employeeId: 'E100', name: 'Late Comer', email: '', address: '', idNumber: '999-99-9999' }], [], at('2003-03-01T14:00:00.000Z', 'setup'));
    expect(problemsAfter(fx, "UPDATE holders SET audit_seq = 3 WHERE employee_id = 'E001'")).toEqual([
      'audit event 2 recorded 50 holders rows (holder E001 to holder E050), but the table holds 49 naming it (holder E002 to holder E050): rows were deleted outside the app',
      'audit event 3 recorded 1 holders row (holder E100), but the table holds 2 naming it (holder E001 to holder E100): rows were added outside the app',
    ]);
  });

  it('a document deleted outside the app is named with the event that recorded it', () => {
    const fx = importedLedger();
    fx.reopen().addDocument(election({ employeeId: 'E001', signedBy: 'Holder 1', tenders: [{ grantId: 'G-1-a', shares: 10 }] }), DESK);
    expect(problemsAfter(fx, 'DELETE FROM document_tenders WHERE document_id = 1', 'DELETE FROM documents WHERE id = 1')).toEqual([
      'document 1 is missing from the table (recorded by audit event 3)',
      'document 1, tender line no. 1 is missing from the table (recorded by audit event 3)',
    ]);
  });

  it('ids beyond ASCII are proven in the order SQLite keeps them (code points, not UTF-16 units)', () => {
    const fx = newLedger();
    const ids = ['E-ＺＺ', 'E-😀', 'E-é', 'E-z', 'E-Z'];
    fx.ledger.importRoster(
      ids.map((employeeId) => ({ employeeId, name: 'Someone', email: '', address: '', idNumber: '123-45-6789' })),
      [],
      IMPORTED,
    );
    expect(fx.ledger.verify()).toMatchObject({ ok: true, problems: [] });
    expect(fx.ledger.auditEvents().at(-1)?.payload).toMatchObject({ digests: { holders: { first: ['E-Z'], last: ['E-😀'] } } });
  });
});
