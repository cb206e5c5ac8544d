// Which documents change standing under a change (a void, an extension, a waiver's void), and the
// letters already produced about them that no longer fit. Only the holders the change can touch
// are re-judged, so a preview stays quick on a large offer.
import { whyNoLongerFits } from '../core/corrections';
import { formatInZone } from '../core/time';
import type { DocumentStanding, HolderElection } from '../core/types';
import type { CorrectionDue, LetterToCorrect, StandingChange } from './correction-types';
import type { Ledger } from '../ledger/ledger';
import { inErrorByDocument, inErrorFor } from './correction-letters';
import { electionOrEmpty, type Snapshot } from './snapshot';

function nameOf(snap: Snapshot, employeeId: string, documentId: number): string {
  const holder = snap.holderById.get(employeeId);
  if (holder) return holder.name;
  const doc = snap.documentsByHolder.get(employeeId)?.find((d) => d.id === documentId);
  return doc?.nameAsWritten ?? employeeId;
}

export function lettersToCorrect(ledger: Ledger, documentId: number, standing: DocumentStanding): LetterToCorrect[] {
  return inErrorFor(ledger.letters({ documentId }), standing).map((l) => ({ letterId: l.id, kind: l.kind, letterDate: l.letterDate, why: whyNoLongerFits(l.kind, standing) }));
}

/**
 * Compares each document's standing in `before(employeeId)` (default: now) with its standing in
 * `after(employeeId)`. `snap` supplies the documents and names (after a write: the new snapshot).
 */
export function standingChanges(
  ledger: Ledger,
  snap: Snapshot,
  employeeIds: Iterable<string>,
  after: (employeeId: string) => HolderElection,
  before: (employeeId: string) => HolderElection = (id) => electionOrEmpty(snap, id),
): StandingChange[] {
  const changes: StandingChange[] = [];
  const zone = snap.settings.zone;
  for (const employeeId of new Set(employeeIds)) {
    const now = before(employeeId);
    const then = new Map(after(employeeId).documents.map((a) => [a.documentId, a.standing]));
    const docs = new Map((snap.documentsByHolder.get(employeeId) ?? []).map((d) => [d.id, d]));
    for (const a of now.documents) {
      const next = then.get(a.documentId);
      const doc = docs.get(a.documentId);
      if (next === undefined || next === a.standing || doc === undefined) continue;
      changes.push({
        documentId: a.documentId,
        employeeId,
        name: nameOf(snap, employeeId, a.documentId),
        kind: doc.kind,
        receivedAt: doc.receivedAt,
        receivedAtText: formatInZone(doc.receivedAt, zone),
        before: a.standing,
        after: next,
        lettersToCorrect: lettersToCorrect(ledger, a.documentId, next),
      });
    }
  }
  return changes.sort((x, y) => (x.receivedAt < y.receivedAt ? -1 : x.receivedAt > y.receivedAt ? 1 : x.documentId - y.documentId));
}

/** Every standing of every document now, by document id. */
export function standingsNow(snap: Snapshot): Map<number, { employeeId: string; standing: DocumentStanding }> {
  const standing = new Map<number, { employeeId: string; standing: DocumentStanding }>();
  for (const election of snap.elections.values()) {
    for (const a of election.documents) standing.set(a.documentId, { employeeId: election.employeeId, standing: a.standing });
  }
  return standing;
}

/**
 * Every letter on record that no longer fits its document as it stands now and is not yet settled
 * by a later correction letter (core's settling rule, core/corrections.ts).
 */
export function correctionsDue(ledger: Ledger, snap: Snapshot): CorrectionDue[] {
  const standing = standingsNow(snap);
  const due: CorrectionDue[] = [];
  for (const [documentId, letters] of inErrorByDocument(ledger.letters(), (id) => standing.get(id)?.standing)) {
    const now = standing.get(documentId);
    if (now === undefined) continue;
    for (const letter of letters) {
      due.push({
        documentId,
        employeeId: now.employeeId,
        name: nameOf(snap, now.employeeId, documentId),
        standing: now.standing,
        letterId: letter.id,
        letterKind: letter.kind,
        letterDate: letter.letterDate,
        why: whyNoLongerFits(letter.kind, now.standing),
      });
    }
  }
  return due.sort((a, b) => a.letterId - b.letterId);
}
