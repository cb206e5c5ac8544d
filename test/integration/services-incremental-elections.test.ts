// The desk keeps its elections, Dashboard figures, queue and roster pages up to date after each
// write by re-judging only what the write touched. Whatever the write, what it shows must be
// exactly what a desk opened afresh on the same ledger file shows: every election with its
// explanations, the Dashboard, the confirmations queue, the open defects and the roster's pages;
// and the Dashboard's kept figures must equal the same figures counted holder by holder.
import { describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import type { Desk } from '../../main/services/desk';
import { HOLDER_FILTERS } from '../../main/ipc/dto';
import { confirmationDueDate } from '../../main/core/business-days';
import { calendarDateInZone } from '../../main/core/time';
import type { ElectionState, ReceivedDocument } from '../../main/core/types';
import type { DashboardData, PlanTotals } from '../../main/ipc/dto';
import { electionOf, judge } from '../../main/services/snapshot';
import { toElectionRows } from '../../main/services/views';
import { et, letterDesk, type LetterDesk } from './letters-desk-fixtures';
import { windowCalls } from './window-calls';

/**
 * The Dashboard counted the slow way, holder by holder and document by document (as the desk did
 * before its figures were kept): the kept figures must equal it.
 */
function dashboardCountedOneByOne(desk: Desk): Omit<DashboardData, 'offer'> {
  const snap = desk.snapshot();
  const today = calendarDateInZone(desk.now(), snap.settings.zone);
  const holdersByState: Record<ElectionState, number> = { 'tendered-all': 0, 'tendered-part': 0, 'tendered-none': 0 };
  const plans = new Map<string, PlanTotals>();
  const documentsByStanding = { governing: 0, superseded: 0, defective: 0, late: 0 };
  let dueToday = 0;
  let overdue = 0;
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
    for (const a of election.documents) if (a.standing !== 'void') documentsByStanding[a.standing] += 1;
    for (const d of snap.documentsByHolder.get(holder.employeeId) ?? []) {
      if (sent.has(d.id) || d.voided) continue;
      const due = confirmationDueDate(d.receivedAt, snap.settings.zone);
      if (due === today) dueToday += 1;
      else if (due < today) overdue += 1;
    }
  }
  const all = desk.ledger.documents().filter((d) => d.receivedAt <= snap.expiresAt);
  all.sort((a, b) => (a.receivedAt === b.receivedAt ? a.id - b.id : a.receivedAt < b.receivedAt ? -1 : 1));
  const seen = new Map<string, ReceivedDocument[]>();
  const perHolder = new Map<string, number>();
  let total = 0;
  const tenderedOverTime: DashboardData['tenderedOverTime'] = [];
  for (const doc of all) {
    const docs = [...(seen.get(doc.employeeId) ?? []), doc];
    seen.set(doc.employeeId, docs);
    const e = judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, snap.grantsByHolder.get(doc.employeeId) ?? [], docs);
    const shares = e.grants.reduce((s, g) => s + g.sharesTendered, 0);
    total += shares - (perHolder.get(doc.employeeId) ?? 0);
    perHolder.set(doc.employeeId, shares);
    tenderedOverTime.push({ at: doc.receivedAt, sharesTendered: total });
  }
  return {
    holders: snap.holders.length,
    holdersByState,
    byPlan: [...plans.values()].sort((a, b) => a.plan.localeCompare(b.plan)),
    documentsByStanding,
    confirmationsDueToday: dueToday,
    confirmationsOverdue: overdue,
    unfiledFaxes: desk.ledger.faxes().filter((f) => f.disposition === null).length,
    tenderedOverTime,
  };
}

/** Everything the screens and the CLI can show, explanations and all, as plain data. */
function everythingShown(desk: Desk): unknown {
  const { ok } = windowCalls(desk);
  const snap = desk.snapshot();
  const senders = [...new Set([...snap.holders.map((h) => h.employeeId), ...snap.documentsByHolder.keys()])].sort();
  const shown = {
    dashboard: ok('dashboard:get', {}),
    queue: ok('confirmations:list', {}),
    defects: ok('defects:list', {}),
    corrections: ok('corrections:due', {}),
    pages: HOLDER_FILTERS.flatMap((filter) => ['', 'e', 'Ł', 'G-00'].map((query) => ok('holders:list', { filter, query, offset: 1, limit: 3 }))),
    elections: on(desk)('elections:rows', {}),
    documents: on(desk)('documents:rows', {}),
    holders: snap.holders.map((h) => ok('holders:get', { employeeId: h.employeeId })),
    // Every sender with paper, rostered or not, with the explanation of each document.
    senders: senders.map((id) => {
      const e = snap.elections.get(id);
      return e && { ...e, documents: e.documents.map((a) => ({ ...a })) };
    }),
  };
  const { offer: _offer, ...figures } = shown.dashboard;
  expect(figures).toEqual(dashboardCountedOneByOne(desk));
  // Holders with no paper get their rows without a judgment: the same rows a judgment gives.
  expect(shown.elections).toEqual(snap.holders.flatMap((h) => toElectionRows(electionOf(snap, h.employeeId))));
  return JSON.parse(JSON.stringify(shown));
}

