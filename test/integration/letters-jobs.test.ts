// Producing a batch in the background, as the window does: started, watched by its count,
// cancelled, or recorded once — each letter typeset once, off the main thread, and recorded with
// the SHA-256 of its own PDF. Another window or process writing meanwhile never makes the batch
// record a letter that no longer says what the ledger says.
import { createHash } from 'node:crypto';
import { importRoster } from '../../main/services/holders';
import { describe, expect, it } from 'vitest';
import { parseLetterInput, renderLetter } from '../../main/letters';
import { voidDocument } from '../../main/services/corrections';
import { et, paperOnTheDesk, pdfOf } from './letters-desk-fixtures';
import { otherProcess } from './other-process';
import { pdfPageCount, pdfPagesText, pdfText, requirePoppler } from './letters-poppler';
import { windowCalls } from './window-calls';

requirePoppler();

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('a batch of letters produced in the background', () => {
  it('is recorded once, when every letter is rendered: each with the SHA-256 of its own PDF rendered again alone', async () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const w = windowCalls(d.desk);
    const before = d.desk.ledger.auditHead().seq;
    const started = w.ok('letters:start', { documentIds: [1, 2, 3, 4] });
    expect(started).toMatchObject({ state: 'rendering', done: 0, total: 4, batch: null, error: null });
    // Nothing is recorded while the letters are being made.
    expect(d.desk.ledger.letters()).toEqual([]);

    const batch = await d.desk.letters.finished(started.jobId);
    const view = w.ok('letters:job', { jobId: started.jobId });
    expect(view).toMatchObject({ state: 'done', done: 4, total: 4, error: null });
    expect(view.batch?.printRunId).toBe(batch.printRunId);

    const stored = d.desk.ledger.letters();
    expect(stored.map((l) => l.documentId)).toEqual([1, 2, 3, 4]);
    for (const letter of stored) {
      expect(sha256(renderLetter(parseLetterInput(JSON.parse(letter.inputJson))))).toBe(letter.pdfSha256);
    }
    expect(d.desk.ledger.printRuns()).toEqual([
      { id: 1, at: et('2003-03-31 12:00'), operator: 'mary.clerk', purpose: 'print', letterIds: [1, 2, 3, 4], pages: batch.pages, pdfSha256: batch.pdfSha256 },
    ]);
    expect(d.desk.ledger.auditEvents({ afterSeq: before }).map((e) => e.type)).toEqual([...Array(4).fill('letter.produced'), 'print-run.recorded']);

    // The printed PDF is those letters, each from a new page, numbered on its own.
    const pdf = pdfOf(batch.base64);
    expect(sha256(pdf)).toBe(batch.pdfSha256);
    expect(pdfPageCount(pdf)).toBe(batch.pages);
    const pages = pdfPagesText(pdf);
    let page = 0;
    for (const letter of batch.letters) {
      expect(pages[page]).toContain(`Dear ${letter.name}:`);
      expect(pages[page]).toContain(`Page 1 of ${letter.pages}`);
      page += letter.pages;
    }
    expect(page).toBe(pages.length);
    // The same letters reprinted give the same batch, byte for byte.
    expect(d.desk.letters.reprint(stored.map((l) => l.id)).pdfSha256).toBe(batch.pdfSha256);
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it('cancelled before it is recorded, records nothing at all', async () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const w = windowCalls(d.desk);
    const before = d.desk.ledger.counts();
    const head = d.desk.ledger.auditHead();
    const started = w.ok('letters:start', { documentIds: [1, 2, 3, 4] });
    expect(w.ok('letters:cancel', { jobId: started.jobId }).state).toBe('cancelled');
    await expect(d.desk.letters.finished(started.jobId)).rejects.toThrow('The batch was cancelled; nothing was recorded.');
    expect(w.ok('letters:job', { jobId: started.jobId })).toMatchObject({ state: 'cancelled', batch: null });
    expect(d.desk.ledger.counts()).toEqual(before);
    expect(d.desk.ledger.auditHead()).toEqual(head);
  });

  it('once recorded, cannot be cancelled; an unknown job is named', async () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const w = windowCalls(d.desk);
    const started = w.ok('letters:start', { documentIds: [2] });
    const batch = await d.desk.letters.finished(started.jobId);
    const r = w.call('letters:cancel', { jobId: started.jobId });
    expect(r.ok === false && r.error).toMatchObject({ code: 'conflict', message: `The batch is already recorded as print run ${batch.printRunId}; a recorded batch cannot be cancelled.` });
    const unknown = w.call('letters:job', { jobId: 99 });
    expect(unknown.ok === false && unknown.error.code).toBe('not-found');
  });

  it('refuses at once, recording nothing, what it could never print: an unknown document, a name no font has, no operator', async () => {
    const d = paperOnTheDesk();
    importRoster(d.desk.parts, 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares\nE9,Ra \u{13080} Scribe,ra@alpha.example,Thebes,123-45-6789,Z,1994,2001-01-01,1.0000,100');
    d.at('2003-03-28 15:05');
    const id = d.receive({ employeeId: 'E9', receivedAt: '2003-03-28 15:00' });
    const w = windowCalls(d.desk);
    const before = d.desk.ledger.counts();
    const missing = w.call('letters:start', { documentIds: [1, 77] });
    expect(missing.ok === false && missing.error.message).toBe('No document 77 in the ledger. Nothing was produced.');
    // A character no letter font has is found by the typesetter, in the worker: the job fails, naming the letter.
    const started = w.ok('letters:start', { documentIds: [1, id] });
    await expect(d.desk.letters.finished(started.jobId)).rejects.toThrow(`The letter about document ${id} (Ra \u{13080} Scribe): The letter cannot print \u{13080} (U+13080)`);
    expect(w.ok('letters:job', { jobId: started.jobId })).toMatchObject({ state: 'failed', error: { code: 'invalid-input' } });
    d.desk.setOperator(null);
    const anonymous = w.call('letters:start', { documentIds: [1] });
    expect(anonymous.ok === false && anonymous.error.message).toMatch(/^Say who is keying first/);
    expect(d.desk.ledger.counts()).toEqual(before);
  });

  it('another process records a newer form while the letters render: the letter recorded and printed says the newer form governs', async () => {
    const d = paperOnTheDesk();
    d.at('2003-03-26 09:05');
    const w = windowCalls(d.desk);
    const started = w.ok('letters:start', { documentIds: [1, 2] });
    // Zofia's newer form lands (another process) after the inputs were built, before anything is recorded.
    const newer = otherProcess(d, '2003-03-26 09:03', 'receive', 'E1', et('2003-03-26 09:00'), 'B:500');
    const batch = await d.desk.letters.finished(started.jobId);
    const [zofia, taro] = d.desk.ledger.letters();
    const input = JSON.parse(zofia?.inputJson ?? '{}') as { election: { governingDocument: { id: number } | null } };
    expect(input.election.governingDocument?.id).toBe(newer);
    expect(sha256(renderLetter(parseLetterInput(JSON.parse(zofia?.inputJson ?? '{}'))))).toBe(zofia?.pdfSha256);
    expect(sha256(renderLetter(parseLetterInput(JSON.parse(taro?.inputJson ?? '{}'))))).toBe(taro?.pdfSha256);
    const pages = pdfPagesText(pdfOf(batch.base64));
    expect(words(pages.slice(0, zofia?.pages).join(' '))).toContain('superseded by a later document');
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it('another window voids the document while the letters render: refused in plain words, nothing recorded', async () => {
    const d = paperOnTheDesk();
    d.at('2003-03-26 09:05');
    const w = windowCalls(d.desk);
    const other = d.reopen();
    const started = w.ok('letters:start', { documentIds: [1, 2] });
    voidDocument(other.parts, 1, 'Keyed against the wrong holder');
    const before = d.desk.ledger.counts();
    await expect(d.desk.letters.finished(started.jobId)).rejects.toThrow(/^No confirmation letter: document 1 is void \(Keyed against the wrong holder\); it gets no letter\. Nothing was produced\.$/);
    expect(w.ok('letters:job', { jobId: started.jobId })).toMatchObject({ state: 'failed', error: { code: 'invalid-input' } });
    expect(d.desk.ledger.counts()).toEqual(before);
    expect(pdfText).toBeDefined();
  });
});
