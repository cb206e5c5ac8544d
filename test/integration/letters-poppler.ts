// Reads PDFs back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm), the way a person's PDF
// viewer would, instead of trusting our own idea of what we drew. The tools are required: a
// missing one fails the test with the command to install it, rather than skipping.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TOOLS = ['pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm'] as const;
type Tool = (typeof TOOLS)[number];

/** Throws (failing the test) when a poppler tool is missing. */
export function requirePoppler(): void {
  for (const tool of TOOLS) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'pipe' });
    } catch (e) {
      const missing = e instanceof Error && 'code' in e && e.code === 'ENOENT';
      if (missing) {
        throw new Error(`${tool} is not installed: the letter tests read PDFs back with poppler. Install it with: apt-get install -y poppler-utils`);
      }
      // `-v` exits non-zero on some versions but the tool exists.
    }
  }
}

function withPdf<T>(pdf: Buffer, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  try {
    const path = join(dir, 'letter.pdf');
    writeFileSync(path, pdf);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function tool(name: Tool, args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text of the PDF (or of pages first..last), in reading order or with `-layout`. */
export function pdfText(pdf: Buffer, options: { layout?: boolean; first?: number; last?: number } = {}): string {
  const args = [
    ...(options.layout ? ['-layout'] : []),
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
  ];
  return withPdf(pdf, (path) => tool('pdftotext', ['-enc', 'UTF-8', ...args, path, '-']));
}

/** The text of each page, split on pdftotext's form feed. */
export function pdfPagesText(pdf: Buffer): string[] {
  const pages = pdfText(pdf).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(pdf: Buffer): FontRow[] {
  const out = withPdf(pdf, (path) => tool('pdffonts', [path]));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      // name type… encoding emb sub uni object-id gen: the last five columns are single words.
      const cols = line.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return {
        name: cols[0] ?? '',
        type: cols.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
        unicode: uni === 'yes',
      };
    });
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withPdf(pdf, (path) => tool('pdfinfo', ['-isodates', path]));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

export function pdfPageCount(pdf: Buffer): number {
  return Number(pdfInfo(pdf)['Pages']);
}

export interface TextLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageBoxes {
  width: number;
  height: number;
  lines: TextLine[];
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every text line with its box (PDF points, y down from the top), page by page. */
export function pdfLineBoxes(pdf: Buffer): PageBoxes[] {
  const xml = withPdf(pdf, (path) => tool('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-']));
  const pages: PageBoxes[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const lines: TextLine[] = [];
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(m[5] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1] ?? ''));
      lines.push({ text: words.join(' '), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), lines });
  }
  return pages;
}

/**
 * pdftotext groups words into blocks by column, so one table row comes back as several lines.
 * This puts lines whose vertical centres agree back into one printed row, left to right.
 */
export function visualRows(page: PageBoxes): TextLine[] {
  const rows: TextLine[][] = [];
  const centre = (l: TextLine) => (l.yMin + l.yMax) / 2;
  for (const line of [...page.lines].sort((a, b) => centre(a) - centre(b))) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(centre(first) - centre(line)) < 2) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => {
    const sorted = row.sort((a, b) => a.xMin - b.xMin);
    return {
      text: sorted.map((l) => l.text).join(' '),
      xMin: Math.min(...sorted.map((l) => l.xMin)),
      yMin: Math.min(...sorted.map((l) => l.yMin)),
      xMax: Math.max(...sorted.map((l) => l.xMax)),
      yMax: Math.max(...sorted.map((l) => l.yMax)),
    };
  });
}

/** Saves a PNG of the first page under test-results/letters/ (gitignored) for a person to look at. */
export function saveFirstPagePng(pdf: Buffer, name: string): string {
  const dir = resolve(import.meta.dirname, '..', '..', 'test-results', 'letters');
  mkdirSync(dir, { recursive: true });
  withPdf(pdf, (path) => {
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    tool('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', '1', '-l', '1', path, join(dir, name)]);
  });
  return join(dir, `${name}.png`);
}
