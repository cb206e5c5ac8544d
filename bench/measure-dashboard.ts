// dashboard: `dashboard:get`, vs the bare SQL of its figures: holder count, documents by kind,
// shares eligible and tendered by plan (latest document per holder), the running total of shares
// tendered at each receipt, and the documents still owed a confirmation.
import type { BenchDesk } from './desk';
import { compareRead, LATEST_DOCUMENT } from './read-compare';
import { timeFigure, type Figure } from './stats';

const BASELINE = 'bare SQL: 5 aggregate queries (counts, by plan, tendered over time, unconfirmed)';

export async function measureDashboard(desk: BenchDesk, documents: number, reps: number): Promise<Figure> {
  const r = await compareRead('dashboard', desk, reps, () => desk.call('dashboard:get', {}), [
    { sql: 'SELECT count(*) FROM holders' },
    { sql: 'SELECT kind, count(*) FROM documents GROUP BY kind' },
    {
      sql: `SELECT g.plan, SUM(g.shares) AS eligible, SUM(COALESCE(t.shares, 0)) AS tendered
            FROM grants g LEFT JOIN (${LATEST_DOCUMENT}) d ON d.employee_id = g.employee_id
            LEFT JOIN document_tenders t ON t.document_id = d.id AND t.grant_id = g.grant_id
            GROUP BY g.plan`,
    },
    {
      sql: `SELECT d.received_at, SUM(SUM(t.shares)) OVER (ORDER BY d.received_at, d.id) AS running
            FROM documents d JOIN document_tenders t ON t.document_id = d.id GROUP BY d.id`,
    },
    { sql: 'SELECT count(*) FROM documents d LEFT JOIN confirmations_sent c ON c.document_id = d.id WHERE c.document_id IS NULL' },
  ]);
  return timeFigure('dashboard', documents, r.ours, r.bare, BASELINE);
}
