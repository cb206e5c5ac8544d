// The Electron shell from launch to quit, given an Electron to run on (the real one from index.ts,
// or the tests' stand-in). It only wires pieces together; each piece lives in its own file.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlerTable, type HandlerContext } from '../ipc/handlers';
import { letterFontPaths, setFaxCodeWorkerScript, setLetterWorkerScript } from '../services/shell-support';
import { systemClock, type Clock } from '../services/clock';
import { resolveDataDir } from '../services/data-dir';
import { openDesk } from '../services/desk';
import { writeAppState } from './app-state';
import type { CurrentDesk } from './current-desk';
import type { ShellBrowserWindow, ShellElectron } from './electron-api';
import { createLedgerActions, type LedgerActions } from './ledger-actions';
import { log } from './log';
import { menuTemplate } from './menu';
import { chooseSqliteBinding } from './native-sqlite';
import { windowOperator } from './operator';
import { registerHandlers } from './register-handlers';
import { rendererLocation } from './renderer-location';
import { chooseKeyProvider } from './safe-storage-key-provider';
import { hardenContents } from './security';
import { openStartupLedger } from './startup-ledger';
import { createMainWindow } from './window';

/** <appData>/Offer Desk: %APPDATA% on Windows, ~/Library/Application Support on macOS, ~/.config on Linux. */
export const DATA_FOLDER_NAME = 'Offer Desk';

export interface ShellOptions {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Electron's `process.resourcesPath`: where a packaged app's extraResources are. */
  resourcesPath: string;
  /** `process.versions.electron`; undefined when the shell runs under plain Node (tests). */
  electronVersion?: string;
  clock?: Clock;
}

export interface RunningShell<W extends ShellBrowserWindow = ShellBrowserWindow> {
  readonly dataDir: string;
  readonly desk: CurrentDesk;
  readonly actions: LedgerActions;
  window(): W | null;
}

/**
 * Starts the desk. Resolves to null when another Offer Desk already runs on the same data folder
 * (that one is brought to the front instead); rejects when the desk cannot start at all, with a
 * message for the operator (index.ts shows it and exits).
 */
export async function startShell<W extends ShellBrowserWindow>(electron: ShellElectron<W>, options: ShellOptions): Promise<RunningShell<W> | null> {
  const { app } = electron;
  const clock = options.clock ?? systemClock;

  // The data folder comes first: Electron keys the single-instance lock on the userData path, so
  // a desk started with OFFER_DESK_DATA_DIR (a portable install, a test) is its own instance, and
  // Chromium's own files (cache, local storage) land beside that ledger, not in another profile.
  // The default is named here rather than left to Electron, which derives it from package.json's
  // name fields: a packaging change must never move the folder that holds the ledger.
  const dataDir = resolveDataDir(options.env, join(app.getPath('appData'), DATA_FOLDER_NAME));
  app.setPath('userData', dataDir);

  // Every renderer sandboxed, whatever a window's options say.
  app.enableSandbox();

  // In development, load the better-sqlite3 compiled for Electron before any ledger opens.
  chooseSqliteBinding(app, options.electronVersion);

  // Two windows writing one ledger would each show a stale picture of it: one desk per folder.
  if (!app.requestSingleInstanceLock()) {
    log('startup', 'Offer Desk is already running on this data folder; bringing it to the front');
    app.quit();
    return null;
  }
  let mainWindow: W | null = null;
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // Belt and braces: any web contents at all (not just our window's) gets the same restrictions.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  await app.whenReady();

  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = chooseKeyProvider(electron.safeStorage, dataDir, options.platform);
  // Unlock the key now: a locked keychain should stop the start with its reason, not surface in the
  // middle of keying an election form. No key file yet: the first ledger makes one; a ledger that
  // needs a key that is gone is told so, naming the file, when it needs it (never a new key).
  if (existsSync(key.path)) key.provider.key();
  const resourcesDir = app.isPackaged ? join(options.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  // Letters print in fonts shipped beside the app (extraResources), never in whatever the machine has.
  const letterFonts = letterFontPaths({ fontsDir: join(resourcesDir, 'fonts') });
  // Letters are typeset in worker threads running the bundle electron-vite builds beside main's.
  setLetterWorkerScript(join(app.getAppPath(), 'out', 'main', 'letters-worker.js'));
  // Fax pages are decoded and their form codes read in a worker beside it, too.
  setFaxCodeWorkerScript(join(app.getAppPath(), 'out', 'main', 'fax-code-worker.js'));
  const { desk, notice } = openStartupLedger({
    dataDir,
    resourcesDir,
    keyProvider: key.provider,
    clock,
    operator: windowOperator(options.env),
    open: (ledgerPath, operator) => openDesk({ ledgerPath, keyProvider: key.provider, clock, operator, letterFonts }),
  });
  const remember = (ledgerPath: string) => writeAppState(dataDir, { lastLedgerPath: ledgerPath });
  remember(desk.ledgerPath);
  app.on('will-quit', () => desk.close());

  const location = rendererLocation(app.getAppPath(), options.env, app.isPackaged);
  const ctx: HandlerContext = { desk: () => desk.get(), dataDir, createOfferLedger: (offer) => actions.createOfferLedger(offer) };
  registerHandlers(electron.ipcMain, createHandlerTable(), ctx, location);

  const devTools = !app.isPackaged;
  const openWindow = (): W => {
    const window = createMainWindow(electron.BrowserWindow, { appPath: app.getAppPath(), location, devTools });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  };

  const actions = createLedgerActions({
    dialog: electron.dialog,
    window: () => mainWindow,
    desk,
    keyProvider: key.provider,
    clock,
    operator: () => desk.operator(),
    resourcesDir,
    documentsDir: app.getPath('documents'),
    remember,
    newOfferUrl: `${location.url.split('#')[0] ?? location.url}#/new-offer`,
  });
  const about = () => {
    if (mainWindow === null) return;
    void electron.dialog.showMessageBox(mainWindow, {
      type: 'info',
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: `The CFO office's desk for the employee Offer to Exchange Options.\n\nLedger: ${desk.ledgerPath}\nData folder: ${dataDir}\nID-number key: ${key.store === 'safe-storage' ? 'protected by the operating system' : 'in an owner-only file'} (${key.path})`,
    });
  };
  electron.Menu.setApplicationMenu(
    electron.Menu.buildFromTemplate(menuTemplate(actions, { appName: app.getName(), isMac: options.platform === 'darwin', devTools, about })),
  );

  const window = openWindow();
  if (notice !== null) void electron.dialog.showMessageBox(window, { type: 'warning', title: 'Offer Desk', message: notice });

  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window; elsewhere closing the window quits.
    if (options.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null) openWindow();
  });

  return { dataDir, desk, actions, window: () => mainWindow };
}