function expectSameAsFresh(d: LetterDesk, step: string): void {
  const fresh = d.reopen();
  try {
    expect({ step, shown: everythingShown(d.desk) }).toEqual({ step, shown: everythingShown(fresh) });
  } finally {
    fresh.close();
  }
}

const draft = (employeeId: string, receivedAt: string, more: Record<string, unknown> = {}) => ({ employeeId, kind: 'election', via: 'fax', receivedAt: et(receivedAt), ...more });

const MORE_HOLDERS = [
  'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares',
  'E5,Chloé Lefèvre,chloe@alpha.example,"1 Rue de la Paix, Paris",123-45-6789,G-900,1994,2002-11-01,3.0000,700',
  'E6,Björn Åström,bjorn@alpha.example,"Storgatan 1, Uppsala",987-65-4321,G-901,1985,1997-03-03,4.5000,800',
].join('\n');

describe('the desk after every kind of write shows what a desk opened afresh on the same file shows', () => {
  it('intake, cure, waiver and its void, extension and its void, document void, correction, roster import, letters, settings, and a write from another desk', () => {
    const d = letterDesk();
    const { ok } = windowCalls(d.desk);
    // The desk has judged everything before the first write, so every write below is incremental.
    everythingShown(d.desk);

    d.at('2003-03-14 10:05');
    ok('intake:record', { draft: draft('E1', '2003-03-14 10:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    ok('intake:record', { draft: draft('E2', '2003-03-14 10:01', { via: 'hand', tenders: [{ grantId: 'D', shares: 2000 }] }) });
    ok('intake:record', { draft: draft('E3', '2003-03-14 10:02', { tenders: [{ grantId: 'E', shares: 2500 }], defects: ['no-email'] }) });
    ok('intake:record', { draft: draft('E1', '2003-03-14 10:03', { kind: 'notice', defects: ['no-id-number'] }) });
    ok('intake:record', { draft: draft('E77', '2003-03-14 10:04', { tenders: [{ grantId: 'A', shares: 1000 }], notOnRosterName: 'Zofia Lukasiewicz-Nowak' }) });
    expectSameAsFresh(d, 'intake');

    d.at('2003-03-17 09:00');
    ok('defects:cure', { documentId: 3, defect: 'no-email', curedAt: et('2003-03-16 12:00') });
    expectSameAsFresh(d, 'cure');

    const waiver = ok('waivers:grant', { defect: 'no-id-number', reason: 'The ID number is on file already' });
    expectSameAsFresh(d, 'waiver');
    ok('waivers:void', { waiverId: waiver.waiver.id, reason: 'Granted by mistake' });
    expectSameAsFresh(d, 'waiver void');

    const extension = ok('extensions:record', { to: et('2003-04-14 17:00'), reason: 'More time for the holders' });
    d.at('2003-04-02 09:00');
    ok('intake:record', { draft: draft('E4', '2003-04-01 10:00', { tenders: [{ grantId: 'G-001', shares: 625 }] }) });
    expectSameAsFresh(d, 'extension');
    ok('extensions:void', { extensionId: extension.extension.id, reason: 'Announced in error' });
    expectSameAsFresh(d, 'extension void');

    ok('documents:void', { documentId: 2, reason: 'Keyed twice' });
    expectSameAsFresh(d, 'document void');
    ok('documents:correct', { documentId: 1, reason: 'The form is Taro\u2019s', draft: draft('E2', '2003-03-14 10:00', { tenders: [{ grantId: 'D', shares: 1000 }] }) });
    expectSameAsFresh(d, 'correction');

    ok('roster:import', { base64: Buffer.from(MORE_HOLDERS, 'utf8').toString('base64') });
    expectSameAsFresh(d, 'roster import');

    const batch = ok('letters:produce', { documentIds: [3] });
    ok('confirmations:markSent', { documentIds: [3], sentOn: '2003-04-02', method: 'mail' });
    ok('settings:update', { phone: '(603) 555-0199', reason: 'New phone line.' });
    expectSameAsFresh(d, `letters (${batch.letters.length}), sent mark, settings`);

    // Another desk on the same file (another window or process) writes; this desk catches up.
    const other = d.reopen();
    try {
      windowCalls(other).ok('intake:record', { draft: draft('E5', '2003-03-20 10:00', { tenders: [{ grantId: 'G-900', shares: 700 }], lateKeyingReason: 'Found in the fax tray' }) });
      windowCalls(other).ok('defects:cure', { documentId: 4, defect: 'no-id-number', curedAt: et('2003-03-20 10:00') });
      windowCalls(other).ok('waivers:grant', { defect: 'no-email', reason: 'Not needed' });
    } finally {
      other.close();
    }
    expectSameAsFresh(d, 'writes by another desk');
  });
});
