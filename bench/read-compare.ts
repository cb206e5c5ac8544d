// Shared by the read measures (dashboard, queue, holders page): one channel called through the
// handler table vs a few bare SQL statements over the same ledger file, interleaved, medians.
import { openLedgerReadOnly } from './bare-sqlite';
import type { BenchDesk } from './desk';
import { interleaved, log, timeSync } from './stats';

export interface ReadComparison {
  ours: number;
  bare: number;
}

export async function compareRead(
  label: string,
  desk: BenchDesk,
  reps: number,
  ours: () => void,
  statements: readonly { sql: string; params?: readonly unknown[] }[],
): Promise<ReadComparison> {
  const db = openLedgerReadOnly(desk.ledgerPath);
  try {
    const prepared = statements.map((s) => ({ stmt: db.prepare(s.sql), params: s.params ?? [] }));
    const r = await interleaved(
      reps,
      (rep) => {
        const ms = timeSync(ours);
        log(`${label} ${rep + 1}/${reps}: ${Math.round(ms)} ms`);
        return ms;
      },
      () => timeSync(() => {
        for (const p of prepared) p.stmt.all(...p.params);
      }),
    );
    return { ours: r.ours, bare: r.bare };
  } finally {
    db.close();
  }
}

/** Each holder's latest document (received last), the bare stand-in for "the governing one". */
export const LATEST_DOCUMENT = `
SELECT employee_id, id FROM (
  SELECT employee_id, id, ROW_NUMBER() OVER (PARTITION BY employee_id ORDER BY received_at DESC, id DESC) AS r FROM documents
) WHERE r = 1`;
