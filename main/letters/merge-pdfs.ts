// Many letters, each rendered alone, joined into one PDF for the printer without drawing them
// again. A letter's recorded SHA-256 is that of its own PDF (what a reprint renders alone and
// checks); the batch reuses exactly those renders, so every letter is typeset once.
//
// This reads only PDFs our own pdfkit setup wrote (pdf-document.ts): a classic xref table, every
// object `N 0 obj … endobj` uncompressed around its stream, a single-level page tree. It copies
// each letter's pages and everything they refer to (content streams, resources, fonts) verbatim,
// renumbering the objects and re-pointing each page at the batch's page tree. Stream bytes are
// never touched; only the dictionaries in front of them are rewritten.
import { createHash } from 'node:crypto';
import { OfferDeskError } from '../core/errors';
import type { PdfMeta } from './pdf-document';
import { pdfDateOf } from './format';

interface PdfObject {
  /** The dictionary (or other value) before any stream, as latin1 text. */
  head: string;
  /** `stream\n…\nendstream\n` bytes exactly as written, or empty. */
  stream: Uint8Array;
}

interface ParsedPdf {
  objects: Map<number, PdfObject>;
  pages: number[];
  pagesTreeId: number;
  id: string;
}

function malformed(why: string): never {
  throw new OfferDeskError('internal', `a letter PDF could not be joined into the batch: ${why}`);
}

const REF = /(\d+) 0 R/g;

/**
 * Calls `onPlain` for every stretch of `head` outside PDF strings (literal `(…)` with escapes and
 * nesting, hex `<…>`), and keeps strings as they are; returns the text put back together.
 */
