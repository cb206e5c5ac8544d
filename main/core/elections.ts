// Who governs a holder's election, and what the holder has tendered as a result.
//
// The rules (the Notice and its instructions):
//  - A document counts only if received at or before the expiration ("deemed made only when
//    actually received"); a late one is kept on the record but never changes an election.
//  - "No Notice ... will be deemed to be properly made until all defects and irregularities have
//    been cured or waived": a defective document has no effect until then. Once settled it
//    takes its place by its ORIGINAL receipt time, so a later properly made document still
//    supersedes it.
//  - The latest properly made timely document governs. Two received at the same instant are
//    ordered by record id (the one recorded later is taken as the later), and the explanation
//    says so, because the paper itself cannot break the tie.
//  - A Notice withdraws every tender. An Election Form replaces in full every earlier document;
//    a grant it does not name is tendered at 0 shares.
//  - A voided document (a keying mistake, voided with a written reason) stays on record and counts
//    for nothing: it is left out of the weighing altogether, so no explanation leans on it.
//  - Paper that can never count (not on the roster, naming a grant that is not the holder's) is
//    weighed like any defective document: it is never properly made.
//  - Look-back: once any share is tendered, every grant made on or after `lookbackFrom` is
//    tendered in full, whatever the form says.

import { assessDefects, isProperlyMade } from './defects';
import { explainDocument, explainHolder, type WeighedDocument } from './election-explanation';
import { OfferDeskError } from './errors';
import { checkTenders } from './tenders';
import { isTimely } from './timeliness';
import { formatInZone } from './time';
import {
  isPaperDefect,
  type Cure,
  type DocumentAssessment,
  ElectionState,
  Grant,
  GrantElection,
  HolderElection,
  Instant,
  type OfferSettings,
  type ReceivedDocument,
  type Waiver,
} from './types';

export interface AssessHolderInput {
  settings: OfferSettings;
  /** The expiration in force (see `currentExpiration` in schedule.ts). */
  expiresAt: Instant;
  /** The holder's eligible grants, in the order they should be shown. */
  grants: Grant[];
  /** Every document received from the holder, timely or late, in any order. */
  documents: ReceivedDocument[];
  /** Cures of the holder's documents (cures of other documents are ignored). */
  cures: Cure[];
  /** Every waiver of the offer: waivers are offer-wide. */
  waivers: Waiver[];
}

/** Receipt order; the record id breaks a tie between documents received at the same instant. */
export function compareByReceipt(a: ReceivedDocument, b: ReceivedDocument): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? -1 : 1;
  return a.id - b.id;
}

function holderOf(grants: readonly Grant[], documents: readonly ReceivedDocument[]): string {
  const ids = new Set([...grants.map((g) => g.employeeId), ...documents.map((d) => d.employeeId)]);
  const [employeeId, other] = ids;
  if (employeeId === undefined) {
    throw new OfferDeskError('invalid-input', 'There is no holder to assess: no grants and no documents were given.');
  }
  if (other !== undefined) {
    throw new OfferDeskError('invalid-input', `One assessment was given the records of two holders (${employeeId} and ${other}).`);
  }
  return employeeId;
}

function weigh(input: AssessHolderInput): WeighedDocument[] {
  const ids = new Set<number>();
  return [...input.documents].sort(compareByReceipt).map((doc) => {
    if (ids.has(doc.id)) throw new OfferDeskError('invalid-input', `Document #${doc.id} was given twice.`);
    ids.add(doc.id);
    try {
      checkTenders(doc.kind, doc.tenders, input.grants, doc.defects.some(isPaperDefect));
    } catch (e) {
      if (e instanceof OfferDeskError) throw new OfferDeskError(e.code, `Document #${doc.id}: ${e.message}`);
      throw e;
    }
    const defects = assessDefects(doc, input.cures, input.waivers, input.expiresAt);
    return { doc, timely: isTimely(doc.receivedAt, input.expiresAt), defects, properlyMade: isProperlyMade(defects) };
  });
}

