// "What changed" after a document is logged, in sentences the desk can read back to the holder.
import type { HolderElection } from '../core/types';

const fmt = (n: number): string => n.toLocaleString('en-US');

export function describeChanges(before: HolderElection, after: HolderElection): string[] {
  const previous = new Map(before.grants.map((g) => [g.grantId, g]));
  const lines: string[] = [];
  for (const g of after.grants) {
    const was = previous.get(g.grantId)?.sharesTendered ?? 0;
    if (was === g.sharesTendered) continue;
    const why = g.raisedByLookback ? ' (required by the look-back rule)' : '';
    lines.push(`${g.grantId}: ${fmt(was)} -> ${fmt(g.sharesTendered)} shares tendered${why}`);
  }
  if (before.governingDocumentId !== after.governingDocumentId) {
    lines.push(after.governingDocumentId === null ? 'No document governs the election now.' : 'This holder\u2019s election is now governed by a different document.');
  }
  if (lines.length === 0) lines.push('No change to the election.');
  return lines;
}
