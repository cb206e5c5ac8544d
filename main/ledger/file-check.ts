// Checks on a ledger file that is not (yet) open as a ledger: a backup about to be restored, a
// ledger about to be replaced. Plain SQLite, no migration, nothing written to the file's contents.
import { existsSync } from 'node:fs';
import { openDatabase } from './native-binding';

/**
 * SQLite's full integrity_check of the file, one line per problem (empty when sound). A file that
 * is not a database at all is one problem too.
 */
export function integrityProblems(path: string): string[] {
  let db;
  try {
    db = openDatabase(path, { fileMustExist: true });
  } catch (e) {
    return [`the file cannot be opened as a database: ${e instanceof Error ? e.message : String(e)}`];
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
  } catch (e) {
    return [`the file cannot be read as a database: ${e instanceof Error ? e.message : String(e)}`];
  } finally {
    db.close();
  }
}

/**
 * Folds the ledger's write-ahead log into the file and lets it go, so the file alone is the whole
 * ledger. Returns false when another connection (a window, another command) still holds it open:
 * the -wal file is then still there, and replacing the file under it would lose or mangle writes.
 */
export function releaseWal(path: string): boolean {
  if (!existsSync(`${path}-wal`) && !existsSync(`${path}-shm`)) return true;
  const db = openDatabase(path, { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return !existsSync(`${path}-wal`);
}
