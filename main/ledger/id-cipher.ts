// ID numbers (SSN, tax ID, national ID) are sensitive personal data: the ledger stores them only as
// AES-256-GCM ciphertext. GCM authenticates as well as encrypts, so a wrong key or an altered
// ciphertext fails loudly instead of decrypting to garbage. The employee id is the additional
// authenticated data: a ciphertext copied onto another holder's row will not decrypt there.
//
// Stored layout (one BLOB): version byte 0x01 | 12-byte random IV | 16-byte tag | ciphertext.
// The version byte leaves room to change the scheme later without guessing at old values.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { OfferDeskError } from '../core/errors';
import { KEY_BYTES, type KeyProvider } from './key-provider';

const SCHEME_V1 = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** AAD of the key check value kept in the ledger's meta row; no employee id can equal it. */
const KEY_CHECK_AAD = '\u0000offer-desk key check';
const KEY_CHECK_TEXT = 'Offer Desk ledger key';

export class IdCipher {
  private readonly provider: KeyProvider;
  private key: Buffer | null = null;

  constructor(provider: KeyProvider) {
    this.provider = provider;
  }

  encrypt(plain: string, employeeId: string): Buffer {
    return seal(this.currentKey(), plain, employeeId);
  }

  decrypt(sealed: Buffer, employeeId: string): string {
    const text = open(this.currentKey(), sealed, employeeId);
    if (text === null) {
      throw new OfferDeskError(
        'conflict',
        `The ID number of holder ${employeeId} cannot be decrypted: the key does not match this ledger, ` +
          'or the stored value has been altered. Nothing was revealed.',
      );
    }
    return text;
  }

  /** A fresh key check value to store at creation: proof, later, that a key is the ledger's key. */
  makeKeyCheck(): Buffer {
    // The one place a key may be made: a ledger being created (key-provider.ts).
    return seal(this.currentKey(true), KEY_CHECK_TEXT, KEY_CHECK_AAD);
  }

  /**
   * Refuses a key that is not the one the ledger was created with. Checked before the first
   * encryption of a session: writing new ID numbers under a different key would leave a ledger
   * whose numbers need two keys, and the mistake would surface only when someone needed them.
   */
  assertKeyMatches(keyCheck: Buffer): void {
    if (open(this.currentKey(), keyCheck, KEY_CHECK_AAD) !== KEY_CHECK_TEXT) {
      throw new OfferDeskError(
        'conflict',
        'The encryption key supplied is not the key of this ledger: ID numbers can neither be read nor added with it. ' +
          'Use the key this ledger was created with.',
      );
    }
  }

  private currentKey(forNewLedger = false): Buffer {
    if (this.key === null) {
      const key = forNewLedger && this.provider.keyForNewLedger ? this.provider.keyForNewLedger() : this.provider.key();
      if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
        throw new OfferDeskError('invalid-input', `The encryption key must be exactly ${KEY_BYTES} bytes.`);
      }
      this.key = Buffer.from(key);
    }
    return this.key;
  }
}

/**
 * IVs are drawn from the CSPRNG in blocks: one randomBytes call per value cost more than the
 * encryption itself at roster-import scale. Every IV is still 12 fresh random bytes, used once.
 */
const IV_BLOCK = IV_BYTES * 1024;
let ivPool = Buffer.alloc(0);
function nextIv(): Buffer {
  if (ivPool.length < IV_BYTES) ivPool = randomBytes(IV_BLOCK);
  const iv = Buffer.from(ivPool.subarray(0, IV_BYTES));
  ivPool.fill(0, 0, IV_BYTES);
  ivPool = ivPool.subarray(IV_BYTES);
  return iv;
}

function seal(key: Buffer, plain: string, aad: string): Buffer {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([SCHEME_V1]), iv, cipher.getAuthTag(), body]);
}

/** Returns null when the value does not authenticate under this key and AAD. */
function open(key: Buffer, sealed: Buffer, aad: string): string | null {
  if (sealed.length < HEADER_BYTES || sealed[0] !== SCHEME_V1) return null;
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
