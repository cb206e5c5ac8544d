// Producing a batch of letters in the background: the window starts a job and watches its count;
// the letters are typeset by the letter workers (letter-render-pool.ts) while the main thread
// keeps answering intake and everything else. Nothing is recorded until the whole batch is
// rendered and joined, and then only if the job was not cancelled and every letter still says
// what the ledger says at that moment:
//
//  1. prepare: each letter's input is built from the ledger under the write lock (refusals about
//     the documents come back at once, from `start`);
//  2. render: each letter alone, in the workers; its SHA-256 is of that PDF (what a reprint
//     renders and checks); the batch joins those same PDFs;
//  3. record: in ONE transaction, the inputs are built again from the ledger as it is now (the
//     clock too: a letter date or a cure deadline can pass while the workers run). If any letter
//     would now say something else — another window or process recorded a newer form, voided a
//     document, extended the offer — those letters are rendered again from the new inputs and
//     the batch is joined again; a ledger that keeps changing (or now refuses a letter) makes the
//     job fail with a plain message, nothing recorded.
import { isOfferDeskError, OfferDeskError, type ErrorCode } from '../core/errors';
import type { LetterKind } from '../core/types';
import type { PrintedBatch } from './letter-types';
import type { WriteContext } from '../ledger/ledger';
import { LetterRenderFailure, letterRenderPool, type LetterRenderPool } from './letter-render-pool';
import {
  aboutLetter,
  prepareLetters,
  recordLetters,
  recordPrintRun,
  requireIdList,
  type JoinedBatch,
  type LetterDeskDeps,
  type PreparedLetters,
  type RenderedLetter,
} from './letter-production';

export type LetterJobState = 'rendering' | 'recording' | 'done' | 'cancelled' | 'failed';

export interface LetterJobError {
  code: ErrorCode;
  message: string;
  details: string[];
}

/** What the window shows of a job: a count while it runs, then the batch or the refusal. */
export interface LetterJobView {
  jobId: number;
  state: LetterJobState;
  /** Letters rendered so far, of `total`. */
  done: number;
  total: number;
  /** The recorded batch, once `state` is 'done'. */
  batch: PrintedBatch | null;
  error: LetterJobError | null;
}

/** Rounds of "the ledger moved: render the changed letters again" before a job gives up. */
const MAX_REBUILDS = 3;
/** Finished jobs kept for the window to read; older ones (and their PDFs) are let go. */
const KEEP_FINISHED = 2;

interface Job {
  view: LetterJobView;
  ids: number[];
  kind: LetterKind | undefined;
  cancelled: boolean;
  /** Rejects when the job is cancelled, so waiting on the workers ends at once. */
  stopped: Promise<never>;
  stop(): void;
}

class Cancelled extends Error {}

function errorOf(e: unknown): LetterJobError {
  if (isOfferDeskError(e)) return { code: e.code, message: e.message, details: [...e.details] };
  return { code: 'internal', message: `Internal error: ${e instanceof Error ? e.message : String(e)}`, details: [] };
}

export class LetterJobs {
  private readonly jobs = new Map<number, Job>();
  /** Each job's outcome: its recorded batch, or its refusal. */
  private readonly outcomes = new Map<number, Promise<PrintedBatch>>();
  private nextId = 1;

  constructor(private readonly deps: LetterDeskDeps) {}

  private workers(): LetterRenderPool {
    return letterRenderPool(this.deps.fonts);
  }

  start(documentIds: readonly number[], kind: LetterKind | undefined): LetterJobView {
    const ids = requireIdList(documentIds, 'document');
    // Refused now, not after the rendering: nobody has said who is keying.
    this.deps.operator();
    const prepared = this.deps.ledger.transaction(() => prepareLetters(this.deps, ids, kind, this.deps.now()));
    const view: LetterJobView = { jobId: this.nextId++, state: 'rendering', done: 0, total: ids.length, batch: null, error: null };
    let stop = () => {};
    const stopped = new Promise<never>((_, reject) => (stop = () => reject(new Cancelled())));
    stopped.catch(() => undefined);
    const job: Job = { view, ids, kind, cancelled: false, stopped, stop };
    this.jobs.set(view.jobId, job);
    const outcome = this.run(job, prepared);
    // The outcome is in the view too; a caller that never awaits `finished` must not see an unhandled rejection.
    outcome.catch(() => undefined);
    this.outcomes.set(view.jobId, outcome);
    this.forgetOldJobs();
    return { ...view };
  }

  private job(jobId: number): Job {
    const job = this.jobs.get(jobId);
    if (job === undefined) throw new OfferDeskError('not-found', `There is no letter job ${jobId} (jobs are kept while the desk is open, the last few finished ones only).`);
    return job;
  }

  view(jobId: number): LetterJobView {
    return { ...this.job(jobId).view };
  }

