// Runs another Offer Desk process on a test's ledger (letters-other-process.ts) to completion.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { et, type LetterDesk } from './letters-desk-fixtures';

const OTHER = fileURLToPath(new URL('./letters-other-process.ts', import.meta.url));

/** Returns what the other process printed: the id it recorded. */
export function otherProcess(d: LetterDesk, nowWall: string, ...args: string[]): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', OTHER, d.ledgerPath, et(nowWall), ...args], { encoding: 'utf8' });
  return Number(out.trim());
}
