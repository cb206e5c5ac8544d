// The Promise to Grant Stock Option(s) (Alpha's exhibit (a)(5)): after the close, one letter for
// every holder whose options were accepted, per old grant the shares cancelled on the cancellation
// date and the new option's shares (ratio applied, rounded down), the expected grant date, the
// price rule and the employment condition; produced, recorded, reprinted byte for byte like every
// other letter. Every PDF is read back with poppler.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetterInput, renderLetter } from '../../main/letters';
import { on } from '../support/desk-call';
import { expectRefusedAndUnchanged } from './ledger-fixtures';
import { pdfOf } from './letters-desk-fixtures';
import { pdfPagesText, pdfText, requirePoppler, saveFirstPagePng } from './letters-poppler';
import { closedOffer, expiredOffer } from './promise-fixtures';

requirePoppler();

const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** pdftotext breaks lines where the letter wraps them; compare words, not line breaks. */
const words = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Each letter's text, by employee id, from a batch: laid out as printed (a table row stays on one
 * line), then compared as words.
 */
function lettersText(pdf: Buffer, letters: readonly { employeeId: string; pages: number }[]): Map<string, string> {
  const out = new Map<string, string>();
  let page = 1;
  for (const l of letters) {
    out.set(l.employeeId, words(pdfText(pdf, { layout: true, first: page, last: page + l.pages - 1 })));
    page += l.pages;
  }
  expect(pdfPagesText(pdf).length).toBe(page - 1);
  return out;
}

