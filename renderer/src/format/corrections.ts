// Words for what a void or correction does: the holder's election before -> after, and which
// documents change standing. The judging is the desk's (core, through the previews); this only
// puts its answers into the sentences a confirmation restates.
import { footingOf } from '../../../main/core/corrections';
import type { HolderElection } from '../../../main/core/types';
import type { LetterToCorrect, StandingChange } from '../../../main/ipc/dto';
import { LETTER_KIND_LABEL } from './letters';
import { formatShares } from './numbers';
import { formatCalendarDate } from './time';

/** "tenders 1,300 of 1,800 shares (2 of 3 grants)" / "tenders nothing". */
export function electionInWords(election: HolderElection): string {
  const eligible = election.grants.reduce((s, g) => s + g.sharesEligible, 0);
  const tendered = election.grants.reduce((s, g) => s + g.sharesTendered, 0);
  const grants = election.grants.filter((g) => g.sharesTendered > 0).length;
  if (tendered === 0) return 'tenders nothing';
  const all = election.state === 'tendered-all' ? 'all ' : '';
  return `tenders ${all}${formatShares(tendered)} of ${formatShares(eligible)} shares (${grants} of ${election.grants.length} grants)`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 documents become late; 1 becomes timely" — or "no document changes standing". */
export function standingSummary(affected: readonly StandingChange[]): string {
  const counts = { late: 0, timely: 0, void: 0, other: 0 };
  for (const c of affected) {
    const before = footingOf(c.before);
    const after = footingOf(c.after);
    if (after !== before) counts[after] += 1;
    else counts.other += 1;
  }
  const parts = [
    counts.late > 0 ? `${plural(counts.late, 'document becomes', 'documents become')} late` : '',
    counts.timely > 0 ? `${plural(counts.timely, 'document becomes', 'documents become')} timely` : '',
    counts.void > 0 ? `${plural(counts.void, 'document becomes', 'documents become')} void` : '',
    counts.other > 0 ? `${plural(counts.other, 'other document changes', 'other documents change')} standing` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'no document changes standing' : parts.join('; ');
}

/** "Confirmation of Mar 17, 2003 (letter 2)". */
export function letterInWords(l: LetterToCorrect): string {
  return `${LETTER_KIND_LABEL[l.kind]} of ${formatCalendarDate(l.letterDate)} (letter ${l.letterId})`;
}

/** Every letter already produced that the change makes wrong. */
export function lettersMadeWrong(affected: readonly StandingChange[]): LetterToCorrect[] {
  return affected.flatMap((c) => c.lettersToCorrect);
}
