// The letter worker: a worker_threads script that only typesets. It takes letters' stored inputs
// and gives back each letter's own PDF with its SHA-256 and pages, or joins rendered letters into
// the batch. It never sees the ledger; the desk builds the inputs and records the letters.
//
// Bundled by electron-vite as out/main/letters-worker.js for the app; run from source (through
// tsx) by the tests and the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import { ERROR_CODES, type ErrorCode, isOfferDeskError } from '../core/errors';
import { joinBatch } from './batch';
import { parseLetterInput } from './letter-input-schema';
import { countPdfPages, sha256Hex } from './pdf-facts';
import type { LetterWorkerData, LetterWorkerReply, LetterWorkerTask, RenderedLetter } from './render-protocol';
import { renderLetter } from './render-letter';

const port = parentPort;
if (port === null) throw new Error('render-worker.ts runs as a worker thread only');
const { fonts } = workerData as LetterWorkerData;

function readLetter(text: string) {
  return parseLetterInput(JSON.parse(text) as unknown);
}

function failure(taskId: number, index: number | null, e: unknown): LetterWorkerReply {
  if (isOfferDeskError(e)) {
    const code: ErrorCode = ERROR_CODES.includes(e.code) ? e.code : 'internal';
    return { type: 'failed', taskId, index, code, message: e.message, details: [...e.details] };
  }
  return { type: 'failed', taskId, index, code: 'internal', message: e instanceof Error ? e.message : String(e), details: [] };
}

function handle(task: LetterWorkerTask): LetterWorkerReply {
  if (task.type === 'render') {
    const letters: RenderedLetter[] = [];
    for (const [index, text] of task.texts.entries()) {
      try {
        const pdf = renderLetter(readLetter(text), { fonts });
        letters.push({ pdf, sha256: sha256Hex(pdf), pages: countPdfPages(pdf) });
      } catch (e) {
        return failure(task.taskId, index, e);
      }
    }
    return { type: 'rendered', taskId: task.taskId, letters };
  }
  try {
    const pdf = joinBatch(task.texts.map(readLetter), task.pdfs);
    return { type: 'joined', taskId: task.taskId, batch: { pdf, sha256: sha256Hex(pdf), pages: countPdfPages(pdf) } };
  } catch (e) {
    return failure(task.taskId, null, e);
  }
}

port.on('message', (task: LetterWorkerTask) => port.postMessage(handle(task)));
