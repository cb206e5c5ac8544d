// Which letter answers a document, so that marking "sent" means the Offer's promise was kept: "Alpha
// will send a confirmation within five business days of receipt". A timely document is answered by
// its confirmation, a late one by the late-delivery notice. Paper from someone not on the roster is
// owed no confirmation (the promise is to holders); its irregularity notice, telling the sender why
// it has no effect, is what answers it. For anyone else the irregularity notice is only a courtesy.
import type { DefectKind, LetterKind } from './types';

export function letterAnswersDocument(kind: LetterKind, documentDefects: readonly DefectKind[]): boolean {
  if (kind === 'confirmation' || kind === 'late-delivery') return true;
  return kind === 'irregularity' && documentDefects.includes('not-on-roster');
}
