// The dashboard's figures: holders by election, shares by plan, documents by standing,
// confirmations due, and shares tendered over time.
import { confirmationDueDate } from '../core/business-days';
import { calendarDateInZone } from '../core/time';
import type { ElectionState, ReceivedDocument } from '../core/types';
import type { DashboardData, PlanTotals } from './dashboard-types';
import type { DeskReader } from './desk-parts';
import { offerSummary } from './offer';
import { electionOf, judge, type Snapshot } from './snapshot';

export function dashboard(desk: DeskReader): DashboardData {
  const snap = desk.snapshot();
  const offer = offerSummary(desk);
  const today = calendarDateInZone(offer.now, snap.settings.zone);
  const holdersByState: Record<ElectionState, number> = { 'tendered-all': 0, 'tendered-part': 0, 'tendered-none': 0 };
  const plans = new Map<string, PlanTotals>();
  const documentsByStanding = { governing: 0, superseded: 0, defective: 0, late: 0 };
  let dueToday = 0;
  let overdue = 0;
  // A confirmation marked sent is no longer due, however late it went out.
  const sent = new Set(desk.ledger.sentMarks().map((m) => m.documentId));
  for (const holder of snap.holders) {
    const election = electionOf(snap, holder.employeeId);
    holdersByState[election.state] += 1;
    const grants = new Map((snap.grantsByHolder.get(holder.employeeId) ?? []).map((g) => [g.grantId, g]));
    for (const g of election.grants) {
      const plan = grants.get(g.grantId)?.plan ?? '?';
      const totals = plans.get(plan) ?? { plan, grantsTendered: 0, grantsKept: 0, sharesTendered: 0, sharesKept: 0 };
      if (g.sharesTendered > 0) totals.grantsTendered += 1;
      else totals.grantsKept += 1;
      totals.sharesTendered += g.sharesTendered;
      totals.sharesKept += g.sharesEligible - g.sharesTendered;
      plans.set(plan, totals);
    }
    // A voided document counts for nothing, in these figures too.
    for (const a of election.documents) if (a.standing !== 'void') documentsByStanding[a.standing] += 1;
    for (const d of snap.documentsByHolder.get(holder.employeeId) ?? []) {
      if (sent.has(d.id) || d.voided) continue;
      const due = confirmationDueDate(d.receivedAt, snap.settings.zone);
      if (due === today) dueToday += 1;
      else if (due < today) overdue += 1;
    }
  }
  return {
    offer,
    holders: snap.holders.length,
    holdersByState,
    byPlan: [...plans.values()].sort((a, b) => a.plan.localeCompare(b.plan)),
    documentsByStanding,
    confirmationsDueToday: dueToday,
    confirmationsOverdue: overdue,
    tenderedOverTime: tenderedOverTime(desk, snap),
  };
}

/**
 * Shares tendered as they stood after each timely document arrived: replay the documents in
 * receipt order, re-judging only the holder whose paper arrived.
 */
function tenderedOverTime(desk: DeskReader, snap: Snapshot): DashboardData['tenderedOverTime'] {
  const all = desk.ledger.documents().filter((d) => d.receivedAt <= snap.expiresAt);
  all.sort((a, b) => (a.receivedAt === b.receivedAt ? a.id - b.id : a.receivedAt < b.receivedAt ? -1 : 1));
  const seen = new Map<string, ReceivedDocument[]>();
  const perHolder = new Map<string, number>();
  let total = 0;
  const series: DashboardData['tenderedOverTime'] = [];
  for (const doc of all) {
    const docs = [...(seen.get(doc.employeeId) ?? []), doc];
    seen.set(doc.employeeId, docs);
    const e = judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, snap.grantsByHolder.get(doc.employeeId) ?? [], docs);
    const shares = e.grants.reduce((s, g) => s + g.sharesTendered, 0);
    total += shares - (perHolder.get(doc.employeeId) ?? 0);
    perHolder.set(doc.employeeId, shares);
    series.push({ at: doc.receivedAt, sharesTendered: total });
  }
  return series;
}
