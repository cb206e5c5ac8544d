// The head kept outside the file (a backup's manifest, the app's record of the ledger, a letter's
// footer) against the chain in the file. Deleting the newest events with their rows, or swapping in
// an older copy, leaves a chain that checks out on its own; only a copy of a later head shows it.
// The anchors are found and named by the caller (main/services/anchors.ts): this does no file I/O.
import type Database from 'better-sqlite3';
import { hashMatches, type NamedAnchor } from '../../core/anchor';
import type { AuditHead } from '../ledger';

export function checkAnchors(db: Database.Database, head: AuditHead, anchors: readonly NamedAnchor[], problems: string[]): void {
  const hashAt = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_events WHERE seq = ?');
  for (const anchor of anchors) {
    if (anchor.seq > head.seq) {
      problems.push(
        `the ledger ends at event ${head.seq}; ${anchor.source} holds event ${anchor.seq}: ` +
          `${anchor.seq - head.seq === 1 ? `event ${anchor.seq} is` : `events ${head.seq + 1} to ${anchor.seq} are`} missing ` +
          '(the ledger was cut short, or an older copy was put in its place)',
      );
      continue;
    }
    const row = hashAt.get(anchor.seq);
    if (row === undefined) {
      problems.push(`event ${anchor.seq}, which ${anchor.source} holds, is not in the ledger`);
    } else if (!hashMatches(row.hash, anchor.hash)) {
      problems.push(
        `event ${anchor.seq}'s hash differs from the one in ${anchor.source} ` +
          `(${anchor.hash.slice(0, 16)}… there, ${row.hash.slice(0, 16)}… in the ledger): the ledger's history up to that event is not the one that was anchored`,
      );
    }
  }
}
