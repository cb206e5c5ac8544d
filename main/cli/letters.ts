// The letter commands of `offer-desk`: produce every confirmation that is due as one PDF for the
// printer, list the confirmations queue, and mark confirmations sent.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { calendarDateInZone } from '../core/time';
import { SEND_METHODS, type SendMethod } from '../core/types';
import type { ConfirmationRow } from '../ipc/dto';
import type { Desk } from '../services/desk';
import { createFileExclusively } from '../services/shell-support';
import type { DeskCall } from './desk-call';
import { table } from './tables';

export interface LetterCommandIo {
  out: (text: string) => void;
}

/**
 * `letters LEDGER --due [--out FILE.pdf]`. The PDF is written inside the transaction that records
 * the letters, so a file that cannot be written leaves nothing recorded; an existing file is never
 * replaced. It is written whole under a temporary name and only then linked in under its own
 * (createFileExclusively), so a full disk or a failing drive leaves no empty or partial PDF that
 * could be mistaken for the batch. Returns the exit code.
 */
export function produceDueLetters(desk: Desk, ledgerPath: string, outOption: string | undefined, io: LetterCommandIo): number {
  const today = calendarDateInZone(desk.now(), desk.ledger.settings().zone);
  const ids = desk.letters.dueDocumentIds();
  if (ids.length === 0) {
    io.out(`Nothing is due: every confirmation due on or before ${today} has been marked sent. No file was written.\n`);
    return 0;
  }
  const path = resolve(outOption ?? join(dirname(resolve(ledgerPath)), `letters-${today}.pdf`));
  if (existsSync(path)) {
    throw new OfferDeskError('conflict', `${path} already exists; letters are never written over a file. Choose another --out. Nothing was recorded.`);
  }
  let wrote = false;
  try {
    const batch = desk.letters.produce(ids, {
      beforeCommit: (_batch, pdf) => {
        let linked: boolean;
        try {
          linked = createFileExclusively(path, pdf);
        } catch (e) {
          throw cannotWrite(path, e);
        }
        // Refuse a file that appeared since the check above, rather than replace it.
        if (!linked) throw new OfferDeskError('conflict', `${path} already exists; letters are never written over a file. Choose another --out. Nothing was recorded.`);
        wrote = true;
      },
    });
    const count = batch.letters.length;
    io.out(
      `Wrote ${count} letter${count === 1 ? '' : 's'} (${batch.pages} page${batch.pages === 1 ? '' : 's'}) to ${path}\n` +
        `sha256 ${batch.pdfSha256}\n` +
        `Recorded as print run ${batch.printRunId}: documents ${batch.letters.map((l) => l.documentId).join(', ')}.\n`,
    );
    return 0;
  } catch (e) {
    // The letters were not recorded (the transaction rolled back): the file must not outlive them.
    if (wrote) rmSync(path, { force: true });
    throw e;
  }
}

/** Why the batch PDF could not be written, with the code that says what kind of trouble it is. */
function cannotWrite(path: string, e: unknown): OfferDeskError {
  const errno = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  const code =
    errno === 'ENOSPC' || errno === 'EFBIG' || errno === 'EDQUOT'
      ? 'disk-full'
      : errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS'
        ? 'read-only'
        : errno === 'ENOENT' || errno === 'ENOTDIR'
          ? 'not-found'
          : 'disk-error';
  // SQLite-free words; the system's own text would name the temporary file, not the one asked for.
  const why = {
    'disk-full': 'the disk is full',
    'read-only': 'its folder cannot be written (read-only, or no permission)',
    'not-found': 'its folder does not exist',
    'disk-error': `the disk failed (${errno ?? (e instanceof Error ? e.message : String(e))})`,
  }[code];
  return new OfferDeskError(code, `Cannot write ${path}: ${why}; no file was left behind. Nothing was recorded.`);
}

const STATUS_WORDS: Record<ConfirmationRow['status'], string> = {
  sent: 'sent',
  overdue: 'OVERDUE',
  'due-today': 'due today',
  upcoming: 'upcoming',
  'correction-due': 'CORRECTION DUE',
  void: 'void',
};

export function formatConfirmationsTable(rows: readonly ConfirmationRow[]): string {
  return table(
    ['doc', 'employee', 'name', 'received', 'due', 'status', 'letter', 'produced', 'sent'],
    rows.map((r) => [
      String(r.documentId),
      r.employeeId,
      r.name,
      r.receivedAtText,
      r.due,
      STATUS_WORDS[r.status],
      r.letterKind,
      String(r.letters.length),
      r.sent === null ? '' : `${r.sent.sentOn} ${r.sent.method}`,
    ]),
  );
}

/** `--document 3,4,7`: document numbers as printed on the letters. */
export function parseDocumentIds(text: string): number[] {
  return text.split(',').map((raw) => {
    const item = raw.trim();
    if (!/^[1-9]\d{0,14}$/.test(item)) throw new OfferDeskError('invalid-input', `--document "${item}" is not a document number.`);
    return Number(item);
  });
}

export function parseSendMethod(text: string): SendMethod {
  const found = SEND_METHODS.find((m) => m === text);
  if (!found) throw new OfferDeskError('invalid-input', `--how must be one of ${SEND_METHODS.join(', ')}, not "${text}".`);
  return found;
}

export function markSent(call: DeskCall, documents: string, on: string, how: string, io: LetterCommandIo): number {
  const result = call('confirmations:markSent', { documentIds: parseDocumentIds(documents), sentOn: on, method: parseSendMethod(how) });
  const ids = result.marked.map((m) => m.documentId);
  const first = result.marked[0];
  const one = ids.length === 1;
  io.out(`Marked the confirmation${one ? '' : 's'} of document${one ? '' : 's'} ${ids.join(', ')} sent on ${first?.sentOn ?? on} by ${first?.method ?? how}.\n`);
  return 0;
}
