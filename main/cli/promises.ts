// `offer-desk letters LEDGER --promises [--out FILE.pdf]`: after the close, a Promise to Grant for
// every holder whose options were accepted and who has none yet, as one PDF for the printer, each
// letter on a new page, recorded like every other letter (its input and SHA-256, and the print
// run). As with `letters --due`, the PDF is written inside the transaction that records the
// letters, so a file that cannot be written leaves nothing recorded, and no file is ever replaced.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import type { Desk } from '../services/desk';
import { NOT_CLOSED_YET } from '../services/promise-letters';
import type { DeskCall } from './desk-call';
import type { LetterCommandIo } from './letters';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function producePromiseLetters(desk: Desk, call: DeskCall, ledgerPath: string, outOption: string | undefined, io: LetterCommandIo): number {
  const queue = call('promises:list', {});
  if (queue.closing === null) throw new OfferDeskError('conflict', NOT_CLOSED_YET);
  if (queue.toMake === 0) {
    io.out(
      `Every holder whose options were accepted (${queue.rows.length}) already has a Promise to Grant; ` +
        'reprint one from the print history to give the same letter again. No file was written.\n',
    );
    return 0;
  }
  const path = resolve(outOption ?? join(dirname(resolve(ledgerPath)), `promises-to-grant-${queue.closing.cancellationDate}.pdf`));
  if (existsSync(path)) {
    throw new OfferDeskError('conflict', `${path} already exists; letters are never written over a file. Choose another --out. Nothing was recorded.`);
  }
  let wrote = false;
  try {
    const batch = desk.letters.produce(
      queue.nextBatch,
      {
        kind: 'promise-to-grant',
        beforeCommit: (_batch, pdf) => {
          try {
            writeFileSync(path, pdf, { flag: 'wx' });
          } catch (e) {
            throw new OfferDeskError('not-found', `Cannot write ${path}: ${e instanceof Error ? e.message : String(e)}. Nothing was recorded.`);
          }
          wrote = true;
        },
      },
    );
    const left = queue.toMake - batch.letters.length;
    io.out(
      `Wrote ${plural(batch.letters.length, 'Promise to Grant letter')} (${plural(batch.pages, 'page')}) to ${path}\n` +
        `sha256 ${batch.pdfSha256}\n` +
        `Recorded as print run ${batch.printRunId}: new grant date ${queue.closing.newGrantDate}; holders ${batch.letters.map((l) => l.employeeId).join(', ')}.\n` +
        (left > 0 ? `${plural(left, 'holder')} still to go (one batch at a time): run the command again.\n` : ''),
    );
    return 0;
  } catch (e) {
    if (wrote) rmSync(path, { force: true });
    throw e;
  }
}
