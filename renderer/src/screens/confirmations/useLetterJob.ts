// A batch of letters produced in the background (letters:start): its count while the desk's
// workers typeset it, cancelling it before it is recorded, and its recorded batch at the end.
// The desk answers every other request meanwhile; this watches only its own job.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LetterKind } from '../../../../main/core/types';
import type { LetterJobView, PrintedBatch } from '../../../../main/ipc/dto';
import { invoke, type ApiError } from '../../api/client';

/** How often the count is asked for while the job runs. */
const WATCH_MS = 250;

export interface LetterJob {
  job: LetterJobView | null;
  /** A refusal of start/cancel, or the job's own failure. */
  error: ApiError | null;
  running: boolean;
  /** `kind`: every document gets this letter instead of its own (the Promise to Grant after the close). */
  start(documentIds: number[], kind?: LetterKind): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

const isRunning = (job: LetterJobView | null) => job !== null && (job.state === 'rendering' || job.state === 'recording');

export function useLetterJob(onDone: (batch: PrintedBatch) => void): LetterJob {
  const [job, setJob] = useState<LetterJobView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const done = useRef(onDone);
  done.current = onDone;
  const running = isRunning(job);
  const jobId = job?.jobId ?? null;

  useEffect(() => {
    if (!running || jobId === null) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      void invoke('letters:job', { jobId }).then((r) => {
        if (!live) return;
        if (!r.ok) {
          setError(r.error);
          setJob(null);
          return;
        }
        setJob(r.value);
        if (r.value.state === 'failed' && r.value.error) setError(r.value.error);
        if (r.value.state === 'done' && r.value.batch) done.current(r.value.batch);
      });
    }, WATCH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [running, jobId, job]);

  const start = useCallback(async (documentIds: number[], kind?: LetterKind) => {
    setError(null);
    const r = await invoke('letters:start', kind === undefined ? { documentIds } : { documentIds, kind });
    if (r.ok) setJob(r.value);
    else setError(r.error);
  }, []);

  const cancel = useCallback(async () => {
    if (jobId === null) return;
    const r = await invoke('letters:cancel', { jobId });
    if (r.ok) setJob(r.value);
    else setError(r.error);
  }, [jobId]);

  const reset = useCallback(() => {
    setJob(null);
    setError(null);
  }, []);

  return { job, error, running, start, cancel, reset };
}
