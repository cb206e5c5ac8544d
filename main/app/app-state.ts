// What the app remembers between runs: only which ledger was open last, in <userData>/state.json.
// It is a convenience, never a record: a missing, unreadable or odd state file means "open the
// default ledger", and is replaced on the next write.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './log';

export const STATE_FILE = 'state.json';

export interface AppState {
  lastLedgerPath: string | null;
}

export function readAppState(dataDir: string): AppState {
  const path = join(dataDir, STATE_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    if (!(e instanceof Error && (e as NodeJS.ErrnoException).code === 'ENOENT')) log('state', `ignoring unreadable ${path}`);
    return { lastLedgerPath: null };
  }
  const last = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['lastLedgerPath'] : undefined;
  return { lastLedgerPath: typeof last === 'string' && last !== '' ? last : null };
}

/** Write-then-rename, so a crash mid-write leaves the previous state, not half a file. */
export function writeAppState(dataDir: string, state: AppState): void {
  const path = join(dataDir, STATE_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
