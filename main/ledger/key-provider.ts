// Where the key that encrypts ID numbers comes from. The ledger only asks for 32 bytes; keeping the
// key outside the ledger file is the point: a copied .ledger file alone reveals no ID number.
// The desktop app will supply a provider backed by Electron's safeStorage (main/app); tests and
// the CLI use FileKeyProvider.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { OfferDeskError } from '../core/errors';
import { createFileExclusively } from './exclusive-file';

export const KEY_BYTES = 32;

export interface KeyProvider {
  /** The AES-256 key: exactly 32 bytes. May throw if the key is unavailable. */
  key(): Buffer;
}

const KEY_FILE_TEXT = /^[0-9a-f]{64}$/i;

/**
 * A key kept as 64 hex characters in a file of its own. A missing file is created with a fresh
 * random key, readable by the owner only (mode 0600); an existing file that is not exactly a key
 * is refused rather than "repaired", because replacing a key silently would make every stored
 * ID number unreadable.
 */
export class FileKeyProvider implements KeyProvider {
  readonly path: string;
  private cached: Buffer | null = null;

  constructor(path: string) {
    this.path = path;
  }

  key(): Buffer {
    if (this.cached === null) this.cached = this.load();
    return Buffer.from(this.cached);
  }

  private load(): Buffer {
    const created = existsSync(this.path) ? null : this.createIfMissing();
    if (created !== null) return created;
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (e) {
      throw new OfferDeskError('not-found', `The key file ${this.path} cannot be read: ${describe(e)}`);
    }
    const hex = text.trim();
    if (!KEY_FILE_TEXT.test(hex)) {
      // Never quote the file's content: it may be a damaged key.
      throw new OfferDeskError(
        'invalid-input',
        `The key file ${this.path} is not an Offer Desk key (it must hold exactly 64 hexadecimal characters). ` +
          'It has not been changed; restore the right key file from its backup.',
      );
    }
    return Buffer.from(hex, 'hex');
  }

  /** A fresh random key, created exclusively (see exclusive-file.ts); null if another process won. */
  private createIfMissing(): Buffer | null {
    const key = randomBytes(KEY_BYTES);
    try {
      return createFileExclusively(this.path, `${key.toString('hex')}\n`) ? key : null;
    } catch (e) {
      throw new OfferDeskError('not-found', `The key file ${this.path} cannot be created: ${describe(e)}`);
    }
  }
}


function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
