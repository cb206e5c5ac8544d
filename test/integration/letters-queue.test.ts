// The confirmations queue: "Alpha will send a confirmation within five business days of receipt".
// Every document's due date and where its confirmation stands, as the desk's clock moves — through
// a weekend, a federal holiday, and the day a confirmation is marked sent.
import { describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { paperOnTheDesk } from './letters-desk-fixtures';

describe('the confirmations queue', () => {
  it('on Thursday March 27 one confirmation is overdue, one is due today, two are still ahead', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-27 12:00');
    const queue = d.desk.letters.queue();
    expect(queue.today).toBe('2003-03-27');
    expect(queue.rows.map((r) => [r.documentId, r.name, r.due, r.status])).toEqual([
      [1, 'Zofia Łukasiewicz', '2003-03-21', 'overdue'],
      [2, '田中 太郎', '2003-03-27', 'due-today'],
      [3, "Patrick O'Brien", '2003-03-31', 'upcoming'],
      [4, 'Anders Ångström', '2003-04-04', 'upcoming'],
    ]);
    expect(queue.counts).toEqual({ sent: 0, overdue: 1, 'due-today': 1, upcoming: 2, 'correction-due': 0, void: 0 });
    expect(d.desk.letters.queue('overdue').rows.map((r) => r.documentId)).toEqual([1]);
    expect(d.desk.letters.queue('due-today').rows.map((r) => r.documentId)).toEqual([2]);
    expect(d.desk.letters.queue('upcoming').rows.map((r) => r.documentId)).toEqual([3, 4]);
    expect(d.desk.letters.queue('unsent').total).toBe(4);
    expect(d.desk.letters.queue('sent').total).toBe(0);
    expect(d.desk.letters.queue('all', 1, 2).rows.map((r) => r.documentId)).toEqual([2, 3]);
  });

  it('the status turns at midnight Eastern time, not at midnight on the machine', () => {
    const d = paperOnTheDesk();
    d.clock.set('2003-03-28T04:59:59.000Z'); // 11:59:59 PM ET on Thursday the 27th
    expect(d.desk.letters.queue().rows.find((r) => r.documentId === 2)?.status).toBe('due-today');
    d.clock.set('2003-03-28T05:00:00.000Z'); // midnight ET: Friday
    expect(d.desk.letters.queue().rows.find((r) => r.documentId === 2)?.status).toBe('overdue');
  });

  it('a confirmation marked sent leaves the overdue list, and the day and how are shown', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-27 12:00');
    const [letter] = d.desk.letters.produce([1]).letters;
    d.desk.letters.markSent([1], '2003-03-27', 'mail');
    const row = d.desk.letters.queue().rows.find((r) => r.documentId === 1);
    expect(row?.status).toBe('sent');
    expect(row?.sent).toMatchObject({ letterId: letter?.id, sentOn: '2003-03-27', method: 'mail', operator: 'mary.clerk' });
    expect(row?.letters.map((l) => l.kind)).toEqual(['confirmation']);
    expect(d.desk.letters.queue().counts).toEqual({ sent: 1, overdue: 0, 'due-today': 1, upcoming: 2, 'correction-due': 0, void: 0 });
  });

  it('a letter produced but not yet marked sent is still due: the queue says it exists', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-27 12:00');
    d.desk.letters.produce([2]);
    const row = d.desk.letters.queue().rows.find((r) => r.documentId === 2);
    expect(row?.status).toBe('due-today');
    expect(row?.letters).toHaveLength(1);
  });

  it('a document received on a Saturday is due the Friday after, like one received on the Friday', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-29 10:05');
    d.receive({ employeeId: 'E1', via: 'hand', receivedAt: '2003-03-29 10:00', tenders: [{ grantId: 'B', shares: 500 }] });
    const rows = d.desk.letters.queue().rows;
    expect(rows.find((r) => r.documentId === 4)?.due).toBe('2003-04-04');
    expect(rows.find((r) => r.documentId === 5)?.due).toBe('2003-04-04');
  });

  it('Memorial Day is not a business day: a fax of Friday May 23 is due Monday June 2, not Friday May 30', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 09:00');
    on(d.desk)('extensions:record', { to: '2003-06-30 17:00', reason: 'Extended while the amended terms circulate' });
    d.at('2003-05-23 13:05');
    const id = d.receive({ employeeId: 'E3', receivedAt: '2003-05-23 13:00' });
    const status = () => d.desk.letters.queue().rows.find((r) => r.documentId === id);
    d.at('2003-05-30 12:00');
    expect([status()?.due, status()?.status]).toEqual(['2003-06-02', 'upcoming']);
    d.at('2003-06-02 12:00');
    expect(status()?.status).toBe('due-today');
    d.at('2003-06-03 08:00');
    expect(status()?.status).toBe('overdue');
  });

  it('each document gets its own letter: late → late-delivery notice; defective → confirmation, with an irregularity notice on request', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 16:00');
    expect(d.desk.letters.queue().rows.find((r) => r.documentId === 3)?.irregularityAvailable).toBe(true);
    d.at('2003-03-31 17:05');
    d.receive({ employeeId: 'E2', kind: 'notice', receivedAt: '2003-03-31 17:00:01' });
    const rows = d.desk.letters.queue().rows;
    const byId = (id: number) => rows.find((r) => r.documentId === id);
    expect([byId(1)?.standing, byId(1)?.letterKind, byId(1)?.irregularityAvailable]).toEqual(['governing', 'confirmation', false]);
    // At 5:05 PM the cure deadline (the expiration) has passed: a notice of how to cure would come too late.
    expect([byId(3)?.standing, byId(3)?.letterKind, byId(3)?.irregularityAvailable]).toEqual(['defective', 'confirmation', false]);
    expect([byId(5)?.standing, byId(5)?.letterKind]).toEqual(['late', 'late-delivery']);
  });

  it('the dashboard counts only confirmations not yet sent as due today or overdue', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    // Due: 1 (03-21) and 2 (03-27) overdue, 3 (03-31) due today, 4 ahead.
    expect([on(d.desk)('dashboard:get', {}).confirmationsOverdue, on(d.desk)('dashboard:get', {}).confirmationsDueToday]).toEqual([2, 1]);
    d.desk.letters.produce([1, 3]);
    expect([on(d.desk)('dashboard:get', {}).confirmationsOverdue, on(d.desk)('dashboard:get', {}).confirmationsDueToday]).toEqual([2, 1]);
    d.desk.letters.markSent([1, 3], '2003-03-31', 'fax');
    expect([on(d.desk)('dashboard:get', {}).confirmationsOverdue, on(d.desk)('dashboard:get', {}).confirmationsDueToday]).toEqual([1, 0]);
  });
});
