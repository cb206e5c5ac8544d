// Another process writes the same ledger while this desk works: the letter this desk prints and
// records must say what the ledger says when it is recorded, never what a cache remembered.
//
// The interleavings are forced, not hoped for: the other writer runs at the exact moment named
// (right after this desk's own write commits), as a real second process.
import { describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import type { Ledger } from '../../main/ledger/ledger';
import { openLedger } from '../../main/ledger/open';
import { Desk } from '../../main/services/desk';
import { documentDraft } from '../../main/ipc/contract';
import { et, paperOnTheDesk, pdfOf, type LetterDesk } from './letters-desk-fixtures';
import { otherProcess } from './other-process';
import { pdfText, requirePoppler } from './letters-poppler';

requirePoppler();

/**
 * A desk on its own connection whose ledger runs `then` once, right after the next transaction
 * it commits — before the desk does anything else.
 */
function deskWithGap(d: LetterDesk): { desk: Desk; afterNextCommit(then: () => void): void } {
  const ledger = openLedger({ path: d.ledgerPath, keyProvider: new FileKeyProvider(`${d.ledgerPath}.key`) });
  let pending: (() => void) | null = null;
  const gapped = new Proxy(ledger, {
    get(target, key, receiver) {
      if (key === 'transaction') {
        return <T>(fn: () => T): T => {
          const out = target.transaction(fn);
          const then = pending;
          pending = null;
          then?.();
          return out;
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as Ledger;
  const desk = new Desk(gapped, d.clock, 'mary.clerk');
  return { desk, afterNextCommit: (then) => void (pending = then) };
}

const words = (text: string) => text.replace(/\s+/g, ' ');

describe('a letter printed while another process writes the ledger', () => {
  it("says the later form governs when the other process's form lands between this desk's own write and the letter", () => {
    const d = paperOnTheDesk();
    const { desk, afterNextCommit } = deskWithGap(d);
    d.at('2003-03-26 09:05');
    desk.letters.queue(); // the desk has judged every holder
    let newer = 0;
    // This desk keys Patrick's second form; in the instant after it commits, another process
    // keys a newer form from Zofia, withdrawing grant A and tendering B instead.
    afterNextCommit(() => {
      newer = otherProcess(d, '2003-03-26 09:03', 'receive', 'E1', et('2003-03-26 09:00'), 'B:500');
    });
    on(desk)('intake:record', { draft: documentDraft.parse({ kind: 'election', via: 'fax', employeeId: 'E3', receivedAt: et('2003-03-26 08:30'), tenders: [{ grantId: 'E', shares: 2500 }] }) });
    expect(newer).toBeGreaterThan(4);

    // Zofia's first form is due its confirmation: it must say a later document governs.
    const batch = desk.letters.produce([1]);
    const stored = JSON.parse(desk.ledger.letters()[0]?.inputJson ?? '{}') as { election: { governingDocument: { id: number } | null } };
    expect(stored.election.governingDocument?.id).toBe(newer);
    expect(words(pdfText(pdfOf(batch.base64)))).toContain('superseded by a later document');
    desk.close();
  });
});
