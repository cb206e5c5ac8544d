// Everything the rules need to judge every holder, read from the ledger in one go and grouped by
// holder. Recomputing from the facts (instead of storing elections) means an extension, a cure or
// a waiver changes every affected election at once, with nothing to keep in sync.
//
// Only senders with paper on file are judged and kept: a holder with no document has nothing
// governing and nothing tendered whatever the offer's dates and waivers say, so that election is
// judged on demand (electionOf) instead of being held for 90,000 of 100,000 holders. After a write
// the snapshot is brought up to date in place (refreshHolder, refreshOfferWide, catchUp): only the
// holders a write touched are re-judged, and an offer-wide change re-judges the holders with paper
// without re-reading the roster.
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
  /** Only senders with paper on file appear (rostered or not). */
  documentsByHolder: Map<string, ReceivedDocument[]>;
  curesByDocument: Map<number, Cure[]>;
  waivers: Waiver[];
  /**
   * The election of every sender with paper on file (the same keys as documentsByHolder). A
   * holder with none is not here: ask electionOf / electionOrEmpty, which judge it on demand.
   */
  elections: Map<string, HolderElection>;
  /**
   * Moves whenever the snapshot is brought up to date in place (refreshHolder, refreshOfferWide,
   * catchUp): what is worked out from it may be kept while this stays the same.
   */
  generation: number;
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

/** One sender's election from the snapshot's facts (paper from someone not on the roster: no grants). */
function judgeSender(snap: Snapshot, employeeId: string): HolderElection {
  return judgeAs(snap, employeeId, {});
}

export function takeSnapshot(ledger: Ledger): Snapshot {
  const settings = ledger.settings();
  const holders = ledger.holders();
  const snap: Snapshot = {
    settings,
    expiresAt: currentExpiration(settings, ledger.extensions()),
    holders,
    holderById: new Map(holders.map((h) => [h.employeeId, h])),
    grantsByHolder: groupBy(ledger.grants(), (g) => g.employeeId),
    documentsByHolder: groupBy(ledger.documents(), (d) => d.employeeId),
    curesByDocument: groupBy(ledger.cures(), (c) => c.documentId),
    waivers: ledger.waivers(),
    elections: new Map(),
    generation: 0,
  };
  // Paper from someone not on the roster is judged too (it is never properly made), under the
  // employee id as written, so every document has an assessment; it is no holder's election.
  for (const employeeId of snap.documentsByHolder.keys()) snap.elections.set(employeeId, judgeSender(snap, employeeId));
  return snap;
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
  const cures = documents.length === 0 ? [] : documents.flatMap((d) => curesByDocument.get(d.id) ?? []);
  return assessHolder({ settings, expiresAt, grants, documents, cures, waivers });
}

/** The election of a sender with nothing on file yet: nothing governs, nothing is tendered. */
export function electionOrEmpty(snapshot: Snapshot, employeeId: string): HolderElection {
  const judged = snapshot.elections.get(employeeId);
  if (judged) return judged;
  if (snapshot.holderById.has(employeeId)) return judgeSender(snapshot, employeeId);
  return {
    employeeId,
    governingDocumentId: null,
    state: 'tendered-none',
    grants: [],
    documents: [],
    explanation: 'No document has been received from this sender.',
  };
}

/** The election of a rostered holder or of a sender with paper on file. */
export function electionOf(snapshot: Snapshot, employeeId: string): HolderElection {
  const election = snapshot.elections.get(employeeId) ?? (snapshot.holderById.has(employeeId) ? judgeSender(snapshot, employeeId) : undefined);
  if (!election) throw new Error(`no election computed for ${employeeId}`);
  return election;
}

/**
 * After a write that touches one holder's paper only (a document, a cure), re-judge that holder
 * in place instead of re-reading 100,000 holders. Only valid when the snapshot was current just
 * before the write; the desk checks that.
 */
