// Faxes made at test time, the way a fax server makes them: a PDF page (drawn with pdfkit, the 2-D
// code drawn as vector squares the way the personalised forms draw it) rasterised to bilevel at a
// fax resolution by poppler, then CCITT-compressed and joined into one multi-page TIFF by
// libtiff's own tools. Nothing here uses our decoder: what the desk reads back was made by others.
//
// The tools are required (poppler-utils, libtiff-tools; .ci/run installs both): a missing one fails
// the test with the command to install it, rather than skipping.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qrMatrix } from '../../main/letters/form-code-symbol';
import PDFDocument from 'pdfkit';

/** One page of a test PDF: a cover sheet with no code, or a form page carrying `code` (its text). */
export type FixturePage =
  | { kind: 'cover' }
  | {
      kind: 'form';
      code: string;
      /** Paint white over a band of the symbol's data modules (finder patterns left whole). */
      paintOver?: boolean;
    };

export interface FaxOptions {
  /** fine: 204 × 196 dpi; normal: 204 × 98 dpi (each scan line twice as tall as wide). */
  resolution: 'fine' | 'normal';
  compression: 'g4' | 'g3' | 'g3:2d';
  /** The TIFF DateTime tag (306) of the first page, e.g. "2003:03:21 16:58:10". */
  dateTime?: string;
  /** Write the pages as PhotometricInterpretation 1 (BlackIsZero) rather than a fax's usual 0 (WhiteIsZero). */
  blackIsZero?: boolean;
}

/** The size of one module of the code, in points: as the personalised forms print it. */
export const MODULE_PT = 2.52;
const QUIET_MODULES = 4;

function requireTool(tool: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${tool} is not installed: the fax tests make their faxes with it. Install it with: apt-get install -y ${pkg}`);
  }
}

/** Fails the test, naming the package, when poppler or libtiff's tools are missing. */
export function requireFaxTools(): void {
  requireTool('pdftoppm', 'poppler-utils');
  for (const tool of ['ppm2tiff', 'tiffcp', 'tiffset']) requireTool(tool, 'libtiff-tools');
}

/** The dark modules of a QR code of `text` at error correction M, from the forms' own encoder. */
export function qrModules(text: string): { size: number; dark: (x: number, y: number) => boolean } {
  const { size, dark } = qrMatrix(text);
  return { size, dark: (x, y) => dark[y * size + x] === 1 };
}

function drawCode(doc: PDFKit.PDFDocument, page: Extract<FixturePage, { kind: 'form' }>): void {
  const { size, dark } = qrModules(page.code);
  const side = (size + 2 * QUIET_MODULES) * MODULE_PT;
  // Top-right corner, half an inch from the edges, as the forms place it.
  const left = doc.page.width - 36 - side + QUIET_MODULES * MODULE_PT;
  const top = 36 + QUIET_MODULES * MODULE_PT;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) if (dark(x, y)) doc.rect(left + x * MODULE_PT, top + y * MODULE_PT, MODULE_PT, MODULE_PT);
  }
  doc.fill('black');
  if (page.paintOver === true) {
    // Rows between the finder patterns, all the way across: well past what error correction M repairs.
    const from = 9;
    const to = size - 9;
    doc.rect(left, top + from * MODULE_PT, size * MODULE_PT, (to - from) * MODULE_PT).fill('white');
  }
}

/** A letter-size PDF with these pages: a cover sheet's words, or a form's heading and its code. */
export function faxPdf(pages: readonly FixturePage[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const page of pages) {
      doc.addPage();
      if (page.kind === 'cover') {
        doc.fillColor('black').fontSize(36).text('FAX', 72, 90).fontSize(14);
        doc.text('To: Stock Plan Administration, attention of the CFO office', 72, 160);
        doc.text('From: a holder of eligible options', 72, 185);
        doc.text('Pages including this cover sheet: 2', 72, 210);
      } else {
        doc.fillColor('black').fontSize(22).text('ELECTION FORM', 72, 72);
        doc.fontSize(11).text('Offer to Exchange Certain Outstanding Options for New Options', 72, 110);
        for (let line = 0; line < 24; line += 1) {
          doc.text(`Grant ${1000 + line}   2001-0${(line % 9) + 1}-15   $${(12 + line).toFixed(2)}   ${1500 + 50 * line} shares   tendered: ________`, 72, 170 + 22 * line);
        }
        drawCode(doc, page);
      }
    }
    doc.end();
  });
}

/** Inverts a binary PBM's pixels (P4), so the same page can be stored as BlackIsZero. */
function invertPbm(pbm: Buffer): Buffer {
  const header = /^P4\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s/.exec(pbm.toString('latin1', 0, 64));
  if (header === null) throw new Error('pdftoppm -mono did not give a binary PBM');
  const out = Buffer.from(pbm);
  for (let i = header[0].length; i < out.length; i += 1) out[i] = ~out[i]! & 0xff;
  return out;
}

/**
 * A fax TIFF of every page of the PDF at `pdfPath`, as a fax server stores it: bilevel, CCITT
 * compressed, one directory per page, with its true X and Y resolutions.
 */
export function makeFaxTiff(pdfPath: string, options: FaxOptions): Buffer {
  const ydpi = options.resolution === 'fine' ? 196 : 98;
  const dir = mkdtempSync(join(tmpdir(), 'fax-'));
  try {
    execFileSync('pdftoppm', ['-mono', '-rx', '204', '-ry', String(ydpi), pdfPath, join(dir, 'page')]);
    const pbms = readdirSync(dir)
      .filter((f) => f.endsWith('.pbm'))
      .sort();
    const tiffs = pbms.map((pbm, i) => {
      const tiff = join(dir, `page-${i}.tif`);
      let source = join(dir, pbm);
      if (options.blackIsZero === true) {
        source = join(dir, `inverted-${i}.pbm`);
        writeFileSync(source, invertPbm(readFileSync(join(dir, pbm))));
      }
      execFileSync('ppm2tiff', ['-c', options.compression, '-R', '204', source, tiff]);
      execFileSync('tiffset', ['-s', '283', String(ydpi), tiff]);
      // PhotometricInterpretation 1: a bit set is white. The bits were inverted above, so the page looks the same.
      if (options.blackIsZero === true) execFileSync('tiffset', ['-s', '262', '1', tiff]);
      return tiff;
    });
    const out = join(dir, 'fax.tif');
    execFileSync('tiffcp', [...tiffs, out]);
    if (options.dateTime !== undefined) execFileSync('tiffset', ['-s', '306', options.dateTime, out]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** makeFaxTiff from PDF bytes rather than a file. */
export function faxTiffOf(pdf: Buffer, options: FaxOptions): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fax-pdf-'));
  try {
    const path = join(dir, 'form.pdf');
    writeFileSync(path, pdf);
    return makeFaxTiff(path, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A code text whose check value no longer matches: a look-alike, or a misread the QR repair let through. */
export function withBrokenCheck(codeText: string): string {
  const last = codeText.at(-1);
  return codeText.slice(0, -1) + (last === '0' ? '1' : '0');
}
