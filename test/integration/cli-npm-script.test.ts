// The documented way to run the command from a checkout: `npm run -s desk -- <command>`. Its
// standard output must be the command's own output only, so `--json` can be piped to a tool.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alphaSession } from './cli-helpers';

const root = new URL('../..', import.meta.url).pathname;

function npmDesk(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'desk', '--', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, OFFER_DESK_KEY_FILE: '' } });
}

describe('npm run -s desk', () => {
  it('prints nothing but the JSON on stdout, and exits 0', () => {
    const s = alphaSession();
    const r = npmDesk('elections', s.ledger, '--json');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { employee_id: string; grant_id: string }[];
    expect(rows.map((x) => `${x.employee_id}/${x.grant_id}`)).toEqual(['E1/B', 'E1/A', 'E1/C', 'E2/D']);
  }, 60_000);

  it('a refused command exits non-zero, says why on stderr, and prints nothing on stdout', () => {
    const s = alphaSession();
    const r = npmDesk('log', s.ledger, '--employee', 'E9', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-20 09:00');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^offer-desk: No holder with employee id E9 is on the eligibility roster\. .*--not-on-roster "NAME"/m);
  }, 60_000);
});
