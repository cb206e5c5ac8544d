// The cancellation and new grant dates the exports print: the close's, once it is recorded (they
// may have been edited there, with a reason); before it, the ones the rules give for the
// expiration in force, so a draft for the administrator already shows the expected dates.
import { cancellationDateFor, newGrantDateFor } from '../core/closing-dates';
import type { CalendarDate } from '../core/types';
import type { DeskReader } from './desk-parts';

export interface CloseDates {
  cancellationDate: CalendarDate;
  newGrantDate: CalendarDate;
  /** True once the close is recorded; false while the dates are the rules' expectation. */
  closed: boolean;
}

export function closeDatesOf(reader: DeskReader): CloseDates {
  const closing = reader.ledger.closing();
  if (closing !== null) return { cancellationDate: closing.cancellationDate, newGrantDate: closing.newGrantDate, closed: true };
  const snap = reader.snapshot();
  const cancellationDate = cancellationDateFor(snap.expiresAt, snap.settings.zone);
  return { cancellationDate, newGrantDate: newGrantDateFor(cancellationDate, reader.ledger.exchangeTerms().newGrantAfter), closed: false };
}
