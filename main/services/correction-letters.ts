// Which letters on record are in error and not yet settled by a correction letter, document by
// document. The rule itself is core's (lettersInError in core/corrections.ts); this reads the
// standing a correction letter stated out of its stored input.
import { lettersInError } from '../core/corrections';
import { DOCUMENT_STANDINGS, type DocumentStanding } from '../core/types';
import type { LetterRecord as StoredLetter } from '../ledger/ledger';

/** The standing a correction letter stated (from its stored input); null for any other letter. */
export function statedStanding(letter: StoredLetter): DocumentStanding | null {
  if (letter.kind !== 'correction') return null;
  try {
    const input: unknown = JSON.parse(letter.inputJson);
    const standing = typeof input === 'object' && input !== null && 'standing' in input ? input.standing : null;
    return DOCUMENT_STANDINGS.find((s) => s === standing) ?? null;
  } catch {
    // verify reports a damaged input; here it simply states nothing.
    return null;
  }
}

export interface LetterInErrorOnRecord {
  id: number;
  kind: StoredLetter['kind'];
  letterDate: StoredLetter['letterDate'];
  stated: DocumentStanding | null;
}

function onRecord(letter: StoredLetter): LetterInErrorOnRecord {
  return { id: letter.id, kind: letter.kind, letterDate: letter.letterDate, stated: statedStanding(letter) };
}

/** The letters about one document in error while it stands as `standing`. */
export function inErrorFor(letters: readonly StoredLetter[], standing: DocumentStanding): LetterInErrorOnRecord[] {
  return lettersInError(letters.map(onRecord), standing);
}

/** Document id -> its letters in error, for every document that has any. */
export function inErrorByDocument(letters: readonly StoredLetter[], standingOf: (documentId: number) => DocumentStanding | undefined): Map<number, LetterInErrorOnRecord[]> {
  const byDocument = new Map<number, StoredLetter[]>();
  for (const l of letters) byDocument.set(l.documentId, [...(byDocument.get(l.documentId) ?? []), l]);
  const out = new Map<number, LetterInErrorOnRecord[]>();
  for (const [documentId, list] of byDocument) {
    const standing = standingOf(documentId);
    if (standing === undefined) continue;
    const wrong = inErrorFor(list, standing);
    if (wrong.length > 0) out.set(documentId, wrong);
  }
  return out;
}
