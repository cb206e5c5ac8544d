// The one rule that settles a "correction due" flag (core/corrections.ts).
import { describe, expect, it } from 'vitest';
import { letterNoLongerFits, lettersInError } from '../../main/core/corrections';

describe('a letter in error is settled by a later correction letter that fits the document as it stands', () => {
  it('a confirmation of a document since voided is due until a correction letter stating "void" follows it', () => {
    const confirmation = { id: 1, kind: 'confirmation' as const, stated: null };
    expect(lettersInError([confirmation], 'void')).toEqual([confirmation]);
    expect(lettersInError([confirmation, { id: 2, kind: 'correction', stated: 'void' }], 'void')).toEqual([]);
  });

  it('a correction letter that called the document timely is itself in error once the document is late again', () => {
    const notice = { id: 1, kind: 'late-delivery' as const, stated: null };
    const correction = { id: 2, kind: 'correction' as const, stated: 'governing' as const };
    expect(lettersInError([notice, correction], 'superseded')).toEqual([]);
    expect(lettersInError([notice, correction], 'late')).toEqual([correction]);
  });

  it('a correction letter states a footing (timely, late or void): a later document superseding it does not make it wrong', () => {
    expect(letterNoLongerFits('correction', 'superseded', 'governing')).toBe(false);
    expect(letterNoLongerFits('correction', 'defective', 'governing')).toBe(false);
    expect(letterNoLongerFits('correction', 'late', 'governing')).toBe(true);
  });
});