describe('Promise to Grant letters', () => {
  it('after the close, every holder whose options were accepted is listed with what the promise will say; the holder who declined is not', () => {
    const d = closedOffer();
    const queue = on(d.desk)('promises:list', {});
    expect(queue.closing).toMatchObject({ cancellationDate: '2003-04-01', newGrantDate: '2003-10-02', closedBy: 'James Polakiewicz' });
    expect(queue.rows.map((r) => [r.employeeId, r.documentId, r.grants, r.sharesCancelled, r.newShares, r.letter])).toEqual([
      ['E1', d.docs.zofia, 2, 1300, 1300, null],
      ['E2', d.docs.taro, 1, 2000, 2000, null],
      ['E3', d.docs.patrick, 1, 1501, 750, null],
    ]);
    expect(queue.toMake).toBe(3);
    expect(queue.withoutPromise).toBe(1);
  });

  it('one letter per participating holder: each grant cancelled with its shares, the new option shares (1:2 rounded down), the dates, the price rule and the employment condition', () => {
    const d = closedOffer();
    const batch = d.desk.letters.produce([d.docs.zofia, d.docs.taro, d.docs.patrick], { kind: 'promise-to-grant' });
    expect(batch.letters.map((l) => [l.employeeId, l.kind, l.letterDate, l.documentId])).toEqual([
      ['E1', 'promise-to-grant', '2003-04-02', d.docs.zofia],
      ['E2', 'promise-to-grant', '2003-04-02', d.docs.taro],
      ['E3', 'promise-to-grant', '2003-04-02', d.docs.patrick],
    ]);
    const text = lettersText(pdfOf(batch.base64), batch.letters);
    for (const [id, t] of text) {
      expect(t, id).toContain('Promise to Grant Stock Option(s) under the Offer to Exchange Options of Alpha Technologies Group, Inc.');
      expect(t, id).toContain('Cancelled on April 1, 2003');
      expect(t, id).toContain('on or about October 2, 2003');
      expect(t, id).toContain('New grant date October 2, 2003 (expected), for options on');
      expect(t, id).toContain('rounded down to a whole share');
      expect(t, id).toContain('closing market price of the Company’s common stock on the New Grant Date');
      expect(t, id).toContain('vest on the same schedule as the cancelled option it replaces');
      expect(t, id).toContain('conditioned on your continued employment with the Company or one of its subsidiaries through the New Grant Date');
      expect(t, id).toContain('not a guarantee of employment');
      expect(t, id).toContain('James Polakiewicz');
    }
    // Zofia: A tendered, C carried along by the look-back rule, B kept (not in the letter).
    const zofia = text.get('E1') ?? '';
    expect(zofia).toContain('Dear Zofia Łukasiewicz:');
    expect(zofia).toMatch(/A 1994 Jan 15, 2000 \$12\.5000 1,000 1 ?: ?1 1,000/);
    expect(zofia).toMatch(/C 1994 Sep 16, 2002 \$2\.1000 300 1 ?: ?1 300/);
    expect(zofia).toMatch(/Total 1,300 .*1,300/);
    expect(zofia).not.toMatch(/\bB 1985\b/);
    const taro = text.get('E2') ?? '';
    expect(taro).toMatch(/D 1994 May 7, 2001 \$7\.4400 2,000 1 ?: ?1 2,000/);
    // Patrick: 1,501 old shares of the 1985 plan at 1 new for 2 old: 750 (not 750.5, not 751).
    const patrick = text.get('E3') ?? '';
    expect(patrick).toMatch(/E 1985 Feb 1, 1999 \$20\.0000 1,501 1 ?: ?2 750/);
    expect(patrick).toContain('purchase 750 shares');
    // The stored input records the close's dates and every figure.
    const stored = d.desk.ledger.letters().map((l) => parseLetterInput(JSON.parse(l.inputJson)));
    expect(stored[2]).toMatchObject({
      kind: 'promise-to-grant',
      cancellationDate: '2003-04-01',
      newGrantDate: '2003-10-02',
      grants: [{ grantId: 'E', sharesCancelled: 1501, ratioNew: 1, ratioOld: 2, newShares: 750 }],
    });
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it('a reprint is byte for byte the letters first printed, with the same SHA-256', () => {
    const d = closedOffer();
    const first = d.desk.letters.produce([d.docs.zofia, d.docs.patrick], { kind: 'promise-to-grant' });
    d.at('2003-05-15 09:00');
    const again = on(d.desk)('letters:reprint', { letterIds: first.letters.map((l) => l.id) });
    expect(again.purpose).toBe('reprint');
    expect(again.pdfSha256).toBe(first.pdfSha256);
    expect(pdfOf(again.base64).equals(pdfOf(first.base64))).toBe(true);
    for (const letter of d.desk.ledger.letters()) {
      expect(sha256(renderLetter(parseLetterInput(JSON.parse(letter.inputJson))))).toBe(letter.pdfSha256);
    }
  });

  it('the preview is byte for byte the letter produced the same day', () => {
    const d = closedOffer();
    const preview = on(d.desk)('letters:preview', { documentId: d.docs.patrick, kind: 'promise-to-grant' });
    expect(preview.kind).toBe('promise-to-grant');
    const batch = d.desk.letters.produce([d.docs.patrick], { kind: 'promise-to-grant' });
    expect(sha256(pdfOf(preview.base64))).toBe(batch.letters[0]?.pdfSha256);
    // One page, looked at: saved for the README only when asked (UPDATE_SCREENSHOTS=1).
    saveFirstPagePng(pdfOf(preview.base64), 'promise-to-grant');
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const docs = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
      mkdirSync(docs, { recursive: true });
      const pdfPath = resolve(docs, 'promise-to-grant.tmp.pdf');
      writeFileSync(pdfPath, pdfOf(preview.base64));
      try {
        execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', '-f', '1', '-l', '1', pdfPath, resolve(docs, 'promise-to-grant')]);
      } finally {
        rmSync(pdfPath, { force: true });
      }
    }
  });

  it('produced in the background like any batch of letters, with its count, and recorded at the end', async () => {
    const d = closedOffer();
    const job = on(d.desk)('letters:start', { documentIds: [d.docs.taro, d.docs.zofia], kind: 'promise-to-grant' });
    expect(job.total).toBe(2);
    const batch = await d.desk.letters.finished(job.jobId);
    expect(batch.letters.map((l) => [l.employeeId, l.kind])).toEqual([
      ['E2', 'promise-to-grant'],
      ['E1', 'promise-to-grant'],
    ]);
    expect(on(d.desk)('letters:job', { jobId: job.jobId }).state).toBe('done');
    expect(on(d.desk)('promises:list', {}).toMake).toBe(1);
  });

  it('before the close no Promise to Grant is made, in plain words, and nothing is written', () => {
    const d = expiredOffer();
    expect(on(d.desk)('promises:list', {})).toEqual({ closing: null, rows: [], toMake: 0, nextBatch: [], withoutPromise: 0 });
    const refusal = expectRefusedAndUnchanged(d.desk.ledger, () => on(d.desk)('letters:produce', { documentIds: [d.docs.taro], kind: 'promise-to-grant' }), 'conflict');
    expect(refusal.message).toBe('Promise to Grant letters are made at the close: the offer is not closed yet.');
    expect(() => on(d.desk)('letters:preview', { documentId: d.docs.taro, kind: 'promise-to-grant' })).toThrow('the offer is not closed yet');
    expect(() => on(d.desk)('letters:start', { documentIds: [d.docs.taro], kind: 'promise-to-grant' })).toThrow('the offer is not closed yet');
  });

  it('a holder is promised once: a second production is refused and the first letter is offered as a reprint', () => {
    const d = closedOffer();
    const first = d.desk.letters.produce([d.docs.taro], { kind: 'promise-to-grant' });
    d.at('2003-04-03 09:00');
    const refusal = expectRefusedAndUnchanged(d.desk.ledger, () => on(d.desk)('letters:produce', { documentIds: [d.docs.zofia, d.docs.taro], kind: 'promise-to-grant' }), 'conflict');
    expect(refusal.message).toContain(`田中 太郎 was already sent a Promise to Grant (letter ${first.letters[0]?.id}, dated 2003-04-02); reprint that letter from the print history instead.`);
    const row = on(d.desk)('promises:list', {}).rows.find((r) => r.employeeId === 'E2');
    expect(row?.letter).toMatchObject({ id: first.letters[0]?.id, kind: 'promise-to-grant', letterDate: '2003-04-02' });
  });

  it('holders who declined get none, and only the governing Election Form is the document a promise is about', () => {
    const d = closedOffer();
    const declined = expectRefusedAndUnchanged(d.desk.ledger, () => d.desk.letters.produce([d.docs.anders], { kind: 'promise-to-grant' }), 'invalid-input');
    expect(declined.message).toContain('Anders Ångström (E4) had no options accepted in the offer, so gets no Promise to Grant');
    const produced = d.desk.letters.produce([d.docs.zofia, d.docs.taro, d.docs.patrick], { kind: 'promise-to-grant' });
    expect(produced.letters.map((l) => l.employeeId)).not.toContain('E4');
    expect(d.desk.ledger.letters().filter((l) => l.employeeId === 'E4')).toEqual([]);
  });

  it('a promise is never a reply to a document, and a promise on record never makes a confirmation look in error', () => {
    const d = closedOffer();
    d.desk.letters.produce([d.docs.taro], { kind: 'promise-to-grant' });
    const row = on(d.desk)('confirmations:list', { filter: 'all' }).rows.find((r) => r.documentId === d.docs.taro);
    expect(row?.status).not.toBe('correction-due');
    expect(row?.letters.map((l) => l.kind)).toEqual(['promise-to-grant']);
    expect(() => on(d.desk)('confirmations:markSent', { documentIds: [d.docs.taro], sentOn: '2003-04-02', method: 'mail' })).toThrow(/no confirmation of document/);
    expect(pdfText(pdfOf(on(d.desk)('letters:preview', { documentId: d.docs.taro }).base64))).toContain('Confirmation');
  });
});
