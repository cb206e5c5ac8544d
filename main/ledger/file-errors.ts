// SQLite's failures of the file itself (not of the input): a full disk, a file or folder that
// cannot be written, a damaged file, a failing disk. Each becomes ONE plain sentence with its own
// code. SQLite reports them with a primary code and often an extended one (SQLITE_IOERR_WRITE,
// SQLITE_READONLY_DIRECTORY, SQLITE_CORRUPT_INDEX, …); the extended code only refines the primary,
// so the primary decides the sentence and the extended one, where it helps, adds a clause.
// When any of these ends a write, SQLite has rolled the transaction back: nothing was written.
import { OfferDeskError } from '../core/errors';

/** Said when SQLite reports SQLITE_FULL: the disk, or the file's size limit, has no room left. */
export const DISK_FULL_MESSAGE =
  'The disk holding the ledger is full, so the change could not be saved. Nothing was written; free some space on that disk and try again.';

/** Said when SQLite reports SQLITE_READONLY: the file or its folder cannot be written. */
export const READ_ONLY_MESSAGE =
  'The ledger cannot be written: its file or folder is read-only (read-only media, or no permission to write there). Nothing was written.';

/** Said when SQLite finds the file damaged at the moment it reads a page (SQLITE_CORRUPT, SQLITE_NOTADB). */
export function damagedMessage(detail: string): string {
  return `The ledger file is damaged (SQLite: ${detail}). Nothing was written to it; restore it from a backup.`;
}

/** Said when the disk or network share fails a read or write (SQLITE_IOERR). */
export function diskErrorMessage(detail: string): string {
  return `The disk could not read or write the ledger (${detail}): the drive or network share holding it failed. Nothing was saved; check the drive and try again.`;
}

/** Which of SQLite's I/O failures it was, in words, where the extended code says. */
const IOERR_DETAIL: Readonly<Record<string, string>> = {
  SQLITE_IOERR_READ: 'a read failed',
  SQLITE_IOERR_SHORT_READ: 'the file ended early',
  SQLITE_IOERR_WRITE: 'a write failed',
  SQLITE_IOERR_FSYNC: 'flushing to the disk failed',
  SQLITE_IOERR_DIR_FSYNC: "flushing the folder to the disk failed",
  SQLITE_IOERR_TRUNCATE: 'shortening the file failed',
  SQLITE_IOERR_FSTAT: "reading the file's size failed",
  SQLITE_IOERR_LOCK: 'locking the file failed',
  SQLITE_IOERR_ACCESS: 'checking access to the file failed',
  SQLITE_IOERR_SHMOPEN: 'opening the shared-memory file failed',
  SQLITE_IOERR_SHMSIZE: 'growing the shared-memory file failed',
  SQLITE_IOERR_SHMMAP: 'mapping the shared-memory file failed',
  SQLITE_IOERR_DELETE: 'removing a journal file failed',
  SQLITE_IOERR_NOMEM: 'memory ran out during I/O',
};

const READONLY_DETAIL: Readonly<Record<string, string>> = {
  SQLITE_READONLY_DBMOVED: 'The ledger file was moved or deleted while it was open, so the change could not be saved. Nothing was written; open the ledger again where it is now.',
  SQLITE_READONLY_DIRECTORY: 'The ledger cannot be written: its folder is read-only (read-only media, or no permission to write there). Nothing was written.',
};

function primary(code: string): string {
  const at = code.indexOf('_', 'SQLITE_'.length);
  return at < 0 ? code : code.slice(0, at);
}

/**
 * The plain sentence for a SQLite failure of the file, or null when `code` is not one (a constraint,
 * a lock wait, a bug). `code` is better-sqlite3's SqliteError.code ('SQLITE_IOERR_WRITE'), `message`
 * SQLite's own text, quoted only where it names something a person can check.
 */
export function fileFailure(code: string, message: string): OfferDeskError | null {
  switch (primary(code)) {
    case 'SQLITE_FULL':
      return new OfferDeskError('disk-full', DISK_FULL_MESSAGE);
    case 'SQLITE_READONLY':
      return new OfferDeskError('read-only', READONLY_DETAIL[code] ?? READ_ONLY_MESSAGE);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new OfferDeskError('ledger-damaged', damagedMessage(message));
    case 'SQLITE_IOERR':
      return new OfferDeskError('disk-error', diskErrorMessage(IOERR_DETAIL[code] ?? `${message}, ${code}`));
    case 'SQLITE_CANTOPEN':
      return new OfferDeskError('disk-error', diskErrorMessage('the file could not be opened'));
    default:
      return null;
  }
}
