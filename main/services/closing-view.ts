// The close on record as every screen and command shows it (the offer summary carries it, so the
// window knows on every screen). Kept apart from closing.ts so the offer summary can carry it
// without pulling in the close's figures.
import { offerClosedMessage } from '../core/offer-closed';
import { formatInZone } from '../core/time';
import type { LedgerReader } from '../ledger/ledger';
import type { ClosingView } from './closing-types';

export function closingView(ledger: LedgerReader, zone: string): ClosingView | null {
  const c = ledger.closing();
  if (c === null) return null;
  const closedAtText = formatInZone(c.closedAt, zone);
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
