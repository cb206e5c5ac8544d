// ledger_size: the ledger file after the import and the intake (holders, grants, documents), vs a
// bare SQLite file holding the same rows: every record table's columns (what the audit chain
// speaks for), copied into plain tables with no keys, indexes, triggers or audit log.
// Sizes are what the files hold once checkpointed: page_count × page_size, read through SQLite so
// the ledger's WAL counts (the desk may still be open) and no half-written frame does.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { RECORD_TABLES } from '../main/ledger/tables';
import { openLedgerReadOnly, type Db } from './bare-sqlite';
import { log, type Figure } from './stats';

const BASELINE = 'the same rows in a bare SQLite file (plain tables: no keys, indexes, triggers or audit log)';
const MIB = 1024 * 1024;

function fileBytes(db: Db): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return pages * size;
}

/** Copies every record table's rows into a fresh file and returns its size in bytes. */
function bareRowsBytes(ledger: Db, file: string): { bytes: number; rows: number } {
  rmSync(file, { force: true });
  const bare = new Database(file);
  let rows = 0;
  try {
    bare.transaction(() => {
      for (const spec of RECORD_TABLES) {
        const columns = [...spec.columns, ...(spec.digest === undefined ? [] : [spec.digest.content])];
        bare.exec(`CREATE TABLE ${spec.table} (${columns.join(', ')})`);
        const insert = bare.prepare(`INSERT INTO ${spec.table} VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of ledger.prepare(`SELECT ${columns.join(', ')} FROM ${spec.table}`).raw().iterate() as IterableIterator<unknown[]>) {
          insert.run(...row);
          rows += 1;
        }
      }
    })();
    return { bytes: fileBytes(bare), rows };
  } finally {
    bare.close();
    rmSync(file, { force: true });
  }
}

export function measureLedgerSize(ledgerPath: string, workDir: string): Figure {
  const ledger = openLedgerReadOnly(ledgerPath);
  try {
    const ours = fileBytes(ledger);
    const bare = bareRowsBytes(ledger, join(workDir, 'bare-rows.sqlite'));
    log(`ledger_size: ${(ours / MIB).toFixed(1)} MiB, the same ${bare.rows} rows bare ${(bare.bytes / MIB).toFixed(1)} MiB`);
    const round = (v: number) => Math.round(v * 100) / 100;
    return { name: 'ledger_size', n: bare.rows, value: round(ours / MIB), unit: 'MiB', baseline: round(bare.bytes / MIB), ratio: round(ours / bare.bytes), note: BASELINE };
  } finally {
    ledger.close();
  }
}
