// Producing letters through the desk: one PDF for the printer with every letter on a new page,
// each letter's input and SHA-256 kept in the ledger, reprints byte for byte the same however the
// ledger moved on since, and a letter whose stored input was changed outside the app never handed
// out. Every PDF is read back with poppler.
import { createHash } from 'node:crypto';
import { importRoster } from '../../main/services/holders';
import { on } from '../support/desk-call';
import { describe, expect, it } from 'vitest';
import { parseLetterInput, renderLetter } from '../../main/letters';
import { et, paperOnTheDesk, pdfOf } from './letters-desk-fixtures';
import { tamper } from './ledger-fixtures';
import { pdfPageCount, pdfPagesText, pdfText, requirePoppler, saveFirstPagePng } from './letters-poppler';

requirePoppler();

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** pdftotext breaks lines where the letter wraps them; compare words, not line breaks. */
const words = (text: string) => text.replace(/\s+/g, ' ');

describe('producing letters for the printer', () => {
  it('four due documents become one PDF: each letter starts on a new page, its pages numbered on its own', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const batch = d.desk.letters.produce([1, 2, 3, 4]);
    const pdf = pdfOf(batch.base64);
    expect(sha256(pdf)).toBe(batch.pdfSha256);
    expect(pdfPageCount(pdf)).toBe(batch.pages);
    expect(batch.letters.map((l) => [l.documentId, l.name, l.kind, l.letterDate])).toEqual([
      [1, 'Zofia Łukasiewicz', 'confirmation', '2003-03-31'],
      [2, '田中 太郎', 'confirmation', '2003-03-31'],
      [3, "Patrick O'Brien", 'confirmation', '2003-03-31'],
      [4, 'Anders Ångström', 'confirmation', '2003-03-31'],
    ]);
    // Walk the pages: every letter opens with its letterhead and its holder's salutation on a fresh page.
    const pages = pdfPagesText(pdf);
    let page = 0;
    for (const letter of batch.letters) {
      const first = pages[page] ?? '';
      expect(first, `letter ${letter.id} starts on page ${page + 1}`).toContain(`Dear ${letter.name}:`);
      expect(first).toContain('Alpha Technologies Group, Inc.');
      expect(first).toContain(`Page 1 of ${letter.pages}`);
      for (let p = 1; p < letter.pages; p++) expect(pages[page + p]).not.toContain('Dear ');
      page += letter.pages;
    }
    expect(page).toBe(pages.length);
    // The holder with 40 grants has every grant in the letter.
    const anders = words(pages.slice(page - (batch.letters[3]?.pages ?? 0)).join(' '));
    for (let n = 1; n <= 40; n++) expect(anders).toContain(`G-${String(n).padStart(3, '0')} `);
    expect(batch.letters[3]?.pages).toBeGreaterThanOrEqual(2);
  });

  it('each letter and the print run are recorded in one go, with the exact input and the SHA-256 of the letter alone', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const before = d.desk.ledger.auditHead().seq;
    const batch = d.desk.letters.produce([2, 1]);
    const stored = d.desk.ledger.letters();
    expect(stored.map((l) => [l.id, l.documentId, l.kind, l.letterDate, l.producedAt, l.operator])).toEqual([
      [1, 2, 'confirmation', '2003-03-31', et('2003-03-31 12:00'), 'mary.clerk'],
      [2, 1, 'confirmation', '2003-03-31', et('2003-03-31 12:00'), 'mary.clerk'],
    ]);
    for (const letter of stored) {
      // The stored input renders, alone, to exactly the recorded SHA-256.
      expect(sha256(renderLetter(parseLetterInput(JSON.parse(letter.inputJson))))).toBe(letter.pdfSha256);
    }
    expect(d.desk.ledger.printRuns()).toEqual([
      { id: 1, at: et('2003-03-31 12:00'), operator: 'mary.clerk', purpose: 'print', letterIds: [1, 2], pages: batch.pages, pdfSha256: batch.pdfSha256 },
    ]);
    expect(d.desk.ledger.auditEvents({ afterSeq: before }).map((e) => e.type)).toEqual(['letter.produced', 'letter.produced', 'print-run.recorded']);
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it('a reprint months later is byte for byte the letter first printed, though the offer and the election have moved on', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-21 15:00');
    const first = d.desk.letters.produce([1]);
    // Zofia changes her election, the CFO's phone number changes, the offer is extended.
    d.at('2003-03-25 10:05');
    d.receive({ employeeId: 'E1', receivedAt: '2003-03-25 10:00', tenders: [{ grantId: 'B', shares: 500 }] });
    on(d.desk)('settings:update', { phone: '(603) 635-9999', reason: 'The phone number changed.' });
    on(d.desk)('extensions:record', { to: '2003-04-14 17:00', reason: 'More time for the amended terms' });
    d.at('2003-07-01 09:00');
    const again = d.desk.letters.reprint(first.letters.map((l) => l.id));
    expect(again.purpose).toBe('reprint');
    expect(again.pdfSha256).toBe(first.pdfSha256);
    expect(pdfOf(again.base64).equals(pdfOf(first.base64))).toBe(true);
    expect(pdfText(pdfOf(again.base64))).toContain('(603) 635-5160');
    // A new letter today says what is true today.
    const today = d.desk.letters.preview(1);
    expect(words(pdfText(pdfOf(today.base64)))).toContain('superseded by a later document');
    expect(d.desk.letters.history().map((r) => [r.id, r.purpose, r.letters.map((l) => l.id)])).toEqual([
      [2, 'reprint', [1]],
      [1, 'print', [1]],
    ]);
  });

  it('a letter whose stored input was changed outside the app is refused at reprint, and verify names it', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-21 15:00');
    d.desk.letters.produce([1, 2]);
    d.desk.close();
    // Someone makes letter 1 say that no shares of grant A were tendered.
    tamper(d.ledgerPath, "UPDATE letters SET input_json = replace(input_json, '\"sharesTendered\":1000', '\"sharesTendered\":0') WHERE id = 1");
    const desk = d.reopen();
    const before = desk.ledger.counts();
    expect(() => desk.letters.reprint([2, 1])).toThrow(/Not reprinted: letter 1 \(confirmation of document 1\) renders to SHA-256 [0-9a-f]{12}…, not the recorded [0-9a-f]{12}…/);
    expect(desk.ledger.counts()).toEqual(before);
    // Letter 2 alone was not touched and still reprints.
    expect(desk.letters.reprint([2]).letters.map((l) => l.id)).toEqual([2]);
    const problems = desk.ledger.verify().problems.filter((p) => !p.startsWith('the safeguard '));
    expect(problems).toEqual([expect.stringMatching(/^letter 1: input_json differs from audit event \d+ from character \d+: .*sharesTendered\\":0}.* in the table, .*sharesTendered\\":1000}.* in the event$/)]);
  });

  it('a preview is exactly the letter that would be produced now, and records nothing', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const before = d.desk.ledger.auditHead();
    const preview = d.desk.letters.preview(2);
    expect(preview).toMatchObject({ documentId: 2, kind: 'confirmation', fileName: 'preview-confirmation-document-2-2003-03-31.pdf', pages: 1 });
    expect(d.desk.ledger.auditHead()).toEqual(before);
    d.desk.letters.produce([2]);
    expect(sha256(pdfOf(preview.base64))).toBe(d.desk.ledger.letters()[0]?.pdfSha256);
  });

  it('a name no letter font can print stops the batch, naming the document and holder; nothing is recorded', () => {
    const d = paperOnTheDesk();
    importRoster(d.desk.parts, 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares\nE9,Ra \u{13080} Scribe,ra@alpha.example,Thebes,123-45-6789,Z,1994,2001-01-01,1.0000,100');
    d.at('2003-03-28 15:05');
    const id = d.receive({ employeeId: 'E9', receivedAt: '2003-03-28 15:00' });
    const before = d.desk.ledger.counts();
    expect(() => d.desk.letters.produce([1, id])).toThrow(`The letter about document ${id} (Ra \u{13080} Scribe): The letter cannot print \u{13080} (U+13080)`);
    expect(d.desk.ledger.counts()).toEqual(before);
  });

  it('a letter the document cannot get is refused with the whole batch, nothing recorded', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const before = d.desk.ledger.counts();
    expect(() => d.desk.letters.produce([1, 2], { kind: 'late-delivery' })).toThrow(
      /No late-delivery letter: document 1 was received before the expiration; it gets a confirmation, not a late-delivery notice\. No late-delivery letter: document 2 .* Nothing was produced\./,
    );
    expect(() => d.desk.letters.produce([1, 3], { kind: 'irregularity' })).toThrow(/document 1 has no open defect to give notice of/);
    expect(() => d.desk.letters.produce([1, 99])).toThrow('No document 99 in the ledger. Nothing was produced.');
    expect(() => d.desk.letters.produce([1, 1])).toThrow('Document 1 is named more than once.');
    expect(() => d.desk.letters.produce([])).toThrow('Name at least one document.');
    expect(d.desk.ledger.counts()).toEqual(before);
  });
});

