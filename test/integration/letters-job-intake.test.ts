// A batch of 1,000 letters is typeset off the main thread: while it renders, the desk keeps
// answering — intake records paper, and the 5:00 PM lock refuses late paper on time — and the
// batch, cancelled, records nothing. Ordering, not timing: each answer comes while the job still
// reports itself rendering.
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../main/services/holders';
import { on } from '../support/desk-call';
import type { LetterJobView } from '../../main/ipc/dto';
import { documentDraft } from '../../main/ipc/contract';
import { et, letterDesk } from './letters-desk-fixtures';
import { windowCalls } from './window-calls';

const HOLDERS = 1001;
const id = (n: number) => `H${String(n).padStart(4, '0')}`;

function roster(): string {
  const rows = Array.from({ length: HOLDERS }, (_, i) => `${id(i + 1)},Holder ${i + 1},h${i + 1}@alpha.example,"${i + 1} Main Street, Pelham NH",123-45-${String(1000 + i).slice(-4)},G${i + 1},1994,2000-01-15,12.5000,100`);
  return ['employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares', ...rows].join('\n');
}

/** Waits (without a clock: by turns of the event loop) until the job says `until`. */
async function watch(look: () => LetterJobView, until: (v: LetterJobView) => boolean): Promise<LetterJobView> {
  for (;;) {
    const v = look();
    if (until(v)) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a 1,000-letter batch rendering in the background', () => {
  it('leaves intake answering and the 5:00 PM lock on time; cancelled, it records nothing', async () => {
    const d = letterDesk();
    importRoster(d.desk.parts, roster());
    d.at('2003-03-20 09:00');
    const draft = (n: number, received: string) => documentDraft.parse({ kind: 'election', via: 'fax', employeeId: id(n), receivedAt: et(received), tenders: [{ grantId: `G${n}`, shares: 100 }] });
    const ids = Array.from({ length: 1000 }, (_, i) => on(d.desk)('intake:record', { draft: draft(i + 1, '2003-03-14 10:00') }).document.id);
    const w = windowCalls(d.desk);

    d.at('2003-03-31 16:58');
    const started = w.ok('letters:start', { documentIds: ids });
    expect(started).toMatchObject({ state: 'rendering', total: 1000 });
    const job = () => w.ok('letters:job', { jobId: started.jobId });
    // The workers are under way: some letters are rendered, most are not.
    const midway = await watch(job, (v) => v.done > 0);
    expect(midway.state).toBe('rendering');

    // Intake answers while the batch renders…
    const kept = w.ok('intake:record', { draft: draft(HOLDERS, '2003-03-31 16:57'), attachments: [] });
    expect(kept.document.employeeId).toBe(id(HOLDERS));
    expect(job().state).toBe('rendering');
    // …and at 5:00 PM the lock refuses late paper, though the batch is still rendering.
    d.at('2003-03-31 17:00:01');
    // Paper received at 4:59 PM, keyed after 5:00 PM without a written reason.
    const late = w.call('intake:record', { draft: draft(HOLDERS, '2003-03-31 16:59'), attachments: [] });
    expect(late.ok === false && late.error.code).toBe('intake-locked');
    const still = job();
    expect(still.state).toBe('rendering');
    expect(still.done).toBeLessThan(1000);

    expect(w.ok('letters:cancel', { jobId: started.jobId }).state).toBe('cancelled');
    await expect(d.desk.letters.finished(started.jobId)).rejects.toThrow('nothing was recorded');
    expect(d.desk.ledger.letters()).toEqual([]);
    expect(d.desk.ledger.printRuns()).toEqual([]);
    expect(d.desk.ledger.documents()).toHaveLength(1001);
  }, 300_000);
});
