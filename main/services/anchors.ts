// verify with every anchor that can be found: the heads in the manifests of the backups beside the
// ledger, the head this computer last saw (per-ledger state, when the data folder is known), and
// heads the operator copied from paper (`verify --anchor SEQ:HASH`). Found and named here; compared
// by the ledger (main/ledger/verify/anchors.ts), which does no file discovery.
import type { AnchorHead, NamedAnchor } from '../core/anchor';
import { formatInZone } from '../core/time';
import type { LedgerReader, VerifyReport } from '../ledger/ledger';
import { listBackups } from './backup-store';
import { readLedgerState } from './ledger-state';

export interface AnchorSources {
  /** The app's data folder (per-ledger state), or null when not known (the CLI without --data-dir). */
  dataDir: string | null;
  /** Heads typed by the operator, e.g. from a letter's footer. */
  given?: readonly AnchorHead[];
}

export interface AnchoredReport extends VerifyReport {
  /** Where the anchors the ledger was compared with came from, in words. */
  anchors: string[];
}

export function findAnchors(ledger: LedgerReader, sources: AnchorSources): NamedAnchor[] {
  const info = ledger.info();
  const zone = ledger.settings().zone;
  const anchors: NamedAnchor[] = [];
  for (const b of listBackups(info.path).backups) {
    // A backup of another ledger in the folder says nothing about this one.
    if (b.manifest.ledgerId !== info.ledgerId) continue;
    anchors.push({ ...b.manifest.head, source: `a backup of ${formatInZone(b.manifest.takenAt, zone)} (${b.manifest.file})` });
  }
  const state = sources.dataDir === null ? null : readLedgerState(sources.dataDir, info.ledgerId);
  if (state?.head) {
    anchors.push({ seq: state.head.seq, hash: state.head.hash, source: `this computer's record of the ledger (seen ${state.head.when}, ${formatInZone(state.head.seenAt, zone)})` });
  }
  for (const head of sources.given ?? []) {
    anchors.push({ ...head, source: `the anchor you gave (event ${head.seq} \u00b7 ${head.hash.slice(0, 16)})` });
  }
  return anchors;
}

export function verifyWithAnchors(ledger: LedgerReader, sources: AnchorSources): AnchoredReport {
  const anchors = findAnchors(ledger, sources);
  return { ...ledger.verify(anchors), anchors: anchors.map((a) => a.source) };
}
