// What a Promise to Grant says, built from the ledger after the close: the letterhead and holder
// as every letter has them, the holder's governing Election Form as the document it is about, the
// close's cancellation and new grant dates, and per accepted grant the shares cancelled and the
// new option's shares — from the offer's results (services/offer-results.ts), the one place every
// figure of the close comes from. Refused before the close, for anyone whose options were not
// accepted, and for a holder already promised (a reprint gives the same letter again).
import { OfferDeskError } from '../core/errors';
import type { HolderResult } from '../core/offer-results';
import type { CalendarDate, ReceivedDocument } from '../core/types';
import type { LetterRecord as StoredLetter, LedgerReader } from '../ledger/ledger';
import type { OfferClosing } from '../ledger/closings';
import type { LetterInput, PromiseToGrantLetterInput } from '../letters';
import { letterCommon } from './letter-inputs';
import { resultsOf } from './offer-results';
import type { Snapshot } from './snapshot';

export const NOT_CLOSED_YET = 'Promise to Grant letters are made at the close: the offer is not closed yet.';

/** What every Promise to Grant of this ledger is built from, read once per batch. */
export interface PromiseBasis {
  closing: OfferClosing;
  /** Holders with shares accepted, by employee id. */
  accepted: Map<string, HolderResult>;
  /** Holders with no shares accepted (declined or not responding). */
  withoutPromise: number;
  /** The Promise to Grant on record for each holder promised already (the first one). */
  promised: Map<string, StoredLetter>;
}

/** The close's figures for this ledger; refuses, in plain words, before the close. */
export function promiseBasis(ledger: LedgerReader, snap: Snapshot, now: () => string): PromiseBasis {
  const closing = ledger.closing();
  if (closing === null) throw new OfferDeskError('conflict', NOT_CLOSED_YET);
  const results = resultsOf({ ledger, snapshot: () => snap, now, operatorOrNull: () => null });
  const accepted = new Map<string, HolderResult>();
  for (const h of results.holders) if (h.grants.some((g) => g.sharesAccepted > 0)) accepted.set(h.employeeId, h);
  const promised = new Map<string, StoredLetter>();
  for (const l of ledger.letters()) if (l.kind === 'promise-to-grant' && !promised.has(l.employeeId)) promised.set(l.employeeId, l);
  return { closing, accepted, withoutPromise: results.holders.length - accepted.size, promised };
}

/** Why `doc` gets no Promise to Grant, or null when it does. */
function promiseRefusal(basis: PromiseBasis, snap: Snapshot, doc: ReceivedDocument): string | null {
  const name = snap.holderById.get(doc.employeeId)?.name ?? doc.employeeId;
  const result = basis.accepted.get(doc.employeeId);
  if (result === undefined) return `${name} (${doc.employeeId}) had no options accepted in the offer, so gets no Promise to Grant`;
  if (result.governingDocumentId !== doc.id) {
    return `document ${doc.id} is not the Election Form that governs ${name}'s election (document ${result.governingDocumentId ?? '?'} is); the Promise to Grant is about that one`;
  }
  return null;
}

function promiseInput(basis: PromiseBasis, snap: Snapshot, doc: ReceivedDocument, result: HolderResult, letterDate: CalendarDate): PromiseToGrantLetterInput {
  return {
    kind: 'promise-to-grant',
    ...letterCommon(snap, doc, letterDate),
    cancellationDate: basis.closing.cancellationDate,
    newGrantDate: basis.closing.newGrantDate,
    grants: result.grants
      .filter((g) => g.sharesAccepted > 0)
      .map((g) => {
        // The close is refused while accepted shares have no ratio (results' `uncovered`).
        if (g.ratio === null) throw new OfferDeskError('internal', `grant ${g.grantId} of ${result.employeeId} was accepted without an exchange ratio`);
        return {
          grantId: g.grantId,
          plan: g.plan,
          grantDate: g.grantDate,
          exercisePrice: g.exercisePrice,
          sharesCancelled: g.sharesAccepted,
          ratioNew: g.ratio.newShares,
          ratioOld: g.ratio.oldShares,
          newShares: g.newShares,
        };
      }),
  };
}

/**
 * The Promise to Grant about each of these documents (each a holder's governing Election Form),
 * every refusal named at once: 'conflict' when any holder was promised already, else 'invalid-input'.
 */
export function promiseInputsFor(ledger: LedgerReader, snap: Snapshot, docs: readonly ReceivedDocument[], letterDate: CalendarDate, now: () => string): LetterInput[] {
  const basis = promiseBasis(ledger, snap, now);
  const problems: string[] = [];
  const already: string[] = [];
  const inputs: LetterInput[] = [];
  for (const doc of docs) {
    const refusal = promiseRefusal(basis, snap, doc);
    if (refusal !== null) {
      problems.push(`No Promise to Grant: ${refusal}.`);
      continue;
    }
    const earlier = basis.promised.get(doc.employeeId);
    if (earlier !== undefined) {
      const name = snap.holderById.get(doc.employeeId)?.name ?? doc.employeeId;
      already.push(`${name} was already sent a Promise to Grant (letter ${earlier.id}, dated ${earlier.letterDate}); reprint that letter from the print history instead.`);
      continue;
    }
    inputs.push(promiseInput(basis, snap, doc, basis.accepted.get(doc.employeeId) as HolderResult, letterDate));
  }
  if (already.length > 0) throw new OfferDeskError('conflict', `${[...already, ...problems].join(' ')} Nothing was produced.`, [...already, ...problems]);
  if (problems.length > 0) throw new OfferDeskError('invalid-input', `${problems.join(' ')} Nothing was produced.`, problems);
  return inputs;
}
