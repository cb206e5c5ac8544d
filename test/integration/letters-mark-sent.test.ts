// Marking confirmations sent: the day and how (mail, hand, fax, e-mail), with the letter that went
// out. What cannot have happened is refused — a day still to come, a day before the paper arrived,
// a confirmation that was never produced, a second sending — and a refusal changes nothing.
import { describe, expect, it } from 'vitest';
import { isOfferDeskError, type ErrorCode } from '../../main/core/errors';
import type { Desk } from '../../main/services/desk';
import { paperOnTheDesk } from './letters-desk-fixtures';

/** Asserts a refusal with `code` and a message matching `message`, and that the ledger did not change. */
function refusedUnchanged(desk: Desk, fn: () => unknown, code: ErrorCode, message: RegExp | string): void {
  const counts = desk.ledger.counts();
  const head = desk.ledger.auditHead();
  let caught: unknown = null;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!isOfferDeskError(caught)) throw new Error(`expected a refusal, got ${String(caught)}`);
  expect(caught.code, caught.message).toBe(code);
  expect(caught.message).toMatch(message);
  expect(desk.ledger.counts()).toEqual(counts);
  expect(desk.ledger.auditHead()).toEqual(head);
}

function producedOnThe27th() {
  const d = paperOnTheDesk();
  d.at('2003-03-27 10:00');
  d.desk.letters.produce([1, 2]);
  d.at('2003-03-27 16:00');
  return d;
}

describe('marking confirmations sent', () => {
  it('two confirmations mailed today are marked with the letter that went out, the day and how', () => {
    const d = producedOnThe27th();
    const result = d.desk.letters.markSent([1, 2], '2003-03-27', 'mail');
    expect(result.marked.map((m) => [m.documentId, m.letterId, m.sentOn, m.method, m.operator])).toEqual([
      [1, 1, '2003-03-27', 'mail', 'mary.clerk'],
      [2, 2, '2003-03-27', 'mail', 'mary.clerk'],
    ]);
    expect(d.desk.ledger.auditEvents().slice(-2).map((e) => e.type)).toEqual(['confirmation.sent', 'confirmation.sent']);
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it('when a letter was produced twice, the mark names the one that existed on the day it was sent', () => {
    const d = producedOnThe27th();
    d.at('2003-03-28 10:00');
    d.desk.letters.produce([1]);
    d.desk.letters.markSent([1], '2003-03-27', 'hand');
    d.desk.letters.markSent([2], '2003-03-28', 'fax');
    expect(d.desk.ledger.sentMarks().map((m) => [m.documentId, m.letterId])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('a sending date still to come is refused', () => {
    const { desk } = producedOnThe27th();
    refusedUnchanged(desk, () => desk.letters.markSent([1], '2003-03-28', 'mail'), 'invalid-input', '2003-03-28 is in the future (today is 2003-03-27)');
  });

  it('a sending date before the document was received is refused', () => {
    const { desk } = producedOnThe27th();
    refusedUnchanged(desk, () => desk.letters.markSent([1, 2], '2003-03-19', 'mail'), 'invalid-input', /document 2 was received on 2003-03-20, after 2003-03-19/);
  });

  it('a confirmation cannot be sent before it was produced', () => {
    const { desk } = producedOnThe27th();
    refusedUnchanged(desk, () => desk.letters.markSent([1], '2003-03-26', 'mail'), 'invalid-input', /the confirmation of document 1 is dated 2003-03-27, after 2003-03-26/);
  });

  it('a document whose confirmation was never produced cannot be marked sent; nor can the others named with it', () => {
    const { desk } = producedOnThe27th();
    refusedUnchanged(desk, () => desk.letters.markSent([1, 3], '2003-03-27', 'mail'), 'invalid-input', /no confirmation of document 3 has been produced yet \(produce it first\)\. Nothing was marked\./);
  });

  it('a courtesy irregularity notice is not the confirmation', () => {
    const { desk } = producedOnThe27th();
    desk.letters.produce([3], { kind: 'irregularity' });
    refusedUnchanged(desk, () => desk.letters.markSent([3], '2003-03-27', 'mail'), 'invalid-input', /no confirmation of document 3 has been produced yet/);
  });

  it('a confirmation already marked sent cannot be marked again', () => {
    const { desk } = producedOnThe27th();
    desk.letters.markSent([1], '2003-03-27', 'mail');
    refusedUnchanged(desk, () => desk.letters.markSent([2, 1], '2003-03-27', 'fax'), 'conflict', 'Not marked sent: document 1 was already marked sent on 2003-03-27 (mail). Nothing was marked.');
    expect(desk.ledger.sentMarks().map((m) => m.documentId)).toEqual([1]);
  });

  it('an unknown document, a repeated one, a date that is not a date, or an unknown way of sending is refused', () => {
    const { desk } = producedOnThe27th();
    refusedUnchanged(desk, () => desk.letters.markSent([1, 42], '2003-03-27', 'mail'), 'not-found', 'No document 42 in the ledger.');
    refusedUnchanged(desk, () => desk.letters.markSent([1, 1], '2003-03-27', 'mail'), 'invalid-input', 'Document 1 is named more than once.');
    refusedUnchanged(desk, () => desk.letters.markSent([1], '2003-02-30', 'mail'), 'invalid-input', '"2003-02-30" is not a real date (February 2003 has 28 days)');
    refusedUnchanged(desk, () => desk.letters.markSent([1], 'yesterday', 'mail'), 'invalid-input', /"yesterday" is not a date the desk reads\. Write it as 2003-03-21, 3\/21\/2003/);
    refusedUnchanged(desk, () => desk.letters.markSent([1], '2003-03-27', 'pigeon' as 'mail'), 'invalid-input', '"pigeon" is not a way letters are sent; say mail, hand, fax, email.');
    refusedUnchanged(desk, () => desk.letters.markSent([], '2003-03-27', 'mail'), 'invalid-input', 'Name at least one document.');
  });

  it('the day typed is the day saved, in any form the desk reads (3/27/2003, Mar 27, 2003)', () => {
    const { desk } = producedOnThe27th();
    desk.letters.markSent([1], '3/27/2003', 'mail');
    desk.letters.markSent([2], 'Mar 27, 2003', 'hand');
    expect(desk.ledger.sentMarks().map((m) => [m.documentId, m.sentOn])).toEqual([
      [1, '2003-03-27'],
      [2, '2003-03-27'],
    ]);
  });

  it('a day-first date, or a time where a day belongs, is refused and nothing is marked', () => {
    const { desk } = producedOnThe27th();
    refusedUnchanged(desk, () => desk.letters.markSent([1], '25/03/2003', 'mail'), 'invalid-input', /25 is not a month\. Dates are read in US month\/day order/);
    refusedUnchanged(desk, () => desk.letters.markSent([1], '2003-03-25 10:00', 'mail'), 'invalid-input', /write the day alone, e\.g\. 2003-03-25/);
  });
});
