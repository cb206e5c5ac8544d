// Voids and corrections in the ledger itself: appended, audited and replayed like every record;
// a void edited or removed outside the app is caught by verify(); the schema keeps the two links
// of a correction honest even against writes from outside the app.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DESK, at, election, expectRefusedAndUnchanged, newLedger, notice, tamper } from './ledger-fixtures';

const LATER = at('2003-03-22T15:00:00.000Z');

describe('voids in the ledger', () => {
  it('a correction is the corrected document and the void of the original in one audit event, linked both ways', () => {
    const { ledger } = newLedger({ roster: true });
    const a = ledger.addDocument(notice(), DESK);
    const [voided, b] = ledger.correctDocument({ id: a.id, reason: 'Keyed as a Notice; it is an Election Form' }, election(), LATER);
    expect(voided.voided).toEqual({ reason: 'Keyed as a Notice; it is an Election Form', voidedAt: LATER.at, operator: LATER.operator, replacedBy: b.id });
    expect(b.corrects).toBe(a.id);
    const event = ledger.auditEvents().at(-1);
    expect(event?.type).toBe('document.corrected');
    // The void in full; the corrected document and its lines as their SHA-256 (format 4).
    const payload = event?.payload as { rows: object; digests: object };
    expect(Object.keys(payload.rows)).toEqual(['document_voids']);
    expect(Object.keys(payload.digests).sort()).toEqual(['document_tenders', 'documents']);
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('verify passes after every kind of void', () => {
    const { ledger } = newLedger({ roster: true });
    ledger.addDocument(election({ defects: ['no-email'] }), DESK);
    ledger.addWaiver({ defect: 'no-email', reason: 'HR has it' }, DESK);
    ledger.addExtension({ fromExpiresAt: '2003-03-31T22:00:00.000Z', toExpiresAt: '2003-04-14T21:00:00.000Z', reason: 'Board', announcedLate: false }, DESK);
    ledger.voidDocument({ id: 1, reason: 'Duplicate' }, LATER);
    ledger.voidWaiver({ id: 1, reason: 'Wrong offer' }, LATER);
    ledger.voidExtension({ id: 1, reason: 'Withdrawn' }, LATER);
    expect(ledger.counts().voids).toBe(3);
    expect(ledger.auditEvents().slice(-3).map((e) => e.type)).toEqual(['document.voided', 'waiver.voided', 'extension.voided']);
    expect(ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('a void of something already void is refused as a conflict, and nothing is written', () => {
    const { ledger } = newLedger({ roster: true });
    ledger.addDocument(notice(), DESK);
    ledger.voidDocument({ id: 1, reason: 'Duplicate' }, LATER);
    expectRefusedAndUnchanged(ledger, () => ledger.voidDocument({ id: 1, reason: 'again' }, LATER), 'conflict');
    expectRefusedAndUnchanged(ledger, () => ledger.correctDocument({ id: 1, reason: 'again' }, notice(), LATER), 'conflict');
    expectRefusedAndUnchanged(ledger, () => ledger.voidDocument({ id: 1, reason: ' ' }, LATER), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.addWaiver({ defect: 'not-on-roster', reason: 'count it' }, LATER), 'invalid-input');
  });

  it('a void whose reason was edited outside the app, or removed, is caught by verify', () => {
    const { ledger, path, reopen } = newLedger({ roster: true });
    ledger.addDocument(notice(), DESK);
    ledger.addDocument(election(), DESK);
    ledger.voidDocument({ id: 1, reason: 'Keyed against the wrong holder' }, LATER);
    ledger.voidDocument({ id: 2, reason: 'Duplicate' }, LATER);
    ledger.close();
    tamper(path, "UPDATE document_voids SET reason = 'Holder asked us to' WHERE document_id = 1");
    tamper(path, 'DELETE FROM document_voids WHERE document_id = 2');
    const report = reopen().verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContain('the void of document 1: reason is "Holder asked us to" in the table but "Keyed against the wrong holder" in audit event 7');
    expect(report.problems).toContain('the void of document 2 is missing from the table (recorded by audit event 8)');
  });

  it('paper from someone not on the roster is kept under the id as written; every other document must name a rostered holder', () => {
    const { ledger, path } = newLedger({ roster: true });
    const stray = ledger.addDocument(notice({ employeeId: 'X-9', nameAsWritten: 'Pat Stranger', defects: ['not-on-roster'] }), DESK);
    expect(ledger.document(stray.id)).toMatchObject({ employeeId: 'X-9', nameAsWritten: 'Pat Stranger', defects: ['not-on-roster'] });
    expectRefusedAndUnchanged(ledger, () => ledger.addDocument(notice({ employeeId: 'X-9' }), DESK), 'not-found');
    expectRefusedAndUnchanged(ledger, () => ledger.addDocument(notice({ employeeId: 'E001', nameAsWritten: 'Ann', defects: ['not-on-roster'] }), DESK), 'conflict');
    expectRefusedAndUnchanged(ledger, () => ledger.addDocument(notice({ employeeId: 'X-9', nameAsWritten: 'Pat' }), DESK), 'invalid-input');
    // Foreign grant lines are admitted only on a form logged with grant-not-eligible.
    const foreign = ledger.addDocument(election({ defects: ['grant-not-eligible'], tenders: [{ grantId: 'G-201', shares: 2500 }, { grantId: 'NOPE', shares: 7 }] }), DESK);
    expect(ledger.document(foreign.id)?.tenders).toEqual([{ grantId: 'G-201', shares: 2500 }, { grantId: 'NOPE', shares: 7 }]);
    expect(ledger.verify()).toMatchObject({ ok: true });
    ledger.close();
    const db = new Database(path);
    try {
      expect(() => db.prepare("INSERT INTO document_tenders (document_id, position, grant_id, shares) VALUES (1, 0, 'G-201', 1)").run()).toThrow(/a tender must be on an Election Form/);
      expect(() => db.prepare("INSERT INTO document_voids (document_id, reason, voided_at, operator, replaced_by) VALUES (1, 'x', '2003-03-22T15:00:00.000Z', 'x', 2)").run()).toThrow(/names as its correction only the document recorded as correcting it/);
    } finally {
      db.close();
    }
  });
});