  finished(jobId: number): Promise<PrintedBatch> {
    this.job(jobId);
    return this.outcomes.get(jobId) as Promise<PrintedBatch>;
  }

  /** Stops a job before it is recorded; nothing of it is written. A recorded batch cannot be cancelled. */
  cancel(jobId: number): LetterJobView {
    const job = this.job(jobId);
    const { state } = job.view;
    if (state === 'done') {
      throw new OfferDeskError('conflict', `The batch is already recorded as print run ${job.view.batch?.printRunId ?? '?'}; a recorded batch cannot be cancelled.`);
    }
    if (state === 'rendering') this.stop(job);
    return { ...job.view };
  }

  private stop(job: Job): void {
    if (job.view.state !== 'rendering') return;
    job.cancelled = true;
    job.view.state = 'cancelled';
    job.stop();
  }

  /** The desk is closing: its running jobs stop and record nothing (the shared workers stay). */
  close(): void {
    for (const job of this.jobs.values()) this.stop(job);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.view.state !== 'rendering' && j.view.state !== 'recording');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.view.jobId);
      this.outcomes.delete(job.view.jobId);
    }
  }

  private async run(job: Job, first: PreparedLetters): Promise<PrintedBatch> {
    try {
      let prepared = first;
      let rendered = await this.render(job, prepared, prepared.letters.map((_, i) => i), []);
      for (let round = 0; ; round++) {
        const batch = await Promise.race([this.workers().join(prepared.stored.map((s) => s.text), rendered.map((r) => r.pdf)), job.stopped]);
        if (job.cancelled) throw new Cancelled();
        const outcome = this.record(job, prepared, rendered, batch);
        if (outcome.recorded !== null) {
          job.view = { ...job.view, state: 'done', done: job.view.total, batch: outcome.recorded };
          return outcome.recorded;
        }
        if (round + 1 >= MAX_REBUILDS) {
          throw new OfferDeskError(
            'conflict',
            `The ledger kept changing while these ${job.view.total} letters were being made (${MAX_REBUILDS} times), so none was recorded. Produce them again when the desk is quieter.`,
          );
        }
        // Another window or process changed what some letters say: those are rendered again.
        prepared = outcome.now;
        job.view.state = 'rendering';
        job.view.done = job.view.total - outcome.changed.length;
        rendered = await this.render(job, prepared, outcome.changed, rendered);
      }
    } catch (e) {
      if (e instanceof Cancelled || job.cancelled) {
        job.view = { ...job.view, state: 'cancelled' };
        throw new OfferDeskError('conflict', 'The batch was cancelled; nothing was recorded.');
      }
      job.view = { ...job.view, state: 'failed', error: errorOf(e) };
      throw e;
    } finally {
      this.forgetOldJobs();
    }
  }

  /** Renders the letters at `which` (indices) into a copy of `rendered`. */
  private async render(job: Job, prepared: PreparedLetters, which: readonly number[], rendered: readonly RenderedLetter[]): Promise<RenderedLetter[]> {
    const base = job.view.done;
    let fresh: RenderedLetter[] | null;
    try {
      fresh = await Promise.race([
        this.workers().renderAll(
          which.map((i) => prepared.stored[i]?.text ?? ''),
          { onProgress: (n) => void (job.cancelled || (job.view.done = base + n)), cancelled: () => job.cancelled },
        ),
        job.stopped,
      ]);
    } catch (e) {
      if (!(e instanceof LetterRenderFailure)) throw e;
      // The worker names the letter by its position; the refusal names the document and holder.
      const letter = e.index === null ? undefined : prepared.letters[which[e.index] ?? -1];
      throw letter === undefined ? e.failure : aboutLetter(letter, e.failure);
    }
    if (fresh === null) throw new Cancelled();
    const out = [...rendered];
    which.forEach((index, k) => (out[index] = fresh[k] as RenderedLetter));
    return out;
  }

  /**
   * One transaction: the letters as the ledger says now; if they say what was rendered, they and
   * the print run are recorded; if not, nothing is written and the changed letters are named.
   */
  private record(
    job: Job,
    prepared: PreparedLetters,
    rendered: readonly RenderedLetter[],
    batch: JoinedBatch,
  ): { recorded: PrintedBatch; now: PreparedLetters; changed: number[] } | { recorded: null; now: PreparedLetters; changed: number[] } {
    job.view.state = 'recording';
    const ctx: WriteContext = { at: this.deps.now(), operator: this.deps.operator() };
    return this.deps.ledger.transaction(() => {
      const now = prepareLetters(this.deps, job.ids, job.kind, ctx.at);
      const changed = now.stored.flatMap((s, i) => (s.text === prepared.stored[i]?.text ? [] : [i]));
      if (changed.length > 0) return { recorded: null, now, changed };
      const records = recordLetters(this.deps, now, rendered, ctx);
      return { recorded: recordPrintRun(this.deps, now.snap, records, batch, 'print', ctx), now, changed };
    });
  }
}
