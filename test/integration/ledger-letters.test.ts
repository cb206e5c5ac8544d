// Letters, print runs and sent marks in the record book (format 2): each kept exactly as given with
// its audit event, anything inconsistent refused with nothing written, and any later edit made
// outside the app named by verify().

import { describe, expect, it } from 'vitest';
import type { Json } from '../../main/ledger/canonical-json';
import type { NewLetter } from '../../main/ledger/ledger';
import { DESK, at, election, expectRefusedAndUnchanged, newLedger, notice, tamper } from './ledger-fixtures';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

/** The fields the ledger checks of a letter's input; the rest is the renderer's business. */
function input(documentId: number, employeeId: string, kind: string, letterDate: string, extra: Record<string, Json> = {}): Json {
  return { ...extra, kind, letterDate, document: { id: documentId, kind: 'election' }, holder: { employeeId, name: 'x' } };
}

function letter(overrides: Partial<NewLetter> = {}): NewLetter {
  const base = { documentId: 1, employeeId: 'E001', kind: 'confirmation' as const, letterDate: '2003-03-21' };
  const merged = { ...base, ...overrides };
  return {
    ...merged,
    input: overrides.input ?? input(merged.documentId, merged.employeeId, merged.kind, merged.letterDate),
    pdfSha256: SHA_A,
    pages: 1,
    ...overrides,
  };
}

const PRODUCED = at('2003-03-21T14:00:00.000Z');

/** Ann's Election Form (document 1) and Bob's Notice (document 2), with a confirmation of each. */
function withLetters() {
  const fx = newLedger({ roster: true });
  fx.ledger.addDocument(election(), DESK);
  fx.ledger.addDocument(notice(), DESK);
  const letters = fx.ledger.addLetters([letter(), letter({ documentId: 2, employeeId: 'E002' })], PRODUCED);
  return { ...fx, letters };
}

describe('letters as produced', () => {
  it('a letter is kept with the exact input it was made from, as canonical JSON, and one audit event each', () => {
    const { ledger, letters } = withLetters();
    expect(letters.map((l) => [l.id, l.documentId, l.employeeId, l.kind, l.producedAt, l.operator])).toEqual([
      [1, 1, 'E001', 'confirmation', PRODUCED.at, 'mary.clerk'],
      [2, 2, 'E002', 'confirmation', PRODUCED.at, 'mary.clerk'],
    ]);
    // Keys sorted, no whitespace: the one spelling a later version can reproduce byte for byte.
    expect(letters[0]?.inputJson).toBe(
      '{"document":{"id":1,"kind":"election"},"holder":{"employeeId":"E001","name":"x"},"kind":"confirmation","letterDate":"2003-03-21"}',
    );
    expect(ledger.letters()).toEqual(letters);
    expect(ledger.letters({ documentId: 2 })).toEqual([letters[1]]);
    expect(ledger.letters({ ids: [2, 99, 1] }).map((l) => l.id)).toEqual([2, 1]);
    const events = ledger.auditEvents().slice(-2);
    expect(events.map((e) => e.type)).toEqual(['letter.produced', 'letter.produced']);
    expect(ledger.verify()).toEqual({ ok: true, events: ledger.auditHead().seq, problems: [] });
  });

  it('a letter whose input describes another document, holder, kind or date is refused, nothing written', () => {
    const { ledger } = withLetters();
    const cases: [NewLetter, RegExp][] = [
      [letter({ input: input(2, 'E001', 'confirmation', '2003-03-21') }), /input says document.id 2, but the letter is recorded as 1/],
      [letter({ input: input(1, 'E002', 'confirmation', '2003-03-21') }), /holder.employeeId "E002"/],
      [letter({ input: input(1, 'E001', 'late-delivery', '2003-03-21') }), /kind "late-delivery"/],
      [letter({ input: input(1, 'E001', 'confirmation', '2003-03-22') }), /letterDate "2003-03-22"/],
      [letter({ input: [1, 2] }), /input must be a JSON object/],
      [letter({ pdfSha256: 'ABC' }), /pdf sha256 must be 64 lowercase hexadecimal characters/],
      [letter({ pages: 0 }), /pages 0 must be a whole number of at least 1/],
      [letter({ letterDate: '2003-02-30', input: input(1, 'E001', 'confirmation', '2003-02-30') }), /not a calendar date/],
    ];
    for (const [bad, message] of cases) {
      const error = expectRefusedAndUnchanged(ledger, () => ledger.addLetters([letter(), bad], PRODUCED), 'invalid-input');
      expect(error.message).toMatch(message);
    }
  });

  it('a letter about a document that is not there, or addressed to someone else, is refused with the whole batch', () => {
    const { ledger } = withLetters();
    const missing = expectRefusedAndUnchanged(ledger, () => ledger.addLetters([letter(), letter({ documentId: 7 })], PRODUCED), 'not-found');
    expect(missing.message).toBe('No document 7 in the ledger. Nothing was recorded.');
    const wrong = expectRefusedAndUnchanged(ledger, () => ledger.addLetters([letter({ documentId: 2 })], PRODUCED), 'invalid-input');
    expect(wrong.message).toMatch(/document 2 is not from E001/);
  });
});

