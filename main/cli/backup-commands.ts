// `offer-desk backup LEDGER FILE`, `offer-desk restore BACKUP LEDGER [--replace]` and what `verify`
// prints about anchors. The work is in the services (backup.ts, restore.ts, anchors.ts); this only
// reads the command line and says what happened.
import { formatAnchor, parseAnchorText } from '../core/anchor';
import { verifyWithAnchors } from '../services/anchors';
import { createBackup } from '../services/backup';
import type { Clock } from '../services/clock';
import type { Desk } from '../services/desk';
import { restoreBackup } from '../services/restore';

interface Io {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
}

export function runBackup(desk: Desk, file: string, io: Io): number {
  const r = createBackup(desk, file, { why: 'manual' });
  io.out(
    `Saved a verified backup to ${r.path}: it ends at ${formatAnchor({ seq: r.events, hash: r.headHash })}.` +
      `${r.manifestPath === null ? '' : ` Its manifest is ${r.manifestPath}.`}\n`,
  );
  return 0;
}

export function runRestore(backup: string, ledger: string, replace: boolean, operator: string, io: Io): number {
  const r = restoreBackup(backup, ledger, replace, { at: io.clock.now(), operator });
  io.out(`Restored ${backup} to ${r.ledgerPath}: it verifies and ends at ${r.restored.text} (${formatAnchor(r.restored)}).\n`);
  if (r.keptAs !== null) io.out(`The ledger it replaced is kept as ${r.keptAs}.\n`);
  return 0;
}

/** verify, with the anchors beside the ledger, in the data folder (if given) and typed (`--anchor`). */
export function runVerify(desk: Desk, anchorText: string | undefined, dataDir: string | undefined, io: Io): number {
  const given = anchorText === undefined ? [] : [parseAnchorText(anchorText)];
  const report = verifyWithAnchors(desk.ledger, { dataDir: dataDir ?? null, given });
  const against = report.anchors.length === 0 ? '' : ` It was compared with ${report.anchors.length} anchor(s) kept outside the file: ${report.anchors.join('; ')}.`;
  if (report.ok) {
    io.out(`The ledger verifies: ${report.events} audit events chained, every record matches its events.${against}\n`);
    return 0;
  }
  for (const p of report.problems) io.out(`${p}\n`);
  io.err(`offer-desk: the ledger does NOT verify: ${report.problems.length} problem(s).\n`);
  return 1;
}
