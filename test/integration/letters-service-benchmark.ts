// Benchmark, not a test: how long the desk takes to produce, reprint and list confirmation letters
// through the service (inputs built from the ledger, every letter rendered twice — alone for its
// SHA-256 and in the batch — and everything recorded in one transaction). Run with
//   npx tsx test/integration/letters-service-benchmark.ts [letters=200]
// Figures depend on the machine and its load; compare ratios, not absolute numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { importRoster } from '../../main/services/holders';
import { on } from '../support/desk-call';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentDraft } from '../../main/ipc/contract';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { createLedgerFile, repoResourcesDir } from '../../main/services/data-dir';
import { openDesk } from '../../main/services/desk';

const count = Number(process.argv[2] ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'offer-desk-letters-bench-'));
const ledgerPath = join(dir, 'bench.ledger');
const keyProvider = new FileKeyProvider(`${ledgerPath}.key`);
const clock = new ControllableClock('2003-03-10T14:00:00.000Z');
createLedgerFile({ path: ledgerPath, keyProvider, clock, operator: 'bench', resourcesDir: repoResourcesDir(), withDemoRoster: false });
const desk = openDesk({ ledgerPath, keyProvider, clock, operator: 'bench' });

// 1 holder in 4 has 40 grants (a three-page letter), the others 2; names in several scripts.
const names = ['Zofia Łukasiewicz', '田中 太郎', "Patrick O'Brien", 'Anders Ångström'];
const rows = ['employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares'];
for (let h = 1; h <= count; h++) {
  const holder = `E${h},${names[h % names.length] ?? 'X'} ${h},e${h}@alpha.example,"${h} Main Street, Pelham NH",900-00-${String(h).padStart(4, '0')}`;
  const grants = h % 4 === 0 ? 40 : 2;
  for (let g = 1; g <= grants; g++) rows.push(`${holder},G-${h}-${g},1994,199${g % 10}-0${(g % 9) + 1}-1${g % 10},${(g % 12) + 1}.2500,${500 + g * 125}`);
}
importRoster(desk.parts, rows.join('\n'));
clock.set('2003-03-14T15:00:00.000Z');
const ids: number[] = [];
for (let h = 1; h <= count; h++) {
  const tenders = on(desk)('holders:get', { employeeId: `E${h}` }).grants.map((g) => ({ grantId: g.grantId, shares: g.shares }));
  const draft = documentDraft.parse({ employeeId: `E${h}`, kind: 'election', via: 'fax', receivedAt: '2003-03-14T14:00:00Z', tenders });
  ids.push(on(desk)('intake:record', { draft: draft }).document.id);
}
clock.set('2003-03-27T15:00:00.000Z');

function time<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return result;
}

time(`queue of ${count} documents`, () => desk.letters.queue());
time('preview of one letter', () => desk.letters.preview(ids[0] ?? 1));
const batch = time(`produce ${count} letters (render, record, one transaction)`, () => desk.letters.produce(ids));
console.log(`  ${batch.letters.length} letters, ${batch.pages} pages, ${(Buffer.from(batch.base64, 'base64').length / 1024).toFixed(0)} KiB`);
time(`reprint the ${count} letters (re-render, check each SHA-256)`, () => desk.letters.reprint(batch.letters.map((l) => l.id)));
time(`mark ${count} confirmations sent`, () => desk.letters.markSent(ids, '2003-03-27', 'mail'));
time('verify the ledger', () => desk.ledger.verify());
desk.close();
rmSync(dir, { recursive: true, force: true });
