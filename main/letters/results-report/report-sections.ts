// The parts of the results report before the per-grant table: title and status, the offer's
// dates, the Schedule TO paragraph, the totals by plan, how holders answered, the chart, and the
// lists of records (late, defective, waivers, extensions, voided). Each figure is printed as the
// report data carries it; nothing is summed here.
import { DEFECT_LABELS, PARTICIPATION_LABELS, PARTICIPATION_ORDER, type ResultsSummary } from '../../core/results-report';
import { formatLongDate, formatShares } from '../format';
import { COLORS, PAGE, type PageFlow } from '../page-flow';
import { drawReportTable, type ReportColumn } from './report-table';
import { drawTenderedChart } from './results-chart';

export function drawHeading(flow: PageFlow, text: string): void {
  flow.ensure(40);
  flow.gap(4);
  flow.ts.drawText(text, PAGE.left, flow.y + 11, { size: 11.5, weight: 'bold', color: COLORS.accent });
  flow.gap(20);
}

/** The status line: PRELIMINARY in a box while open, or who closed the offer and when. */
function drawStatus(flow: PageFlow, r: ResultsSummary): void {
  const { ts } = flow;
  if (r.banner !== null) {
    ts.doc.rect(PAGE.left, flow.y, PAGE.contentWidth, 22).lineWidth(1.2).strokeColor('#b3261e').stroke();
    ts.drawText(r.banner, PAGE.left, flow.y + 15, { size: 11, weight: 'bold', color: '#b3261e', align: 'center', width: PAGE.contentWidth });
    flow.gap(30);
    flow.paragraph([{ text: `Figures as the ledger stands on ${r.asOfText}. The dates below are the ones the rules give; they become the close's when the offer is closed.` }], { color: COLORS.muted });
    return;
  }
  const c = r.closing;
  if (c) flow.paragraph([{ text: 'CLOSED', weight: 'bold' }, { text: ` on ${c.closedAtText} by ${c.closedBy} (recorded by ${c.operator}). The figures are those of the closed ledger.` }]);
  if (r.closeFiguresDiffer.length > 0) {
    flow.paragraph([{ text: `The figures the close recorded differ from the ledger's: ${r.closeFiguresDiffer.join('; ')}.`, weight: 'bold' }], { color: '#b3261e' });
  }
}

export function drawTitle(flow: PageFlow, r: ResultsSummary): void {
  const { ts } = flow;
  for (const line of ts.wrap([{ text: r.company, weight: 'bold' }], 15, PAGE.contentWidth)) {
    ts.drawLine(line, PAGE.left, flow.y + 15, 15, COLORS.accent);
    flow.gap(19);
  }
  ts.drawText('Results of the Offer to Exchange Options', PAGE.left, flow.y + 12, { size: 12, weight: 'bold', color: COLORS.text });
  flow.gap(18);
  ts.drawText(`Report of ${formatLongDate(r.asOfDate)}`, PAGE.left, flow.y + 9, { size: 9, color: COLORS.muted });
  flow.gap(18);
  drawStatus(flow, r);
}

export function drawDates(flow: PageFlow, r: ResultsSummary): void {
  const d = r.dates;
  const expected = d.source === 'rules' ? ' (expected, from the rules)' : '';
  const facts: [string, string][] = [
    ['Commenced', formatLongDate(d.commencedOn)],
    // Instants are canonical UTC text: string order is time order.
    [r.asOf < d.expiresAt ? 'Expires' : 'Expired', d.expiresAtText],
    ['Options cancelled', `${formatLongDate(d.cancellationDate)}${expected}`],
    ['New options granted', `${formatLongDate(d.newGrantDate)}${expected}`],
    ['Exchange ratio', r.ratios.join('; ')],
    ['New grant date rule', r.newGrantRule],
  ];
  if (d.datesReason) facts.push(['Why other dates', d.datesReason]);
  for (const [label, value] of facts) {
    const labelWidth = 130;
    const lines = flow.ts.wrap([{ text: value }], 9, PAGE.contentWidth - labelWidth);
    flow.ensure(lines.length * 12.5);
    flow.ts.drawText(label, PAGE.left, flow.y + 9, { size: 9, weight: 'bold', color: COLORS.text });
    lines.forEach((line, i) => flow.ts.drawLine(line, PAGE.left + labelWidth, flow.y + 9 + i * 12.5, 9, COLORS.text));
    flow.gap(lines.length * 12.5 + 1.5);
  }
  flow.gap(6);
}

export function drawScheduleTo(flow: PageFlow, r: ResultsSummary): void {
  drawHeading(flow, 'For the final amendment to the Schedule TO');
  if (r.banner !== null) flow.paragraph([{ text: 'Draft: the offer is not closed; the figures will change until it is.', weight: 'bold' }], { color: '#b3261e' });
  flow.paragraph([{ text: r.scheduleTo }], { indent: 12 });
}

// Share counts of a 100,000-holder offer run to ten characters ("75,576,500"): the share columns
// are wide enough for them in bold, so a total never wraps.
const PLAN_COLUMNS: readonly ReportColumn[] = [
  { header: 'Plan', width: 42, align: 'left' },
  { header: 'Holders', width: 42, align: 'right' },
  { header: 'Holders\ntendering', width: 52, align: 'right' },
  { header: 'Grants', width: 42, align: 'right' },
  { header: 'Grants\naccepted', width: 44, align: 'right' },
  { header: 'Shares\neligible', width: 62, align: 'right' },
  { header: 'Tendered and\naccepted', width: 62, align: 'right' },
  { header: 'Shares\nkept', width: 61, align: 'right' },
  { header: 'New option\nshares', width: 61, align: 'right' },
];

