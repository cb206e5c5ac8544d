// The chart of the report: per plan, one bar of the eligible shares, split into the shares
// tendered and accepted and the shares kept. Drawn with pdfkit's own vector rectangles (no chart
// library, nothing rasterised), bars scaled to the largest plan so plans compare at a glance.
import type { PlanResult } from '../../core/offer-results';
import { formatShares } from '../format';
import { COLORS, PAGE, type PageFlow } from '../page-flow';

const ACCEPTED = COLORS.accent;
const KEPT = '#c9ced6';
const BAR = 14;
const ROW = 30;
const LABEL_WIDTH = 70;

function legend(flow: PageFlow, x: number, y: number, color: string, text: string): number {
  flow.ts.doc.rect(x, y - 7, 9, 9).fill(color);
  return 14 + flow.ts.drawText(text, x + 14, y, { size: 8, color: COLORS.text }) + 16;
}

export function drawTenderedChart(flow: PageFlow, plans: readonly PlanResult[]): void {
  const { ts } = flow;
  const height = 16 + 16 + plans.length * ROW + 8;
  flow.ensure(height);
  ts.drawText('Shares tendered and accepted vs kept, by plan', PAGE.left, flow.y + 9, { size: 9, weight: 'bold', color: COLORS.accent });
  flow.y += 16;
  let x = PAGE.left;
  x += legend(flow, x, flow.y + 8, ACCEPTED, 'Tendered and accepted');
  legend(flow, x, flow.y + 8, KEPT, 'Kept');
  flow.y += 16;
  const barWidth = PAGE.contentWidth - LABEL_WIDTH;
  const largest = Math.max(1, ...plans.map((p) => p.sharesEligible));
  for (const p of plans) {
    const top = flow.y;
    ts.drawText(`${p.plan} Plan`, PAGE.left, top + BAR - 3, { size: 8.5, weight: 'bold', color: COLORS.text });
    const left = PAGE.left + LABEL_WIDTH;
    const whole = (p.sharesEligible / largest) * barWidth;
    const accepted = p.sharesEligible === 0 ? 0 : (p.sharesAccepted / p.sharesEligible) * whole;
    ts.doc.rect(left, top, barWidth, BAR).lineWidth(0.3).strokeColor(COLORS.rule).stroke();
    if (whole - accepted > 0) ts.doc.rect(left + accepted, top, whole - accepted, BAR).fill(KEPT);
    if (accepted > 0) ts.doc.rect(left, top, accepted, BAR).fill(ACCEPTED);
    const caption = `${formatShares(p.sharesAccepted)} tendered and accepted \u00b7 ${formatShares(p.sharesKept)} kept \u00b7 ${formatShares(p.sharesEligible)} eligible`;
    ts.drawText(caption, left, top + BAR + 9, { size: 7.5, color: COLORS.muted });
    flow.y += ROW;
  }
  flow.gap(8);
}
