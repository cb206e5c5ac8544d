// A faxed document is usually a TIFF compressed with CCITT Group 4, which no browser draws, and a
// scanned one often a PDF, which the window's policy keeps out of frames. The desk draws both
// itself, so the CFO sees every page of the paper from the holder's timeline.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerTable, dispatch } from '../../main/ipc/handlers';
import { REPO, et, openDeskBrowser, screenshotOnFailure, type DeskBrowser } from './support/desk-browser';

let db: DeskBrowser;
screenshotOnFailure(() => db);
const fax = readFileSync(`${REPO}/test/fixtures/fax-scan-g4.tif`);

/** A one-page "scan" as a real PDF, made the way the desk makes its letters. */
function scannedPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'LETTER' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.fontSize(28).text('NOTICE TO CHANGE ELECTION', 72, 120).fontSize(14).text('Yes, I wish to withdraw my previously tendered options in full.', 72, 200);
    doc.end();
  });
}
let pdfScan: Buffer;

beforeAll(async () => {
  pdfScan = await scannedPdf();
  db = await openDeskBrowser({
    start: et('2003-03-24 10:00:00'),
    seed: (desk) => {
      const result = dispatch(createHandlerTable(), { desk: () => desk }, 'intake:record', {
        draft: { employeeId: 'E0003', kind: 'notice', via: 'fax', receivedAt: '2003-03-24T09:30:00-05:00', pages: 2, signedBy: 'Zofia Łukasiewicz' },
        attachments: [{ fileName: 'fax-scan-g4.tif', mediaType: 'image/tiff', base64: fax.toString('base64') }],
      });
      if (!result.ok) throw new Error(result.error.message);
      const second = dispatch(createHandlerTable(), { desk: () => desk }, 'intake:record', {
        draft: { employeeId: 'E0003', kind: 'notice', via: 'hand', receivedAt: '2003-03-24T09:45:00-05:00', pages: 1, signedBy: 'Zofia Łukasiewicz' },
        attachments: [{ fileName: 'notice-scan.pdf', mediaType: 'application/pdf', base64: pdfScan.toString('base64') }],
      });
      if (!second.ok) throw new Error(second.error.message);
    },
  });
});

afterAll(async () => {
  await db?.close();
});

describe('a faxed TIFF kept with a document', () => {
  it('shows both Group 4 pages of the fax inside the desk, not a download link', async () => {
    const { page } = db;
    await db.open('holder/E0003');
    await page.getByRole('button', { name: 'View fax-scan-g4.tif' }).click();
    const dialog = page.getByRole('dialog', { name: 'fax-scan-g4.tif' });
    const pages = dialog.getByRole('img', { name: /^Attachment fax-scan-g4\.tif, page \d of 2$/ });
    await pages.nth(1).waitFor();
    expect(await pages.count()).toBe(2);
    // The first page carries ink where the fixture drew its text lines: black pixels, not a blank canvas.
    const ink = await page.evaluate(() => {
      const canvas = document.querySelector('canvas[aria-label="Attachment fax-scan-g4.tif, page 1 of 2"]') as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 64) dark += 1;
      return { width: canvas.width, height: canvas.height, dark };
    });
    expect(ink.width).toBe(400);
    expect(ink.height).toBe(300);
    expect(ink.dark).toBeGreaterThan(5000);
    await db.shot('attachment-tiff');
    await page.keyboard.press('Escape');
    expect(db.pageErrors).toEqual([]);
  });

  it('shows a scanned PDF page drawn in the desk, with no frame and no plugin', async () => {
    const { page } = db;
    await db.open('holder/E0003');
    await page.getByRole('button', { name: 'View notice-scan.pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'notice-scan.pdf' });
    await dialog.locator('[data-testid="pdf-pages"][data-pages="1"] canvas').first().waitFor();
    expect(await dialog.locator('iframe').count()).toBe(0);
    await page.waitForFunction(() => {
      const canvas = document.querySelector('[data-testid="pdf-pages"] canvas') as HTMLCanvasElement | null;
      if (!canvas || canvas.width === 0) return false;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (!data) return false;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 80) return true;
      return false;
    });
    await db.shot('attachment-pdf');
    expect(db.pageErrors).toEqual([]);
  });
});
