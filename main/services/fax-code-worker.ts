// The code reader's worker: decodes a fax's pages and reads their codes, so the pixels of a
// 60-page fax never hold the main thread (where intake and every other channel are answered).
// One worker a fax: it reads, answers once and ends; the reader ends it early past its time limit.
//
// Bundled by electron-vite as out/main/fax-code-worker.js for the app; run from source (through
// tsx) by the tests and the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { FaxCodeWorkerData, FaxCodeWorkerReply } from './fax-code-protocol';
import { readPageCodes } from './fax-code-scan';
import { TiffStructureError } from './tiff-directories';

const port = parentPort;
if (port === null) throw new Error('fax-code-worker.ts runs as a worker thread only');
const { bytes, ledgerId } = workerData as FaxCodeWorkerData;

let reply: FaxCodeWorkerReply;
try {
  reply = { type: 'read', pages: readPageCodes(bytes, ledgerId, () => performance.now()) };
} catch (e) {
  const why = e instanceof TiffStructureError ? `the file ${e.message}` : `the decoder failed (${e instanceof Error ? e.message : String(e)})`;
  reply = { type: 'failed', detail: `the pages could not be decoded: ${why}` };
}
port.postMessage(reply);
