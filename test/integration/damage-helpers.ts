// Damaged, read-only and unavailable ledgers, made for real: garbage written over one page of the
// file, a file cut short, a folder or file that cannot be written, a disk that runs out of room
// (a file-size limit), and the `offer-desk` command run in a process of its own where a test needs
// another user or a limit the test process must not have.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { CliResult } from './cli-helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BATCH = fileURLToPath(new URL('./cli-batch-child.ts', import.meta.url));

/** Writes garbage over the first 512 bytes of the page that holds `table`'s b-tree root. */
export function garbleTable(ledger: string, table: string): void {
  const db = new Database(ledger, { readonly: true, fileMustExist: true });
  let root: number;
  let pageSize: number;
  try {
    root = (db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as { rootpage: number }).rootpage;
    pageSize = db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
  const fd = openSync(ledger, 'r+');
  try {
    writeSync(fd, Buffer.from('GARBAGE!'.repeat(64)), 0, 512, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Cuts the file to `fraction` of its length, as an interrupted copy would. */
export function truncateTo(ledger: string, fraction: number): void {
  truncateSync(ledger, Math.floor(statSync(ledger).size * fraction));
}

/** The SHA-256 of every file in a folder, by name: "never written to" means none of them changed. */
export function folderFingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(`${dir}/${name}`)).digest('hex')]),
  );
}

/** Tests may run as root (CI containers), who may write any file whatever its mode. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;
/** The unprivileged account a root test run uses to meet a read-only file as a clerk would. */
const NOBODY = 65534;

export interface ChildOptions {
  /** Run as an unprivileged user (root runs as `nobody`), so file modes bind as for a clerk. */
  unprivileged?: boolean;
  /** `ulimit -f` in KiB: every file the process writes stops growing there, as on a full disk. */
  fileSizeLimitKiB?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `offer-desk` commands, in order, in one process of its own (cli-batch-child.ts: the real
 * clock). The folders the unprivileged user must reach are the caller's to open (openFolderTo).
 */
export function cliChild(commands: string[][], options: ChildOptions = {}): CliResult[] {
  const node = [process.execPath, '--import', 'tsx', BATCH, JSON.stringify(commands)].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const limit = options.fileSizeLimitKiB === undefined ? '' : `ulimit -f ${options.fileSizeLimitKiB}; `;
  const unprivileged = options.unprivileged === true && RUNNING_AS_ROOT;
  const asNobody = unprivileged ? { uid: NOBODY, gid: NOBODY } : {};
  // The checkout may sit in a folder only its owner may enter (CI clones into `mktemp -d`, mode
  // 0700): the unprivileged user is let through the checkout's parent folders for this call only.
  const opened = unprivileged ? letThroughTo(ROOT) : [];
  let r: SpawnSyncReturns<string>;
  try {
    r = spawnSync('bash', ['-c', `${limit}exec ${node}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...options.env, HOME: '/tmp' },
      ...asNobody,
    });
  } finally {
    for (const { dir, mode } of opened) chmodSync(dir, mode);
  }
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`the offer-desk child process failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as CliResult[];
}

/** Adds "others may pass through" to `dir` and each folder above it that lacks it; returns what to restore. */
function letThroughTo(dir: string): { dir: string; mode: number }[] {
  const changed: { dir: string; mode: number }[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    const mode = statSync(d).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(d, mode | 0o001);
      changed.push({ dir: d, mode });
    }
    if (dirname(d) === d) break;
  }
  return changed;
}

/** Lets the unprivileged user of cliChild read (not write) a test's folder and its files. */
export function openFolderTo(dir: string, files: string[], mode: { folder: number; files: number }): void {
  for (const f of files) chmodSync(f, mode.files);
  chmodSync(dir, mode.folder);
}
