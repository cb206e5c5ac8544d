// The letter workers: worker_threads running main/letters/render-worker.ts, so typesetting a
// batch never holds the main thread (where intake, the 5:00 PM lock and every other channel are
// answered). Letters go out in small chunks to whichever worker is free, which gives a progress
// count and lets a cancelled batch stop after the chunk in hand.
//
// Workers start on first use and stay for the desk's life; while idle they are unref'd, so an
// idle pool never keeps a CLI run or a test process alive.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OfferDeskError } from '../core/errors';
import type { LetterFontPaths } from '../letters';
import type { JoinedBatch, LetterWorkerData, LetterWorkerReply, LetterWorkerTask, RenderedLetter, TaskFailure } from '../letters/render-protocol';

let configuredScript: string | null = null;

/**
 * Where the bundled worker is (the Electron app: out/main/letters-worker.js beside its main
 * bundle). From source (tests, the CLI through tsx), the .ts file runs through tsx instead.
 */
export function setLetterWorkerScript(path: string): void {
  configuredScript = path;
}

/** How to start a worker: a script file, or (from source) a line of code that loads the .ts through tsx. */
function workerStart(): { script: string; eval: boolean } {
  if (configuredScript !== null) return { script: configuredScript, eval: false };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) throw new OfferDeskError('internal', 'the letter worker was not located (setLetterWorkerScript was not called)');
  // Node 20 does not apply `--import tsx` to a worker's own entry file; tsx's tsImport does load
  // it (and everything it imports) as TypeScript. tsx is a development dependency: source runs only.
  const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('../letters/render-worker.ts', here).href;
  return { script: `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`, eval: true };
}

/** Letters per message to a worker: small enough for a lively count and a prompt cancel. */
const CHUNK = 8;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(reply: LetterWorkerReply): void; reject(e: Error): void }>;
}

/** Says whether the caller still wants the work (a cancelled job does not). */
export interface RenderControl {
  onProgress(done: number): void;
  cancelled(): boolean;
}

/** A letter the worker could not render: its index in the batch and the refusal. */
export class LetterRenderFailure extends Error {
  constructor(
    readonly index: number | null,
    readonly failure: OfferDeskError,
  ) {
    super(failure.message);
  }
}

function failureOf(reply: TaskFailure, offset: number): LetterRenderFailure {
  return new LetterRenderFailure(reply.index === null ? null : offset + reply.index, new OfferDeskError(reply.code, reply.message, reply.details));
}

export class LetterRenderPool {
  private readonly slots: Slot[] = [];
  private nextTaskId = 1;
  private closed = false;
  /** Chunks still allowed through while held (null: not held), and who waits for the release. */
  private allowance: number | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly fonts: LetterFontPaths | undefined,
    private readonly size = Math.max(1, Math.min(4, availableParallelism())),
  ) {}

  private spawn(): Slot {
    const start = workerStart();
    const data: LetterWorkerData = { fonts: this.fonts };
    const worker = new Worker(start.script, { workerData: data, eval: start.eval });
    const slot: Slot = { worker, pending: new Map() };
    const failAll = (e: Error) => {
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
    };
    worker.on('message', (reply: LetterWorkerReply) => {
      const p = slot.pending.get(reply.taskId);
      slot.pending.delete(reply.taskId);
      if (slot.pending.size === 0) worker.unref();
      p?.resolve(reply);
    });
    worker.on('error', (e) => failAll(new OfferDeskError('internal', `the letter worker failed: ${e.message}`)));
    worker.on('exit', (code) => failAll(new OfferDeskError('internal', `the letter worker stopped (exit code ${code})`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private slot(i: number): Slot {
    return this.slots[i] ?? this.spawn();
  }

  private send(slot: Slot, task: LetterWorkerTask): Promise<LetterWorkerReply> {
    if (this.closed) return Promise.reject(new OfferDeskError('internal', 'the letter workers are closed'));
    return new Promise((resolve, reject) => {
      slot.pending.set(task.taskId, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(task);
    });
  }

  /**
   * Lets `chunks` more chunks go to the workers, then holds every batch until the returned
   * function is called. For the browser tests: a batch seen mid-way, deterministically, however
   * fast the machine (a cancel must land before the last letter).
   */
  holdAfterChunks(chunks: number): () => void {
    this.allowance = chunks;
    return () => {
      this.allowance = null;
      for (const go of this.waiting.splice(0)) go();
    };
  }

  private async gate(): Promise<void> {
    while (this.allowance !== null && this.allowance <= 0) await new Promise<void>((go) => this.waiting.push(go));
    if (this.allowance !== null) this.allowance--;
  }

  /**
   * Each letter rendered alone, in order; null when the caller cancelled. A letter that cannot be
   * rendered rejects with a LetterRenderFailure naming its index.
   */
  async renderAll(texts: readonly string[], control: RenderControl): Promise<RenderedLetter[] | null> {
    const out: RenderedLetter[] = new Array<RenderedLetter>(texts.length);
    const starts: number[] = [];
    for (let i = 0; i < texts.length; i += CHUNK) starts.push(i);
    let done = 0;
    let failed = false;
    const lane = async (slotIndex: number) => {
      for (let start = starts.shift(); start !== undefined && !failed && !control.cancelled(); start = starts.shift()) {
        await this.gate();
        if (control.cancelled()) return;
        const chunk = texts.slice(start, start + CHUNK);
        const reply = await this.send(this.slot(slotIndex), { type: 'render', taskId: this.nextTaskId++, texts: chunk });
        if (reply.type === 'failed') {
          failed = true;
          throw failureOf(reply, start);
        }
        if (reply.type !== 'rendered' || reply.letters.length !== chunk.length) throw new OfferDeskError('internal', 'the letter worker answered out of turn');
        reply.letters.forEach((letter, i) => (out[start + i] = letter));
        done += chunk.length;
        control.onProgress(done);
      }
    };
    const lanes = Math.min(this.size, starts.length);
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
    return control.cancelled() ? null : out;
  }

  /** Joins letters rendered alone into the batch (in a worker: it copies megabytes). */
  async join(texts: readonly string[], pdfs: readonly Uint8Array[]): Promise<JoinedBatch> {
    const reply = await this.send(this.slot(0), { type: 'join', taskId: this.nextTaskId++, texts: [...texts], pdfs: [...pdfs] });
    if (reply.type === 'failed') throw failureOf(reply, 0);
    if (reply.type !== 'joined') throw new OfferDeskError('internal', 'the letter worker answered out of turn');
    return reply.batch;
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots.splice(0)) void slot.worker.terminate();
  }
}

const shared = new Map<string, LetterRenderPool>();

/**
 * The process's letter workers for these fonts. They hold no ledger, so every desk the process
 * opens (File > Open, the tests' many desks) shares them, warm: fonts loaded, shaping cached.
 */
export function letterRenderPool(fonts: LetterFontPaths | undefined): LetterRenderPool {
  const key = JSON.stringify(fonts ?? null);
  let pool = shared.get(key);
  if (pool === undefined) {
    pool = new LetterRenderPool(fonts);
    shared.set(key, pool);
  }
  return pool;
}
