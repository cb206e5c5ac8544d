// How every export reaches the disk: never over an existing file (refused, naming it), and never
// half-written. The bytes go to a temporary file beside the destination, are flushed, then linked
// into place: a link fails if the name was taken meanwhile, where a rename would silently replace
// it. Filesystems without hard links (FAT and exFAT memory sticks) fall back to a rename after one
// last look.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OfferDeskError } from '../core/errors';

function alreadyThere(path: string): OfferDeskError {
  return new OfferDeskError('conflict', `${path} already exists. Offer Desk never writes over a file: choose a new file name; nothing has been written.`);
}

function errno(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** Why a file could not be created, in words (the system's code only when there are none). */
function whyNot(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'this account may not write in its folder';
    case 'EROFS':
      return 'its folder is on read-only media';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return `the system refused (${code ?? 'unknown error'})`;
  }
}

/** Writes `content` to `path`, a file that must not exist yet. */
export function writeNewFile(path: string, content: string | Uint8Array): void {
  if (existsSync(path)) throw alreadyThere(path);
  const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (e: unknown) {
    throw new OfferDeskError('invalid-input', `Cannot write ${path}: ${whyNot(errno(e))}; nothing has been written.`);
  }
  try {
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, path);
    } catch (e: unknown) {
      if (errno(e) === 'EEXIST') throw alreadyThere(path);
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errno(e) ?? '')) throw e;
      if (existsSync(path)) throw alreadyThere(path);
      renameSync(temp, path);
    }
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