describe('print runs', () => {
  it('a printing is kept with its letters in order, its pages and the SHA-256 of the batch', () => {
    const { ledger } = withLetters();
    const run = ledger.addPrintRun({ purpose: 'print', letterIds: [2, 1], pages: 3, pdfSha256: SHA_B }, PRODUCED);
    expect(run).toEqual({ id: 1, at: PRODUCED.at, operator: 'mary.clerk', purpose: 'print', letterIds: [2, 1], pages: 3, pdfSha256: SHA_B });
    ledger.addPrintRun({ purpose: 'reprint', letterIds: [1], pages: 1, pdfSha256: SHA_A }, at('2003-03-25T14:00:00.000Z'));
    expect(ledger.printRuns().map((r) => [r.id, r.purpose, r.letterIds])).toEqual([
      [1, 'print', [2, 1]],
      [2, 'reprint', [1]],
    ]);
    expect(ledger.auditEvents().at(-1)?.payload).toEqual({
      rows: {
        print_runs: [{ id: 2, at: '2003-03-25T14:00:00.000Z', operator: 'mary.clerk', purpose: 'reprint', pages: 1, pdf_sha256: SHA_A }],
        print_run_letters: [{ print_run_id: 2, position: 0, letter_id: 1 }],
      },
    });
    expect(ledger.verify().ok).toBe(true);
  });

  it('a printing of letters never produced, of no letters, or of one letter twice is refused', () => {
    const { ledger } = withLetters();
    const run = { purpose: 'print' as const, pages: 2, pdfSha256: SHA_B };
    expect(expectRefusedAndUnchanged(ledger, () => ledger.addPrintRun({ ...run, letterIds: [1, 5] }, PRODUCED), 'not-found').message).toBe(
      'No letter 5 in the ledger. Nothing was recorded.',
    );
    expectRefusedAndUnchanged(ledger, () => ledger.addPrintRun({ ...run, letterIds: [] }, PRODUCED), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.addPrintRun({ ...run, letterIds: [1, 1] }, PRODUCED), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.addPrintRun({ ...run, letterIds: [1, 2], pages: 1 }, PRODUCED), 'invalid-input');
  });
});

