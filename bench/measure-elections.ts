// elections: every holder's election judged from scratch, as `offer-desk elections --json` does it
// (a fresh desk on the ledger), vs ONE SQL query giving each holder's tendered shares from the
// latest document it received.
import { run } from '../main/cli/run';
import { openLedgerReadOnly } from './bare-sqlite';
import { BENCH_NOW } from './desk';
import { interleaved, log, timeFigure, timeSync, type Figure } from './stats';

const BASELINE = 'one SQL query: tendered shares per holder from its latest document';

// The latest document received governs (a Notice tenders nothing); a bare approximation of the rules.
const ELECTIONS_SQL = `
SELECT h.employee_id, COALESCE(SUM(t.shares), 0) AS tendered
FROM holders h
LEFT JOIN (
  SELECT employee_id, id, ROW_NUMBER() OVER (PARTITION BY employee_id ORDER BY received_at DESC, id DESC) AS r FROM documents
) d ON d.employee_id = h.employee_id AND d.r = 1
LEFT JOIN document_tenders t ON t.document_id = d.id
GROUP BY h.employee_id`;

export async function measureElections(ledgerPath: string, holders: number, reps: number): Promise<Figure> {
  const result = await interleaved(
    reps,
    (rep) => {
      let bytes = 0;
      const errors: string[] = [];
      let code = -1;
      const ms = timeSync(() => {
        code = run(['elections', ledgerPath, '--json', '--operator', 'bench'], {
          clock: { now: () => BENCH_NOW },
          env: {},
          out: (t) => (bytes += t.length),
          err: (t) => errors.push(t),
        });
      });
      if (code !== 0) throw new Error(`offer-desk elections failed (${code}): ${errors.join('')}`);
      log(`elections ${rep + 1}/${reps}: ${Math.round(ms)} ms (${bytes} characters of JSON)`);
      return ms;
    },
    () => {
      const db = openLedgerReadOnly(ledgerPath);
      try {
        return timeSync(() => {
          const rows = db.prepare(ELECTIONS_SQL).all();
          if (rows.length !== holders) throw new Error(`elections baseline: ${rows.length} rows for ${holders} holders`);
        });
      } finally {
        db.close();
      }
    },
  );
  return timeFigure('elections', holders, result.ours, result.bare, BASELINE);
}
