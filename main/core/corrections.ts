// Which letters already produced about a document no longer fit it, and so call for a correction
// letter ("our confirmation of <date> was in error"). A letter is a fact of what the desk said;
// it is never withdrawn. Only a change between late and timely, or a void, makes one wrong: a
// confirmation already states that a later document supersedes the election it reports.

import type { DocumentStanding, LetterKind } from './types';

export function letterNoLongerFits(kind: LetterKind, standing: DocumentStanding): boolean {
  // A void document: whatever was said about it was said about a keying mistake.
  if (standing === 'void') return true;
  if (standing === 'late') return kind === 'confirmation' || kind === 'irregularity';
  return kind === 'late-delivery';
}

/** Why, in words, for the queue and the preview. */
export function whyNoLongerFits(kind: LetterKind, standing: DocumentStanding): string {
  const letter = kind === 'late-delivery' ? 'late-delivery notice' : kind === 'irregularity' ? 'irregularity notice' : 'confirmation';
  if (standing === 'void') return `the ${letter} was about a document since voided`;
  if (standing === 'late') return `the ${letter} treated as timely a document that is now late`;
  return `the ${letter} said the document was late; it is now timely`;
}
