// Finding holders as the desk types: by name, employee id or grant id (any part, accents and case
// ignored: core/search-fold.ts), or by the last four characters of the ID number (whole). One
// linear pass over precomputed folded keys, built once per snapshot, so a keystroke does not
// re-fold 100,000 names.
import { foldForSearch, searchWords } from '../core/search-fold';
import type { Holder } from '../core/types';
import type { Snapshot } from './snapshot';

interface SearchKey {
  /** Folded employee id, name and grant ids, separated by a character no folded query contains. */
  text: string;
  employeeId: string;
  idLast4: string;
}

// Built lazily: a snapshot that is never searched costs nothing. Keyed weakly, so it dies with it.
const keysBySnapshot = new WeakMap<Snapshot, SearchKey[]>();

function keysOf(snap: Snapshot): SearchKey[] {
  let keys = keysBySnapshot.get(snap);
  if (!keys) {
    keys = snap.holders.map((h) => {
      const grants = (snap.grantsByHolder.get(h.employeeId) ?? []).map((g) => foldForSearch(g.grantId));
      const employeeId = foldForSearch(h.employeeId);
      return { text: [employeeId, foldForSearch(h.name), ...grants].join('\n'), employeeId, idLast4: foldForSearch(h.idLast4) };
    });
    keysBySnapshot.set(snap, keys);
  }
  return keys;
}

/**
 * The holders matching `query`, in roster order except that a holder whose employee id is exactly
 * what was typed comes first: the first option offered is always the one typed.
 */
export function searchHolders(snap: Snapshot, query: string): Holder[] {
  const words = searchWords(query);
  if (words.length === 0) return snap.holders;
  const whole = words.join(' ');
  const keys = keysOf(snap);
  const found: Holder[] = [];
  let exact: Holder | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as SearchKey;
    const holder = snap.holders[i] as Holder;
    if (key.employeeId === whole) {
      exact = holder;
      continue;
    }
    if (key.idLast4 === whole || words.every((w) => key.text.includes(w))) found.push(holder);
  }
  return exact ? [exact, ...found] : found;
}
