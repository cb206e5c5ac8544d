// A PDF written byte by byte the way PDF 1.5+ writers save space: the catalog, the page tree and
// the pages packed into one compressed object stream, found through a cross-reference stream.
// pdfkit never writes one; a fax server's or a scanner's PDF often is one.
import { deflateSync } from 'node:zlib';

export function objectStreamPdf(pageCount: number): Buffer {
  const pageNums = Array.from({ length: pageCount }, (_, i) => 3 + i);
  const packed: [number, string][] = [
    [1, '<< /Type /Catalog /Pages 2 0 R >>'],
    [2, `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageCount} >>`],
    ...pageNums.map((n): [number, string] => [n, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>']),
  ];
  let body = '';
  const offsets: number[] = [];
  for (const [, text] of packed) {
    offsets.push(body.length);
    body += `${text}\n`;
  }
  const header = packed.map(([num], i) => `${num} ${offsets[i]}`).join(' ') + '\n';
  const objStm = deflateSync(Buffer.from(header + body, 'latin1'));
  const objStmNum = 3 + pageCount;
  const xrefNum = objStmNum + 1;

  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const length = () => parts.reduce((n, b) => n + b.length, 0);
  const objStmAt = length();
  parts.push(Buffer.from(`${objStmNum} 0 obj\n<< /Type /ObjStm /N ${packed.length} /First ${header.length} /Filter /FlateDecode /Length ${objStm.length} >>\nstream\n`, 'latin1'), objStm, Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xrefAt = length();
  // Cross-reference stream, /W [1 4 2]: object 0 free, the packed objects by index in the stream, then the two real objects.
  const rows: number[][] = [[0, 0, 65535], ...packed.map((_, i) => [2, objStmNum, i]), [1, objStmAt, 0], [1, xrefAt, 0]];
  const xref = Buffer.alloc(rows.length * 7);
  rows.forEach(([type, a, b], i) => {
    xref.writeUInt8(type!, i * 7);
    xref.writeUInt32BE(a!, i * 7 + 1);
    xref.writeUInt16BE(b!, i * 7 + 5);
  });
  parts.push(Buffer.from(`${xrefNum} 0 obj\n<< /Type /XRef /Size ${xrefNum + 1} /W [1 4 2] /Root 1 0 R /Length ${xref.length} >>\nstream\n`, 'latin1'), xref, Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Writes classic PDF objects with a cross-reference table; `prev` chains it to an earlier one (an incremental update). */
function classicSection(start: number, objects: readonly [number, string][], root: number, size: number, prev?: number): { text: string; xrefAt: number } {
  let text = '';
  const at = new Map<number, number>();
  for (const [num, body] of objects) {
    at.set(num, start + text.length);
    text += `${num} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = start + text.length;
  text += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num] of objects) text += `${num} 1\n${String(at.get(num)).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${size} /Root ${root} 0 R${prev === undefined ? '' : ` /Prev ${prev}`} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return { text, xrefAt };
}

/**
 * A three-page PDF from which an incremental update (appended, as editors save) removed the last
 * page: its page object is still in the file, but the page tree no longer names it. Two pages.
 */
export function pdfWithPageRemovedByUpdate(): Buffer {
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>';
  const head = '%PDF-1.4\n';
  const first = classicSection(head.length, [
    [1, '<< /Type /Catalog /Pages 2 0 R >>'],
    [2, '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>'],
    [3, page],
    [4, page],
    [5, page],
  ], 1, 6);
  const update = classicSection(head.length + first.text.length, [[2, '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>']], 1, 6, first.xrefAt);
  return Buffer.from(head + first.text + update.text, 'latin1');
}
