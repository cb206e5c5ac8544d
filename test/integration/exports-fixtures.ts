// An Alpha offer with paper on file, closed the way the close service records it, for the export
// tests: E1 tenders grant A in full (and so, by the look-back rule, C), E2 tenders part of D.
import { FileKeyProvider } from '../../main/ledger/key-provider';
import type { NewClosing } from '../../main/ledger/closings';
import { openDesk, type Desk } from '../../main/services/desk';
import { alphaSession, type CliSession } from './cli-helpers';

export const CLOSED_AT = '2003-04-01T15:00:00.000Z';

export const ALPHA_CLOSING: NewClosing = {
  closedBy: 'James Polakiewicz',
  expiresAt: '2003-03-31T22:00:00.000Z',
  cancellationDate: '2003-04-01',
  newGrantDate: '2003-10-02',
  datesReason: null,
  figures: {},
};

/** Every ID number of the small roster, as typed and without dashes. */
export const ROSTER_ID_NUMBERS = ['912-34-5678', '912345678', '987-65-4321', '987654321'];

export function deskOf(s: CliSession, now = CLOSED_AT): Desk {
  return openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: { now: () => now }, operator: 'cfo' });
}

/** The small Alpha roster with E1's and E2's Election Forms logged (offer still open). */
export function offerWithElections(): CliSession {
  const s = alphaSession('2003-03-20T15:00:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A');
  s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-20 10:00', '--tender', 'D:1500');
  return s;
}

/** Records the close directly in the ledger (the close service is another lane's), after the expiration. */
export function closeOffer(s: CliSession, closing: NewClosing = ALPHA_CLOSING): void {
  const desk = deskOf(s);
  try {
    desk.ledger.recordClosing(closing, { at: CLOSED_AT, operator: 'cfo' });
  } finally {
    desk.close();
  }
  s.clock.set(CLOSED_AT);
}

export function closedOffer(): CliSession {
  const s = offerWithElections();
  closeOffer(s);
  return s;
}