export function refreshHolder(snap: Snapshot, ledger: Ledger, employeeId: string): void {
  snap.generation += 1;
  const documents = ledger.documents(employeeId);
  const ids = new Set(documents.map((d) => d.id));
  for (const id of ids) snap.curesByDocument.delete(id);
  for (const cure of ledger.cures()) {
    if (!ids.has(cure.documentId)) continue;
    const list = snap.curesByDocument.get(cure.documentId);
    if (list) list.push(cure);
    else snap.curesByDocument.set(cure.documentId, [cure]);
  }
  if (documents.length === 0) {
    snap.documentsByHolder.delete(employeeId);
    snap.elections.delete(employeeId);
    return;
  }
  snap.documentsByHolder.set(employeeId, documents);
  snap.elections.set(employeeId, judgeSender(snap, employeeId));
}

/** Re-reads the offer-wide facts (settings, extensions, waivers: a few rows) into the snapshot. */
function readOfferWide(snap: Snapshot, ledger: Ledger): void {
  snap.settings = ledger.settings();
  snap.expiresAt = currentExpiration(snap.settings, ledger.extensions());
  snap.waivers = ledger.waivers();
}

/**
 * After an offer-wide write (a waiver, an extension, the void of one, the settings): every holder
 * with paper is re-judged from the paper already in memory; the roster, the grants and the
 * documents are not read again. Holders with no paper are judged on demand anyway.
 */
export function refreshOfferWide(snap: Snapshot, ledger: Ledger): void {
  snap.generation += 1;
  readOfferWide(snap, ledger);
  for (const employeeId of snap.documentsByHolder.keys()) snap.elections.set(employeeId, judgeSender(snap, employeeId));
}

