// The desk reads the personalised form's code off a received fax, in a worker, and says what it
// found: this offer's holder and form, a code from another offer, a damaged code, or none. The
// faxes are made at test time the way a fax server makes them (pdftoppm, ppm2tiff, tiffcp).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formCodeText } from '../../main/core/form-code';
import { readFaxCodes, readFaxCodesByPage } from '../../main/services/fax-code-reader';
import { faxPdf, faxTiffOf, requireFaxTools, withBrokenCheck, type FaxOptions } from '../support/fax-fixtures';

const OFFER = '0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0';
const OTHER_OFFER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const FINE_G4: FaxOptions = { resolution: 'fine', compression: 'g4' };
const NORMAL_G4: FaxOptions = { resolution: 'normal', compression: 'g4' };

let electionForm: Buffer;
beforeAll(async () => {
  requireFaxTools();
  electionForm = await faxPdf([{ kind: 'form', code: formCodeText(OFFER, 'E0003', 'election') }]);
});

describe("a fax of a personalised form names the holder and the form", () => {
  it('reads the code of a fine-resolution (204 × 196 dpi) Group 4 fax', async () => {
    const result = await readFaxCodesByPage(faxTiffOf(electionForm, FINE_G4), OFFER);
    expect(result.reading).toEqual({ status: 'read', employeeId: 'E0003', kind: 'election', page: 1 });
    console.log(`fine 204×196 G4: one page decoded and read in ${result.pages[0]?.ms.toFixed(0)} ms`);
  });

  it('reads the code of a normal-resolution (204 × 98 dpi) Group 4 fax, its half-height rows stretched first', async () => {
    const result = await readFaxCodesByPage(faxTiffOf(electionForm, NORMAL_G4), OFFER);
    expect(result.reading).toEqual({ status: 'read', employeeId: 'E0003', kind: 'election', page: 1 });
    console.log(`normal 204×98 G4: one page decoded and read in ${result.pages[0]?.ms.toFixed(0)} ms`);
  });

  it('reads the code of a Group 3 fax, one- and two-dimensional', async () => {
    expect(await readFaxCodes(faxTiffOf(electionForm, { resolution: 'normal', compression: 'g3' }), OFFER)).toMatchObject({ status: 'read', employeeId: 'E0003' });
    expect(await readFaxCodes(faxTiffOf(electionForm, { resolution: 'fine', compression: 'g3:2d' }), OFFER)).toMatchObject({ status: 'read', employeeId: 'E0003' });
  });

  it('reads a fax written black-is-zero as well as the usual white-is-zero (the page is not taken for its negative)', async () => {
    expect(await readFaxCodes(faxTiffOf(electionForm, { ...FINE_G4, blackIsZero: true }), OFFER)).toMatchObject({ status: 'read', employeeId: 'E0003' });
  });

  it('finds the code on page 2 when page 1 is the sender’s cover sheet', async () => {
    const pdf = await faxPdf([{ kind: 'cover' }, { kind: 'form', code: formCodeText(OFFER, 'E0042', 'notice') }]);
    const result = await readFaxCodesByPage(faxTiffOf(pdf, NORMAL_G4), OFFER);
    expect(result.reading).toEqual({ status: 'read', employeeId: 'E0042', kind: 'notice', page: 2 });
    expect(result.pages.map((p) => p.reading.status)).toEqual(['none', 'read']);
  });
});

describe('a fax server that delivers PDF', () => {
  /** The fax as a PDF the way HylaFAX's tiff2pdf makes one: each page's CCITT data kept as it came in. */
  function pdfFax(tiff: Buffer): Buffer {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-fax-'));
    try {
      writeFileSync(join(dir, 'fax.tif'), tiff);
      execFileSync('tiff2pdf', ['-o', join(dir, 'fax.pdf'), join(dir, 'fax.tif')]);
      return readFileSync(join(dir, 'fax.pdf'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads the code from the fax images inside a PDF fax, page by page in page order (Group 4 and Group 3)', async () => {
    const pdf = await faxPdf([{ kind: 'cover' }, { kind: 'form', code: formCodeText(OFFER, 'E0042', 'notice') }]);
    const g4 = await readFaxCodesByPage(pdfFax(faxTiffOf(pdf, NORMAL_G4)), OFFER);
    expect(g4.reading).toEqual({ status: 'read', employeeId: 'E0042', kind: 'notice', page: 2 });
    expect(g4.pages.map((p) => p.reading.status)).toEqual(['none', 'read']);
    expect(await readFaxCodes(pdfFax(faxTiffOf(pdf, { resolution: 'fine', compression: 'g3' })), OFFER)).toMatchObject({ status: 'read', employeeId: 'E0042' });
  });

  it('reads a PDF fax whose images are stored black-is-zero, and says another offer’s code is another offer’s', async () => {
    expect(await readFaxCodes(pdfFax(faxTiffOf(electionForm, { ...FINE_G4, blackIsZero: true })), OFFER)).toMatchObject({ status: 'read', employeeId: 'E0003' });
    const other = await faxPdf([{ kind: 'form', code: formCodeText(OTHER_OFFER, 'E0003', 'election') }]);
    expect(await readFaxCodes(pdfFax(faxTiffOf(other, NORMAL_G4)), OFFER)).toEqual({ status: 'other-offer', offerId: '9a8b7c6d5e4f', page: 1 });
  });
});

describe('nothing is preselected when the code cannot be trusted or is not there', () => {
  it("says 'none' for a fax with no code on any page", async () => {
    const pdf = await faxPdf([{ kind: 'cover' }, { kind: 'cover' }]);
    expect(await readFaxCodes(faxTiffOf(pdf, FINE_G4), OFFER)).toEqual({ status: 'none' });
  });

  it("says 'other-offer' for a form printed for another offer", async () => {
    const pdf = await faxPdf([{ kind: 'form', code: formCodeText(OTHER_OFFER, 'E0003', 'election') }]);
    expect(await readFaxCodes(faxTiffOf(pdf, FINE_G4), OFFER)).toEqual({ status: 'other-offer', offerId: '9a8b7c6d5e4f', page: 1 });
  });

  it("says 'damaged' for a code painted over past what its error correction repairs", async () => {
    const pdf = await faxPdf([{ kind: 'form', code: formCodeText(OFFER, 'E0003', 'election'), paintOver: true }]);
    expect(await readFaxCodes(faxTiffOf(pdf, FINE_G4), OFFER)).toMatchObject({ status: 'damaged', page: 1 });
  });

  it("says 'damaged' for a code that reads but fails its check value", async () => {
    const pdf = await faxPdf([{ kind: 'form', code: withBrokenCheck(formCodeText(OFFER, 'E0003', 'election')) }]);
    expect(await readFaxCodes(faxTiffOf(pdf, NORMAL_G4), OFFER)).toEqual({
      status: 'damaged',
      detail: 'the code on the page fails its check value (damaged in the fax)',
      page: 1,
    });
  });

  it("says 'unreadable' for a PDF that is not a fax's images (drawn text and shapes are not rasterised by the desk)", async () => {
    expect(await readFaxCodes(electionForm, OFFER)).toEqual({
      status: 'unreadable',
      detail: "the PDF's pages are not fax images (one CCITT image a page), and other PDFs are not rasterised by the desk",
    });
  });

  it("says 'unreadable' when the reader passes its time limit, and the worker is stopped", async () => {
    const reading = await readFaxCodes(faxTiffOf(electionForm, FINE_G4), OFFER, { timeLimitMs: 1 });
    expect(reading).toEqual({ status: 'unreadable', detail: 'reading the pages took longer than 1 ms and was stopped' });
  });
});
