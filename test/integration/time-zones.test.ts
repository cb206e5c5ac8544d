// The offer's times are Eastern whatever the machine's zone: the same ledger operations give the
// same answers on a desk set to UTC, Los Angeles or Tokyo.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function runScenario(tz: string): unknown {
  const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['test/fixtures/tz-scenario.ts'], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(out);
}

describe("the machine's time zone changes nothing", () => {
  it('UTC, America/Los_Angeles and Asia/Tokyo reach the same timeliness, elections and due dates', () => {
    const [utc, la, tokyo] = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'].map(runScenario);
    expect(la).toEqual(utc);
    expect(tokyo).toEqual(utc);
    const { documents } = utc as { documents: { received_at: string; timely: boolean; confirmation_due: string }[] };
    expect(documents.map((d) => [d.received_at, d.timely, d.confirmation_due])).toEqual([
      ['2003-03-20T15:00:00Z', true, '2003-03-27'],
      ['2003-03-29T14:00:00Z', true, '2003-04-04'],
      ['2003-03-31T21:59:59Z', true, '2003-04-07'],
      ['2003-03-31T22:00:01Z', true, '2003-04-07'],
      ['2003-04-14T20:30:00Z', true, '2003-04-21'],
      ['2003-04-14T21:30:00Z', false, '2003-04-21'],
    ]);
  }, 120_000);
});
