// import: the roster CSV into a fresh ledger through `roster:import`, vs the same rows parsed by
// csv-parse and inserted in one transaction into one bare SQLite table.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { rosterImportInput } from './adapters';
import { openDurable } from './bare-sqlite';
import { initLedger, openBenchDesk } from './desk';
import type { BenchRoster } from './roster-csv';
import { interleaved, log, timeFigure, timeSync, type Figure } from './stats';

const BASELINE = 'csv-parse + one INSERT transaction into a bare 10-column table';

function bareImport(csv: string, file: string): number {
  rmSync(file, { force: true });
  const db = openDurable(file);
  try {
    return timeSync(() => {
      const rows = parse(csv, { from_line: 2 }) as string[][];
      db.exec('CREATE TABLE roster (employee_id TEXT, name TEXT, email TEXT, address TEXT, id_number TEXT, grant_id TEXT PRIMARY KEY, plan TEXT, grant_date TEXT, exercise_price TEXT, shares INTEGER)');
      const insert = db.prepare('INSERT INTO roster VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      db.transaction(() => {
        for (const r of rows) insert.run(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], Number(r[9]));
      })();
    });
  } finally {
    db.close();
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  }
}

/** Imports `reps` times into fresh ledgers; the last one is kept (its data folder is returned) for the other measures. */
export async function measureImport(roster: BenchRoster, workDir: string, reps: number): Promise<{ figure: Figure; dataDir: string }> {
  const dirOf = (rep: number) => join(workDir, `ledger-${rep}`);
  const result = await interleaved(
    reps,
    (rep) => {
      const dataDir = dirOf(rep);
      initLedger(dataDir);
      const desk = openBenchDesk(dataDir);
      try {
        const ms = timeSync(() => desk.call('roster:import', rosterImportInput(roster.csv)));
        log(`import ${rep + 1}/${reps}: ${Math.round(ms)} ms`);
        return ms;
      } finally {
        desk.close();
        if (rep < reps - 1) rmSync(dataDir, { recursive: true, force: true });
      }
    },
    (rep) => bareImport(roster.csv, join(workDir, `bare-import-${rep}.sqlite`)),
  );
  return { figure: timeFigure('import', roster.rows, result.ours, result.bare, BASELINE), dataDir: dirOf(reps - 1) };
}
