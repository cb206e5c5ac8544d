// `offer-desk close LEDGER --by NAME [--cancellation DATE] [--new-grant DATE] [--reason TEXT]`:
// records the close through the same channel as Settings › Close the offer…, then prints what it
// froze: the results by plan, how holders answered, the documents still defective, the dates.
import type { CloseResult } from '../ipc/dto';
import type { DeskCall } from './desk-call';
import { table } from './tables';

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CloseOptions {
  by: string;
  cancellation: string | undefined;
  newGrant: string | undefined;
  reason: string | undefined;
}

export function runClose(call: DeskCall, options: CloseOptions, io: Io): number {
  const result = call('close:record', {
    closedBy: options.by,
    cancellationDate: options.cancellation ?? null,
    newGrantDate: options.newGrant ?? null,
    datesReason: options.reason ?? null,
  });
  for (const w of result.warnings) io.err(`warning: ${w}\n`);
  io.out(formatClose(result));
  return 0;
}

export function formatClose(r: CloseResult): string {
  const c = r.closing;
  const t = r.figures.totals;
  const p = r.figures.participation;
  const lines = [
    `Closed the offer on ${c.closedAtText} by ${c.closedBy} (keyed by ${c.operator}). The record takes no more changes.`,
    `Tendered options are cancelled on ${c.cancellationDate}; the new options are granted on ${c.newGrantDate}.`,
    ...(c.datesReason === null ? [] : [`Dates set by the CFO, not the rules: ${c.datesReason}`]),
    '',
    'Frozen figures:',
    table(
      ['plan', 'holders', 'participating', 'grants', 'accepted grants', 'eligible shares', 'accepted', 'kept', 'new option shares'],
      [...r.figures.byPlan.map((b) => ({ name: b.plan, ...b })), { name: 'total', ...t }].map((b) => [
        b.name,
        String(b.holders),
        String(b.holdersParticipating),
        String(b.grants),
        String(b.grantsAccepted),
        String(b.sharesEligible),
        String(b.sharesAccepted),
        String(b.sharesKept),
        String(b.newShares),
      ]),
    ).trimEnd(),
    '',
    `Holders: ${p['in-full']} tendered in full, ${p['in-part']} in part, ${p.declined} declined, ${p['not-responding']} not responding.`,
  ];
  if (r.defectiveAtClose.length === 0) lines.push('No document was still defective at close.');
  else {
    lines.push(`Still defective at close (they count as not properly made): ${r.defectiveAtClose.length} document(s)`);
    for (const d of r.defectiveAtClose) lines.push(`  document ${d.documentId} (${d.employeeId} ${d.name}, ${d.kind} received ${d.receivedAtText}): ${d.openDefects.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
