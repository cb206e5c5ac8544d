// Drives the `offer-desk` command in-process with a clock the test sets, on real ledger files.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../main/cli/run';
import { ControllableClock } from '../../main/services/clock';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSession {
  dir: string;
  ledger: string;
  clock: ControllableClock;
  cli(...args: string[]): CliResult;
  /** `cli` that must succeed; returns stdout. */
  ok(...args: string[]): string;
  json<T>(...args: string[]): T;
  writeFile(name: string, content: string): string;
}

export function cliSession(start = '2003-03-01T15:00:00.000Z'): CliSession {
  const dir = mkdtempSync(join(tmpdir(), 'offer-desk-cli-'));
  const ledger = join(dir, 'alpha.ledger');
  const clock = new ControllableClock(start);
  const cli = (...args: string[]): CliResult => {
    let stdout = '';
    let stderr = '';
    const code = run(args, {
      clock,
      env: {},
      out: (t) => {
        stdout += t;
      },
      err: (t) => {
        stderr += t;
      },
    });
    return { code, stdout, stderr };
  };
  const ok = (...args: string[]): string => {
    const r = cli(...args);
    if (r.code !== 0) throw new Error(`offer-desk ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
    return r.stdout;
  };
  return {
    dir,
    ledger,
    clock,
    cli,
    ok,
    json: <T>(...args: string[]) => JSON.parse(ok(...args, '--json')) as T,
    writeFile: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content, 'utf8');
      return path;
    },
  };
}

export const ROSTER_HEADER = 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares';

/** Two holders: E1 with two old grants (A, B) and one inside the look-back window (C); E2 with one grant. */
export const SMALL_ROSTER = [
  ROSTER_HEADER,
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,A,1994,2000-01-15,12.5000,1000',
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,B,1985,1998-06-01,9.8750,500',
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,C,1994,2002-09-16,2.1000,300',
  "E2,Patrick O'Brien,pob@example.com,\"1 Bridge St, Salem NH\",987-65-4321,D,1994,2001-05-07,7.4400,2000",
].join('\n');

/** A fresh Alpha ledger (the seed's dates) with the small roster imported. */
export function alphaSession(start?: string): CliSession {
  const s = cliSession(start);
  s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
  s.ok('import-roster', s.ledger, s.writeFile('roster.csv', SMALL_ROSTER));
  return s;
}

export function fileBytes(path: string): Buffer {
  return readFileSync(path);
}

/** What `documents --json` and `elections --json` print: the DTOs the desk promises. */
export type { DocumentRow as DocumentJson, ElectionRow as ElectionJson } from '../../main/ipc/dto';

/** Every row of every table, read with a plain SQLite connection: "nothing changed" means all of it. */
export function everyRow(ledger: string): string {
  const db = new Database(ledger, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).raw().all()]), (_k, v: unknown) =>
      Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
    );
  } finally {
    db.close();
  }
}

/** The command is refused (exit `code`, one reason on stderr, nothing on stdout) and no table changes. */
export function refusedUnchanged(s: CliSession, args: string[], reason: RegExp, code = 1): string {
  const before = everyRow(s.ledger);
  const r = s.cli(...args);
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}: ${r.stderr}${r.stdout}`);
  if (r.stdout !== '') throw new Error(`expected no output, got ${r.stdout}`);
  if (!reason.test(r.stderr)) throw new Error(`expected ${reason}, got ${r.stderr}`);
  if (everyRow(s.ledger) !== before) throw new Error('a refused command changed the ledger');
  return r.stderr;
}