describe('every kind of letter, read back from the PDF the desk produced', () => {
  function produced() {
    const d = paperOnTheDesk();
    d.at('2003-03-27 16:00');
    const confirmation = pdfOf(d.desk.letters.produce([1]).base64);
    const defective = pdfOf(d.desk.letters.produce([3]).base64);
    const irregularity = pdfOf(d.desk.letters.produce([3], { kind: 'irregularity' }).base64);
    d.at('2003-03-31 17:10');
    d.receive({ employeeId: 'E2', kind: 'notice', receivedAt: '2003-03-31 17:00:01' });
    d.at('2003-04-01 09:00');
    const late = pdfOf(d.desk.letters.produce([5]).base64);
    const forty = pdfOf(d.desk.letters.produce([4]).base64);
    return { confirmation, defective, irregularity, late, forty };
  }
  const pdfs = produced();

  it('the confirmation names the holder, the document, when and how it was received, and the election grant by grant', () => {
    const text = words(pdfText(pdfs.confirmation));
    for (const field of [
      'Alpha Technologies Group, Inc.',
      'March 27, 2003',
      'Zofia Łukasiewicz',
      'employee ID E1, ID ending 8536',
      'Election Form (our document no. 1)',
      'March 14, 2003 at 10:00 AM ET, by fax',
      'Governs your election',
      'supersedes all of your earlier elections',
      'A 1994 Jan 15, 2000 $12.5000 1,000 1,000 No',
      'B 1985 Jun 1, 1998 $9.8750 500 0 No',
      'C 1994 Sep 16, 2002 $2.1000 300 300 Yes*',
      'James Polakiewicz',
    ]) {
      expect(text).toContain(field);
    }
    saveFirstPagePng(pdfs.confirmation, 'desk-confirmation');
  });

  it('the confirmation of a defective document says it was received but has no effect until cured', () => {
    const text = words(pdfText(pdfs.defective));
    expect(text).toContain("Patrick O'Brien");
    expect(text).toContain('Received; not in proper form (no effect until cured)');
    expect(text).toContain('You have not tendered any options.');
    saveFirstPagePng(pdfs.defective, 'desk-confirmation-defective');
  });

  it('the irregularity notice says what is wrong and by when to cure it, as a courtesy', () => {
    const text = words(pdfText(pdfs.irregularity));
    for (const field of [
      'Notice of irregularities',
      "Patrick O'Brien",
      'Election Form (our document no. 3)',
      'March 24, 2003 at 9:30 AM ET, by fax',
      'A current e-mail address is not given.',
      'March 31, 2003 at 5:00 PM ET',
      'as a courtesy',
    ]) {
      expect(text).toContain(field);
    }
    saveFirstPagePng(pdfs.irregularity, 'desk-irregularity');
  });

  it('the late-delivery notice to 田中 太郎 states both times and the election that stands', () => {
    const text = words(pdfText(pdfs.late));
    for (const field of [
      'Notice of late delivery',
      '田中 太郎',
      'employee ID E2',
      'Notice to Change Election From Accept to Reject (our document no. 5)',
      'March 31, 2003 at 5:00:01 PM ET, by fax',
      'March 31, 2003 at 5:00 PM ET',
      'after the expiration, so it has no effect on your election',
      // pdftotext reads the Required column apart from the row; the figures are what matter here.
      'D 1994 May 7, 2001 $7.4400 2,000 2,000',
    ]) {
      expect(text).toContain(field);
    }
    saveFirstPagePng(pdfs.late, 'desk-late-delivery');
  });

  it('the 40-grant confirmation runs over numbered pages with every grant once', () => {
    const pages = pdfPagesText(pdfs.forty);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    const text = words(pages.join(' '));
    for (let n = 1; n <= 40; n++) expect(text.split(`G-${String(n).padStart(3, '0')} `)).toHaveLength(2);
    saveFirstPagePng(pdfs.forty, 'desk-confirmation-40-grants');
  });
});
