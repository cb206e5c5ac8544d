// Defects and what settles them (instruction 5 of the Notice).
//
// A document is properly made only when every defect found at intake is cured by the holder in
// time or waived by the Company. A waiver is offer-wide: "In the event the Company waives any
// condition of the Offer for any particular option it will waive such condition for all
// options", so a waiver names a kind of defect, never a document, and settles that kind on
// every document. A cure belongs to one document and counts only when received by the cure
// deadline the Company set for that document (by default, the expiration).

import { OfferDeskError } from './errors';
import {
  DEFECT_KINDS,
  type Cure,
  type DefectKind,
  type DefectStatus,
  type DocumentKind,
  type Instant,
  isPaperDefect,
  type ReceivedDocument,
  type SignerCapacity,
  type Waiver,
} from './types';

const DESCRIPTIONS: Record<DefectKind, string> = {
  unsigned: 'not signed',
  'signature-mismatch': 'the signature does not match the name on the option agreement',
  'name-mismatch': 'the printed name is not exactly as on the Election Form',
  'no-date-time': 'the date and time of signing are not given',
  'no-email': 'no current e-mail address is given',
  'no-id-number': 'no identification number is given',
  'withdraw-box-unmarked': 'the box "Yes, I wish to withdraw my previously tendered options in full" is not marked',
  'no-authority-evidence': 'signed by a representative without proper evidence of authority',
  'not-on-roster': 'the sender is not on the eligibility roster',
  'grant-not-eligible': "the form names a grant that is not one of the holder's eligible grants",
};

/** The defect in words, for letters and dialogs (the stable name stays in the record). */
export function describeDefect(defect: DefectKind): string {
  return DESCRIPTIONS[defect];
}

/** The intake checks that can fail for this kind of document signed in this capacity. */
export function applicableDefects(kind: DocumentKind, capacity: SignerCapacity): DefectKind[] {
  return DEFECT_KINDS.filter((d) => isApplicable(d, kind, capacity));
}

function isApplicable(defect: DefectKind, kind: DocumentKind, capacity: SignerCapacity): boolean {
  // Not a box the desk ticks: logged only by the deliberate choice (see PAPER_DEFECTS).
  if (isPaperDefect(defect)) return false;
  // Only the Notice carries the "Yes, I wish to withdraw" box.
  if (defect === 'withdraw-box-unmarked') return kind === 'notice';
  // Evidence of authority is asked only of someone signing for the holder (instruction 2).
  if (defect === 'no-authority-evidence') return capacity !== 'holder';
  return true;
}

const KIND_NAMES: Record<DocumentKind, string> = {
  election: 'an Election Form',
  notice: 'a Notice',
};

/** Refuses a defect list that names something the paper in hand cannot have. */
export function checkDefectsAllowed(kind: DocumentKind, capacity: SignerCapacity, defects: readonly DefectKind[]): void {
  const seen = new Set<string>();
  for (const defect of defects) {
    if (!(DEFECT_KINDS as readonly string[]).includes(defect)) {
      throw new OfferDeskError('invalid-input', `"${defect}" is not a known defect (known: ${DEFECT_KINDS.join(', ')}).`);
    }
    if (seen.has(defect)) throw new OfferDeskError('invalid-input', `The defect "${defect}" is listed twice.`);
    seen.add(defect);
    if (defect === 'grant-not-eligible' && kind !== 'election') {
      throw new OfferDeskError('invalid-input', 'The defect "grant-not-eligible" applies only to an Election Form: a Notice names no grants.');
    }
    if (defect === 'withdraw-box-unmarked' && kind !== 'notice') {
      throw new OfferDeskError(
        'invalid-input',
        `The defect "withdraw-box-unmarked" does not apply to ${KIND_NAMES[kind]}: only a Notice has the withdrawal box.`,
      );
    }
    if (defect === 'no-authority-evidence' && capacity === 'holder') {
      throw new OfferDeskError(
        'invalid-input',
        'The defect "no-authority-evidence" does not apply when the holder signed personally: evidence of authority is needed only from a representative.',
      );
    }
  }
}

function earliestBy<T>(items: T[], key: (t: T) => string, id: (t: T) => number): T | undefined {
  let best: T | undefined;
  for (const t of items) {
    if (best === undefined || key(t) < key(best) || (key(t) === key(best) && id(t) < id(best))) best = t;
  }
  return best;
}

/**
 * Where each intake defect of `doc` stands now, in the order they were recorded.
 * A waiver (unless voided) settles the defect whatever the timing (the Company may decide on the form of a
 * document at any time); the earliest waiver of the kind is cited. Otherwise the earliest cure
 * received by the deadline cures it; a cure received only after the deadline leaves it
 * 'cure-late', which is as unsettled as 'open' but lets the desk say why.
 */
export function assessDefects(doc: ReceivedDocument, cures: Cure[], waivers: Waiver[], expiresAt: Instant): DefectStatus[] {
  const deadline = doc.cureDeadline ?? expiresAt;
  return doc.defects.map((defect): DefectStatus => {
    // Paper that can never count stays open whatever else is on record.
    if (isPaperDefect(defect)) return { defect, state: 'open', curedAt: null, waiverId: null };
    const waiver = earliestBy(waivers.filter((w) => w.defect === defect && !w.voided), (w) => w.grantedAt, (w) => w.id);
    if (waiver !== undefined) return { defect, state: 'waived', curedAt: null, waiverId: waiver.id };
    const mine = cures.filter((c) => c.documentId === doc.id && c.defect === defect);
    const inTime = earliestBy(mine.filter((c) => c.curedAt <= deadline), (c) => c.curedAt, (c) => c.id);
    if (inTime !== undefined) return { defect, state: 'cured', curedAt: inTime.curedAt, waiverId: null };
    const late = earliestBy(mine, (c) => c.curedAt, (c) => c.id);
    if (late !== undefined) return { defect, state: 'cure-late', curedAt: late.curedAt, waiverId: null };
    return { defect, state: 'open', curedAt: null, waiverId: null };
  });
}

/** "No Notice ... will be deemed to be properly made until all defects ... have been cured or waived." */
export function isProperlyMade(statuses: readonly DefectStatus[]): boolean {
  return statuses.every((s) => s.state === 'cured' || s.state === 'waived');
}
