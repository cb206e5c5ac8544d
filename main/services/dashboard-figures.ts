// The Dashboard's figures, the open defects and a page of the roster, answered without walking
// 100,000 holders on every call. Nine holders in ten have no paper: their election is fixed
// (nothing governs, nothing tendered), so the totals start from the roster's grants counted once
// per snapshot, and only senders with paper are looked at. What each of those contributes is kept
// beside the election object it came from; the snapshot replaces that object whenever the holder
// is re-judged (after any write), so a contribution is recomputed exactly when it can change.
import { compareByReceipt } from '../core/elections';
import { calendarDateInZone } from '../core/time';
import type { ElectionState, Grant, HolderElection, Instant, ReceivedDocument } from '../core/types';
import type { DashboardData, PlanTotals } from './dashboard-types';
import type { HolderFilter, HolderPage, HolderRow } from './holder-types';
import type { OfferSummary } from './offer-types';
import type { OpenDefectRow } from './defect-types';
import type { DeskReader } from './desk-parts';
import { dueDateOf, receivedAtTextOf } from './document-dates';
import { searchHolders } from './holder-search';
import { offerSummary } from './offer';
import { electionOf, judge, type Snapshot } from './snapshot';
import { toHolderRow } from './views';

type Standings = DashboardData['documentsByStanding'];
type Series = DashboardData['tenderedOverTime'];

/** One sender's part of the figures, valid while `election` is the snapshot's election of it. */
interface Contribution {
  election: HolderElection;
  /** Per plan: this holder's totals as judged, and as they would be with nothing tendered. */
  plans: Map<string, { actual: PlanTotals; untouched: PlanTotals }>;
  standings: Standings;
}

/** Shares tendered after each timely document of one sender (its part of "tendered over time"). */
interface Steps {
  election: HolderElection;
  steps: { at: Instant; id: number; delta: number }[];
}

/** The figures that follow from the snapshot alone, as of one generation of it. */
interface Kept {
  generation: number;
  holdersByState: DashboardData['holdersByState'];
  byPlan: PlanTotals[];
  documentsByStanding: Standings;
  tenderedOverTime: Series;
}

interface Figures {
  kept: Kept | null;
  /** Every rostered holder's grants with nothing tendered, by plan (the roster never changes in a snapshot). */
  untouched: Map<string, PlanTotals>;
  contributions: Map<string, Contribution>;
  steps: Map<string, Steps>;
  series: Series | null;
}

const figuresBySnapshot = new WeakMap<Snapshot, Figures>();

function emptyTotals(plan: string): PlanTotals {
  return { plan, grantsTendered: 0, grantsKept: 0, sharesTendered: 0, sharesKept: 0 };
}

function addTo(totals: PlanTotals, g: { sharesTendered: number; sharesEligible: number }, sign = 1): void {
  if (g.sharesTendered > 0) totals.grantsTendered += sign;
  else totals.grantsKept += sign;
  totals.sharesTendered += sign * g.sharesTendered;
  totals.sharesKept += sign * (g.sharesEligible - g.sharesTendered);
}

function figuresOf(snap: Snapshot): Figures {
  let figures = figuresBySnapshot.get(snap);
  if (!figures) {
    const untouched = new Map<string, PlanTotals>();
    for (const holder of snap.holders) {
      for (const g of snap.grantsByHolder.get(holder.employeeId) ?? []) {
        const totals = untouched.get(g.plan) ?? emptyTotals(g.plan);
        addTo(totals, { sharesTendered: 0, sharesEligible: g.shares });
        untouched.set(g.plan, totals);
      }
    }
    figures = { kept: null, untouched, contributions: new Map(), steps: new Map(), series: null };
    figuresBySnapshot.set(snap, figures);
  }
  return figures;
}

function contributionOf(figures: Figures, snap: Snapshot, employeeId: string, election: HolderElection): Contribution {
  const kept = figures.contributions.get(employeeId);
  if (kept && kept.election === election) return kept;
  const plans = new Map<string, { actual: PlanTotals; untouched: PlanTotals }>();
  const grants = new Map((snap.grantsByHolder.get(employeeId) ?? []).map((g) => [g.grantId, g]));
  for (const g of election.grants) {
    const plan = grants.get(g.grantId)?.plan ?? '?';
    const entry = plans.get(plan) ?? { actual: emptyTotals(plan), untouched: emptyTotals(plan) };
    addTo(entry.actual, g);
    addTo(entry.untouched, { sharesTendered: 0, sharesEligible: g.sharesEligible });
    plans.set(plan, entry);
  }
  const standings: Standings = { governing: 0, superseded: 0, defective: 0, late: 0 };
  // A voided document counts for nothing, in these figures too.
  for (const a of election.documents) if (a.standing !== 'void') standings[a.standing] += 1;
  const made = { election, plans, standings };
  figures.contributions.set(employeeId, made);
  return made;
}

