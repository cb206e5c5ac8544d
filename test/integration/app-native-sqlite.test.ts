// `npm start` runs Electron on a better-sqlite3 compiled for Node (the tests need that build);
// development therefore loads a second copy compiled for Electron. These tests prove the switch
// is wired: the binding named is the one loaded, and a missing Electron build says what to run.
import { mkdtempSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseSqliteBinding, electronNativePath } from '../../main/app/native-sqlite';
import { useNativeBinding } from '../../main/ledger/native-binding';
import { alphaSession } from './cli-helpers';

const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

afterEach(() => useNativeBinding(undefined));

describe('which compiled SQLite the desk loads', () => {
  it('opens ledgers through the binding the shell chose', () => {
    const s = alphaSession();
    const appPath = mkdtempSync(join(tmpdir(), 'offer-desk-app-'));
    const chosen = electronNativePath(appPath, '45.4.1');
    mkdirSync(dirname(chosen), { recursive: true });
    // Under Node the "Electron build" is the Node build copied into place: what matters is that it is the one used.
    copyFileSync(nodeBuild, chosen);
    chooseSqliteBinding({ isPackaged: false, getAppPath: () => appPath }, '45.4.1');
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
    useNativeBinding(join(appPath, 'missing.node'));
    expect(s.cli('verify', s.ledger).code).not.toBe(0);
  });

  it('in development without an Electron build, says to run npm run electron-native', () => {
    const appPath = mkdtempSync(join(tmpdir(), 'offer-desk-app-'));
    expect(() => chooseSqliteBinding({ isPackaged: false, getAppPath: () => appPath }, '45.4.1')).toThrow(/npm run electron-native/);
  });

  it('changes nothing under plain Node or in a packaged app', () => {
    const s = alphaSession();
    chooseSqliteBinding({ isPackaged: false, getAppPath: () => '/nowhere' }, undefined);
    chooseSqliteBinding({ isPackaged: true, getAppPath: () => '/nowhere' }, '45.4.1');
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });
});
