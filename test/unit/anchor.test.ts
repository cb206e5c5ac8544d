// The audit head as printed on paper and as typed back for `verify --anchor`: one spelling.
import { describe, expect, it } from 'vitest';
import { formatAnchor, hashMatches, parseAnchorText } from '../../main/core/anchor';
import { OfferDeskError } from '../../main/core/errors';

const HASH = '3f2a9c0d1e2b4a5f' + '0'.repeat(48);

describe('the audit head on paper', () => {
  it('prints the event number and the first 16 characters of its hash', () => {
    expect(formatAnchor({ seq: 812, hash: HASH })).toBe('Ledger audit head: event 812 · 3f2a9c0d1e2b4a5f');
  });

  it('reads back what a person copies from a letter: SEQ:HASH, the hash whole or its first 12 or more characters', () => {
    expect(parseAnchorText('812:3f2a9c0d1e2b4a5f')).toEqual({ seq: 812, hash: '3f2a9c0d1e2b4a5f' });
    expect(parseAnchorText('event 812 · 3F2A9C0D1E2B')).toEqual({ seq: 812, hash: '3f2a9c0d1e2b' });
    expect(parseAnchorText(`812:${HASH}`).hash).toBe(HASH);
    expect(hashMatches(HASH, '3f2a9c0d1e2b')).toBe(true);
    expect(hashMatches(HASH, '3f2a9c0d1e2c')).toBe(false);
  });

  it('refuses a head too short to prove anything, or not a head at all, saying what is expected', () => {
    for (const text of ['812:3f2a', '812', 'abc:3f2a9c0d1e2b4a5f', '0:3f2a9c0d1e2b4a5f', '812:3f2a9c0d1e2b4a5g']) {
      expect(() => parseAnchorText(text)).toThrow(OfferDeskError);
    }
  });
});
