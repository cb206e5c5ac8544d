// What a letter about a document says, taken from the desk's current state: the letterhead from
// the offer's settings, the holder from the roster, the document as received, and the holder's
// election as core judges it now, grant by grant. The result is plain data (LetterInput); once a
// letter is produced from it, it is stored as is and never rebuilt, so later changes to the
// ledger (a cure, a waiver, a new Election Form) never alter a letter already sent.
import { OfferDeskError } from '../core/errors';
import { isPaperDefect, type CalendarDate, type DocumentAssessment, type Holder, type HolderElection, type Instant, type LetterKind, type ReceivedDocument } from '../core/types';
import {
  DEFECT_DESCRIPTIONS,
  defaultHowToCure,
  type ElectionSnapshot,
  type LetterDocument,
  type LetterInput,
  type LetterheadInput,
} from '../letters';
import { formatInZone } from '../core/time';
import type { LetterInErrorOnRecord } from './correction-letters';
import type { Snapshot } from './snapshot';
import { assessmentOf } from './views';

/** The letter a document gets unless the desk asks for another (see `letterKindsFor`). */
export function defaultLetterKind(assessment: DocumentAssessment, correctionDue = false): LetterKind {
  // A letter on record is in error: the correction comes first (a confirmation can still be asked for).
  if (correctionDue) return 'correction';
  // Paper from someone not on the roster is owed no confirmation; it is told why it has no effect.
  if (fromOffRoster(assessment)) return assessment.timely ? 'irregularity' : 'late-delivery';
  // A late document gets the notice that it had no effect; every other document (a defective
  // one included: its confirmation says it was received without effect) gets a confirmation.
  return assessment.timely ? 'confirmation' : 'late-delivery';
}

function fromOffRoster(assessment: DocumentAssessment): boolean {
  return assessment.defects.some((d) => d.defect === 'not-on-roster');
}

/** Defects of the document that still stand in its way (open, or cured too late). */
function openDefects(assessment: DocumentAssessment) {
  return assessment.defects.filter((d) => d.state === 'open' || d.state === 'cure-late');
}

/** When the holder must cure this document's defects: the deadline the Company set, or the expiration. */
export function cureDeadlineOf(doc: ReceivedDocument, expiresAt: Instant): Instant {
  return doc.cureDeadline ?? expiresAt;
}

/**
 * Why `kind` cannot be sent about this document now, or null when it can. The irregularity
 * notice is a courtesy (nobody is obliged to send it) and only makes sense while a cure can still
 * arrive in time.
 */
export function letterRefusal(doc: ReceivedDocument, assessment: DocumentAssessment, kind: LetterKind, snap: Snapshot, now: Instant): string | null {
  const zone = snap.settings.zone;
  // A correction letter is due where a letter on record is in error (see correctionLetterInput).
  if (kind === 'correction') return null;
  // A voided document counts for nothing: it gets no new letter but a correction letter.
  if (assessment.standing === 'void') return `document ${doc.id} is void (${doc.voided?.reason ?? 'voided'}); it gets no letter`;
  switch (kind) {
    case 'confirmation':
      if (fromOffRoster(assessment)) return `document ${doc.id} comes from someone not on the roster; it gets an irregularity notice, not a confirmation`;
      return assessment.timely
        ? null
        : `document ${doc.id} was received after the expiration; it gets a late-delivery notice, not a confirmation`;
    case 'late-delivery':
      return assessment.timely
        ? `document ${doc.id} was received before the expiration; it gets a confirmation, not a late-delivery notice`
        : null;
    case 'promise-to-grant':
      // Built for every holder whose options were accepted, after the close (promise-letters.ts).
      return `a Promise to Grant is not an answer to document ${doc.id}: it is made at the close for each holder whose options were accepted`;
    case 'irregularity': {
      if (!assessment.timely) return `document ${doc.id} was received after the expiration; no cure can give it effect`;
      if (openDefects(assessment).length === 0) return `document ${doc.id} has no open defect to give notice of`;
      // No cure can make such paper count, so its notice (why it has no effect) is never too late.
      if (assessment.defects.some((d) => isPaperDefect(d.defect))) return null;
      const deadline = cureDeadlineOf(doc, snap.expiresAt);
      if (now > deadline) return `the cure deadline of document ${doc.id} (${formatInZone(deadline, zone)}) has passed`;
      return null;
    }
  }
}

