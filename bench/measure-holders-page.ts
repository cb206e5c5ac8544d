// holders_page: one page of 200 roster rows from the middle of the roster through `holders:list`,
// vs bare SQL: the same page of holders with their grant counts and shares (GROUP BY, LIMIT/OFFSET).
import type { BenchDesk } from './desk';
import { compareRead } from './read-compare';
import { timeFigure, type Figure } from './stats';

const BASELINE = 'bare SQL: holders JOIN grants GROUP BY holder ORDER BY id LIMIT 200 OFFSET middle';
const PAGE = 200;

export async function measureHoldersPage(desk: BenchDesk, holders: number, reps: number): Promise<Figure> {
  const offset = Math.floor(holders / 2);
  const r = await compareRead('holders_page', desk, reps, () => desk.call('holders:list', { offset, limit: PAGE }), [
    {
      sql: `SELECT h.employee_id, h.name, count(g.grant_id), sum(g.shares)
            FROM holders h JOIN grants g ON g.employee_id = h.employee_id
            GROUP BY h.employee_id ORDER BY h.employee_id LIMIT ? OFFSET ?`,
      params: [PAGE, offset],
    },
  ]);
  return timeFigure('holders_page', PAGE, r.ours, r.bare, BASELINE);
}
