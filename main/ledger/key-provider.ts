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
  /**
   * The AES-256 key of an existing ledger: exactly 32 bytes. Throws if the key is unavailable
   * ('key-missing' when its file is gone): a ledger that has sealed ID numbers with a key, or holds
   * the check value of one, is never given a new key, which could read none of them.
   */
  key(): Buffer;
  /**
   * The key for a ledger being created: the existing key, or a new one made now. Only creation
   * calls it (IdCipher.makeKeyCheck); a provider without it can only open existing ledgers.
   */
  keyForNewLedger?(): Buffer;
}

/** The refusal when the key file of an existing ledger is gone. */
export function keyMissingError(path: string): OfferDeskError {
  return new OfferDeskError(
    'key-missing',
    `The ID-number key for this ledger is missing: ${path}. The ledger's ID numbers are sealed with that key and no other key ` +
      'can read them, so a new one is not made. Nothing was changed. Put the key file back from its backup ' +
      '(the copy saved with File › Save a copy of the ID-number key, or beside a backup of the ledger).',
  );
}

const KEY_FILE_TEXT = /^[0-9a-f]{64}$/i;

/**
 * A key kept as 64 hex characters in a file of its own. Only a new ledger gets a new key file
 * (keyForNewLedger: a fresh random key, readable by the owner only, mode 0600); for an existing
 * ledger a missing file is 'key-missing', naming it. An existing file that is not exactly a key is
 * refused rather than "repaired". Either way, because replacing a key silently would make every
 * stored ID number unreadable.
 */
export class FileKeyProvider implements KeyProvider {
  readonly path: string;
  private cached: Buffer | null = null;

  constructor(path: string) {
    this.path = path;
  }

  key(): Buffer {
    if (this.cached === null) {
      if (!existsSync(this.path)) throw keyMissingError(this.path);
      this.cached = this.load();
    }
    return Buffer.from(this.cached);
  }

  keyForNewLedger(): Buffer {
    if (this.cached === null) this.cached = (existsSync(this.path) ? null : this.createIfMissing()) ?? this.load();
    return Buffer.from(this.cached);
  }

  private load(): Buffer {
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
