// How every export reaches the disk: never over an existing file (refused, naming it), and never
// half-written. The bytes go to a temporary file beside the destination, are flushed, then linked
// into place: a link fails if the name was taken meanwhile, where a rename would silently replace
// it. Filesystems without hard links (FAT and exFAT memory sticks) fall back to a rename after one
// last look. `openNewFile` is the same path for content that streams in (a batch of forms).
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

/**
 * A file being written that does not exist yet under its own name: bytes go to the temporary file
 * as they come (a batch of forms streams through here), and only `commit` puts it in place.
 * `discard` (always call it, e.g. in `finally`) removes whatever was not committed.
 */
export interface NewFile {
  write(bytes: Uint8Array): void;
  commit(): void;
  discard(): void;
}

/** Starts writing `path`, a file that must not exist yet (refused, naming it, if it does). */
export function openNewFile(path: string): NewFile {
  if (existsSync(path)) throw alreadyThere(path);
  const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  let fd: number | null;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (e: unknown) {
    throw new OfferDeskError('invalid-input', `Cannot write ${path}: ${whyNot(errno(e))}; nothing has been written.`);
  }
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(bytes) {
      if (fd === null) throw new OfferDeskError('internal', `${path} was written after it was closed`);
      // A write may be cut short without an error (a disk filling up): the rest follows until the disk says why not.
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    },
    commit() {
      if (fd === null) throw new OfferDeskError('internal', `${path} was committed after it was closed`);
      fsyncSync(fd);
      close();
      try {
        linkSync(temp, path);
      } catch (e: unknown) {
        if (errno(e) === 'EEXIST') throw alreadyThere(path);
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errno(e) ?? '')) throw e;
        if (existsSync(path)) throw alreadyThere(path);
        renameSync(temp, path);
      }
    },
    discard() {
      close();
      if (existsSync(temp)) unlinkSync(temp);
    },
  };
}

/** Writes `content` to `path`, a file that must not exist yet. */
export function writeNewFile(path: string, content: string | Uint8Array): void {
  const file = openNewFile(path);
  try {
    file.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    file.commit();
  } finally {
    file.discard();
  }
}