/**
 * Shares tendered as they stood after each timely document arrived: the sender's timely paper in
 * receipt order, re-judged one more document at a time (with today's cures, waivers and dates).
 */
function stepsOf(figures: Figures, snap: Snapshot, employeeId: string, election: HolderElection): Steps {
  const kept = figures.steps.get(employeeId);
  if (kept && kept.election === election) return kept;
  const documents = snap.documentsByHolder.get(employeeId) ?? [];
  const timely = documents.filter((d) => d.receivedAt <= snap.expiresAt).sort(compareByReceipt);
  const grants = snap.grantsByHolder.get(employeeId) ?? [];
  const steps: Steps['steps'] = [];
  let before = 0;
  for (let i = 0; i < timely.length; i++) {
    const doc = timely[i] as ReceivedDocument;
    // After the last timely document, when every document is timely, the paper judged is all of
    // it: that is the election itself (most holders send one form, so most need no judgment here).
    const whole = i === timely.length - 1 && timely.length === documents.length;
    const e = whole ? election : judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, grants, timely.slice(0, i + 1));
    const shares = e.grants.reduce((s, g) => s + g.sharesTendered, 0);
    steps.push({ at: doc.receivedAt, id: doc.id, delta: shares - before });
    before = shares;
  }
  const made = { election, steps };
  figures.steps.set(employeeId, made);
  figures.series = null;
  return made;
}

function tenderedOverTime(figures: Figures, snap: Snapshot): Series {
  for (const [employeeId, election] of snap.elections) stepsOf(figures, snap, employeeId, election);
  for (const employeeId of figures.steps.keys()) {
    if (!snap.elections.has(employeeId)) {
      figures.steps.delete(employeeId);
      figures.series = null;
    }
  }
  if (figures.series === null) {
    const all = [...figures.steps.values()].flatMap((s) => s.steps);
    all.sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1));
    let total = 0;
    figures.series = all.map((s) => ({ at: s.at, sharesTendered: (total += s.delta) }));
  }
  return figures.series;
}

function keptFigures(figures: Figures, snap: Snapshot): Kept {
  if (figures.kept?.generation === snap.generation) return figures.kept;
  const holdersByState: Record<ElectionState, number> = { 'tendered-all': 0, 'tendered-part': 0, 'tendered-none': snap.holders.length };
  const plans = new Map([...figures.untouched].map(([plan, t]) => [plan, { ...t }]));
  const documentsByStanding: Standings = { governing: 0, superseded: 0, defective: 0, late: 0 };
  for (const [employeeId, election] of snap.elections) {
    // Paper from someone not on the roster is no holder's: it is in none of these figures.
    if (!snap.holderById.has(employeeId)) continue;
    holdersByState['tendered-none'] -= 1;
    holdersByState[election.state] += 1;
    const c = contributionOf(figures, snap, employeeId, election);
    for (const [plan, { actual, untouched }] of c.plans) {
      const totals = plans.get(plan) ?? emptyTotals(plan);
      totals.grantsTendered += actual.grantsTendered - untouched.grantsTendered;
      totals.grantsKept += actual.grantsKept - untouched.grantsKept;
      totals.sharesTendered += actual.sharesTendered - untouched.sharesTendered;
      totals.sharesKept += actual.sharesKept - untouched.sharesKept;
      plans.set(plan, totals);
    }
    documentsByStanding.governing += c.standings.governing;
    documentsByStanding.superseded += c.standings.superseded;
    documentsByStanding.defective += c.standings.defective;
    documentsByStanding.late += c.standings.late;
  }
  figures.kept = {
    generation: snap.generation,
    holdersByState,
    byPlan: [...plans.values()].sort((a, b) => a.plan.localeCompare(b.plan)),
    documentsByStanding,
    tenderedOverTime: tenderedOverTime(figures, snap),
  };
  return figures.kept;
}

