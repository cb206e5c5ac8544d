// The one sentence a closed offer refuses a change with: the ledger says it inside the write
// transaction, the handler table before a write channel even looks at its input, and the window
// and the CLI show it as is. Kept here so the three cannot word it differently.
import { OfferDeskError } from './errors';
import { formatInZone } from './time';
import type { Instant } from './types';

/**
 * When the offer was closed, to the second: the record keeps the instant to the millisecond, but a
 * person reads "closed at 09:30:04 ET", not the desk clock's milliseconds.
 */
export function closedAtText(closedAt: Instant, zone: string): string {
  return formatInZone(`${closedAt.slice(0, 19)}.000Z`, zone);
}

/** "The offer was closed on 2003-04-01 10:00:00 ET by James Polakiewicz: the record takes no more changes. …" */
export function offerClosedMessage(closedAtText: string, closedBy: string): string {
  return (
    `The offer was closed on ${closedAtText} by ${closedBy}: the record takes no more changes. ` +
    'Viewing, the letters of the closing, the results, exports and verify still work.'
  );
}

export function offerClosedError(closedAtText: string, closedBy: string): OfferDeskError {
  return new OfferDeskError('offer-closed', offerClosedMessage(closedAtText, closedBy));
}
