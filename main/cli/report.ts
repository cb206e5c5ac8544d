// `offer-desk report LEDGER --out DIR`: the results report (results.pdf) and the paragraph for the
// final amendment to the Schedule TO (schedule-to.txt) written into DIR. A report never replaces a
// file: if either name is taken, nothing is written and the file is named. Each file is written
// under a temporary name and renamed into place, so a failed write leaves no half file behind.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { reportAnchorText } from '../core/report-anchor';
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
function writeNew(path: string, bytes: Buffer | string): void {
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

export function writeReport(call: DeskCall, outDir: string, io: ReportIo): number {
  const dir = resolve(outDir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new OfferDeskError('invalid-input', `--out ${dir} is a file, not a folder.`);
  const paths = { pdf: join(dir, REPORT_FILES.pdf), scheduleTo: join(dir, REPORT_FILES.scheduleTo) };
  // Refuse before any work when a name is taken, so nothing at all is written.
  for (const path of Object.values(paths)) {
    if (existsSync(path)) throw new OfferDeskError('conflict', `${path} already exists; a report never writes over a file. Choose another --out. Nothing was written.`);
  }
  const report = call('results:pdf', {});
  const head = report.banner === null ? '' : `${report.banner}: figures as of ${report.asOfText}.\n\n`;
  const text = `${head}${report.scheduleTo}\n\n${reportAnchorText(report.auditHead)}\n`;
  mkdirSync(dir, { recursive: true });
  writeNew(paths.pdf, Buffer.from(report.base64, 'base64'));
  try {
    writeNew(paths.scheduleTo, text);
  } catch (e) {
    // Both files or neither: the report and its paragraph come from the same reading of the ledger.
    rmSync(paths.pdf, { force: true });
    throw e;
  }
  if (report.banner !== null) io.out(`${report.banner}.\n`);
  io.out(
    `Wrote ${paths.pdf} (${report.pages} page${report.pages === 1 ? '' : 's'}, sha256 ${report.sha256})\n` +
      `Wrote ${paths.scheduleTo}\n` +
      `${reportAnchorText(report.auditHead)}\n`,
  );
  return 0;
}
