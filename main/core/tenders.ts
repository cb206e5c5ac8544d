// What an Election Form may say: for each of the holder's eligible grants, a whole number of
// shares from 0 up to the shares outstanding ("each option or partial option"). A form that
// names a grant the holder does not hold, or more shares than the grant has, cannot be given
// an effect, so it is refused at intake and, should one ever reach the rules, refused there too.

import { OfferDeskError } from './errors';
import type { DocumentKind, Grant, Tender } from './types';

export function checkTenders(kind: DocumentKind, tenders: readonly Tender[], grants: readonly Grant[], loggedAsForeign = false): void {
  if (kind === 'notice') {
    if (tenders.length > 0) {
      throw new OfferDeskError('invalid-input', 'A Notice withdraws every tender in full; it cannot name shares to tender.');
    }
    return;
  }
  const byId = new Map(grants.map((g) => [g.grantId, g]));
  const named = new Set<string>();
  for (const t of tenders) {
    const grant = byId.get(t.grantId);
    // A form deliberately logged as naming a grant that is not the holder's (or from someone not
    // on the roster) keeps its lines as written; it is never properly made, so they count for nothing.
    if (grant === undefined && loggedAsForeign) {
      if (named.has(t.grantId)) throw new OfferDeskError('invalid-input', `Grant "${t.grantId}" is named twice on the form.`);
      named.add(t.grantId);
      continue;
    }
    if (grant === undefined) {
      throw new OfferDeskError('invalid-input', `Grant "${t.grantId}" is not one of this holder's eligible grants.`);
    }
    if (named.has(t.grantId)) throw new OfferDeskError('invalid-input', `Grant "${t.grantId}" is named twice on the form.`);
    named.add(t.grantId);
    if (!Number.isSafeInteger(t.shares) || t.shares < 0) {
      throw new OfferDeskError('invalid-input', `Grant "${t.grantId}": ${t.shares} is not a whole number of shares (0 or more).`);
    }
    if (t.shares > grant.shares) {
      throw new OfferDeskError(
        'invalid-input',
        `Grant "${t.grantId}": ${t.shares} shares is more than the ${grant.shares} shares outstanding under it.`,
      );
    }
  }
}
