// The key that encrypts ID numbers in the ledger, kept in the user-data folder encrypted by the
// operating system's secret store (Keychain, DPAPI, libsecret/KWallet) through Electron's
// safeStorage. A copied ledger, or a copied user-data folder, then reveals no ID number without
// the operator's OS account.
//
// The choice of key store is sticky. Whichever key a ledger was written with must be the key used
// forever after: switching stores (say, a keyring gets installed on a Linux desk that started
// without one) would silently create a *different* key and make every stored ID number unreadable.
// So an existing key file always wins, and a new key is made only when there is none.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { createFileExclusively } from '../services/shell-support';
import { FileKeyProvider, KEY_BYTES, keyMissingError, type KeyProvider } from '../services/shell-support';
import { DEFAULT_LEDGER_NAME } from '../services/data-dir';
import type { ShellSafeStorage } from './electron-api';
import { log } from './log';

/** The key, encrypted by safeStorage. */
export const SAFE_KEY_FILE = 'ledger-key.safe';
/**
 * The fallback: the key as 64 hex characters, readable by the owner only (FileKeyProvider). Named
 * as the CLI expects for the default ledger (`keyFileFor`), so `offer-desk` run on that ledger
 * finds its key without being told.
 */
export const PLAIN_KEY_FILE = `${DEFAULT_LEDGER_NAME}.key`;

const KEY_HEX = /^[0-9a-f]{64}$/;

export class SafeStorageKeyProvider implements KeyProvider {
  readonly path: string;
  private readonly safeStorage: ShellSafeStorage;
  private cached: Buffer | null = null;

  constructor(safeStorage: ShellSafeStorage, path: string) {
    this.safeStorage = safeStorage;
    this.path = path;
  }

  /** The key of an existing ledger; a missing key file is 'key-missing' (never a new key: see key-provider.ts). */
  key(): Buffer {
    if (this.cached === null) {
      if (!existsSync(this.path)) throw keyMissingError(this.path);
      this.cached = this.load();
    }
    return Buffer.from(this.cached);
  }

  /** For a ledger being created: the key there is, or a new one. */
  keyForNewLedger(): Buffer {
    if (this.cached === null) this.cached = existsSync(this.path) ? this.load() : this.create();
    return Buffer.from(this.cached);
  }

  private load(): Buffer {
    let hex: string;
    try {
      hex = this.safeStorage.decryptString(readFileSync(this.path));
    } catch (e) {
      throw new OfferDeskError(
        'not-found',
        `The key that protects ID numbers (${this.path}) is locked by the operating system's secret store, ` +
          `which cannot unlock it now: ${e instanceof Error ? e.message : String(e)}. ` +
          'Nothing has been changed. Sign in as the user who set up Offer Desk, or unlock the keyring, and start again.',
      );
    }
    if (!KEY_HEX.test(hex)) {
      // Never quote the decrypted text: it may be a damaged key.
      throw new OfferDeskError(
        'invalid-input',
        `The key file ${this.path} does not hold an Offer Desk key. It has not been changed; restore it from its backup.`,
      );
    }
    return Buffer.from(hex, 'hex');
  }

  /** A fresh key sealed by safeStorage, created exclusively: if another process won, use its key. */
  private create(): Buffer {
    const key = randomBytes(KEY_BYTES);
    return createFileExclusively(this.path, this.safeStorage.encryptString(key.toString('hex'))) ? key : this.load();
  }
}

/**
 * Is safeStorage real protection here? On Linux without a keyring Electron falls back to
 * 'basic_text', which encrypts with a password written in Chromium's source: no protection at all.
 * In that case a plain key file (owner-only permissions) is at least honest about what it is.
 */
export function safeStorageUnavailableReason(safeStorage: ShellSafeStorage, platform: NodeJS.Platform): string | null {
  if (!safeStorage.isEncryptionAvailable()) return 'the operating system offers no secret store to Electron';
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') {
      return `no keyring (GNOME Keyring / KWallet) is running, so Electron's secret store is "${backend}", which protects nothing`;
    }
  }
  return null;
}

export interface ChosenKey {
  provider: KeyProvider;
  /** Where the key lives, for the log and the "save the key" menu item. */
  path: string;
  store: 'safe-storage' | 'file';
}

/** Picks the key store for this user-data folder (see the file comment for why it is sticky). */
export function chooseKeyProvider(safeStorage: ShellSafeStorage, dataDir: string, platform: NodeJS.Platform): ChosenKey {
  const safePath = join(dataDir, SAFE_KEY_FILE);
  const plainPath = join(dataDir, PLAIN_KEY_FILE);
  const haveSafe = existsSync(safePath);
  const havePlain = existsSync(plainPath);
  if (haveSafe && havePlain) {
    throw new OfferDeskError(
      'conflict',
      `Two ID-number keys were found, ${safePath} and ${plainPath}; Offer Desk cannot tell which one the ledgers use. ` +
        'Nothing has been changed. Move the one that does not belong out of the folder and start again.',
    );
  }
  if (haveSafe) return { provider: new SafeStorageKeyProvider(safeStorage, safePath), path: safePath, store: 'safe-storage' };
  if (havePlain) {
    log('key', `using the existing key file ${plainPath} (the ledgers in this folder were written with it)`);
    return { provider: new FileKeyProvider(plainPath), path: plainPath, store: 'file' };
  }
  const reason = safeStorageUnavailableReason(safeStorage, platform);
  if (reason === null) return { provider: new SafeStorageKeyProvider(safeStorage, safePath), path: safePath, store: 'safe-storage' };
  log('key', `keeping the ID-number key in the owner-only file ${plainPath}, because ${reason}`);
  return { provider: new FileKeyProvider(plainPath), path: plainPath, store: 'file' };
}
