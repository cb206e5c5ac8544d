// The one text rule (main/core/text.ts), in the CFO's words: what a text from outside must be
// before it can be put on the record, and how a roster file's bytes become text.
import { describe, expect, it } from 'vitest';
import { OfferDeskError } from '../../main/core/errors';
import {
  NAME_MAX,
  QUOTE_MAX,
  REASON_MAX,
  checkText,
  decodeRosterBytes,
  firstInvalidUtf8,
  isWellFormedText,
  quoteText,
  textProblem,
} from '../../main/core/text';

const NAME = { label: 'the name', max: NAME_MAX };
const REASON = { label: 'the reason', max: REASON_MAX, lines: 'many' as const };

function refusal(fn: () => unknown): OfferDeskError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OfferDeskError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a text is accepted only when the hash and the stored bytes can never disagree', () => {
  it('a lone UTF-16 surrogate (high or low) is refused, naming the field and where it is', () => {
    expect(textProblem('Alpha\uD800 Corp', NAME)).toBe(
      'the name is not well-formed Unicode: it holds a lone UTF-16 surrogate (U+D800) at character 6; type it again',
    );
    expect(textProblem('\uDC00', NAME)).toMatch(/lone UTF-16 surrogate \(U\+DC00\) at character 1/);
    expect(textProblem('ab\uDBFF', NAME)).toMatch(/U\+DBFF/);
    expect(isWellFormedText('x\uD800')).toBe(false);
  });

  it('a surrogate pair (an emoji, a rare CJK character) is fine and counts as one character', () => {
    expect(textProblem('Ra \u{13080} Scribe 😀', NAME)).toBeNull();
    expect(textProblem('😀'.repeat(NAME_MAX), NAME)).toBeNull();
    expect(textProblem('😀'.repeat(NAME_MAX + 1), NAME)).toBe('the name is 201 characters long; the limit is 200');
  });

  it('accents, apostrophes and any script are kept as written', () => {
    for (const s of ["Patrick O'Brien", 'Zofia Łukasiewicz', '田中 太郎', 'Anders Ångström', 'José García-Márquez']) {
      expect(textProblem(s, NAME)).toBeNull();
    }
  });

  it('control characters are refused: tab, NUL, escape, DEL and the C1 range', () => {
    for (const c of ['\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(textProblem(`Ann${c}Lee`, NAME), JSON.stringify(c)).toMatch(/^the name contains .* at character 4; remove it/);
    }
    expect(textProblem('Ann\tLee', NAME)).toBe('the name contains a tab (U+0009) at character 4; remove it (it must be one line)');
  });

  it('a name is one line; a written reason may have line breaks but still no other control character', () => {
    expect(textProblem('Ann\nLee', NAME)).toBe('the name contains a line break (U+000A) at character 4; remove it (it must be one line)');
    expect(textProblem('Fax machine broke.\r\nPaper arrived on time.', REASON)).toBeNull();
    expect(textProblem('Broke.\n\tIndented', REASON)).toBe('the reason contains a tab (U+0009) at character 8; remove it (line breaks are fine here)');
  });

  it('names and signer stop at 200 characters, reasons at 2,000', () => {
    expect(textProblem('x'.repeat(200), NAME)).toBeNull();
    expect(textProblem('x'.repeat(201), NAME)).toBe('the name is 201 characters long; the limit is 200');
    expect(textProblem('x'.repeat(2000), REASON)).toBeNull();
    expect(textProblem('x'.repeat(2001), REASON)).toBe('the reason is 2,001 characters long; the limit is 2,000');
  });

  it('a refusal is an invalid-input error whose message never holds the text', () => {
    const secret = 'Alpha\uD800 Corp with a long tail that nobody should see again in a message';
    const e = refusal(() => checkText(secret, NAME));
    expect(e.code).toBe('invalid-input');
    expect(e.message).not.toContain('Alpha');
    expect(e.message).toMatch(/^The name is not well-formed Unicode/);
  });

  it('a message quotes at most 60 characters of a value, escaping control characters', () => {
    expect(quoteText('short')).toBe('"short"');
    const long = quoteText('y'.repeat(10_000));
    expect(long.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    expect(long).toBe(`"${'y'.repeat(57)}..."`);
    expect(quoteText('a\tb\uD800')).toBe('"a\\u0009b\\ud800"');
  });
});

describe('a roster file is read as strict UTF-8 from its bytes', () => {
  const header = 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares\n';
  const good = 'E1,José García,jose@alpha.example,Pelham NH,912-34-5678,A,1994,2000-01-15,12.5000,1000\n';

  it('UTF-8 with or without a byte-order mark is read as written', () => {
    const bytes = Buffer.from(header + good, 'utf8');
    expect(decodeRosterBytes(bytes)).toBe(header + good);
    expect(decodeRosterBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(header + good);
  });

  it('a Windows "CSV" (cp1252) is refused with "save it as CSV UTF-8", naming the first bad line, never guessed', () => {
    const latin1 = Buffer.from(header + 'E0,Ann Lee,ann@alpha.example,Pelham NH,912-34-5670,Z,1994,2000-01-15,1.0000,10\n' + good, 'latin1');
    const e = refusal(() => decodeRosterBytes(latin1));
    expect(e.code).toBe('roster-invalid');
    expect(e.message).toContain('save it as CSV UTF-8');
    expect(e.message).toContain('line 3 is the first line that is not UTF-8');
    expect(e.details).toEqual(['line 3: not UTF-8 (byte 174 of the file); save the file as CSV UTF-8']);
    expect(e.message + e.details.join('')).not.toContain('912-34-5678');
  });

  it('a UTF-16 ("Unicode text") file is refused, saying so', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, 'utf16le')]);
    const e = refusal(() => decodeRosterBytes(utf16));
    expect(e.message).toMatch(/UTF-16.*line 1 is the first line that is not UTF-8.*save it as CSV UTF-8/);
  });

  it('the UTF-8 check follows the standard: overlong forms, encoded surrogates and truncated sequences are invalid', () => {
    expect(firstInvalidUtf8(Buffer.from('aé田😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // U+D800 encoded
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // beyond U+10FFFF
  });
});
