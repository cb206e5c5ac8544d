// What this computer remembers about each ledger it has opened, in <data dir>/ledgers/<ledger id>.json:
// how many automatic backups to keep, and the ledger's audit head as last seen (an anchor outside
// the file: a ledger found shorter, or with another history, than this computer last saw it is
// named by verify). Keyed by the ledger's id, so the record follows a ledger that was moved. The
// folder is the caller's (the app's data folder); a missing or unreadable state is "nothing known".
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Instant } from '../core/types';
import { MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT } from './backup-store';

const stateSchema = z.object({
  ledgerPath: z.string(),
  keepBackups: z.number().int().min(MIN_BACKUPS_KEPT).max(MAX_BACKUPS_KEPT).nullable(),
  /** The audit head as this computer last saw it, and when and why it was written down. */
  head: z
    .object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/), seenAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), when: z.string() })
    .nullable(),
  /**
   * Settings › Fax inbox (fax-inbox-settings.ts): the folder the fax server drops faxes into, its
   * xferfaxlog (or null), and the zone of the fax server's clock. Absent in files written before
   * issue 11, which read as "no inbox".
   */
  inbox: z.object({ dir: z.string().min(1), xferfaxlog: z.string().min(1).nullable(), serverZone: z.string().min(1) }).nullable().optional(),
});
export type LedgerState = z.infer<typeof stateSchema>;

/** The ledger id is a UUID the ledger made; anything else is refused as a file name. */
function stateFile(dataDir: string, ledgerId: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(ledgerId)) throw new Error(`not a ledger id: ${ledgerId}`);
  return join(dataDir, 'ledgers', `${ledgerId}.json`);
}

export function readLedgerState(dataDir: string, ledgerId: string): LedgerState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(stateFile(dataDir, ledgerId), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write-then-rename, so a crash mid-write leaves the previous state, not half a file. */
export function writeLedgerState(dataDir: string, ledgerId: string, state: LedgerState): void {
  const path = stateFile(dataDir, ledgerId);
  mkdirSync(join(dataDir, 'ledgers'), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(stateSchema.parse(state), null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

export function updateLedgerState(dataDir: string, ledgerId: string, ledgerPath: string, change: Partial<LedgerState>): LedgerState {
  const before = readLedgerState(dataDir, ledgerId) ?? { ledgerPath, keepBackups: null, head: null };
  const next: LedgerState = { ...before, ledgerPath, ...change };
  writeLedgerState(dataDir, ledgerId, next);
  return next;
}

export interface SeenHead {
  seq: number;
  hash: string;
}

/** Writes down the head as seen now (`when`: "at start", "at the close of the offer", …). */
export function rememberHead(dataDir: string, ledgerId: string, ledgerPath: string, head: SeenHead, seenAt: Instant, when: string): void {
  updateLedgerState(dataDir, ledgerId, ledgerPath, { head: { seq: head.seq, hash: head.hash, seenAt, when } });
}