function electGrants(governing: ReceivedDocument | null, grants: readonly Grant[], lookbackFrom: string): GrantElection[] {
  const onForm = new Map<string, number>();
  if (governing?.kind === 'election') for (const t of governing.tenders) onForm.set(t.grantId, t.shares);
  const anyTendered = [...onForm.values()].some((shares) => shares > 0);
  return grants.map((g): GrantElection => {
    const formShares = onForm.get(g.grantId) ?? 0;
    // `required` describes the grant (it is inside the look-back window), so the desk can show
    // "required if anything is tendered" even while nothing is.
    const required = g.grantDate >= lookbackFrom;
    const sharesTendered = required && anyTendered ? g.shares : formShares;
    return {
      grantId: g.grantId,
      sharesEligible: g.shares,
      sharesTendered,
      required,
      raisedByLookback: sharesTendered > formShares,
    };
  });
}

/** The grants of a holder with no paper on file: nothing tendered, each grant's look-back flag as always. */
export function grantsWithoutPaper(grants: readonly Grant[], lookbackFrom: string): GrantElection[] {
  return electGrants(null, grants, lookbackFrom);
}

function stateOf(grants: readonly GrantElection[]): ElectionState {
  const tendered = grants.reduce((sum, g) => sum + g.sharesTendered, 0);
  const eligible = grants.reduce((sum, g) => sum + g.sharesEligible, 0);
  if (tendered === 0) return 'tendered-none';
  return tendered === eligible ? 'tendered-all' : 'tendered-part';
}

/** A voided document: on record, with who voided it, when and why, and no effect at all. */
function assessVoided(doc: ReceivedDocument, input: AssessHolderInput): DocumentAssessment {
  const v = doc.voided;
  const zone = input.settings.zone;
  const corrected = v?.replacedBy ? ` It is corrected by document #${v.replacedBy}.` : '';
  return {
    documentId: doc.id,
    timely: isTimely(doc.receivedAt, input.expiresAt),
    properlyMade: false,
    standing: 'void',
    defects: [],
    get explanation(): string {
      return settle(
        this,
        v
          ? `Void: voided ${formatInZone(v.voidedAt, zone)} by ${v.operator} (${v.reason}); it stays on record and counts for nothing.${corrected}`
          : 'Void: it counts for nothing.',
      );
    },
  };
}

export function assessHolder(input: AssessHolderInput): HolderElection {
  const employeeId = holderOf(input.grants, input.documents);
  const voided = input.documents.filter((d) => d.voided);
  const weighed = weigh(voided.length === 0 ? input : { ...input, documents: input.documents.filter((d) => !d.voided) });
  const effective = weighed.filter((w) => w.timely && w.properlyMade);
  const governing = effective[effective.length - 1] ?? null;
  const grants = electGrants(governing?.doc ?? null, input.grants, input.settings.lookbackFrom);
  const state = stateOf(grants);
  const context = {
    zone: input.settings.zone,
    expiresAt: input.expiresAt,
    lookbackFrom: input.settings.lookbackFrom,
    weighed,
    governing,
    effective,
  };
  const assessed: DocumentAssessment[] = weighed.map((w) => ({
    documentId: w.doc.id,
    timely: w.timely,
    properlyMade: w.properlyMade,
    standing: !w.timely ? 'late' : !w.properlyMade ? 'defective' : w === governing ? 'governing' : 'superseded',
    defects: w.defects,
    get explanation(): string {
      return settle(this, explainDocument(w, context));
    },
  }));
  if (voided.length > 0) {
    // Shown in receipt order among the others, like every document of the holder.
    const order = new Map([...input.documents].sort(compareByReceipt).map((d, i) => [d.id, i]));
    assessed.push(...voided.map((d) => assessVoided(d, input)));
    assessed.sort((a, b) => (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0));
  }
  return {
    employeeId,
    governingDocumentId: governing?.doc.id ?? null,
    state,
    grants,
    documents: assessed,
    get explanation(): string {
      return settle(this, explainHolder(state, grants, input.grants, context));
    },
  };
}

/**
 * Explanations are built only when read: a desk judging 100,000 holders shows a handful of them,
 * and the sentences (with their formatted times) were most of the time and memory of judging. To
 * every reader (spread, JSON, structured clone, tests) `explanation` is an ordinary enumerable
 * property; the first read builds the sentence and puts it in place as a plain value.
 */
function settle(on: object, explanation: string): string {
  Object.defineProperty(on, 'explanation', { value: explanation, enumerable: true, writable: true, configurable: true });
  return explanation;
}
