// forms: every holder's personalised forms (Election Form + Notice, each page with its QR code)
// streamed to one new PDF file through the service behind `offer-desk forms`, vs bare pdfkit
// streaming the same number of pages of plain text (the same fonts, a paragraph and the holder's
// name a page, no codes, no layout) to a file. A "form" below is one holder's pair.
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { writePersonalForms } from '../main/services/personal-forms';
import type { BenchDesk } from './desk';
import { log, rateFigure, timeAsync, timeSync, type Figure } from './stats';

const BASELINE = 'bare pdfkit streaming the same pages of plain text (same fonts, no codes, no layout) to a file';

function dejaVu(file: string): string {
  return join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);
}

const PARAGRAPH =
  'I have received the Offer to Exchange and this Election Form. I elect to accept the offer to exchange the options I tender below ' +
  'for New Options on the terms of the Offer. For each grant, write in the box the number of shares you tender.';

function bareForms(holders: readonly { employeeId: string; name: string }[], path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 72, autoFirstPage: false });
    const out = createWriteStream(path);
    out.on('finish', () => resolve());
    out.on('error', reject);
    doc.on('error', reject);
    doc.pipe(out);
    doc.registerFont('regular', dejaVu('DejaVuSans.ttf'));
    doc.registerFont('bold', dejaVu('DejaVuSans-Bold.ttf'));
    for (const h of holders) {
      for (const title of ['ELECTION FORM', 'NOTICE TO CHANGE ELECTION']) {
        doc.addPage();
        doc.font('bold').fontSize(12).text(`${title}: ${h.name} (${h.employeeId})`);
        doc.font('regular').fontSize(10).text(PARAGRAPH);
      }
    }
    doc.end();
  });
}

/** One run each (a full-scale run takes many minutes); the file is removed after each. */
export async function measureForms(desk: BenchDesk, workDir: string): Promise<Figure> {
  const holders = desk.opened.desk.parts.snapshot().holders;
  const ours = join(workDir, 'forms.pdf');
  const bare = join(workDir, 'forms-bare.pdf');
  const oursMs = timeSync(() => {
    writePersonalForms(desk.opened.desk.parts, { path: ours });
  });
  log(`forms: ${holders.length} holders in ${Math.round(oursMs)} ms (${(statSync(ours).size / 1048576).toFixed(1)} MiB)`);
  rmSync(ours, { force: true });
  const bareMs = await timeAsync(() => bareForms(holders, bare));
  log(`forms baseline: ${Math.round(bareMs)} ms (${(statSync(bare).size / 1048576).toFixed(1)} MiB)`);
  rmSync(bare, { force: true });
  return rateFigure('forms', holders.length, oursMs, bareMs, BASELINE);
}
