// Which of the offer's settings a letter cannot do without. Every letter is signed by the officer,
// carries the company's address and tells the holder the fax number paper goes to; an offer set up
// with `init --company` starts with none of them, so producing a letter is refused until they are
// set. The one place this rule lives: the letter services ask it before building any letter.

/** The settings the rule reads (a subset of OfferSettings). */
export interface LetterheadSettings {
  cfoName: string;
  addressLines: readonly string[];
  fax: string;
}

interface Need {
  /** How the refusal names the setting. */
  what: string;
  /** The `offer-desk init` option that sets it. */
  option: string;
  /** Why a letter needs it, after "every letter". */
  why: string;
  missing: (s: LetterheadSettings) => boolean;
}

const NEEDS: readonly Need[] = [
  { what: "the officer's name", option: '--officer', why: 'is signed by the officer', missing: (s) => s.cfoName.trim() === '' },
  {
    what: "the company's address",
    option: '--address',
    why: 'carries the address',
    missing: (s) => s.addressLines.every((l) => l.trim() === ''),
  },
  { what: 'the fax number', option: '--fax', why: 'gives the fax number for replies', missing: (s) => s.fax.trim() === '' },
];

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** The refusal for producing a letter with these settings, or null when every letter can be made. */
export function letterheadProblem(s: LetterheadSettings): string | null {
  const missing = NEEDS.filter((n) => n.missing(s));
  if (missing.length === 0) return null;
  return (
    `Set ${joinAnd(missing.map((n) => n.what))} (Settings, or offer-desk init ${missing.map((n) => n.option).join('/')}) ` +
    `before producing letters: every letter ${joinAnd(missing.map((n) => n.why))}.`
  );
}
