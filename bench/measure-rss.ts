// rss_mb: the desk process's resident memory after the run (this process hosts the desk, its
// handler table and the harness; the browser is closed by then), vs a bare Node process that
// opened the same ledger with better-sqlite3 and read every holder, grant, document and tender.
import { execFileSync } from 'node:child_process';
import { sizeFigure, type Figure } from './stats';

const BARE_SCRIPT = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { readonly: true, fileMustExist: true });
// Held on the global object so the rows stay in memory while the RSS is read, as a desk's state does.
globalThis.rows = ['holders', 'grants', 'documents', 'document_tenders'].map((t) => db.prepare('SELECT * FROM ' + t).all());
process.stdout.write(String(process.memoryUsage().rss));
`;

export function measureRss(ledgerPath: string, repoDir: string): Figure {
  const mb = (bytes: number) => bytes / (1024 * 1024);
  const ours = mb(process.memoryUsage().rss);
  const peak = process.resourceUsage().maxRSS / 1024;
  const bare = mb(Number(execFileSync(process.execPath, ['-e', BARE_SCRIPT, ledgerPath], { cwd: repoDir }).toString()));
  return sizeFigure('rss_mb', 1, ours, bare, `bare node: better-sqlite3 opened the ledger and read all rows (desk peak ${Math.round(peak)} MB)`);
}
