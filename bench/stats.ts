// Timing and the figures the bench reports. One row per measure: ours beside the bare baseline
// doing the same work, measured in the same run, and the ratio (> 1 always means we are slower).
import { performance } from 'node:perf_hooks';

export type Unit = 'ms' | 'per_s' | 'MB' | 'MiB';

export interface Figure {
  name: string;
  /** How much work one measurement covers (rows, documents, letters, calls…). */
  n: number;
  /** null when the measure timed out (see `note`). */
  value: number | null;
  unit: Unit;
  baseline: number | null;
  /** ours ÷ baseline for a time or size; baseline ÷ ours for a rate. */
  ratio: number | null;
  /** What the baseline is, and anything else a reader of the table needs (printed, and kept in the JSON). */
  note: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing');
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank] as number;
}

export function now(): number {
  return performance.now();
}

export function timeSync(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

export async function timeAsync(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/**
 * Runs ours and the baseline alternately `reps` times (interleaved, so a noisy neighbour on the
 * shared machine hits both alike) and returns the medians. `rep` is the repetition's index.
 */
export async function interleaved(
  reps: number,
  ours: (rep: number) => Promise<number> | number,
  bare: (rep: number) => Promise<number> | number,
): Promise<{ ours: number; bare: number; oursAll: number[]; bareAll: number[] }> {
  const oursAll: number[] = [];
  const bareAll: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    oursAll.push(await ours(rep));
    bareAll.push(await bare(rep));
  }
  return { ours: median(oursAll), bare: median(bareAll), oursAll, bareAll };
}

function round(v: number): number {
  return v >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}

export function timeFigure(name: string, n: number, oursMs: number | null, bareMs: number | null, note: string): Figure {
  const ratio = oursMs !== null && bareMs !== null && bareMs > 0 ? oursMs / bareMs : null;
  return { name, n, value: oursMs === null ? null : round(oursMs), unit: 'ms', baseline: bareMs === null ? null : round(bareMs), ratio: ratio === null ? null : round(ratio), note };
}

/** A rate from `n` items done in the given times: the ratio is baseline rate ÷ ours (= our time ÷ theirs). */
export function rateFigure(name: string, n: number, oursMs: number, bareMs: number, note: string): Figure {
  const ours = n / (oursMs / 1000);
  const bare = n / (bareMs / 1000);
  return { name, n, value: round(ours), unit: 'per_s', baseline: round(bare), ratio: round(bare / ours), note };
}

export function sizeFigure(name: string, n: number, oursMb: number, bareMb: number, note: string): Figure {
  return { name, n, value: round(oursMb), unit: 'MB', baseline: round(bareMb), ratio: round(oursMb / bareMb), note };
}

export function formatTable(figures: readonly Figure[]): string {
  const head = ['name', 'n', 'value', 'unit', 'baseline', 'ratio', 'baseline is / note'];
  const rows = figures.map((f) => [
    f.name,
    String(f.n),
    f.value === null ? 'timed out' : String(f.value),
    f.unit,
    f.baseline === null ? '—' : String(f.baseline),
    f.ratio === null ? '—' : String(f.ratio),
    f.note,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Progress on stderr, so the table on stdout stays clean. */
export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
