// The window watches one cheap signal instead of polling every screen: the audit head. These check
// that it moves with every write (the desk's own and another process's on the same file), says
// which kinds of facts changed, and changes nothing itself.
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { MAX_KINDS_READ } from '../../main/services/changes-signal';
import { alphaSession, everyRow } from './cli-helpers';
import { windowCalls } from './window-calls';

function deskOn(ledger: string, clock: ControllableClock) {
  return openDesk({ ledgerPath: ledger, keyProvider: new FileKeyProvider(`${ledger}.key`), clock, operator: 'desk' });
}

describe('the changes signal', () => {
  it('moves when another process records a document on the same ledger, and says documents changed', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    const clock = new ControllableClock('2003-03-10T15:00:00.000Z');
    const desk = deskOn(s.ledger, clock);
    try {
      const { ok } = windowCalls(desk);
      const before = ok('changes:get', {});
      expect(before.seq).toBeGreaterThan(0);
      expect(before.changed).toEqual([]);
      expect(before.now).toBe('2003-03-10T15:00:00.000Z');
      expect(ok('changes:get', { since: before.seq }).changed).toEqual([]);

      s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-10 09:00', '--tender', 'D');
      const after = ok('changes:get', { since: before.seq });
      expect(after.seq).toBe(before.seq + 1);
      expect(after.changed).toEqual(['documents']);
      expect(after.ledgerId).toBe(before.ledgerId);
    } finally {
      desk.close();
    }
  });

  it('names each kind of fact a write touched, so a letter does not refetch the roster', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    const desk = deskOn(s.ledger, new ControllableClock('2003-03-10T15:00:00.000Z'));
    try {
      const { ok } = windowCalls(desk);
      const start = ok('changes:get', {}).seq;
      const doc = ok('intake:record', { draft: { employeeId: 'E1', kind: 'election', via: 'fax', receivedAt: '2003-03-10 09:00', tenders: [{ grantId: 'A', shares: 1000 }] } });
      const afterDoc = ok('changes:get', { since: start });
      expect(afterDoc.changed).toEqual(['documents']);
      ok('letters:produce', { documentIds: [doc.document.id] });
      expect(ok('changes:get', { since: afterDoc.seq }).changed).toEqual(['letters']);
      ok('settings:update', { cfoName: 'Ada Lovelace', reason: 'A new CFO took office.' });
      expect(ok('changes:get', { since: start }).changed).toEqual(['offer', 'documents', 'letters']);
    } finally {
      desk.close();
    }
  });

  it('says everything changed when it cannot tell cheaply: a head it never reached, or a long way behind', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    const desk = deskOn(s.ledger, new ControllableClock('2003-03-10T15:00:00.000Z'));
    try {
      const { ok } = windowCalls(desk);
      const { seq } = ok('changes:get', {});
      // Another ledger's head (File > Open swapped it) can be ahead of this one.
      expect(ok('changes:get', { since: seq + 10 }).changed).toBe('all');
      expect(seq).toBeLessThan(MAX_KINDS_READ);
      expect(ok('changes:get', { since: 0 }).changed).not.toBe('all');
    } finally {
      desk.close();
    }
  });

  it('is only a read: asking changes nothing in the ledger, and a bad `since` is refused in words', () => {
    const s = alphaSession('2003-03-10T15:00:00.000Z');
    const desk = deskOn(s.ledger, new ControllableClock('2003-03-10T15:00:00.000Z'));
    try {
      const { call } = windowCalls(desk);
      const before = everyRow(s.ledger);
      expect(call('changes:get', {}).ok).toBe(true);
      expect(call('changes:get', { since: 1 }).ok).toBe(true);
      for (const bad of [{ since: -1 }, { since: 1.5 }, { since: '3' }, { other: 1 }]) {
        const r = call('changes:get', bad);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('invalid-input');
      }
      expect(everyRow(s.ledger)).toBe(before);
    } finally {
      desk.close();
    }
  });
});
