// The close on record as every screen and command shows it (the offer summary carries it, so the
// window knows on every screen). Kept apart from closing.ts so the offer summary can carry it
// without pulling in the close's figures.
import { closedAtText as closedAtTextOf, offerClosedError, offerClosedMessage } from '../core/offer-closed';
import type { LedgerReader } from '../ledger/ledger';
import type { ClosingView } from './closing-types';
import type { DeskReader } from './desk-parts';

export function closingView(ledger: LedgerReader, zone: string): ClosingView | null {
  const c = ledger.closing();
  if (c === null) return null;
  const closedAtText = closedAtTextOf(c.closedAt, zone);
  return {
    closedAt: c.closedAt,
    closedAtText,
    closedBy: c.closedBy,
    operator: c.operator,
    expiresAt: c.expiresAt,
    cancellationDate: c.cancellationDate,
    newGrantDate: c.newGrantDate,
    datesReason: c.datesReason,
    sentence: offerClosedMessage(closedAtText, c.closedBy),
  };
}

/** Refuses a change to the record of a closed offer ('offer-closed', the ledger's own sentence). */
export function requireOfferOpen(reader: DeskReader): void {
  const closed = closingView(reader.ledger, reader.ledger.settings().zone);
  if (closed !== null) throw offerClosedError(closed.closedAtText, closed.closedBy);
}
