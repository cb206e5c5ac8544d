// The results report as the ledger stands: every figure from resultsOf (services/offer-results.ts),
// the dates from the recorded close (or, while the offer is open, from the rules, marked
// PRELIMINARY), and the records a final report lists: late documents, documents still defective,
// waivers, extensions and voided documents. The screen, the PDF and `offer-desk report` all read
// this; nothing here sums anything.
import { cancellationDateFor, newGrantDateFor } from '../core/closing-dates';
import { describeNewGrantRule, describeRatio } from '../core/exchange-terms';
import type { OfferResults, ResultTotals } from '../core/offer-results';
import {
  PRELIMINARY_BANNER,
  type ReportDates,
  type ReportDocumentLine,
  type ReportExtensionLine,
  type ReportWaiverLine,
  type ResultsReport,
  type ResultsSummary,
} from '../core/results-report';
import { scheduleToParagraph } from '../core/schedule-to-paragraph';
import { calendarDateInZone, formatInZone } from '../core/time';
import { closedAtText } from '../core/offer-closed';
import type { DocumentAssessment, ReceivedDocument } from '../core/types';
import type { DeskReader } from './desk-parts';
import { receivedAtTextOf } from './document-dates';
import { resultsOf } from './offer-results';
import type { Snapshot } from './snapshot';

// Walking 100,000 holders is kept per snapshot generation: the Results screen asks again after
// every change, and most changes (letters printed, marks sent) move nothing the results read. A
// change of the terms or the close gives a new snapshot object, so it is never served stale.
const kept = new WeakMap<Snapshot, { generation: number; results: OfferResults }>();

function currentResults(reader: DeskReader, snap: Snapshot): OfferResults {
  const k = kept.get(snap);
  if (k && k.generation === snap.generation) return k.results;
  const results = resultsOf(reader);
  kept.set(snap, { generation: snap.generation, results });
  return results;
}

function compareLines(a: ReportDocumentLine, b: ReportDocumentLine): number {
  return a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.documentId - b.documentId;
}

interface DocumentLists {
  late: ReportDocumentLine[];
  defective: ReportDocumentLine[];
  voided: ReportDocumentLine[];
}

/** Every document on record in the list it belongs to (a document is in at most one). */
function documentLists(snap: Snapshot): DocumentLists {
  const lists: DocumentLists = { late: [], defective: [], voided: [] };
  const zone = snap.settings.zone;
  for (const [employeeId, documents] of snap.documentsByHolder) {
    const assessments = new Map<number, DocumentAssessment>((snap.elections.get(employeeId)?.documents ?? []).map((a) => [a.documentId, a]));
    const name = snap.holderById.get(employeeId)?.name;
    for (const doc of documents) {
      const a = assessments.get(doc.id);
      const line = (openDefects: ReportDocumentLine['openDefects']): ReportDocumentLine => lineOf(doc, name, zone, openDefects);
      if (doc.voided) lists.voided.push(line([]));
      else if (a?.standing === 'late') lists.late.push(line([]));
      else if (a && a.timely && !a.properlyMade) {
        lists.defective.push(line(a.defects.filter((d) => d.state === 'open' || d.state === 'cure-late').map((d) => d.defect)));
      }
    }
  }
  lists.late.sort(compareLines);
  lists.defective.sort(compareLines);
  lists.voided.sort(compareLines);
  return lists;
}

function lineOf(doc: ReceivedDocument, name: string | undefined, zone: string, openDefects: ReportDocumentLine['openDefects']): ReportDocumentLine {
  return {
    documentId: doc.id,
    employeeId: doc.employeeId,
    name: name ?? doc.nameAsWritten ?? '(not on the roster)',
    kind: doc.kind,
    receivedAt: doc.receivedAt,
    receivedAtText: receivedAtTextOf(doc, zone),
    openDefects,
    voidReason: doc.voided?.reason ?? null,
    replacedBy: doc.voided?.replacedBy ?? null,
  };
}

function reportDates(reader: DeskReader, snap: Snapshot): ReportDates {
  const zone = snap.settings.zone;
  const closing = reader.ledger.closing();
  if (closing) {
    return {
      commencedOn: snap.settings.commencedOn,
      expiresAt: closing.expiresAt,
      expiresAtText: formatInZone(closing.expiresAt, zone),
      cancellationDate: closing.cancellationDate,
      newGrantDate: closing.newGrantDate,
      source: 'close',
      datesReason: closing.datesReason,
    };
  }
  const cancellationDate = cancellationDateFor(snap.expiresAt, zone);
  return {
    commencedOn: snap.settings.commencedOn,
    expiresAt: snap.expiresAt,
    expiresAtText: formatInZone(snap.expiresAt, zone),
    cancellationDate,
    newGrantDate: newGrantDateFor(cancellationDate, reader.ledger.exchangeTerms().newGrantAfter),
    source: 'rules',
    datesReason: null,
  };
}