function mapOutsideStrings(head: string, onPlain: (plain: string) => string): string {
  let out = '';
  let plainStart = 0;
  let i = 0;
  while (i < head.length) {
    const c = head[i];
    if (c === '(') {
      out += onPlain(head.slice(plainStart, i));
      const start = i;
      let depth = 0;
      for (; i < head.length; i++) {
        const ch = head[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      i++;
      out += head.slice(start, i);
      plainStart = i;
    } else if (c === '<' && head[i + 1] !== '<') {
      out += onPlain(head.slice(plainStart, i));
      const start = i;
      const end = head.indexOf('>', i);
      i = end < 0 ? head.length : end + 1;
      out += head.slice(start, i);
      plainStart = i;
    } else if (c === '<' || c === '>') {
      i += 2;
    } else {
      i++;
    }
  }
  return out + onPlain(head.slice(plainStart));
}

/** The end of the value that starts at `from` (a dictionary or anything else up to `stream`/`endobj`). */
function headEnd(text: string, from: number): number {
  if (text.startsWith('<<', from)) {
    let depth = 0;
    let i = from;
    while (i < text.length) {
      const c = text[i];
      if (c === '(') {
        let nest = 0;
        for (; i < text.length; i++) {
          const ch = text[i];
          if (ch === '\\') i++;
          else if (ch === '(') nest++;
          else if (ch === ')' && --nest === 0) break;
        }
        i++;
      } else if (c === '<' && text[i + 1] === '<') {
        depth++;
        i += 2;
      } else if (c === '>' && text[i + 1] === '>') {
        depth--;
        i += 2;
        if (depth === 0) return i;
      } else if (c === '<') {
        const end = text.indexOf('>', i);
        i = end < 0 ? text.length : end + 1;
      } else {
        i++;
      }
    }
    malformed('an unterminated dictionary');
  }
  const end = text.indexOf('\nendobj', from);
  if (end < 0) malformed('an object without endobj');
  return end;
}

function parsePdf(pdf: Buffer): ParsedPdf {
  const text = pdf.toString('latin1');
  const startxref = text.lastIndexOf('startxref');
  if (startxref < 0) malformed('no startxref');
  const xrefAt = Number(text.slice(startxref + 'startxref'.length).trim().split(/\s+/)[0]);
  if (!text.startsWith('xref\n', xrefAt)) malformed('no xref table');
  const lines = text.slice(xrefAt, startxref).split('\n');
  const [first, count] = (lines[1] ?? '').split(' ').map(Number);
  if (first !== 0 || count === undefined || !Number.isInteger(count)) malformed('an xref table in more than one section');
  const offsets: { id: number; at: number }[] = [];
  for (let id = 1; id < count; id++) {
    const entry = lines[2 + id] ?? '';
    if (!entry.endsWith(' n ')) continue;
    offsets.push({ id, at: Number(entry.slice(0, 10)) });
  }
  const bounds = [...offsets].sort((a, b) => a.at - b.at);
  const objects = new Map<number, PdfObject>();
  bounds.forEach(({ id, at }, i) => {
    const header = `${id} 0 obj\n`;
    if (!text.startsWith(header, at)) malformed(`object ${id} is not where the xref says`);
    const valueAt = at + header.length;
    const limit = bounds[i + 1]?.at ?? xrefAt;
    const end = headEnd(text, valueAt);
    const head = text.slice(valueAt, end);
    const rest = text.slice(end, limit);
    let stream: Uint8Array = new Uint8Array(0);
    if (rest.startsWith('\nstream\n')) {
      const close = rest.lastIndexOf('\nendstream\n');
      if (close < 0) malformed(`object ${id} has a stream without endstream`);
      stream = pdf.subarray(end + 1, end + close + '\nendstream\n'.length);
    } else if (!rest.startsWith('\nendobj\n')) {
      malformed(`object ${id} does not end where expected`);
    }
    objects.set(id, { head, stream });
  });
  const trailer = text.slice(text.lastIndexOf('trailer', startxref), startxref);
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  const id = /\/ID \[<([0-9a-f]+)>/.exec(trailer)?.[1] ?? '';
  const catalog = objects.get(Number(root));
  const pagesTreeId = Number(/\/Pages (\d+) 0 R/.exec(catalog?.head ?? '')?.[1]);
  const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(pagesTreeId)?.head ?? '')?.[1];
  if (kids === undefined) malformed('no page tree');
  const pages = [...kids.matchAll(REF)].map((m) => Number(m[1]));
  return { objects, pages, pagesTreeId, id };
}

/** A PDF text string: ASCII as is, anything else as UTF-16BE with its byte-order mark (as pdfkit writes). */
function pdfString(value: string): string {
  const ascii = [...value].every((c) => c.charCodeAt(0) <= 0x7f);
  let bytes: string;
  if (ascii) {
    bytes = value;
  } else {
    const buf = Buffer.from(value, 'utf16le');
    buf.swap16();
    bytes = '\u00fe\u00ff' + buf.toString('latin1');
  }
  return `(${bytes.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Six capital letters naming one font subset of the batch (the PDF subset-tag form). */
function subsetTag(n: number): string {
  let tag = '';
  let rest = n;
  for (let i = 0; i < 6; i++) {
    tag = String.fromCharCode(65 + (rest % 26)) + tag;
    rest = Math.floor(rest / 26);
  }
  return tag;
}

/**
 * Joins letter PDFs, in order, into one. The result carries `meta` (title, author, subject,
 * dates) and is the same bytes for the same letters: reprinting a batch gives the batch again.
 */
export function mergeLetterPdfs(letters: readonly Uint8Array[], meta: PdfMeta): Buffer {
  if (letters.length === 0) throw new OfferDeskError('invalid-input', 'A batch of letters needs at least one letter.');
  const PAGES = 1;
  const CATALOG = 2;
  const PREFERENCES = 3;
  const INFO = 4;
  let nextId = 5;
  let tags = 0;
  const chunks: Uint8Array[] = [];
  const offsets = new Map<number, number>();
  let offset = 0;
  const write = (chunk: Uint8Array | string) => {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(buf);
    offset += buf.length;
  };
  const writeObject = (id: number, head: string, stream: Uint8Array = new Uint8Array(0)) => {
    offsets.set(id, offset);
    write(`${id} 0 obj\n${head}\n`);
    if (stream.length > 0) write(stream);
    write('endobj\n');
  };
  write('%PDF-1.3\n%\u00ff\u00ff\u00ff\u00ff\n');
  const kids: number[] = [];
  const ids: string[] = [];
  for (const bytes of letters) {
    const pdf = parsePdf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    ids.push(pdf.id);
    // Every object the pages reach, in the order first reached; the page tree itself is the batch's.
    const renumbered = new Map<number, number>([[pdf.pagesTreeId, PAGES]]);
    const order: number[] = [];
    const queue = [...pdf.pages];
    while (queue.length > 0) {
      const id = queue.shift() as number;
      if (renumbered.has(id)) continue;
      const object = pdf.objects.get(id);
      if (object === undefined) malformed(`object ${id} is referred to but missing`);
      renumbered.set(id, nextId++);
      order.push(id);
      mapOutsideStrings(object.head, (plain) => {
        for (const m of plain.matchAll(REF)) queue.push(Number(m[1]));
        return plain;
      });
    }
    // Each letter's font subsets get tags of their own: two different subsets under one name
    // could be taken for the same font by a printer.
    const newTags = new Map<string, string>();
    for (const id of order) {
      const object = pdf.objects.get(id) as PdfObject;
      const head = mapOutsideStrings(object.head, (plain) =>
        plain
          .replace(REF, (_, n: string) => `${renumbered.get(Number(n)) ?? malformed(`object ${n} was not copied`)} 0 R`)
          .replace(/\/([A-Z]{6})\+/g, (_, tag: string) => {
            let fresh = newTags.get(tag);
            if (fresh === undefined) {
              fresh = subsetTag(tags++);
              newTags.set(tag, fresh);
            }
            return `/${fresh}+`;
          }),
      );
      writeObject(renumbered.get(id) as number, head, object.stream);
    }
    kids.push(...pdf.pages.map((p) => renumbered.get(p) as number));
  }
  const date = `(${pdfDateString(meta.date)})`;
  writeObject(
    INFO,
    [
      '<<',
      `/Producer ${pdfString('Offer Desk (PDFKit)')}`,
      `/Creator ${pdfString('Offer Desk')}`,
      `/CreationDate ${date}`,
      `/Title ${pdfString(meta.title)}`,
      `/Author ${pdfString(meta.author)}`,
      `/Subject ${pdfString(meta.subject)}`,
      `/ModDate ${date}`,
      '>>',
    ].join('\n'),
  );
  writeObject(PREFERENCES, '<<\n/DisplayDocTitle true\n>>');
  writeObject(CATALOG, `<<\n/Type /Catalog\n/Pages ${PAGES} 0 R\n/Lang (en-US)\n/ViewerPreferences ${PREFERENCES} 0 R\n>>`);
  writeObject(PAGES, `<<\n/Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]\n>>`);
  const xrefAt = offset;
  const size = nextId;
  const xref = ['xref', `0 ${size}`, '0000000000 65535 f '];
  for (let id = 1; id < size; id++) xref.push(`${String(offsets.get(id) ?? malformed(`object ${id} was not written`)).padStart(10, '0')} 00000 n `);
  write(xref.join('\n') + '\n');
  // The file identifier: from the letters' own identifiers and the batch's metadata, so the same
  // letters give the same batch.
  const fileId = createHash('md5').update(JSON.stringify([meta, ids])).digest('hex');
  write(`trailer\n<<\n/Size ${size}\n/Root ${CATALOG} 0 R\n/Info ${INFO} 0 R\n/ID [<${fileId}> <${fileId}>]\n>>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** The PDF date string pdfkit writes for the letter date (D:YYYYMMDDhhmmssZ). */
function pdfDateString(date: PdfMeta['date']): string {
  const d = pdfDateOf(date);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `D:${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}
