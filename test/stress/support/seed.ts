// One seed per stress run, printed, so a failure can be replayed: STRESS_SEED=<seed> npx vitest run
// --project stress. Without STRESS_SEED each run draws a new seed and so explores new cases.
import Database from 'better-sqlite3';

export function stressSeed(test: string): number {
  const fromEnv = process.env.STRESS_SEED;
  const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed)) throw new Error(`STRESS_SEED must be a whole number, not ${fromEnv}`);
  console.log(`[stress] ${test}: seed ${seed} (replay with STRESS_SEED=${seed})`);
  return seed;
}

/** SQLite's own full check of the file (every page, every index), read through a plain connection. */
export function integrityCheck(path: string): string {
  const db = new Database(path, { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
