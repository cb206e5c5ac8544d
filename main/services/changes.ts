// "What changed" after a document is logged, in sentences the desk can read back to the holder.
import type { HolderElection } from '../core/types';

const fmt = (n: number): string => n.toLocaleString('en-US');

/** `documentId` is the document being logged (a placeholder id in a preview). */
export function describeChanges(before: HolderElection, after: HolderElection, documentId: number): string[] {
  const previous = new Map(before.grants.map((g) => [g.grantId, g]));
  const lines: string[] = [];
  for (const g of after.grants) {
    const was = previous.get(g.grantId)?.sharesTendered ?? 0;
    if (was === g.sharesTendered) continue;
    const why = g.raisedByLookback ? ' (required by the look-back rule)' : '';
    lines.push(`${g.grantId}: ${fmt(was)} -> ${fmt(g.sharesTendered)} shares tendered${why}`);
  }
  if (after.governingDocumentId === documentId) {
    lines.push('This document governs the holder\u2019s election.');
  } else {
    // Say why the new paper does not govern (late, defective, or an earlier receipt time).
    const own = after.documents.find((d) => d.documentId === documentId);
    if (own) lines.push(own.explanation);
  }
  if (lines.length === 0) lines.push('No change to the election.');
  return lines;
}