/** The document with this id, whoever it was keyed against. */
function documentById(snap: Snapshot, id: number): ReceivedDocument | undefined {
  for (const docs of snap.documentsByHolder.values()) {
    const found = docs.find((d) => d.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The sender of paper logged as not on the roster, as written on it: no address, e-mail or ID on file. */
function senderNotOnRoster(doc: ReceivedDocument): Holder | undefined {
  if (!doc.defects.includes('not-on-roster')) return undefined;
  return { employeeId: doc.employeeId, name: doc.nameAsWritten ?? doc.employeeId, address: '', email: '', idLast4: '' };
}

function letterDocument(doc: ReceivedDocument): LetterDocument {
  return { id: doc.id, kind: doc.kind, via: doc.via, receivedAt: doc.receivedAt };
}

/** The letterhead of every letter and form: the offer's company, officer and how to reach them, and the expiration in force. */
export function letterhead(snap: Snapshot): LetterheadInput {
  const s = snap.settings;
  return {
    company: s.company,
    addressLines: [...s.addressLines],
    phone: s.phone,
    fax: s.fax,
    cfoName: s.cfoName,
    cfoTitle: s.cfoTitle,
    zone: s.zone,
    expiresAt: snap.expiresAt,
  };
}

function electionSnapshot(snap: Snapshot, election: HolderElection): ElectionSnapshot {
  const grants = new Map((snap.grantsByHolder.get(election.employeeId) ?? []).map((g) => [g.grantId, g]));
  const documents = new Map((snap.documentsByHolder.get(election.employeeId) ?? []).map((d) => [d.id, d]));
  const governing = election.governingDocumentId === null ? undefined : documents.get(election.governingDocumentId);
  return {
    state: election.state,
    governingDocument: governing === undefined ? null : letterDocument(governing),
    grants: election.grants.map((g) => {
      const grant = grants.get(g.grantId);
      if (grant === undefined) throw new OfferDeskError('internal', `grant ${g.grantId} of ${election.employeeId} is not on the roster`);
      return {
        grantId: g.grantId,
        plan: grant.plan,
        grantDate: grant.grantDate,
        exercisePrice: grant.exercisePrice,
        sharesEligible: g.sharesEligible,
        sharesTendered: g.sharesTendered,
        required: g.required,
        raisedByLookback: g.raisedByLookback,
      };
    }),
    explanation: election.explanation,
  };
}

/** What every letter about `doc` starts with: the letterhead, the date, the addressee, the document. */
export function letterCommon(snap: Snapshot, doc: ReceivedDocument, letterDate: CalendarDate) {
  const holder = snap.holderById.get(doc.employeeId) ?? senderNotOnRoster(doc);
  if (holder === undefined) throw new OfferDeskError('internal', `document ${doc.id} names ${doc.employeeId}, who is not on the roster`);
  return {
    letterhead: letterhead(snap),
    letterDate,
    holder: { employeeId: holder.employeeId, name: holder.name, address: holder.address, email: holder.email, idLast4: holder.idLast4 },
    document: letterDocument(doc),
  };
}

/**
 * The input of one letter about `doc`, dated `letterDate`. Refuses (naming the document) a kind
 * the document cannot get; see letterRefusal.
 */
export function buildLetterInput(
  snap: Snapshot,
  doc: ReceivedDocument,
  kind: LetterKind,
  letterDate: CalendarDate,
  now: Instant,
  /** The letters about `doc` in error and not yet settled (only a correction letter uses them). */
  inError: readonly LetterInErrorOnRecord[] = [],
): LetterInput {
  const election = snap.elections.get(doc.employeeId);
  const holder = snap.holderById.get(doc.employeeId) ?? senderNotOnRoster(doc);
  if (election === undefined || holder === undefined) {
    throw new OfferDeskError('internal', `document ${doc.id} names ${doc.employeeId}, who is not on the roster`);
  }
  const assessment = assessmentOf(election, doc.id);
  const refusal = letterRefusal(doc, assessment, kind, snap, now);
  if (refusal !== null) throw new OfferDeskError('invalid-input', `No ${kind} letter: ${refusal}.`);
  const common = letterCommon(snap, doc, letterDate);
  switch (kind) {
    case 'confirmation': {
      const standing = assessment.standing;
      // letterRefusal has already turned a late document away from a confirmation.
      if (standing === 'late' || standing === 'void') throw new OfferDeskError('internal', `document ${doc.id} is ${standing} but was sent a confirmation`);
      const defective = standing === 'defective';
      return {
        kind,
        ...common,
        standing,
        election: electionSnapshot(snap, election),
        openDefects: defective ? openDefects(assessment).map((d) => ({ kind: d.defect, description: DEFECT_DESCRIPTIONS[d.defect] })) : [],
        cureDeadline: defective ? cureDeadlineOf(doc, snap.expiresAt) : null,
      };
    }
    case 'late-delivery':
      return { kind, ...common, expiration: snap.expiresAt, election: electionSnapshot(snap, election) };
    case 'correction': {
      if (inError.length === 0) {
        throw new OfferDeskError(
          'invalid-input',
          `No correction letter: no letter about document ${doc.id} is in error (or each has been corrected already).`,
        );
      }
      const replacement = doc.voided?.replacedBy ? documentById(snap, doc.voided.replacedBy) : undefined;
      return {
        kind,
        ...common,
        inError: inError.map((l) => ({ kind: l.kind, letterDate: l.letterDate })),
        standing: assessment.standing,
        replacedBy: replacement === undefined ? null : letterDocument(replacement),
        election: electionSnapshot(snap, election),
      };
    }
    case 'promise-to-grant':
      // letterRefusal has already turned this kind away: promise-letters.ts builds it.
      throw new OfferDeskError('internal', `a Promise to Grant about document ${doc.id} was built as a reply to it`);
    case 'irregularity':
      return {
        kind,
        ...common,
        defects: openDefects(assessment).map((d) => ({ kind: d.defect, description: DEFECT_DESCRIPTIONS[d.defect] })),
        cureDeadline: cureDeadlineOf(doc, snap.expiresAt),
        howToCure: defaultHowToCure(doc.kind),
      };
  }
}
