// The audit head (the last event's sequence number and hash) written down outside the ledger: in
// backup manifests, in the app's per-ledger state, in the footer of letters and on the results
// report. A copy kept elsewhere is what catches a ledger cut short or rolled back, which the hash
// chain alone cannot (see main/ledger/audit.ts). Pure: one spelling of the head, one way to read it.
import { OfferDeskError } from './errors';

export interface AnchorHead {
  seq: number;
  /** Lowercase hex SHA-256 of the event (64 characters). */
  hash: string;
}

/** An anchor as verify weighs it: the head and where it was found, in words ("a backup of 2003-03-28"). */
export interface NamedAnchor extends AnchorHead {
  /** Lowercase hex; may be a prefix (at least ANCHOR_MIN_HEX) when copied from paper. */
  hash: string;
  source: string;
}

/** How much of the hash paper shows: 16 hex characters (64 bits) are beyond forging by trial. */
export const ANCHOR_PRINTED_HEX = 16;
/** The shortest hash prefix accepted from paper; shorter would match a forged chain too easily. */
export const ANCHOR_MIN_HEX = 12;

/** "Ledger audit head: event 812 · 3f2a9c0d1e2b4a5f" — printed the same on every letter and report. */
export function formatAnchor(head: AnchorHead): string {
  return `Ledger audit head: event ${head.seq} \u00b7 ${head.hash.slice(0, ANCHOR_PRINTED_HEX)}`;
}

/** The head as typed for `verify --anchor`: "SEQ:HASH", the hash whole or its first 12+ characters. */
export function parseAnchorText(text: string): AnchorHead {
  const match = /^\s*(?:event\s*)?(\d+)\s*[:·\u00b7]\s*([0-9a-fA-F]+)\s*…?\s*$/.exec(text);
  const seq = match === null ? NaN : Number(match[1]);
  const hash = match?.[2]?.toLowerCase() ?? '';
  if (match === null || !Number.isSafeInteger(seq) || seq < 1 || hash.length < ANCHOR_MIN_HEX || hash.length > 64) {
    throw new OfferDeskError(
      'invalid-input',
      `--anchor must be SEQ:HASH as printed on a letter (an event number, a colon, and at least the first ${ANCHOR_MIN_HEX} characters of its hash), not "${text}".`,
    );
  }
  return { seq, hash };
}

/** Whether a full hash matches an anchor's (possibly shortened) hash. */
export function hashMatches(full: string, anchorHash: string): boolean {
  return full.toLowerCase().startsWith(anchorHash.toLowerCase());
}
