// verify(): can this file still be trusted as the record of the offer? Four checks, every problem
// reported as a sentence rather than stopping at the first:
//   1. SQLite's own structural check of the file;
//   2. the append-only and rule triggers are still in place (an attacker's first step is to drop them);
//   3. the audit log is one unbroken, unaltered hash chain;
//   4. replaying the events rebuilds exactly the rows the tables hold — no more, no fewer, no edits.
// Limits (see audit.ts): the chain is a plain SHA-256 chain, so someone who deletes the newest
// events with their rows, or rewrites the chain from some event on with fresh hashes, leaves a
// consistent file. Anchoring the head (seq, hash) outside the file is what closes that gap.

import Database from 'better-sqlite3';
import type { AuditStore } from '../audit';
import type { VerifyReport } from '../ledger';
import { APPEND_ONLY_TABLES, RECORD_TABLES, RULE_TRIGGERS } from '../tables';
import type { NamedAnchor } from '../../core/anchor';
import { checkAnchors } from './anchors';
import { checkChain } from './chain';
import { Replay } from './replay';

function checkStructure(db: Database.Database, problems: string[]): void {
  let result: { quick_check: string }[];
  try {
    result = db.pragma('quick_check') as { quick_check: string }[];
  } catch (e) {
    // A file cut short or overwritten can fail the check itself: that is the finding.
    if (!unreadablePage(e)) throw e;
    problems.push(`SQLite reports the file damaged: ${e.message}`);
    return;
  }
  const lines = result.map((r) => r.quick_check).filter((line) => line !== 'ok');
  for (const line of lines) problems.push(`SQLite reports the file damaged: ${line}`);
}

function checkTriggers(db: Database.Database, problems: string[]): void {
  const present = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
      .all()
      .map((r) => r.name),
  );
  for (const table of APPEND_ONLY_TABLES) {
    for (const [suffix, what] of [
      ['no_update', 'edits'],
      ['no_delete', 'deletions'],
    ] as const) {
      const name = `${table}_${suffix}`;
      if (!present.has(name)) problems.push(`the safeguard against ${what} of ${table} has been removed (trigger ${name})`);
    }
  }
  for (const [name, rule] of Object.entries(RULE_TRIGGERS)) {
    if (!present.has(name)) problems.push(`the safeguard that ${rule} has been removed (trigger ${name})`);
  }
}

/** `anchors`: heads kept outside the file, each named by where it was found (see verify/anchors.ts). */
export function verifyLedger(db: Database.Database, audit: AuditStore, anchors: readonly NamedAnchor[] = []): VerifyReport {
  const problems: string[] = [];
  checkStructure(db, problems);
  checkTriggers(db, problems);
  const replay = new Replay(RECORD_TABLES, problems);
  // Read everything in one read transaction so the picture is consistent even if a write is queued.
  let events = 0;
  try {
    events = db.transaction(() => {
      const count = checkChain(audit.iterateRows(), problems, (seq, payload) => replay.add(seq, payload));
      for (const spec of RECORD_TABLES) replay.compare(db, spec);
      checkAnchors(db, audit.head(), anchors, problems);
      return count;
    })();
  } catch (e) {
    // A damaged file (reported above) may stop the replay part way: say so, rather than fail.
    if (!unreadablePage(e)) throw e;
    problems.push(`the audit trail and the records could not all be read, so they were not all checked: ${e.message}`);
  }
  return { ok: problems.length === 0, events, problems };
}

function unreadablePage(e: unknown): e is InstanceType<typeof Database.SqliteError> {
  return e instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(e.code);
}
