// In development, `npm start` runs Electron on node_modules whose better-sqlite3 was compiled for
// Node's ABI (the tests need that build). Electron cannot load it, so development uses a second
// copy compiled for Electron (scripts/electron-native.sh writes it under .electron-native/). A
// packaged app's node_modules were rebuilt for Electron by scripts/package.sh: nothing to do.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OfferDeskError } from '../core/errors';
import { useNativeBinding } from '../services/shell-support';

export function electronNativePath(appPath: string, electronVersion: string): string {
  return join(appPath, '.electron-native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/**
 * Chooses the SQLite binding before any ledger is opened. `electronVersion` is
 * `process.versions.electron` (undefined under plain Node, e.g. the shell's tests).
 */
export function chooseSqliteBinding(app: { readonly isPackaged: boolean; getAppPath(): string }, electronVersion: string | undefined): void {
  if (electronVersion === undefined || app.isPackaged) return;
  const path = electronNativePath(app.getAppPath(), electronVersion);
  if (!existsSync(path)) {
    throw new OfferDeskError(
      'not-found',
      `better-sqlite3 has not been built for Electron ${electronVersion} yet (${path}). ` +
        'Run `npm run electron-native` once (it needs the internet), then `npm start` again.',
    );
  }
  useNativeBinding(path);
}
