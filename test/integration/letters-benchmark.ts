// Benchmark, not a test: prints how long letters take to render. Run with
//   npx tsx test/integration/letters-benchmark.ts
// Figures depend on the machine and its load; compare ratios, not absolute numbers.
import { renderBatch, renderLetter, type LetterInput } from '../../main/letters';
import { confirmation, irregularity, lateDelivery, manyGrants, TARO } from './letters-fixtures';

function time(label: string, runs: number, work: () => Buffer): void {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = work().length;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(`${label.padEnd(44)} median ${median.toFixed(0).padStart(6)} ms  (min ${(samples[0] ?? 0).toFixed(0)}, ${runs} runs, ${bytes} bytes)`);
}

const big = confirmation({ holder: TARO, election: { ...confirmation().election, grants: manyGrants(40) } });
time('first letter in the process (fonts load)', 1, () => renderLetter(confirmation()));
time('one-page confirmation', 20, () => renderLetter(confirmation()));
time('confirmation with 40 grants (3 pages)', 20, () => renderLetter(big));
const kinds = [confirmation(), irregularity(), lateDelivery(), big];
const letters: LetterInput[] = Array.from({ length: 200 }, (_, i) => {
  const base = kinds[i % kinds.length] ?? confirmation();
  return { ...base, document: { ...base.document, id: i + 1 } };
});
time('batch of 200 letters (1 in 4 with 40 grants)', 3, () => renderBatch(letters));
time('200 letters rendered one by one', 1, () => {
  let last: Buffer = Buffer.alloc(0);
  for (const l of letters) last = renderLetter(l);
  return last;
});