export function drawTotals(flow: PageFlow, r: ResultsSummary): void {
  drawHeading(flow, 'Totals');
  const row = (label: string, t: ResultsSummary['totals']) => [
    label,
    formatShares(t.holders),
    formatShares(t.holdersParticipating),
    formatShares(t.grants),
    formatShares(t.grantsAccepted),
    formatShares(t.sharesEligible),
    formatShares(t.sharesAccepted),
    formatShares(t.sharesKept),
    formatShares(t.newShares),
  ];
  drawReportTable(flow, {
    caption: 'By plan',
    columns: PLAN_COLUMNS,
    rows: r.plans.map((p) => ({ cells: row(p.plan, p) })),
    totals: { cells: row('Total', r.totals) },
    empty: 'No eligible grants are on the roster.',
  });
  drawReportTable(flow, {
    caption: 'How holders answered',
    columns: [
      { header: 'Holders', width: 300, align: 'left' },
      { header: 'Number', width: 168, align: 'right' },
    ],
    rows: [
      { cells: ['Eligible', formatShares(r.totals.holders)] },
      ...PARTICIPATION_ORDER.map((p) => ({ cells: [PARTICIPATION_LABELS[p], formatShares(r.participation[p])] })),
    ],
    empty: '',
  });
  drawTenderedChart(flow, r.plans);
  if (r.uncovered.length > 0) {
    flow.paragraph(
      [{ text: `${formatShares(r.uncovered.length)} grant(s) with shares accepted have no exchange ratio: ${r.uncovered.map((u) => `${u.grantId} (${u.employeeId})`).join(', ')}. The close is refused until the terms cover them; their new option shares show as 0.`, weight: 'bold' }],
      { color: '#b3261e' },
    );
  }
}

const DOC_COLUMNS: readonly ReportColumn[] = [
  { header: 'Doc.', width: 30, align: 'right' },
  { header: 'Employee', width: 48, align: 'left' },
  { header: 'Name', width: 90, align: 'left' },
  { header: 'Document', width: 112, align: 'left' },
  { header: 'Received', width: 106, align: 'left' },
  { header: 'Note', width: 82, align: 'left' },
];

function docRows(lines: ResultsSummary['lateDocuments'], note: (l: ResultsSummary['lateDocuments'][number]) => string) {
  return lines.map((l) => ({ cells: [String(l.documentId), l.employeeId, l.name, l.kind === 'election' ? 'Election Form' : 'Notice to Change Election', l.receivedAtText, note(l)] }));
}

export function drawLists(flow: PageFlow, r: ResultsSummary): void {
  drawHeading(flow, 'Records of the offer');
  drawReportTable(flow, {
    caption: `Late documents (${formatShares(r.lateDocuments.length)}): received after the expiration, no effect`,
    columns: DOC_COLUMNS,
    rows: docRows(r.lateDocuments, () => 'late'),
    empty: 'No document was received after the expiration.',
  });
  drawReportTable(flow, {
    caption: `${r.closing ? 'Documents defective at the close' : 'Documents defective as of now'} (${formatShares(r.defectiveDocuments.length)}): not properly made`,
    columns: DOC_COLUMNS,
    rows: docRows(r.defectiveDocuments, (l) => l.openDefects.map((d) => DEFECT_LABELS[d]).join('; ')),
    empty: 'No timely document has a defect left open.',
  });
  drawReportTable(flow, {
    caption: `Waivers (${formatShares(r.waivers.length)}): offer-wide, by kind of defect`,
    columns: [
      { header: 'No.', width: 34, align: 'right' },
      { header: 'Defect waived', width: 110, align: 'left' },
      { header: 'Granted', width: 96, align: 'left' },
      { header: 'By', width: 70, align: 'left' },
      { header: 'Reason', width: 158, align: 'left' },
    ],
    rows: r.waivers.map((w) => ({
      cells: [String(w.id), DEFECT_LABELS[w.defect], w.grantedAtText, w.operator, w.voidedReason === null ? w.reason : `VOIDED (${w.voidedReason}): ${w.reason}`],
    })),
    empty: 'No defect was waived.',
  });
  drawReportTable(flow, {
    caption: `Extensions (${formatShares(r.extensions.length)})`,
    columns: [
      { header: 'No.', width: 34, align: 'right' },
      { header: 'From', width: 92, align: 'left' },
      { header: 'To', width: 92, align: 'left' },
      { header: 'Decided', width: 92, align: 'left' },
      { header: 'Reason', width: 158, align: 'left' },
    ],
    rows: r.extensions.map((e) => ({
      cells: [
        String(e.id),
        e.fromText,
        e.toText,
        `${e.decidedAtText} (${e.operator})`,
        `${e.voidedReason === null ? '' : `VOIDED (${e.voidedReason}): `}${e.reason}${e.announcedLate ? ' [announced late]' : ''}`,
      ],
    })),
    empty: 'The offer was not extended.',
  });
  drawReportTable(flow, {
    caption: `Voided documents (${formatShares(r.voidedDocuments.length)}): on record, count for nothing`,
    columns: DOC_COLUMNS,
    rows: docRows(r.voidedDocuments, (l) => `${l.voidReason ?? ''}${l.replacedBy === null ? '' : ` (corrected by no. ${l.replacedBy})`}`),
    empty: 'No document was voided.',
  });
}

