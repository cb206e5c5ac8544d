// A second Offer Desk that takes the ledger's write lock and keeps it until told: the other side
// of the two-writer tests. It records one document inside its transaction, prints `locked`, then
// blocks on stdin (inside the transaction, holding the lock) until the parent writes `commit` or
// `rollback`. After a commit it prints `ack <id> <tag>`; after a rollback, `rolled-back`.
//
//   node lock-holder.mjs LEDGER TAG
import { readSync, writeSync } from 'node:fs';
import { recordIntake } from '../../../main/services/intake-entry';
import { documentDraft } from '../../../main/ipc/contract';
import { FileKeyProvider } from '../../../main/ledger/key-provider';
import { openLedger } from '../../../main/ledger/ledger';
import { ControllableClock } from '../../../main/services/clock';
import { Desk } from '../../../main/services/desk';
import { RECORDER_HOLDERS, RECORDER_NOW } from '../support/offer';

const [ledgerPath, tag] = process.argv.slice(2);
if (ledgerPath === undefined || tag === undefined) {
  process.stderr.write('usage: lock-holder LEDGER TAG\n');
  process.exit(2);
}

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

/** The parent's next line, read with a blocking system call: the transaction stays open meanwhile. */
function nextLine(): string {
  const buf = Buffer.alloc(64);
  let text = '';
  while (!text.includes('\n')) {
    const n = readSync(0, buf, 0, buf.length, null);
    if (n === 0) break;
    text += buf.toString('utf8', 0, n);
  }
  return text.trim();
}

class RolledBack extends Error {}

const ledger = openLedger({ path: ledgerPath, keyProvider: new FileKeyProvider(`${ledgerPath}.key`) });
const desk = new Desk(ledger, new ControllableClock(RECORDER_NOW), 'stress.lock-holder');
const holder = RECORDER_HOLDERS[0];
try {
  const id = ledger.transaction(() => {
    const saved = recordIntake(
      desk.parts,
      documentDraft.parse({ employeeId: holder.employeeId, kind: 'election', via: 'hand', receivedAt: RECORDER_NOW, tenders: holder.tenders, lateKeyingReason: tag }),
    );
    say('locked');
    if (nextLine() !== 'commit') throw new RolledBack();
    return saved.document.id;
  });
  say(`ack ${id} ${tag}`);
} catch (e) {
  if (!(e instanceof RolledBack)) throw e;
  say('rolled-back');
}
desk.close();
