// Reads the personalised form's 2-D code from a received fax, in a worker thread: decoding CCITT
// pages and searching them for a code takes tens to hundreds of milliseconds a page, which the main
// thread (intake, the 5:00 PM lock, every channel) must never wait for. A worker that fails, runs
// out of memory or passes its time limit gives 'unreadable', never an exception: the code is a
// convenience, and the fax is on record whatever it says.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OfferDeskError } from '../core/errors';
import { faxCodeReading, type FormCodeReading } from '../core/form-code';
import { MAX_ATTACHMENT_BYTES } from '../ledger';
import { faxMediaType } from './fax-facts';
import type { FaxCodeWorkerData, FaxCodeWorkerReply } from './fax-code-protocol';
import type { PageReading } from './fax-code-scan';
import { TiffStructureError, tiffDirectories, tiffPages } from './tiff-directories';
import { tiffFromPdfFax } from './pdf-fax-pages';

let configuredScript: string | null = null;

/**
 * Where the bundled worker is (the Electron app: out/main/fax-code-worker.js beside its main
 * bundle). From source (tests, the CLI through tsx), the .ts file runs through tsx instead.
 */
export function setFaxCodeWorkerScript(path: string): void {
  configuredScript = path;
}

/** How to start the worker: a script file, or (from source) a line of code that loads the .ts through tsx. */
function workerStart(): { script: string; eval: boolean } {
  if (configuredScript !== null) return { script: configuredScript, eval: false };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) throw new OfferDeskError('internal', 'the fax code worker was not located (setFaxCodeWorkerScript was not called)');
  // As for the letter workers (letter-render-pool.ts): Node 20 does not apply `--import tsx` to a
  // worker's entry file, and tsx's tsImport does. tsx is a development dependency: source runs only.
  const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./fax-code-worker.ts', here).href;
  return { script: `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, eval: true };
}

export interface FaxCodeOptions {
  /** How long the worker may take before it is stopped; by default 30 s and 2 s a page. */
  timeLimitMs?: number;
}

/** The verdict on the whole fax, and each page's verdict with how long it took (pages after the first code of this offer are not read). */
export interface FaxCodeResult {
  reading: FormCodeReading;
  pages: PageReading[];
}

function unreadable(detail: string): FaxCodeResult {
  return { reading: { status: 'unreadable', detail }, pages: [] };
}

/** A time limit in words: "45 s", or "250 ms" below a second. */
function spoken(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function runWorker(data: FaxCodeWorkerData, timeLimitMs: number): Promise<FaxCodeWorkerReply> {
  return new Promise((resolve) => {
    let settled = false;
    const start = workerStart();
    // The heap limit stops a decoder gone wrong on a hostile file; the page pixel limit (fax-page-images.ts) stops the rest.
    const worker = new Worker(start.script, { workerData: data, eval: start.eval, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const settle = (reply: FaxCodeWorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(() => settle({ type: 'failed', detail: `reading the pages took longer than ${spoken(timeLimitMs)} and was stopped` }), timeLimitMs);
    worker.on('message', (reply: FaxCodeWorkerReply) => settle(reply));
    worker.on('error', (e) => settle({ type: 'failed', detail: `the page reader failed (${e.message})` }));
    worker.on('exit', (code) => settle({ type: 'failed', detail: `the page reader stopped (exit code ${code})` }));
  });
}

/** The code reading of the fax `bytes` against the offer `ledgerId`, with each page's verdict and time. */
export async function readFaxCodesByPage(file: Buffer, ledgerId: string, options: FaxCodeOptions = {}): Promise<FaxCodeResult> {
  if (file.length > MAX_ATTACHMENT_BYTES) return unreadable(`the file is past the ${MAX_ATTACHMENT_BYTES}-byte limit`);
  const mediaType = faxMediaType(file);
  if (mediaType === null) return unreadable('the file is neither a TIFF nor a PDF');
  // A PDF fax is read through the fax images inside it (pdf-fax-pages.ts); a PDF of anything else is not rasterised here.
  const bytes = mediaType === 'application/pdf' ? tiffFromPdfFax(file) : file;
  if (bytes === null) return unreadable("the PDF's pages are not fax images (one CCITT image a page), and other PDFs are not rasterised by the desk");
  let pages: number;
  try {
    // The cheap walk (no pixels) on this thread: a file that cannot be walked is not sent to a worker at all.
    pages = tiffPages(tiffDirectories(bytes)).length;
  } catch (e) {
    if (e instanceof TiffStructureError) return unreadable(`the file ${e.message}`);
    throw e;
  }
  if (pages === 0) return unreadable('the TIFF has no pages');
  const reply = await runWorker({ bytes: new Uint8Array(bytes), ledgerId }, options.timeLimitMs ?? 30_000 + 2_000 * pages);
  if (reply.type === 'failed') return unreadable(reply.detail);
  return { reading: faxCodeReading(reply.pages.map((p) => p.reading)), pages: reply.pages };
}

/** What the form code on the fax `bytes` says about the offer `ledgerId` (main/core/form-code.ts). A file it cannot read, a worker that fails or passes its time limit give 'unreadable'; it rejects only on a bug. */
export async function readFaxCodes(bytes: Buffer, ledgerId: string, options: FaxCodeOptions = {}): Promise<FormCodeReading> {
  return (await readFaxCodesByPage(bytes, ledgerId, options)).reading;
}
