// A generated offer on a real ledger file for the results tests: `holders` holders with three
// grants each (bench/roster-csv's deterministic roster), a 1-for-2 ratio for 1994 grants priced
// $10.00 or more (1-for-1 otherwise), and paper of every kind: tenders in full and in part,
// withdrawals, forms tendering nothing, defects waived and left open, late paper, a voided form,
// and an extension to Wed 2003-04-02 5:00 PM ET. Written straight into the ledger (one
// transaction), then opened by a desk as the window and the CLI open it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRoster } from '../../bench/roster-csv';
import type { ExchangeTerms } from '../../main/core/exchange-terms';
import type { NewDocument } from '../../main/ledger/ledger';
import { openLedger } from '../../main/ledger/ledger';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { createLedgerFile, repoResourcesDir } from '../../main/services/data-dir';
import { openDesk, type Desk } from '../../main/services/desk';
import { importRoster } from '../../main/services/holders';

export const TERMS: ExchangeTerms = {
  ratios: [
    { plan: '1994', priceFrom: '10.0000', priceBelow: null, newShares: 1, oldShares: 2 },
    { plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 },
  ],
  newGrantAfter: { months: 6, days: 1 },
};

export const ORIGINAL_EXPIRY = '2003-03-31T22:00:00.000Z';
/** Wed 2003-04-02 5:00 PM EST. */
export const EXTENDED_EXPIRY = '2003-04-02T22:00:00.000Z';
/** Thu 2003-04-03 10:00 ET: after the extension-announcement limit of the extended expiration. */
export const AFTER_CLOSE_LIMIT = '2003-04-03T15:00:00.000Z';

export interface GeneratedOffer {
  dir: string;
  ledgerPath: string;
  keyProvider: FileKeyProvider;
  clock: ControllableClock;
  desk: Desk;
  /** Opens another desk on the same file (e.g. after recording the close straight in the ledger). */
  reopen(): Desk;
  /** Closes every desk opened on it and removes its folder (the caller's afterAll). */
  dispose(): void;
}


function doc(employeeId: string, name: string, receivedAt: string, overrides: Partial<NewDocument>): NewDocument {
  return {
    employeeId,
    kind: 'election',
    via: 'fax',
    receivedAt,
    receiptSource: 'fax-header',
    keyedAt: receivedAt,
    operator: 'mary.clerk',
    pages: 2,
    senderFax: '(603) 555-0100',
    signedBy: name,
    signerCapacity: 'holder',
    defects: [],
    tenders: [],
    lateKeyingReason: null,
    keyedAfterExpiration: false,
    cureDeadline: null,
    ...overrides,
  };
}

/** A receipt time in Mar 17 .. Mar 27, spread by holder, in UTC. */
function receivedAt(n: number, minute: number): string {
  const ms = Date.parse('2003-03-17T14:00:00.000Z') + ((n * 7919 + minute) % (10 * 24 * 60)) * 60_000;
  return new Date(ms).toISOString();
}

export function generatedOffer(holders: number, options: { clockAt?: string; withLatePaper?: boolean } = {}): GeneratedOffer {
  const clockAt = options.clockAt ?? AFTER_CLOSE_LIMIT;
  const withLatePaper = options.withLatePaper ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'offer-desk-results-'));
  const desks: Desk[] = [];
  const ledgerPath = join(dir, 'offer.ledger');
  const keyProvider = new FileKeyProvider(`${ledgerPath}.key`);
  const clock = new ControllableClock('2003-03-01T15:00:00.000Z');
  createLedgerFile({ path: ledgerPath, keyProvider, clock, operator: 'setup', resourcesDir: repoResourcesDir(), withDemoRoster: false });
  const roster = makeRoster(holders, 3);
  {
    const desk = openDesk({ ledgerPath, keyProvider, clock, operator: 'setup' });
    importRoster(desk.parts, roster.csv);
    desk.close();
  }
  const ledger = openLedger({ path: ledgerPath, keyProvider });
  try {
    const ctx = (at: string) => ({ at, operator: 'mary.clerk' });
    ledger.recordExchangeTerms(TERMS, '', ctx('2003-03-01T16:00:00.000Z'));
    ledger.addWaiver({ defect: 'no-id-number', reason: 'The ID numbers are on file with payroll.' }, ctx('2003-03-16T15:00:00.000Z'));
    // Every document keyed in one sitting on Fri 03-28 (event times never go backwards).
    const keying = ctx('2003-03-28T13:00:00.000Z');
    ledger.transaction(() => {
      roster.holders.forEach((h, n) => {
        const all = h.grants.map((g) => ({ grantId: g.grantId, shares: g.shares }));
        const add = (at: string, overrides: Partial<NewDocument>) => ledger.addDocument(doc(h.employeeId, h.name, at, overrides), keying);
        switch (n % 10) {
          case 0:
          case 1:
          case 2:
            add(receivedAt(n, 0), { tenders: all });
            break;
          case 3: // in part: half of the first grant, nothing of the others
            add(receivedAt(n, 0), { tenders: [{ grantId: all[0]!.grantId, shares: Math.floor(all[0]!.shares / 2) }] });
            break;
          case 4: // in part, then changes its mind: all of it
            add(receivedAt(n, 0), { tenders: all.slice(0, 1) });
            add(receivedAt(n, 30), { tenders: all });
            break;
          case 5: // tenders, then withdraws
            add(receivedAt(n, 0), { tenders: all });
            add(receivedAt(n, 60), { kind: 'notice', via: 'hand', receiptSource: 'desk-stamp' });
            break;
          case 6: // an Election Form tendering nothing
            add(receivedAt(n, 0), { tenders: all.map((g) => ({ ...g, shares: 0 })) });
            break;
          case 7: // defective: no e-mail (open) or no ID number (waived offer-wide)
            add(receivedAt(n, 0), { tenders: all, defects: n % 20 === 7 ? ['no-email'] : ['no-id-number'] });
            break;
          case 8: // keyed twice by mistake: the second copy voided
            add(receivedAt(n, 0), { tenders: all });
            ledger.voidDocument({ id: add(receivedAt(n, 1), { tenders: all }).id, reason: 'Keyed twice.' }, keying);
            break;
          default: // 9: no paper
            break;
        }
      });
    });
    ledger.addExtension(
      { fromExpiresAt: ORIGINAL_EXPIRY, toExpiresAt: EXTENDED_EXPIRY, decidedAt: '2003-03-28T14:00:00.000Z', announcedAt: '2003-03-28T14:00:00.000Z', reason: 'More time for holders abroad.', announcedLate: false },
      ctx('2003-03-28T14:00:00.000Z'),
    );
    if (withLatePaper) {
      // Late paper: one second after the extended expiration; it changes nothing.
      const late = '2003-04-02T22:00:01.000Z';
      ledger.transaction(() => {
        roster.holders.forEach((h, n) => {
          if (n % 97 === 1) ledger.addDocument(doc(h.employeeId, h.name, late, { kind: 'notice', via: 'hand', receiptSource: 'desk-stamp' }), ctx('2003-04-02T22:05:00.000Z'));
        });
      });
    }
  } finally {
    ledger.close();
  }
  clock.set(clockAt);
  const reopen = () => {
    const desk = openDesk({ ledgerPath, keyProvider, clock, operator: 'mary.clerk' });
    desks.push(desk);
    return desk;
  };
  const dispose = () => {
    for (const d of desks.splice(0)) d.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, ledgerPath, keyProvider, clock, desk: reopen(), reopen, dispose };
}
