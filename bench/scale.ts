// How big the bench's offer is. BENCH_HOLDERS sets the scale (default 100,000, the size issue 9
// targets); everything else follows from it so that a small run is the same shape, only smaller.
export interface Scale {
  holders: number;
  /** Three eligible grants per holder. */
  grantsPerHolder: number;
  /** Paper received: one document for every ten holders (10,000 at 100,000 holders). */
  documents: number;
  /** Letters per batch (1,000 at full scale). */
  letters: number;
  /** Repetitions of a measure where a median of three is affordable. */
  reps: number;
}

export function readScale(env: NodeJS.ProcessEnv): Scale {
  const raw = env.BENCH_HOLDERS?.replace(/[_,]/g, '') ?? '100000';
  const holders = Number(raw);
  if (!Number.isInteger(holders) || holders < 100) throw new Error(`BENCH_HOLDERS must be a whole number of at least 100 (got ${raw})`);
  const documents = Math.floor(holders / 10);
  return { holders, grantsPerHolder: 3, documents, letters: Math.min(1000, Math.floor(documents / 4)), reps: 3 };
}
