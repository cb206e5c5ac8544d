// What the desk and the letter worker (render-worker.ts) say to each other. Plain data only: it
// crosses a worker_threads boundary by structured clone.
import type { ErrorCode } from '../core/errors';
import type { LetterFontPaths } from './fonts';

/** Given to the worker when it starts. */
export interface LetterWorkerData {
  fonts: LetterFontPaths | undefined;
}

/** Render each letter alone; `texts` are the letters' stored inputs (canonical JSON). */
export interface RenderTask {
  type: 'render';
  taskId: number;
  texts: string[];
}

/** Join letters already rendered alone into the batch for the printer. */
export interface JoinTask {
  type: 'join';
  taskId: number;
  texts: string[];
  pdfs: Uint8Array[];
}

export type LetterWorkerTask = RenderTask | JoinTask;

/** One letter rendered alone: the bytes whose SHA-256 the ledger records. */
export interface RenderedLetter {
  pdf: Uint8Array;
  sha256: string;
  pages: number;
}

export interface JoinedBatch {
  pdf: Uint8Array;
  sha256: string;
  pages: number;
}

export interface TaskFailure {
  type: 'failed';
  taskId: number;
  /** The letter (index in the task's texts) that could not be rendered, or null. */
  index: number | null;
  code: ErrorCode;
  message: string;
  details: string[];
}

export type LetterWorkerReply =
  | { type: 'rendered'; taskId: number; letters: RenderedLetter[] }
  | { type: 'joined'; taskId: number; batch: JoinedBatch }
  | TaskFailure;
