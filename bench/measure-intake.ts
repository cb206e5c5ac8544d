// intake_p50 / intake_p99: every document of the bench recorded through `intake:record`, one at a
// time (each its own durable transaction), vs a single-row durable insert (WAL, synchronous=FULL,
// one transaction each) into a bare table, interleaved document by document.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { intakeRecordInput, type DraftSpec, type Tendering } from './adapters';
import { openDurable } from './bare-sqlite';
import { RECEIVED_FROM, RECEIVED_TO, type BenchDesk } from './desk';
import type { BenchRoster } from './roster-csv';
import { log, percentile, timeFigure, timeSync, type Figure } from './stats';

const BASELINE = 'single-row INSERT, WAL + synchronous=FULL, one transaction each';
const TENDERING: readonly Tendering[] = ['all', 'some', 'part'];

/**
 * The paper: mostly Election Forms from distinct holders spread over the roster; every tenth
 * document is a Notice to Change Election from a holder who filed five documents earlier (so some
 * forms are superseded), and one in 25 has a defect. Receipt times rise evenly over three weeks.
 */
export function documentSpecs(roster: BenchRoster, count: number): DraftSpec[] {
  const from = Date.parse(RECEIVED_FROM);
  const span = Date.parse(RECEIVED_TO) - from;
  const specs: DraftSpec[] = [];
  for (let j = 0; j < count; j++) {
    const notice = j % 10 === 9;
    const holderIndex = notice ? (j - 5) * 9 : j * 9;
    const holder = roster.holders[holderIndex % roster.holders.length];
    if (!holder) throw new Error('empty roster');
    specs.push({
      employeeId: holder.employeeId,
      holderName: holder.name,
      kind: notice ? 'notice' : 'election',
      receivedAt: new Date(from + Math.floor((span * j) / Math.max(1, count - 1))).toISOString(),
      tendering: TENDERING[j % 3] as Tendering,
      grants: holder.grants,
      defective: j % 25 === 3,
    });
  }
  return specs;
}

export function measureIntake(desk: BenchDesk, roster: BenchRoster, count: number, workDir: string): Figure[] {
  // Steady state: the desk's first read after the import (its elections) is paid before timing.
  desk.call('offer:get', {});
  const file = join(workDir, 'bare-intake.sqlite');
  rmSync(file, { force: true });
  const bare = openDurable(file);
  bare.exec('CREATE TABLE documents (id INTEGER PRIMARY KEY, employee_id TEXT NOT NULL, kind TEXT NOT NULL, received_at TEXT NOT NULL, tenders TEXT NOT NULL)');
  const insert = bare.prepare('INSERT INTO documents (employee_id, kind, received_at, tenders) VALUES (?, ?, ?, ?)');
  const ours: number[] = [];
  const base: number[] = [];
  try {
    for (const [j, spec] of documentSpecs(roster, count).entries()) {
      const input = intakeRecordInput(spec);
      ours.push(timeSync(() => desk.call('intake:record', input)));
      base.push(timeSync(() => insert.run(spec.employeeId, spec.kind, spec.receivedAt, JSON.stringify(input.draft.tenders ?? []))));
      if ((j + 1) % 1000 === 0) log(`intake ${j + 1}/${count}: last ${ours[j]?.toFixed(1)} ms`);
    }
  } finally {
    bare.close();
  }
  return [
    timeFigure('intake_p50', count, percentile(ours, 50), percentile(base, 50), BASELINE),
    timeFigure('intake_p99', count, percentile(ours, 99), percentile(base, 99), BASELINE),
  ];
}
