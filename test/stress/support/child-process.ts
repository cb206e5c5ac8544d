// Child processes for the stress tests: a script bundled once per test file with esbuild (it
// comes with vite) and run with plain `node`, so each start costs a Node start, not a TypeScript
// compile. Packages are bundled too (resolving zod's and pdfkit's hundreds of files one by one
// costs more than running them); only better-sqlite3, which is native, stays outside, found
// through a `node_modules` link beside the bundle.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

/** Bundles `test/stress/children/<name>.ts` for each name into one new temp dir; returns each script's path. */
export async function bundleChildren<N extends string>(...names: N[]): Promise<{ dir: string; scripts: Record<N, string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'offer-desk-stress-child-'));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await build({
    entryPoints: names.map((name) => join(REPO, 'test', 'stress', 'children', `${name}.ts`)),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // The children never print (see children/no-pdfkit.ts).
    alias: { pdfkit: join(REPO, 'test', 'stress', 'children', 'no-pdfkit.ts') },
    // Bundled CommonJS packages call require() and read __dirname; an ES module has neither.
    banner: {
      js: [
        "import { createRequire as __stressRequire } from 'node:module';",
        "import { dirname as __stressDirname } from 'node:path';",
        "import { fileURLToPath as __stressPath } from 'node:url';",
        'const require = __stressRequire(import.meta.url);',
        'const __filename = __stressPath(import.meta.url);',
        'const __dirname = __stressDirname(__filename);',
      ].join('\n'),
    },
    logLevel: 'error',
  });
  const scripts = Object.fromEntries(names.map((name) => [name, join(dir, `${name}.mjs`)])) as Record<N, string>;
  return { dir, scripts };
}

/** A running child, its stdout read line by line as it arrives. */
export class Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  stderr = '';
  private partial = '';
  private waiters: { match: (line: string) => boolean; resolve: (line: string) => void; reject: (e: Error) => void }[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(script: string, args: readonly string[]) {
    this.process = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.setEncoding('utf8');
    this.process.stderr.setEncoding('utf8');
    this.process.stdout.on('data', (chunk: string) => this.take(chunk));
    this.process.stderr.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    // 'close' comes after stdout has ended: every line the child wrote has been read by then.
    this.exited = new Promise((done) => {
      this.process.on('close', (code, signal) => {
        for (const w of this.waiters.splice(0)) w.reject(new Error(`child ended (${code ?? signal}) before the line awaited; stderr: ${this.stderr}`));
        done({ code, signal });
      });
    });
  }

  private take(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      this.lines.push(line);
      for (const w of [...this.waiters]) {
        if (w.match(line)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  }

  /** The first line (already read or still to come) that `match` accepts. */
  line(match: (line: string) => boolean): Promise<string> {
    const seen = this.lines.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolvePromise, reject) => this.waiters.push({ match, resolve: resolvePromise, reject }));
  }

  send(line: string): void {
    this.process.stdin.write(`${line}\n`);
  }

  async kill(): Promise<void> {
    this.process.kill('SIGKILL');
    await this.exited;
  }
}
