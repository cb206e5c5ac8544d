// Creating a key file safely, for both key providers: write a temporary file (owner-only),
// flush it to disk, then hard-link it into place. The link fails if the file appeared meanwhile
// (another process won the race: the caller reads its key instead), and a crash can never leave
// a half-written key under the real name.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, rmSync, writeSync } from 'node:fs';

/** Creates `path` holding `contents`, mode 0600. Returns false, writing nothing, if it exists. */
export function createFileExclusively(path: string, contents: string | Buffer): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
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
