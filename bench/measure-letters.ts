// letters: a batch of letters (1,000 at full scale) produced as one PDF through `letters:start` (the
// window's background job: each letter typeset once, in the letter workers, then recorded),
// vs bare pdfkit typesetting the same text (read back from our PDF with pdftotext, page by page)
// with the same fonts (DejaVu Sans and Sans Bold from dejavu-fonts-ttf) into one PDF.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { BenchDesk } from './desk';
import { interleaved, log, rateFigure, timeAsync, type Figure } from './stats';

const BASELINE = 'bare pdfkit: same text (pdftotext of our PDF) and fonts, one PDF, on one thread';

function dejaVu(file: string): string {
  return join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);
}

/** Every page's text of a PDF, in order (pdftotext separates pages with a form feed). */
function pagesOf(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 1024 * 1024 * 1024 }).toString('utf8');
  return text.split('\f').filter((p) => p.trim().length > 0);
}

/** Each page as pdfkit lays it out: its first line in bold, the rest in regular, 10 pt, wrapped. */
function bareRender(pages: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 72, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', dejaVu('DejaVuSans.ttf'));
    doc.registerFont('bold', dejaVu('DejaVuSans-Bold.ttf'));
    for (const page of pages) {
      const lines = page.split('\n').map((l) => l.trim());
      doc.addPage();
      doc.font('bold').fontSize(12).text(lines[0] ?? '');
      doc.font('regular').fontSize(10).text(lines.slice(1).join('\n'));
    }
    doc.end();
  });
}

export async function measureLetters(desk: BenchDesk, perBatch: number, reps: number): Promise<Figure> {
  const unsent = desk.call('confirmations:list', {}).rows.filter((r) => r.status !== 'sent').map((r) => r.documentId);
  if (unsent.length < perBatch * reps) throw new Error(`letters: only ${unsent.length} unsent documents for ${reps} batches of ${perBatch}`);
  const texts: string[][] = [];
  const result = await interleaved(
    reps,
    async (rep) => {
      let pdf = Buffer.alloc(0);
      // As the window produces a batch: a background job (letter workers), awaited until recorded.
      const ms = await timeAsync(async () => {
        const job = desk.call('letters:start', { documentIds: unsent.slice(rep * perBatch, (rep + 1) * perBatch) });
        const batch = await desk.opened.desk.letters.finished(job.jobId);
        pdf = Buffer.from(batch.base64, 'base64');
      });
      texts[rep] = pagesOf(pdf);
      log(`letters ${rep + 1}/${reps}: ${perBatch} in ${Math.round(ms)} ms (${texts[rep]?.length} pages)`);
      return ms;
    },
    (rep) => timeAsync(async () => void (await bareRender(texts[rep] ?? []))),
  );
  return rateFigure('letters', perBatch, result.ours, result.bare, BASELINE);
}