describe('confirmations marked sent', () => {
  it('a confirmation is marked sent with the letter, the day and how, once', () => {
    const { ledger } = withLetters();
    const marks = ledger.markSent([{ documentId: 1, letterId: 1, sentOn: '2003-03-21', method: 'mail' }], at('2003-03-21T20:00:00.000Z'));
    expect(marks).toEqual([
      { documentId: 1, letterId: 1, sentOn: '2003-03-21', method: 'mail', recordedAt: '2003-03-21T20:00:00.000Z', operator: 'mary.clerk' },
    ]);
    expect(ledger.sentMarks()).toEqual(marks);
    expect(ledger.auditEvents().at(-1)?.type).toBe('confirmation.sent');
    const again = expectRefusedAndUnchanged(
      ledger,
      () => ledger.markSent([{ documentId: 2, letterId: 2, sentOn: '2003-03-21', method: 'fax' }, { documentId: 1, letterId: 1, sentOn: '2003-03-22', method: 'hand' }], PRODUCED),
      'conflict',
    );
    expect(again.message).toBe('Already marked sent: document 1 was marked sent on 2003-03-21 (mail). Nothing was recorded.');
    expect(ledger.sentMarks()).toHaveLength(1);
  });

  it('a sent mark naming another document’s letter, a courtesy notice, or a letter dated after the day sent is refused', () => {
    const { ledger } = withLetters();
    ledger.addLetters([letter({ kind: 'irregularity' })], PRODUCED);
    const mark = { documentId: 1, sentOn: '2003-03-21', method: 'mail' as const };
    expect(expectRefusedAndUnchanged(ledger, () => ledger.markSent([{ ...mark, letterId: 2 }], PRODUCED), 'invalid-input').message).toMatch(
      /letter 2 is not the confirmation or late-delivery notice \(or, for paper from someone not on the roster, the irregularity notice\) of document 1/,
    );
    expectRefusedAndUnchanged(ledger, () => ledger.markSent([{ ...mark, letterId: 3 }], PRODUCED), 'invalid-input');
    expect(expectRefusedAndUnchanged(ledger, () => ledger.markSent([{ ...mark, letterId: 1, sentOn: '2003-03-20' }], PRODUCED), 'invalid-input').message).toMatch(
      /letter 1 of document 1 is dated 2003-03-21, after 2003-03-20/,
    );
    expectRefusedAndUnchanged(ledger, () => ledger.markSent([{ ...mark, letterId: 1, method: 'pigeon' as 'mail' }], PRODUCED), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.markSent([{ ...mark, letterId: 1 }, { ...mark, letterId: 1 }], PRODUCED), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.markSent([{ ...mark, documentId: 9, letterId: 1 }], PRODUCED), 'not-found');
  });
});

describe('verify names letters and sent marks changed outside the app', () => {
  function sentLedger() {
    const fx = withLetters();
    fx.ledger.markSent([{ documentId: 1, letterId: 1, sentOn: '2003-03-24', method: 'mail' }], at('2003-03-24T20:00:00.000Z'));
    fx.ledger.addPrintRun({ purpose: 'print', letterIds: [1, 2], pages: 2, pdfSha256: SHA_B }, PRODUCED);
    expect(fx.ledger.verify().ok).toBe(true);
    fx.ledger.close();
    return fx;
  }
  const beyondTriggers = (problems: readonly string[]) => problems.filter((p) => !p.startsWith('the safeguard '));

  it('an edited letter input is named, with the audit event holding the original', () => {
    const fx = sentLedger();
    tamper(fx.path, "UPDATE letters SET input_json = json_set(input_json, '$.holder.name', 'Someone Else') WHERE id = 1");
    const report = fx.reopen().verify();
    expect(report.ok).toBe(false);
    expect(beyondTriggers(report.problems)).toEqual([
      'letter 1: input_json differs from audit event 7 from character 78: ' +
        '"…loyeeId\\":\\"E001\\",\\"name\\":\\"Someone Else\\"},\\"kind\\":\\"confi…" in the table, ' +
        '"…loyeeId\\":\\"E001\\",\\"name\\":\\"x\\"},\\"kind\\":\\"confirmation\\",\\"l…" in the event',
    ]);
  });

  it('a sent date moved outside the app is named, and so is a removed print run line', () => {
    const fx = sentLedger();
    tamper(fx.path, "UPDATE confirmations_sent SET sent_on = '2003-03-21' WHERE document_id = 1");
    tamper(fx.path, 'DELETE FROM print_run_letters WHERE print_run_id = 1 AND position = 1');
    const report = fx.reopen().verify();
    expect(beyondTriggers(report.problems)).toEqual([
      'print run 1, letter no. 2 is missing from the table (recorded by audit event 10)',
      'the sent mark of document 1: sent_on is "2003-03-21" in the table but "2003-03-24" in audit event 9',
    ]);
  });

  it('the guards of the new tables are checked too', () => {
    const fx = sentLedger();
    tamper(fx.path, 'SELECT 1');
    const problems = fx.reopen().verify().problems;
    expect(problems).toContain('the safeguard against edits of letters has been removed (trigger letters_no_update)');
    expect(problems).toContain('the safeguard against deletions of confirmations_sent has been removed (trigger confirmations_sent_no_delete)');
    expect(problems).toContain(
      'the safeguard that a sent mark names a confirming letter of that document, dated no later than the day sent has been removed (trigger confirmations_sent_name_their_letter)',
    );
  });
});
