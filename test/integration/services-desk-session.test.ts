// One desk kept open all day (as the app does): what it shows after each of its own writes must
// equal what a freshly opened desk computes from the ledger file.
import { describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { alphaSession } from './cli-helpers';

describe('a desk open all day', () => {
  it('shows after each intake and cure exactly what the ledger file says, and sees writes from the CLI', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    const clock = new ControllableClock('2003-03-10T15:00:00.000Z');
    const open = () => openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock, operator: 'desk' });
    const desk = open();
    const fresh = () => {
      const other = open();
      try {
        return { elections: on(other)('elections:rows', {}), documents: on(other)('documents:rows', {}) };
      } finally {
        other.close();
      }
    };
    const draft = { employeeId: 'E1', kind: 'election' as const, via: 'fax' as const, receivedAt: '2003-03-10 09:00', tenders: [{ grantId: 'A', shares: 400 }], defects: ['unsigned' as const] };
    try {
      expect(on(desk)('elections:rows', {})).toEqual(fresh().elections);
      const first = on(desk)('intake:record', { draft: draft });
      expect({ elections: on(desk)('elections:rows', {}), documents: on(desk)('documents:rows', {}) }).toEqual(fresh());
      expect(on(desk)('elections:rows', {}).find((r) => r.grant_id === 'A')?.shares_tendered).toBe(0);

      on(desk)('defects:cure', { documentId: first.document.id, defect: 'unsigned', curedAt: '2003-03-10 09:45' });
      expect({ elections: on(desk)('elections:rows', {}), documents: on(desk)('documents:rows', {}) }).toEqual(fresh());
      expect(on(desk)('elections:rows', {}).find((r) => r.grant_id === 'A')?.shares_tendered).toBe(400);

      // Another process (the CLI) writes to the same file: the open desk notices.
      s.clock.set('2003-03-11T15:00:00.000Z');
      s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-11 09:00', '--tender', 'D');
      expect({ elections: on(desk)('elections:rows', {}), documents: on(desk)('documents:rows', {}) }).toEqual(fresh());
      expect(on(desk)('elections:rows', {}).find((r) => r.grant_id === 'D')?.shares_tendered).toBe(2000);

      clock.set('2003-03-11T16:00:00.000Z');
      on(desk)('intake:record', { draft: { ...draft, kind: 'notice', receivedAt: '2003-03-11 10:00', tenders: [], defects: [] } });
      expect({ elections: on(desk)('elections:rows', {}), documents: on(desk)('documents:rows', {}) }).toEqual(fresh());
      expect(on(desk)('elections:rows', {}).find((r) => r.grant_id === 'A')?.shares_tendered).toBe(0);
    } finally {
      desk.close();
    }
  });
});

describe('what the intake preview says will change', () => {
  it('names the grants that change, says when the new paper governs, and why it does not when defective', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock('2003-03-10T15:00:00.000Z'), operator: 'desk' });
    try {
      const draft = { employeeId: 'E1', kind: 'election' as const, via: 'fax' as const, receivedAt: '2003-03-10 09:00', tenders: [{ grantId: 'A', shares: 1000 }] };
      const preview = on(desk)('intake:preview', { draft: draft });
      expect(preview.outcome?.changes).toEqual([
        'A: 0 -> 1,000 shares tendered',
        'C: 0 -> 300 shares tendered (required by the look-back rule)',
        'This document governs the holder\u2019s election.',
      ]);
      expect(on(desk)('intake:record', { draft: draft }).changes).toEqual(preview.outcome?.changes);
      const defective = on(desk)('intake:preview', { draft: { ...draft, kind: 'notice', tenders: [], receivedAt: '2003-03-10 09:30', defects: ['unsigned'] } });
      expect(defective.outcome?.changes).toHaveLength(1);
      expect(defective.outcome?.changes[0]).toMatch(/^Defective: unsigned \(open\)/);
    } finally {
      desk.close();
    }
  });
});
