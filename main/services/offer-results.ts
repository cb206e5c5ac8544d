// The offer's results from the ledger as it stands: the elections of the snapshot, the roster's
// grants and the exchange terms in force, summed by core/offer-results.ts. The close freezes these
// figures; the results screen, the report, the Promise to Grant letters and the exports read them.
import { type OfferResults, offerResults } from '../core/offer-results';
import type { DeskReader } from './desk-parts';
import { electionOrEmpty } from './snapshot';

export function resultsOf(reader: DeskReader): OfferResults {
  const snap = reader.snapshot();
  return offerResults({
    holders: snap.holders,
    grantsOf: (employeeId) => snap.grantsByHolder.get(employeeId) ?? [],
    electionOf: (employeeId) => electionOrEmpty(snap, employeeId),
    terms: reader.ledger.exchangeTerms(),
    plans: snap.settings.plans,
  });
}