/**
 * Compares the totals the close froze (at the top of its figures, or under `totals`: the close
 * service decides their shape) with the totals the ledger gives now.
 */
function closeFiguresDiffer(figures: { readonly [key: string]: unknown } | null, totals: ResultTotals): string[] {
  if (figures === null) return [];
  const nested = figures.totals;
  const sources = [figures, typeof nested === 'object' && nested !== null ? (nested as { readonly [key: string]: unknown }) : {}];
  const differ: string[] = [];
  for (const key of Object.keys(totals) as (keyof ResultTotals)[]) {
    const frozen = sources.map((s) => s[key]).find((v) => typeof v === 'number');
    if (typeof frozen === 'number' && frozen !== totals[key]) differ.push(`${key}: ${frozen} at the close, ${totals[key]} from the ledger now`);
  }
  return differ;
}

function summaryOf(reader: DeskReader, snap: Snapshot, results: OfferResults): ResultsSummary {
  const zone = snap.settings.zone;
  const closing = reader.ledger.closing();
  const terms = reader.ledger.exchangeTerms();
  const dates = reportDates(reader, snap);
  const asOf = reader.now();
  const lists = documentLists(snap);
  const waivers: ReportWaiverLine[] = snap.waivers.map((w) => ({
    id: w.id,
    defect: w.defect,
    reason: w.reason,
    grantedAt: w.grantedAt,
    grantedAtText: formatInZone(w.grantedAt, zone),
    operator: w.operator,
    voidedReason: w.voided?.reason ?? null,
  }));
  const extensions: ReportExtensionLine[] = reader.ledger.extensions().map((e) => ({
    id: e.id,
    fromText: formatInZone(e.fromExpiresAt, zone),
    toText: formatInZone(e.toExpiresAt, zone),
    decidedAtText: formatInZone(e.decidedAt, zone),
    reason: e.reason,
    operator: e.operator,
    announcedLate: e.announcedLate,
    voidedReason: e.voided?.reason ?? null,
  }));
  return {
    company: snap.settings.company,
    banner: closing ? null : PRELIMINARY_BANNER,
    closing: closing
      ? { closedAt: closing.closedAt, closedAtText: closedAtText(closing.closedAt, zone), closedBy: closing.closedBy, operator: closing.operator }
      : null,
    asOf,
    asOfText: formatInZone(asOf, zone),
    asOfDate: calendarDateInZone(asOf, zone),
    zone,
    dates,
    ratios: terms.ratios.map(describeRatio),
    newGrantRule: describeNewGrantRule(terms),
    plans: results.byPlan.map((p) => ({ ...p })),
    totals: { ...results.totals },
    participation: { ...results.participation },
    uncovered: results.uncovered.map((u) => ({ ...u })),
    scheduleTo: scheduleToParagraph({
      expiresAt: dates.expiresAt,
      zone,
      sharesAccepted: results.totals.sharesAccepted,
      sharesEligible: results.totals.sharesEligible,
      holdersParticipating: results.totals.holdersParticipating,
      newShares: results.totals.newShares,
      cancellationDate: dates.cancellationDate,
      newGrantDate: dates.newGrantDate,
    }),
    lateDocuments: lists.late,
    defectiveDocuments: lists.defective,
    waivers,
    extensions,
    voidedDocuments: lists.voided,
    closeFiguresDiffer: closeFiguresDiffer(closing?.figures ?? null, results.totals),
    auditHead: reader.ledger.auditHead(),
  };
}

/** `results:get`: everything the Results screen shows (no per-holder rows: the PDF has those). */
export function resultsSummary(reader: DeskReader): ResultsSummary {
  const snap = reader.snapshot();
  return summaryOf(reader, snap, currentResults(reader, snap));
}

/** The whole report, per holder and grant included: what the PDF prints. */
export function resultsReport(reader: DeskReader): ResultsReport {
  const snap = reader.snapshot();
  const results = currentResults(reader, snap);
  return { ...summaryOf(reader, snap, results), holders: results.holders };
}
