// The one rule for "does this holder match what was typed": accents, case and width do not matter.
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from '../../main/core/search-fold';

describe('search folding', () => {
  it('"garcia" finds García and "angstrom" finds Ångström: accents and case are ignored', () => {
    expect(foldForSearch('José García-Márquez')).toBe('jose garcia-marquez');
    expect(foldForSearch('Anders Ångström')).toBe('anders angstrom');
    expect(foldForSearch('GARCÍA')).toBe(foldForSearch('garcia'));
  });

  it('letters that are not an accented base letter still fold: Łukasiewicz, Øster, Straße, Æsir', () => {
    expect(foldForSearch('Zofia Łukasiewicz')).toBe('zofia lukasiewicz');
    expect(foldForSearch('Øster')).toBe('oster');
    expect(foldForSearch('Straße')).toBe('strasse');
    expect(foldForSearch('Æsir')).toBe('aesir');
  });

  it('full-width letters and digits typed from an Asian keyboard match their plain forms; other scripts stay', () => {
    expect(foldForSearch('Ｅ００３２')).toBe('e0032');
    expect(foldForSearch('田中 太郎')).toBe('田中 太郎');
  });

  it('spaces and control characters collapse, so a pasted name with a tab still matches', () => {
    expect(searchWords('  García\t márquez ')).toEqual(['garcia', 'marquez']);
    expect(searchWords('   ')).toEqual([]);
  });
});
