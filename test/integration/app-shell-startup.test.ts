// The whole shell, from launch to quit, on the stand-in Electron but with everything of ours real:
// real ledgers in a temp folder, the real services, handler table and key handling.
import { on } from '../support/desk-call';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX } from '../../main/ipc/channels';
import { PLAIN_KEY_FILE, SAFE_KEY_FILE } from '../../main/app/safe-storage-key-provider';
import { startShell, type RunningShell } from '../../main/app/shell';
import { CHANNELS } from '../../main/ipc/contract';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { toInstant } from '../../main/core/time';
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './app-fake-electron';

const repo = join(import.meta.dirname, '..', '..');
const ownPage = new URL(`file://${join(repo, 'out', 'renderer', 'index.html')}`).href;

let tmp: string;
let dataDir: string;
let docs: string;
const shells: RunningShell<FakeBrowserWindow>[] = [];
let warnings: string[];

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'offer-desk-shell-'));
  dataDir = join(tmp, 'data');
  docs = join(tmp, 'Documents');
  mkdirSync(docs);
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    warnings.push(String(message));
  });
});

afterEach(() => {
  for (const shell of shells.splice(0)) shell.desk.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Launch {
  electron: FakeElectron;
  shell: RunningShell<FakeBrowserWindow> | null;
}

/** Launches the desk as a double-click would, on a Linux machine with a keyring unless told otherwise. */
async function launch(prepare: (electron: FakeElectron) => void = () => undefined, env: NodeJS.ProcessEnv = {}): Promise<Launch> {
  const electron = createFakeElectron({ appData: join(tmp, 'appData'), documents: docs, appPath: repo });
  prepare(electron);
  const shell = await startShell(electron, {
    env: { OFFER_DESK_DATA_DIR: dataDir, ...env },
    platform: 'linux',
    resourcesPath: join(tmp, 'no-packaged-resources'),
    clock: new ControllableClock(toInstant(Date.parse('2003-03-10T15:00:00Z'))),
  });
  if (shell !== null) shells.push(shell);
  return { electron, shell };
}

function started(l: Launch): RunningShell<FakeBrowserWindow> {
  if (l.shell === null) throw new Error('the desk did not start');
  return l.shell;
}

function windowOf(l: Launch): FakeBrowserWindow {
  const w = l.electron.windows[0];
  if (w === undefined) throw new Error('no window');
  return w;
}

function call(l: Launch, channel: string, payload: unknown, from: string | null = ownPage): unknown {
  return l.electron.ipcMain.invoke(IPC_PREFIX + channel, payload, from);
}

function quit(l: Launch): void {
  l.electron.app.emit('will-quit');
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('first start', () => {
  it('opens the default ledger, created in the data folder with the seed offer and the demo roster', async () => {
    const l = await launch();
    expect(started(l).desk.ledgerPath).toBe(join(dataDir, 'offer.ledger'));
    expect(call(l, 'session:get', {})).toMatchObject({ ok: true, value: { ledgerPath: join(dataDir, 'offer.ledger') } });
    expect(call(l, 'offer:get', {})).toMatchObject({ ok: true, value: { settings: { company: 'Alpha Technologies Group, Inc.' } } });
    expect(call(l, 'holders:list', {})).toMatchObject({ ok: true, value: { total: 50 } });
  });

  it("never takes the computer's user for the person keying: nobody is named until the window says, and nothing is recorded before", async () => {
    const l = await launch();
    const session = call(l, 'session:get', {}) as { ok: true; value: { operator: string | null } };
    expect(session.value.operator).toBeNull();
    const refused = call(l, 'waivers:grant', { defect: 'no-email', reason: 'Offer-wide decision of the CFO.' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Say who is keying first/) } });
    expect(call(l, 'session:setOperator', { operator: 'J. Polakiewicz' })).toMatchObject({ ok: true, value: { operator: 'J. Polakiewicz' } });
    expect(call(l, 'waivers:grant', { defect: 'no-email', reason: 'Offer-wide decision of the CFO.' })).toMatchObject({ ok: true, value: { waiver: { operator: 'J. Polakiewicz' } } });
  });

  it('without OFFER_DESK_DATA_DIR, keeps the ledger in <appData>/Offer Desk, whatever package.json calls the app', async () => {
    const l = await launch(() => undefined, { OFFER_DESK_DATA_DIR: undefined });
    const expected = join(tmp, 'appData', 'Offer Desk');
    expect(started(l).desk.ledgerPath).toBe(join(expected, 'offer.ledger'));
    expect(l.electron.app.getPath('userData')).toBe(expected);
  });

  it("keeps Chromium's own files (cache, storage) in the same data folder as the ledger", async () => {
    const l = await launch();
    expect(l.electron.app.getPath('userData')).toBe(dataDir);
  });
});

describe('the window', () => {
  it('is created with the secure preferences and the sandboxed CommonJS preload', async () => {
    const l = await launch();
    expect(l.electron.windows).toHaveLength(1);
    const prefs = windowOf(l).options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(prefs?.preload).toBe(join(repo, 'out', 'preload', 'preload.cjs'));
    expect(prefs?.preload?.endsWith('preload.cjs')).toBe(true);
    expect(l.electron.app.sandboxEnabled).toBe(true);
  });

  it('loads the built page from disk, and is shown only once painted', async () => {
    const l = await launch();
    const w = windowOf(l);
    expect(w.loaded).toEqual({ file: join(repo, 'out', 'renderer', 'index.html') });
    expect(w.visible).toBe(false);
    w.emit('ready-to-show');
    expect(w.visible).toBe(true);
  });

  it('cannot navigate, open windows, attach webviews or get permissions, and gets the CSP header', async () => {
    const l = await launch();
    const contents = windowOf(l).webContents;
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(false);
    expect(contents.attempt('will-attach-webview', 'https://evil.example/')).toBe(false);
    expect(contents.open('https://evil.example/')).toBe('deny');
    expect(await contents.session.request('media')).toBe(false);
    expect(contents.session.respond(ownPage)['Content-Security-Policy']?.[0]).not.toContain('unsafe-eval');
  });

  it('has developer tools only when the app is not packaged', async () => {
    const dev = await launch();
    expect(windowOf(dev).options.webPreferences?.devTools).toBe(true);
    quit(dev);
    const packaged = await launch((e) => {
      e.app.isPackaged = true;
    }, {});
    expect(windowOf(packaged).options.webPreferences?.devTools).toBe(false);
    expect(JSON.stringify(packaged.electron.Menu.installed)).not.toContain('toggleDevTools');
  });
});

describe('IPC through the running shell', () => {
  it('every contract channel is handled, and nothing else', async () => {
    const l = await launch();
    expect([...l.electron.ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
  });

  it('a request from a foreign frame is refused and the ledger is not read', async () => {
    const l = await launch();
    expect(call(l, 'holders:list', {}, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(call(l, 'holders:list', {}, null)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('a malformed request is refused as invalid input and records nothing', async () => {
    const l = await launch();
    const before = call(l, 'audit:verify', {});
    expect(call(l, 'waivers:grant', { defect: 'not-a-defect', reason: '' }, ownPage)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(call(l, 'waivers:list', {})).toEqual({ ok: true, value: [] });
    expect(call(l, 'audit:verify', {})).toEqual(before);
  });
});

describe('one desk per data folder', () => {
  it('a second launch on the same folder quits at once: no window, no ledger opened, no handlers', async () => {
    const l = await launch((e) => {
      e.app.lockAvailable = false;
    });
    expect(l.shell).toBeNull();
    expect(l.electron.app.quitCalls).toBe(1);
    expect(l.electron.windows).toHaveLength(0);
    expect(l.electron.ipcMain.handlers.size).toBe(0);
    expect(existsSync(join(dataDir, 'offer.ledger'))).toBe(false);
  });

  it('the running desk comes to the front when someone launches it again, restored if minimized', async () => {
    const l = await launch();
    const w = windowOf(l);
    w.minimized = true;
    l.electron.app.emit('second-instance');
    expect(w.restoreCount).toBe(1);
    expect(w.focusCount).toBe(1);
    expect(w.visible).toBe(true);
  });
});

describe('the key that protects ID numbers', () => {
  it('is kept encrypted by the operating system’s secret store; no readable key file is written', async () => {
    await launch();
    const stored = readFileSync(join(dataDir, SAFE_KEY_FILE));
    expect(stored.toString('latin1')).not.toMatch(/[0-9a-f]{64}/);
    expect(existsSync(join(dataDir, PLAIN_KEY_FILE))).toBe(false);
  });

  it('without a keyring (Linux "basic_text"), goes into an owner-only file, and the log says why', async () => {
    await launch((e) => {
      e.safeStorage.backend = 'basic_text';
    });
    const file = join(dataDir, PLAIN_KEY_FILE);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(existsSync(join(dataDir, SAFE_KEY_FILE))).toBe(false);
    expect(warnings.join('\n')).toMatch(/no keyring/);
  });

  it('stays where it was first kept: installing a keyring later does not swap in a new key', async () => {
    const first = await launch((e) => {
      e.safeStorage.backend = 'basic_text';
    });
    const key = readFileSync(join(dataDir, PLAIN_KEY_FILE), 'utf8');
    quit(first);
    const second = await launch();
    expect(readFileSync(join(dataDir, PLAIN_KEY_FILE), 'utf8')).toBe(key);
    expect(existsSync(join(dataDir, SAFE_KEY_FILE))).toBe(false);
    expect(call(second, 'holders:list', {})).toMatchObject({ ok: true, value: { total: 50 } });
  });

  it('when the secret store cannot unlock it, the desk does not start, says why, and changes nothing', async () => {
    const first = await launch();
    quit(first);
    const ledger = join(dataDir, 'offer.ledger');
    const before = sha256(ledger);
    const keyBefore = sha256(join(dataDir, SAFE_KEY_FILE));
    await expect(
      launch((e) => {
        e.safeStorage.available = false;
      }),
    ).rejects.toThrow(/secret store/);
    expect(sha256(ledger)).toBe(before);
    expect(sha256(join(dataDir, SAFE_KEY_FILE))).toBe(keyBefore);
  });

  it('with two different keys in the folder, the desk refuses to guess which one the ledgers use', async () => {
    await launch();
    writeFileSync(join(dataDir, PLAIN_KEY_FILE), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    await expect(launch()).rejects.toThrow(/Two ID-number keys/);
  });
});

describe('the File menu', () => {
  it('has New, Open, Save a backup copy, Export and Quit; Edit has copy and paste; View has reload and zoom; Help has About', async () => {
    const l = await launch();
    const menu = l.electron.Menu;
    for (const label of ['New demo ledger (Alpha)…', 'Open…', 'Save a backup copy…', 'Elections (CSV)…', 'About Offer Desk']) {
      expect(typeof menu.item(label).click).toBe('function');
    }
    const roles = JSON.stringify(menu.installed);
    for (const role of ['quit', 'copy', 'paste', 'reload', 'zoomIn', 'zoomOut', 'resetZoom']) expect(roles).toContain(`"role":"${role}"`);
  });

  it('New demo ledger (Alpha)… creates a ledger with the seed offer and no roster, switches the window to it, and remembers it', async () => {
    const l = await launch();
    const target = join(docs, 'Alpha 2003 offer.ledger');
    l.electron.dialog.savePaths.push(target);
    l.electron.Menu.item('New demo ledger (Alpha)…').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(windowOf(l).webContents.reloads).toBe(1));
    expect(started(l).desk.ledgerPath).toBe(target);
    expect(call(l, 'holders:list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(call(l, 'offer:get', {})).toMatchObject({ ok: true, value: { settings: { company: 'Alpha Technologies Group, Inc.' } } });
    expect(JSON.parse(readFileSync(join(dataDir, 'state.json'), 'utf8'))).toEqual({ lastLedgerPath: target });
  });

  it('New offer… shows the wizard; its Create asks where to save, makes the new offer there with its own terms, and switches the desk to it', async () => {
    const l = await launch();
    l.electron.Menu.item('New offer…').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(JSON.stringify(windowOf(l).loaded)).toMatch(/#\/new-offer"/));
    const beta = {
      company: 'Beta Widgets, Inc.', officer: 'Maria Kowalska', officerTitle: 'Treasurer', address: ['1 Elm Street', 'Boston MA 02110'], phone: '', fax: '(617) 555-0100',
      commenced: '2003-02-28', expires: '2003-03-31 17:00', zone: 'America/New_York', plans: ['2001'], exchange: { ratios: [{ ratio: '1:2' }] },
    };
    // Cancelled at the save dialog: nothing is made, the desk stays where it was.
    const before = started(l).desk.ledgerPath;
    expect(call(l, 'offer:create', { offer: beta })).toMatchObject({ ok: true, value: { ledgerPath: null } });
    expect(started(l).desk.ledgerPath).toBe(before);
    const target = join(docs, 'Beta 2003');
    l.electron.dialog.savePaths.push(target);
    expect(call(l, 'offer:create', { offer: beta })).toMatchObject({ ok: true, value: { ledgerPath: `${target}.ledger`, company: 'Beta Widgets, Inc.' } });
    expect(started(l).desk.ledgerPath).toBe(`${target}.ledger`);
    expect(call(l, 'offer:get', {})).toMatchObject({ ok: true, value: { settings: { company: 'Beta Widgets, Inc.', cfoName: 'Maria Kowalska' } } });
    expect(call(l, 'terms:get', {})).toMatchObject({ ok: true, value: { ratios: [{ ratio: '1:2' }] } });
    // The same name again: refused, never overwritten.
    l.electron.dialog.savePaths.push(`${target}.ledger`);
    expect(call(l, 'offer:create', { offer: beta })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/never overwrites/) as unknown } });
  });

  it('New demo ledger (Alpha)… never overwrites an existing file, not even when the save dialog allowed it', async () => {
    const l = await launch();
    const existing = join(dataDir, 'offer.ledger');
    const before = sha256(existing);
    l.electron.dialog.savePaths.push(existing);
    await started(l).actions.newLedger();
    expect(l.electron.dialog.errorBoxes[0]?.content).toMatch(/never overwrites/);
    expect(sha256(existing)).toBe(before);
    expect(started(l).desk.ledgerPath).toBe(existing);
  });

  it('Open… on a file that is not a ledger says so and keeps the open ledger in use', async () => {
    const l = await launch();
    const notALedger = join(docs, 'holders.ledger');
    writeFileSync(notALedger, 'employee_id,name\nE-1,Someone\n');
    l.electron.dialog.openPaths.push(notALedger);
    await started(l).actions.openLedger();
    expect(l.electron.dialog.errorBoxes).toHaveLength(1);
    expect(started(l).desk.ledgerPath).toBe(join(dataDir, 'offer.ledger'));
    expect(call(l, 'holders:list', {})).toMatchObject({ ok: true, value: { total: 50 } });
    expect(readFileSync(notALedger, 'utf8')).toBe('employee_id,name\nE-1,Someone\n');
    expect(windowOf(l).webContents.reloads).toBe(0);
  });

  it('Open… switches to the chosen ledger, and the next start opens it again', async () => {
    const first = await launch();
    const other = join(docs, 'Second.ledger');
    first.electron.dialog.savePaths.push(other);
    await started(first).actions.newLedger();
    first.electron.dialog.openPaths.push(join(dataDir, 'offer.ledger'));
    await started(first).actions.openLedger();
    expect(started(first).desk.ledgerPath).toBe(join(dataDir, 'offer.ledger'));
    first.electron.dialog.openPaths.push(other);
    await started(first).actions.openLedger();
    expect(windowOf(first).webContents.reloads).toBe(3);
    quit(first);
    const second = await launch();
    expect(started(second).desk.ledgerPath).toBe(other);
  });

  it('when the ledger open last time has gone, the default ledger opens and the operator is told where it was', async () => {
    mkdirSync(dataDir, { recursive: true });
    const gone = join(docs, 'Moved away.ledger');
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ lastLedgerPath: gone }));
    const l = await launch();
    expect(started(l).desk.ledgerPath).toBe(join(dataDir, 'offer.ledger'));
    expect(l.electron.dialog.messageBoxes.map((m) => m.message).join('\n')).toContain(gone);
  });

  it('Save a backup copy… writes a verified copy that opens on its own with every record, and says where', async () => {
    const l = await launch();
    const target = join(docs, 'Offer backup.ledger');
    l.electron.dialog.savePaths.push(target);
    await started(l).actions.saveBackup();
    expect(l.electron.dialog.errorBoxes).toEqual([]);
    expect(l.electron.dialog.messageBoxes.map((m) => m.message).join('\n')).toContain(target);
    quit(l);
    const key = new FileKeyProvider(join(docs, 'unused.key'));
    const copy = openDesk({ ledgerPath: target, keyProvider: key, clock: new ControllableClock(toInstant(Date.parse('2003-03-10T15:00:00Z'))), operator: 'auditor' });
    try {
      expect(copy.ledger.verify()).toMatchObject({ ok: true });
      expect(on(copy)('holders:list', { query: '', filter: 'all', offset: 0, limit: 10 }).total).toBe(50);
    } finally {
      copy.close();
    }
  });

  it('Save a backup copy… refuses to write over the open ledger', async () => {
    const l = await launch();
    const open = join(dataDir, 'offer.ledger');
    const before = sha256(open);
    l.electron.dialog.savePaths.push(open);
    await started(l).actions.saveBackup();
    expect(l.electron.dialog.errorBoxes[0]?.content).toMatch(/ledger Offer Desk has open/);
    expect(sha256(open)).toBe(before);
  });

  it('Export… writes the elections as CSV for a spreadsheet, with no full ID number in it', async () => {
    const l = await launch();
    const target = join(docs, 'elections');
    l.electron.dialog.savePaths.push(target);
    await started(l).actions.exportElections();
    const csv = readFileSync(`${target}.csv`, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^employee_id,name,id_last4,/);
    expect(csv).toContain('E0001');
    expect(csv).not.toContain('959-79-1163');
    expect(l.electron.dialog.errorBoxes).toEqual([]);
  });

  it('Export… refuses to write over the open ledger', async () => {
    const l = await launch();
    const open = join(dataDir, 'offer.ledger');
    const before = sha256(open);
    l.electron.dialog.savePaths.push(open);
    await started(l).actions.exportElections();
    expect(l.electron.dialog.errorBoxes[0]?.content).toMatch(/ledger Offer Desk has open/);
    expect(sha256(open)).toBe(before);
  });

  it('Save a copy of the ID-number key… warns first, and the copy opens the ledger elsewhere (as the CLI would)', async () => {
    const l = await launch();
    const copy = join(docs, 'Offer Desk ledger.key');
    l.electron.dialog.messageBoxResponses.push(1); // Cancel at the warning
    await started(l).actions.saveKeyCopy();
    expect(existsSync(copy)).toBe(false);

    l.electron.dialog.messageBoxResponses.push(0);
    l.electron.dialog.savePaths.push(copy);
    await started(l).actions.saveKeyCopy();
    expect(statSync(copy).mode & 0o077).toBe(0);
    const ledger = started(l).desk.ledgerPath;
    quit(l);
    const elsewhere = openDesk({ ledgerPath: ledger, keyProvider: new FileKeyProvider(copy), clock: new ControllableClock(toInstant(Date.parse('2003-03-10T15:00:00Z'))), operator: 'auditor' });
    try {
      // The demo roster's first holder: her ID number reads back with nothing but the copy.
      expect(elsewhere.ledger.revealIdNumber('E0001')).toBe('959-79-1163');
    } finally {
      elsewhere.close();
    }
  });
});

describe('quitting', () => {
  it('closes the ledger, and nothing can be asked of it afterwards', async () => {
    const l = await launch();
    quit(l);
    expect(call(l, 'offer:get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('closing the window quits on Windows and Linux', async () => {
    const l = await launch();
    l.electron.app.emit('window-all-closed');
    expect(l.electron.app.quitCalls).toBe(1);
  });
});
