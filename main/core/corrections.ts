// Which letters already produced about a document no longer fit it, and so call for a correction
// letter ("our confirmation of <date> was in error"). A letter is a fact of what the desk said;
// it is never withdrawn. Only a change between late and timely, or a void, makes one wrong: a
// confirmation already states that a later document supersedes the election it reports.
//
// THE SETTLING RULE (one place): a letter that no longer fits is settled by a LATER correction
// letter about the same document that fits the document as it stands now. A correction letter
// states the standing it was written for, so if the standing moves again (an extension voided
// after its correction went out), that correction letter is itself in error and a new one is due.

import type { DocumentStanding, LetterKind } from './types';

/** What a letter can say about a document: it counts (timely), it came too late, it was a keying mistake. */
export type LetterFooting = 'timely' | 'late' | 'void';

export function footingOf(standing: DocumentStanding): LetterFooting {
  return standing === 'void' || standing === 'late' ? standing : 'timely';
}

/**
 * Whether a letter of `kind` no longer fits a document standing as `standing`. A correction
 * letter fits when the standing it stated (`stated`) has the same footing as the standing now.
 */
export function letterNoLongerFits(kind: LetterKind, standing: DocumentStanding, stated?: DocumentStanding | null): boolean {
  const now = footingOf(standing);
  switch (kind) {
    case 'correction':
      return stated === undefined || stated === null ? false : footingOf(stated) !== now;
    case 'late-delivery':
      return now !== 'late';
    case 'confirmation':
    case 'irregularity':
      // A void document: whatever was said about it was said about a keying mistake.
      return now !== 'timely';
    case 'promise-to-grant':
      // Made after the close, when the record takes no more changes: no standing can move under it.
      return false;
  }
}

const LETTER_WORDS: Record<LetterKind, string> = {
  confirmation: 'confirmation',
  irregularity: 'irregularity notice',
  'late-delivery': 'late-delivery notice',
  correction: 'correction letter',
  'promise-to-grant': 'Promise to Grant',
};

/** Why, in words, for the queue and the preview. */
export function whyNoLongerFits(kind: LetterKind, standing: DocumentStanding): string {
  const letter = LETTER_WORDS[kind];
  if (standing === 'void') return `the ${letter} was about a document since voided`;
  if (kind === 'correction') return `the ${letter} no longer fits: the document is now ${standing === 'late' ? 'late' : 'timely'}`;
  if (standing === 'late') return `the ${letter} treated as timely a document that is now late`;
  return `the ${letter} said the document was late; it is now timely`;
}

/** A letter on record about one document, as the settling rule needs it. */
export interface LetterOnRecord {
  id: number;
  kind: LetterKind;
  /** For a correction letter, the document's standing it stated; else null. */
  stated: DocumentStanding | null;
}

/**
 * The letters about one document that are in error and not yet settled (see the settling rule
 * above), in the order they were produced. Empty: no correction letter is due.
 */
export function lettersInError<L extends LetterOnRecord>(letters: readonly L[], standing: DocumentStanding): L[] {
  const fits = (l: L) => !letterNoLongerFits(l.kind, standing, l.stated);
  const settledUpTo = Math.max(0, ...letters.filter((l) => l.kind === 'correction' && fits(l)).map((l) => l.id));
  return letters.filter((l) => !fits(l) && l.id > settledUpTo).sort((a, b) => a.id - b.id);
}
