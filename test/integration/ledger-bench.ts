// Scale figures for the ledger (a benchmark, not a test: it prints, it does not assert).
// Run: npx tsx test/integration/ledger-bench.ts [holders]   (default 100,000 holders, 3 grants each)
// KEEP=1 keeps the ledger file (its path is printed) for a closer look.

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grant, OfferSettings } from '../../main/core/types';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { openLedger, type RosterHolder } from '../../main/ledger/ledger';
import { ALPHA as settings } from '../unit/offer-fixtures';

const HOLDERS = Number(process.argv[2] ?? 100_000);
const GRANTS_EACH = 3;


/** Runs `fn`, printing wall-clock and CPU time: on a shared machine the CPU figure is the steadier one. */
function measure<T>(label: string, fn: () => T, describe: (result: T) => string = () => ''): T {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const extra = describe(result);
  console.log(`${label}: ${wall.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU${extra === '' ? '' : ` — ${extra}`}`);
  return result;
}

const holders: RosterHolder[] = [];
const grants: Grant[] = [];
for (let i = 0; i < HOLDERS; i++) {
  const employeeId = `E${String(i).padStart(6, '0')}`;
  holders.push({
    employeeId,
    name: `Employee Number ${i}`,
    email: `employee${i}@alpha.example`,
    address: `${i} Bridge Street, Pelham NH 03076`,
    idNumber: `${String(100 + (i % 899)).padStart(3, '0')}-${String(10 + (i % 89))}-${String(i % 10_000).padStart(4, '0')}`,
  });
  for (let g = 0; g < GRANTS_EACH; g++) {
    grants.push({
      grantId: `G${String(i).padStart(6, '0')}-${g}`,
      employeeId,
      plan: g === 2 ? '1985' : '1994',
      grantDate: `200${g}-0${g + 3}-15`,
      exercisePrice: `${g + 3}.2500`,
      shares: 100 * (g + 1),
    });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'offer-desk-bench-'));
try {
  const path = join(dir, 'bench.ledger');
  const keyProvider = new FileKeyProvider(join(dir, 'bench.key'));
  const ledger = openLedger({ path, keyProvider, create: { settings, at: '2003-02-27T14:00:00.000Z', operator: 'bench' } });
  measure(`import ${holders.length.toLocaleString()} holders / ${grants.length.toLocaleString()} grants`, () =>
    ledger.importRoster(holders, grants, { at: '2003-02-28T14:00:00.000Z', operator: 'bench' }),
  );
  measure('verify (same session)', () => ledger.verify(), (r) => `${r.events.toLocaleString()} events, ok=${r.ok}, problems=${r.problems.length}`);
  measure('read every holder and grant', () => [ledger.holders().length, ledger.grants().length], (n) => n.join(' + '));
  measure('close (checkpoints the WAL into the file)', () => ledger.close());
  console.log(`ledger file: ${(statSync(path).size / 1024 / 1024).toFixed(1)} MiB`);
  const again = measure('reopen', () => openLedger({ path, keyProvider }));
  measure('verify after reopen', () => again.verify(), (r) => `ok=${r.ok}`);
  measure('reveal one ID number (first use checks the key)', () => again.revealIdNumber(holders[holders.length - 1]!.employeeId).length);
  console.log(`resident memory at the end: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
  again.close();
} finally {
  if (process.env['KEEP'] === undefined) rmSync(dir, { recursive: true, force: true });
  else console.log('kept', dir);
}
