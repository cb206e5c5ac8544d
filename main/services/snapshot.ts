// Everything the rules need to judge every holder, read from the ledger in one go and grouped by
// holder. Recomputing from the facts (instead of storing elections) means an extension, a cure or
// a waiver changes every affected election at once, with nothing to keep in sync.
import type { Cure, Grant, Holder, HolderElection, Instant, OfferSettings, ReceivedDocument, Waiver } from '../core/types';
import { assessHolder } from '../core/elections';
import { currentExpiration } from '../core/schedule';
import type { Ledger } from '../ledger/ledger';

export interface Snapshot {
  settings: OfferSettings;
  expiresAt: Instant;
  holders: Holder[];
  holderById: Map<string, Holder>;
  grantsByHolder: Map<string, Grant[]>;
  documentsByHolder: Map<string, ReceivedDocument[]>;
  curesByDocument: Map<number, Cure[]>;
  waivers: Waiver[];
  elections: Map<string, HolderElection>;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Everything as it would stand with another expiration or other waivers: for previews of offer-wide changes. */
export function judgeAs(snap: Snapshot, employeeId: string, change: { expiresAt?: Instant; waivers?: Waiver[] }): HolderElection {
  return judge(
    snap.settings,
    change.expiresAt ?? snap.expiresAt,
    change.waivers ?? snap.waivers,
    snap.curesByDocument,
    snap.grantsByHolder.get(employeeId) ?? [],
    snap.documentsByHolder.get(employeeId) ?? [],
  );
}

export function takeSnapshot(ledger: Ledger): Snapshot {
  const settings = ledger.settings();
  const expiresAt = currentExpiration(settings, ledger.extensions());
  const holders = ledger.holders();
  const grantsByHolder = groupBy(ledger.grants(), (g) => g.employeeId);
  const documentsByHolder = groupBy(ledger.documents(), (d) => d.employeeId);
  const curesByDocument = groupBy(ledger.cures(), (c) => c.documentId);
  const waivers = ledger.waivers();
  const elections = new Map<string, HolderElection>();
  for (const holder of holders) {
    elections.set(holder.employeeId, judge(settings, expiresAt, waivers, curesByDocument, grantsByHolder.get(holder.employeeId) ?? [], documentsByHolder.get(holder.employeeId) ?? []));
  }
  // Paper from someone not on the roster is judged too (it is never properly made), under the
  // employee id as written, so every document has an assessment; it is no holder's election.
  for (const [employeeId, documents] of documentsByHolder) {
    if (!elections.has(employeeId)) elections.set(employeeId, judge(settings, expiresAt, waivers, curesByDocument, [], documents));
  }
  return {
    settings,
    expiresAt,
    holders,
    holderById: new Map(holders.map((h) => [h.employeeId, h])),
    grantsByHolder,
    documentsByHolder,
    curesByDocument,
    waivers,
    elections,
  };
}

/** Judge one holder's paper; `documents` may be a hypothetical set (intake preview, history chart). */
export function judge(
  settings: OfferSettings,
  expiresAt: Instant,
  waivers: Waiver[],
  curesByDocument: Map<number, Cure[]>,
  grants: Grant[],
  documents: ReceivedDocument[],
): HolderElection {
  const cures = documents.flatMap((d) => curesByDocument.get(d.id) ?? []);
  return assessHolder({ settings, expiresAt, grants, documents, cures, waivers });
}

/** The election of a sender with nothing on file yet: nothing governs, nothing is tendered. */
export function electionOrEmpty(snapshot: Snapshot, employeeId: string): HolderElection {
  return (
    snapshot.elections.get(employeeId) ?? {
      employeeId,
      governingDocumentId: null,
      state: 'tendered-none',
      grants: [],
      documents: [],
      explanation: 'No document has been received from this sender.',
    }
  );
}

export function electionOf(snapshot: Snapshot, employeeId: string): HolderElection {
  const election = snapshot.elections.get(employeeId);
  if (!election) throw new Error(`no election computed for ${employeeId}`);
  return election;
}

/**
 * After a write that touches one holder's paper only (a document, a cure), re-judge that holder
 * in place instead of re-reading 100,000 holders. Only valid when the snapshot was current just
 * before the write; the desk checks that.
 */
export function refreshHolder(snap: Snapshot, ledger: Ledger, employeeId: string): void {
  const documents = ledger.documents(employeeId);
  snap.documentsByHolder.set(employeeId, documents);
  const ids = new Set(documents.map((d) => d.id));
  for (const id of ids) snap.curesByDocument.delete(id);
  for (const cure of ledger.cures()) {
    if (!ids.has(cure.documentId)) continue;
    const list = snap.curesByDocument.get(cure.documentId);
    if (list) list.push(cure);
    else snap.curesByDocument.set(cure.documentId, [cure]);
  }
  snap.elections.set(
    employeeId,
    judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, snap.grantsByHolder.get(employeeId) ?? [], documents),
  );
}