/** What `dashboard:get` answers: `offer` is the offer's summary now. */
/** The dashboard as the ledger stands now (the offer summary included). */
export function dashboard(parts: DeskReader): DashboardData {
  return dashboardFigures(parts, offerSummary(parts));
}

export function dashboardFigures(parts: DeskReader, offer: OfferSummary): DashboardData {
  const snap = parts.snapshot();
  const kept = keptFigures(figuresOf(snap), snap);
  const zone = snap.settings.zone;
  const today = calendarDateInZone(offer.now, zone);
  let dueToday = 0;
  let overdue = 0;
  // A confirmation marked sent is no longer due, however late it went out.
  const sent = new Set(parts.ledger.sentMarks().map((m) => m.documentId));
  for (const [employeeId, documents] of snap.documentsByHolder) {
    if (!snap.holderById.has(employeeId)) continue;
    for (const d of documents) {
      if (sent.has(d.id) || d.voided) continue;
      const due = dueDateOf(d, zone);
      if (due === today) dueToday += 1;
      else if (due < today) overdue += 1;
    }
  }
  // Copies: the kept figures must not change with what a caller does to its answer.
  return {
    offer,
    holders: snap.holders.length,
    holdersByState: { ...kept.holdersByState },
    byPlan: kept.byPlan.map((p) => ({ ...p })),
    documentsByStanding: { ...kept.documentsByStanding },
    confirmationsDueToday: dueToday,
    confirmationsOverdue: overdue,
    unfiledFaxes: parts.ledger.unfiledFaxCount(),
    tenderedOverTime: kept.tenderedOverTime.slice(),
  };
}

/** Timely documents of rostered holders that a defect still keeps from counting, oldest first. */
export function openDefectRows(parts: DeskReader): OpenDefectRow[] {
  const snap = parts.snapshot();
  const rows: OpenDefectRow[] = [];
  for (const [employeeId, election] of snap.elections) {
    const holder = snap.holderById.get(employeeId);
    if (!holder) continue;
    const byId = new Map(election.documents.map((a) => [a.documentId, a]));
    for (const doc of snap.documentsByHolder.get(employeeId) ?? []) {
      const a = byId.get(doc.id);
      if (!a || !a.timely || a.properlyMade || a.standing === 'void') continue;
      rows.push({
        documentId: doc.id,
        employeeId,
        name: holder.name,
        kind: doc.kind,
        receivedAt: doc.receivedAt,
        receivedAtText: receivedAtTextOf(doc, snap.settings.zone),
        cureDeadline: doc.cureDeadline ?? snap.expiresAt,
        defects: a.defects,
      });
    }
  }
  return rows.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.documentId - b.documentId));
}

function openDefectCount(election: HolderElection): number {
  return election.documents.filter((d) => d.timely && d.defects.some((x) => x.state === 'open' || x.state === 'cure-late')).length;
}

/**
 * Does the holder pass the roster's filter? A holder with no paper is judged without judging:
 * nothing tendered, no defects.
 */
function passes(snap: Snapshot, employeeId: string, filter: HolderFilter): boolean {
  if (filter === 'all') return true;
  const election = snap.elections.get(employeeId);
  if (filter === 'has-defects') return election !== undefined && openDefectCount(election) > 0;
  return (election?.state ?? 'tendered-none') === filter;
}

/** `holders:list` as parsed: what was typed, the filter, and which rows. */
export interface HolderPageInput {
  query: string;
  filter: HolderFilter;
  offset: number;
  limit: number;
}

/** One page of the roster as searched and filtered; rows are built for that page only. */
export function holderPage(parts: DeskReader, input: HolderPageInput): HolderPage {
  const snap = parts.snapshot();
  const found = searchHolders(snap, input.query);
  const matching = input.filter === 'all' ? found : found.filter((h) => passes(snap, h.employeeId, input.filter));
  const rows: HolderRow[] = matching.slice(input.offset, input.offset + input.limit).map((holder) => {
    const grants: Grant[] = snap.grantsByHolder.get(holder.employeeId) ?? [];
    const documents = snap.documentsByHolder.get(holder.employeeId)?.length ?? 0;
    return toHolderRow(holder.name, grants, documents, electionOf(snap, holder.employeeId));
  });
  return { total: matching.length, offset: input.offset, rows };
}
