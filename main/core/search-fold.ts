// How a typed search is compared with a roster: accents, case and width ignored, so "garcia"
// finds García and "angstrom" finds Ångström. One function, used by the desk's holder search
// (picker and Roster alike), so the two can never disagree about what matches.

// Letters that are not a base letter plus a combining mark, so decomposition leaves them alone.
const STANDALONE: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};
const STANDALONE_RE = new RegExp(`[${Object.keys(STANDALONE).join('')}]`, 'g');

/** Lower case, accents removed, compatibility forms (full-width, ligatures) unified, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(STANDALONE_RE, (c) => STANDALONE[c] ?? c)
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded: a holder matches when every word is found in its search key. */
export function searchWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}
