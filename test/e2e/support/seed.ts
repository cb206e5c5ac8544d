// Putting paper on the desk before the browser opens, through the same handler table and schemas
// the window uses (so seeded documents are exactly what the intake form would have produced).
import type { Input } from '../../../main/ipc/contract';
import { createHandlerTable, dispatch } from '../../../main/ipc/handlers';
import type { Desk } from '../../../main/services/desk';

export function record(desk: Desk, draft: Input<'intake:record'>['draft']): number {
  const result = dispatch(createHandlerTable(), { desk: () => desk }, 'intake:record', { draft });
  if (!result.ok) throw new Error(`seeding failed: ${result.error.message}`);
  return (result.value as { document: { id: number } }).document.id;
}

/** A roster CSV of `count` holders with one grant each, in the demo roster's columns. */
export function bigRosterCsv(count: number): string {
  const lines = ['employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares'];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(6, '0');
    const ssn = `9${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(2)}`;
    lines.push(`H${n},Holder ${n},h${n}@alpha-demo.example,"${i} Main Street, Pelham NH 03076",${ssn},GB-${n},1994,2001-05-07,3.2500,${1000 + (i % 50) * 50}`);
  }
  return lines.join('\n');
}
