// Another Offer Desk process keying paper as fast as it can, for the test of a backup taken while
// intake is writing. Run with `node --import tsx`:
//   backup-writer-process.ts LEDGER NOW_ISO COUNT
// Prints `ready` once the ledger is open, `ack N` after each committed document, then `done`.
import { writeSync } from 'node:fs';
import { documentDraft } from '../../main/ipc/contract';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { recordIntake } from '../../main/services/intake-entry';

const [ledgerPath = '', now = '', countText = '0'] = process.argv.slice(2);
const desk = openDesk({ ledgerPath, keyProvider: new FileKeyProvider(`${ledgerPath}.key`), clock: new ControllableClock(now), operator: 'other.clerk' });
writeSync(1, 'ready\n');
for (let n = 1; n <= Number(countText); n++) {
  const draft = documentDraft.parse({ kind: 'election', via: 'fax', employeeId: n % 2 === 0 ? 'E1' : 'E2', receivedAt: now, tenders: [], lateKeyingReason: `writer#${n}` });
  recordIntake(desk.parts, draft, []);
  writeSync(1, `ack ${n}\n`);
}
desk.close();
writeSync(1, 'done\n');
