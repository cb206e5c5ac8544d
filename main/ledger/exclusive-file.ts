// Creating a key file safely, for both key providers: write a temporary file (owner-only),
// flush it to disk, then hard-link it into place. The link fails if the file appeared meanwhile
// (another process won the race: the caller reads its key instead), and a crash can never leave
// a half-written key under the real name.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, rmSync, writeSync } from 'node:fs';

/**
 * A write may be cut short without an error (a file-size limit, a disk filling up): the rest is
 * written until it is all there or the disk says why not, so a short file is never linked in.
 */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Creates `path` holding `contents`, mode 0600. Returns false, writing nothing, if it exists. */
export function createFileExclusively(path: string, contents: string | Buffer): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeAll(fd, typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temp, path);
    } catch (e) {
      if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
    return true;
  } finally {
    rmSync(temp, { force: true });
  }
}