/** What a document's record says that can change after it is written: its void. */
function sameDocuments(a: readonly ReceivedDocument[], b: readonly ReceivedDocument[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((d, i) => {
    const e = b[i] as ReceivedDocument;
    return d.id === e.id && (d.voided?.voidedAt ?? null) === (e.voided?.voidedAt ?? null) && (d.voided?.replacedBy ?? null) === (e.voided?.replacedBy ?? null);
  });
}

function sameCures(a: readonly Cure[] | undefined, b: readonly Cure[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((c, i) => c.id === y[i]?.id);
}

/**
 * Paper written by someone else (another window or process on the same ledger): the documents and
 * cures are read again (a few thousand rows, never the roster) and only the senders whose paper or
 * cures differ are re-judged. Returns them.
 */
function syncPaper(snap: Snapshot, ledger: Ledger): string[] {
  const documentsByHolder = groupBy(ledger.documents(), (d) => d.employeeId);
  const curesByDocument = groupBy(ledger.cures(), (c) => c.documentId);
  const changed: string[] = [];
  for (const [employeeId, documents] of documentsByHolder) {
    const before = snap.documentsByHolder.get(employeeId);
    if (before && sameDocuments(before, documents) && documents.every((d) => sameCures(snap.curesByDocument.get(d.id), curesByDocument.get(d.id)))) {
      documentsByHolder.set(employeeId, before); // keep the arrays (and what is cached by them) that did not change
    } else changed.push(employeeId);
  }
  for (const employeeId of snap.documentsByHolder.keys()) {
    if (!documentsByHolder.has(employeeId)) {
      changed.push(employeeId);
      snap.elections.delete(employeeId);
    }
  }
  snap.documentsByHolder = documentsByHolder;
  snap.curesByDocument = curesByDocument;
  return changed;
}

/** Writes that change nothing any election depends on. */
const NO_EFFECT = new Set(['letter.produced', 'print-run.recorded', 'confirmation.sent', 'attachment.added', 'ledger.migrated']);
/** Writes that can change every holder's election: re-judge the holders with paper. */
const OFFER_WIDE = new Set(['waiver.granted', 'waiver.voided', 'extension.recorded', 'extension.voided', 'settings.updated']);
/** Writes to some holders' paper. */
const PAPER = new Set(['document.recorded', 'document.voided', 'document.corrected', 'cure.recorded']);
/** Past this many events to catch up on (a roster import is one per holder) a fresh read is cheaper. */
const MAX_EVENTS_TO_CATCH_UP = 5000;

/** A table's rows in an event's payload (`{ rows: { <table>: [...] } }`), or null if it has none. */
function payloadRows(payload: unknown, table: string): Record<string, unknown>[] | null {
  if (typeof payload !== 'object' || payload === null || !('rows' in payload)) return null;
  const rows: unknown = (payload as { rows: unknown }).rows;
  if (typeof rows !== 'object' || rows === null || !(table in rows)) return null;
  const list: unknown = (rows as Record<string, unknown>)[table];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : null;
}

/** What each kind of paper event names: the tables whose rows say (directly or by document) whose paper it is. */
const PAPER_TABLES: Record<string, readonly string[]> = {
  'document.recorded': ['documents'],
  'document.corrected': ['documents', 'document_voids'],
  'document.voided': ['document_voids'],
  'cure.recorded': ['cures'],
};

/**
 * The senders whose paper an event wrote (a document's employee id, or the holder of the document
 * cured or voided), or null when its payload does not say in a way understood here.
 */
function sendersWritten(ledger: Ledger, type: string, payload: unknown): string[] | null {
  const senders: string[] = [];
  for (const table of PAPER_TABLES[type] ?? []) {
    const rows = payloadRows(payload, table);
    if (rows === null || rows.length === 0) return null;
    for (const row of rows) {
      if (table === 'documents') {
        if (typeof row.employee_id !== 'string') return null;
        senders.push(row.employee_id);
        continue;
      }
      const doc = typeof row.document_id === 'number' ? ledger.document(row.document_id) : null;
      if (!doc) return null;
      senders.push(doc.employeeId);
    }
  }
  return senders.length === 0 ? null : senders;
}

/**
 * Brings `snap` (current at audit sequence `fromSeq`) up to `toSeq`, whoever wrote in between (this
 * desk or another process): the audit trail says which records changed, and only that is read
 * again: the holders whose paper an event names, or every holder with paper after an offer-wide
 * change. A roster import, a long gap or an event this desk does not know gets a fresh snapshot.
 */
export function catchUp(snap: Snapshot, ledger: Ledger, fromSeq: number, toSeq: number): Snapshot {
  if (toSeq < fromSeq || toSeq - fromSeq > MAX_EVENTS_TO_CATCH_UP) return takeSnapshot(ledger);
  let offerWide = false;
  let unnamedPaper = false;
  const named = new Set<string>();
  for (const event of ledger.auditEvents({ afterSeq: fromSeq, limit: toSeq - fromSeq })) {
    if (NO_EFFECT.has(event.type)) continue;
    if (OFFER_WIDE.has(event.type)) offerWide = true;
    else if (PAPER.has(event.type)) {
      const senders = unnamedPaper ? null : sendersWritten(ledger, event.type, event.payload);
      if (senders === null) unnamedPaper = true;
      else for (const id of senders) named.add(id);
    } else return takeSnapshot(ledger);
  }
  if (offerWide) readOfferWide(snap, ledger);
  if (offerWide || unnamedPaper || named.size > 0) snap.generation += 1;
  if (unnamedPaper) {
    const changed = syncPaper(snap, ledger);
    for (const id of offerWide ? [...snap.documentsByHolder.keys()] : changed) {
      if (snap.documentsByHolder.has(id)) snap.elections.set(id, judgeSender(snap, id));
    }
    return snap;
  }
  for (const id of named) refreshHolder(snap, ledger, id);
  if (offerWide) for (const id of snap.documentsByHolder.keys()) if (!named.has(id)) snap.elections.set(id, judgeSender(snap, id));
  return snap;
}
