// `offer-desk report LEDGER --out DIR`: the results report (results.pdf) and the paragraph for the
// final amendment to the Schedule TO (schedule-to.txt) written into DIR. A report never replaces a
// file: if either name is taken, nothing is written and the file is named. Each file is written
// under a temporary name and renamed into place, so a failed write leaves no half file behind.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { formatAnchor } from '../core/anchor';
import type { DeskCall } from './desk-call';

export interface ReportIo {
  out: (text: string) => void;
}

/** The files `report` writes, in DIR. */
export const REPORT_FILES = { pdf: 'results.pdf', scheduleTo: 'schedule-to.txt' } as const;

/**
 * Writes `bytes` at `path` only if nothing is there: first under a temporary name, then renamed
 * into place, so a reader never sees half a file and a failed write leaves nothing behind.
 */
function writeNew(path: string, bytes: Uint8Array | string): void {
  const temp = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    // Checked again just before the rename (which would replace): a file that appeared meanwhile wins.
    if (existsSync(path)) throw new OfferDeskError('conflict', `${path} already exists; a report never writes over a file. Choose another --out.`);
    renameSync(temp, path);
  } catch (e) {
    if (e instanceof OfferDeskError) throw e;
    throw new OfferDeskError('not-found', `Cannot write ${path}: ${e instanceof Error ? e.message : String(e)}.`);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Another file the report writes beside its own (the stock plan administrator's CSV): its name in
 * DIR and its content, built only once every name is known to be free.
 */
export interface ReportExtraFile {
  name: string;
  content: () => string | Uint8Array;
}

export function writeReport(call: DeskCall, outDir: string, io: ReportIo, extra: readonly ReportExtraFile[] = []): number {
  const dir = resolve(outDir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new OfferDeskError('invalid-input', `--out ${dir} is a file, not a folder.`);
  const pdfPath = join(dir, REPORT_FILES.pdf);
  const textPath = join(dir, REPORT_FILES.scheduleTo);
  const extraPaths = extra.map((f) => ({ path: join(dir, f.name), content: f.content }));
  // Refuse before any work when a name is taken, so nothing at all is written.
  for (const path of [pdfPath, textPath, ...extraPaths.map((f) => f.path)]) {
    if (existsSync(path)) throw new OfferDeskError('conflict', `${path} already exists; a report never writes over a file. Choose another --out. Nothing was written.`);
  }
  const report = call('results:pdf', {});
  const head = report.banner === null ? '' : `${report.banner}: figures as of ${report.asOfText}.\n\n`;
  const text = `${head}${report.scheduleTo}\n\n${formatAnchor(report.auditHead)}\n`;
  const files: { path: string; bytes: string | Uint8Array }[] = [
    { path: pdfPath, bytes: Buffer.from(report.base64, 'base64') },
    { path: textPath, bytes: text },
    ...extraPaths.map((f) => ({ path: f.path, bytes: f.content() })),
  ];
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  try {
    for (const f of files) {
      writeNew(f.path, f.bytes);
      written.push(f.path);
    }
  } catch (e) {
    // All the files or none: they come from the same reading of the ledger.
    for (const path of written) rmSync(path, { force: true });
    throw e;
  }
  if (report.banner !== null) io.out(`${report.banner}.\n`);
  io.out(`Wrote ${pdfPath} (${report.pages} page${report.pages === 1 ? '' : 's'}, sha256 ${report.sha256})\n`);
  for (const f of files.slice(1)) io.out(`Wrote ${f.path}\n`);
  io.out(`${formatAnchor(report.auditHead)}\n`);
  return 0;
}
