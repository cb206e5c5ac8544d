// A desk that records documents as fast as it can until it is killed: the child process of the
// crash and two-writer stress tests. Bundled once per test run with esbuild and run with plain
// `node`, so a start costs a Node start and a ledger open, not a TypeScript compile.
//
//   node recorder.mjs LEDGER TAG [COUNT] [BUSY_MS] [wait]
//
// BUSY_MS: how long a write waits for another process's write lock (LedgerOptions.busyTimeoutMs).
// `wait`: after `ready`, block until the parent writes a line (any) before the first write, so a
// child can be started while the parent is still checking the ledger the last kill left.
// Prints `ready` once the ledger is open, then for each document `ack <id> <tag>#<n>` only AFTER
// the transaction that recorded it has committed (recordIntake returns after the commit): an
// acknowledged document is one the desk told its operator was saved. Every document carries its
// `<tag>#<n>` as its note, so the parent can find it and check it is the one acknowledged. With
// COUNT it stops after COUNT documents and prints `done`; without, it runs until killed.
// Every fifth document carries a 64 KiB scan, so some transactions write a large attachment.
// A refusal is printed as `refused <code> <message>` and ends the child with exit code 3.
import { readSync, writeSync } from 'node:fs';
import { recordIntake } from '../../../main/services/intake-entry';
import { isOfferDeskError } from '../../../main/core/errors';
import { documentDraft } from '../../../main/ipc/contract';
import { FileKeyProvider } from '../../../main/ledger/key-provider';
import { openLedger } from '../../../main/ledger/ledger';
import { ControllableClock } from '../../../main/services/clock';
import { Desk } from '../../../main/services/desk';
import { RECORDER_HOLDERS, RECORDER_NOW } from '../support/offer';

const [ledgerPath, tag, countText, busyText, waitFlag] = process.argv.slice(2);
if (ledgerPath === undefined || tag === undefined) {
  process.stderr.write('usage: recorder LEDGER TAG [COUNT] [BUSY_MS]\n');
  process.exit(2);
}
const count = countText === undefined || countText === '' ? Number.POSITIVE_INFINITY : Number(countText);

/** Straight to the pipe with a system call: nothing waits in a Node buffer when the kill comes. */
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

const SCAN = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64 * 1024, 0x20)]).toString('base64');

const ledger = openLedger({
  path: ledgerPath,
  keyProvider: new FileKeyProvider(`${ledgerPath}.key`),
  ...(busyText === undefined || busyText === '' ? {} : { busyTimeoutMs: Number(busyText) }),
});
const desk = new Desk(ledger, new ControllableClock(RECORDER_NOW), 'stress.recorder');
say('ready');
// A blocking read of the parent's go-ahead (one byte is enough: the parent writes nothing else).
// End of input means the parent is gone: write nothing.
if (waitFlag === 'wait' && readSync(0, Buffer.alloc(1), 0, 1, null) === 0) process.exit(4);
/** A child whose parent died before killing it must not write on forever into a temp dir. */
const giveUpAt = Date.now() + 60_000;

for (let n = 1; n <= count && Date.now() < giveUpAt; n++) {
  const holder = RECORDER_HOLDERS[n % RECORDER_HOLDERS.length] as (typeof RECORDER_HOLDERS)[number];
  const note = `${tag}#${n}`;
  const draft = documentDraft.parse({
    employeeId: holder.employeeId,
    kind: 'election',
    via: n % 2 === 0 ? 'fax' : 'hand',
    receivedAt: RECORDER_NOW,
    tenders: holder.tenders,
    lateKeyingReason: note,
  });
  const attachments = n % 5 === 0 ? [{ fileName: `${note}.pdf`, mediaType: 'application/pdf' as const, base64: SCAN }] : [];
  try {
    const saved = recordIntake(desk.parts, draft, attachments);
    say(`ack ${saved.document.id} ${note}`);
  } catch (e) {
    say(isOfferDeskError(e) ? `refused ${e.code} ${e.message}` : `crashed ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(3);
  }
}
desk.close();
say('done');
