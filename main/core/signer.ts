// Who signed the paper, as the desk records it. A document marked "Not signed" has no signer: a
// name beside that tick would claim a signature the paper does not have (the window once filled
// in the holder's own name there by itself).
import { OfferDeskError } from './errors';
import type { DefectKind } from './types';

export const UNSIGNED_WITH_SIGNER =
  'A document marked "Not signed" cannot name a signer: clear "Signed by", or untick "Not signed" if the paper is signed.';

/** Why this signer entry cannot stand with these defects, or null when it can. */
export function signerProblem(defects: readonly DefectKind[], signedBy: string | null): string | null {
  const named = signedBy !== null && signedBy.trim() !== '';
  return named && defects.includes('unsigned') ? UNSIGNED_WITH_SIGNER : null;
}

/** Refuses an unsigned document that names a signer. */
export function checkSigner(defects: readonly DefectKind[], signedBy: string | null): void {
  const problem = signerProblem(defects, signedBy);
  if (problem !== null) throw new OfferDeskError('invalid-input', problem);
}
