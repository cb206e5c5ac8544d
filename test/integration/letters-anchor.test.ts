// Every letter carries the ledger's audit head in its footer: a copy outside the file, on paper,
// that `verify --anchor` can check years later. The head is part of the letter's recorded input,
// so a reprint is byte for byte the letter that went out.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatAnchor } from '../../main/core/anchor';
import { parseLetterInput } from '../../main/letters';
import { paperOnTheDesk, pdfOf } from './letters-desk-fixtures';
import { pdfPagesText, requirePoppler } from './letters-poppler';

requirePoppler();

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the audit head in the footer of every letter', () => {
  it('is the head when the letter was made, printed on every page, recorded with the letter, and reprinted the same', () => {
    const d = paperOnTheDesk();
    d.at('2003-03-31 12:00');
    const head = d.desk.ledger.auditHead();
    const batch = d.desk.letters.produce([1, 4]);
    const printed = formatAnchor(head);
    expect(printed).toBe(`Ledger audit head: event ${head.seq} · ${head.hash.slice(0, 16)}`);
    const pages = pdfPagesText(pdfOf(batch.base64));
    for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain(printed);
    const [stored] = d.desk.ledger.letters({ documentId: 1 });
    expect(parseLetterInput(JSON.parse(stored?.inputJson ?? '{}')).anchor).toEqual(head);

    // The ledger moves on; the reprint still shows the head the letter was made with.
    d.at('2003-04-01 12:00');
    d.desk.letters.produce([2]);
    const again = d.desk.letters.reprint(batch.letters.map((l) => l.id));
    expect(again.pdfSha256).toBe(batch.pdfSha256);
    expect(sha256(pdfOf(again.base64))).toBe(batch.pdfSha256);
  });
});
