// queue: `confirmations:list` (its default page: up to 5,000 rows), vs bare SQL: the same page of
// documents with the holder's name and any sent mark, ordered by receipt.
import type { BenchDesk } from './desk';
import { compareRead } from './read-compare';
import { timeFigure, type Figure } from './stats';

const BASELINE = 'bare SQL: documents JOIN holders LEFT JOIN sent marks ORDER BY receipt LIMIT 5000';

export async function measureQueue(desk: BenchDesk, documents: number, reps: number): Promise<Figure> {
  const r = await compareRead('queue', desk, reps, () => desk.call('confirmations:list', {}), [
    {
      sql: `SELECT d.id, d.employee_id, h.name, d.kind, d.via, d.received_at, c.letter_id
            FROM documents d JOIN holders h ON h.employee_id = d.employee_id
            LEFT JOIN confirmations_sent c ON c.document_id = d.id
            ORDER BY d.received_at, d.id LIMIT 5000`,
    },
  ]);
  return timeFigure('queue', documents, r.ours, r.bare, BASELINE);
}
