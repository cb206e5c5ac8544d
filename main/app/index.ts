// The main-process entry. It only hands the real Electron to the shell: everything else is in
// shell.ts and the files it wires, which the tests run against a stand-in Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, shell } from 'electron';
import type { ShellElectron } from './electron-api';
import { startShell } from './shell';

// Typed as ShellElectron, so the compiler checks real Electron against every call the shell makes.
const electron: ShellElectron<BrowserWindow> = { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, shell };

startShell(electron, { env: process.env, platform: process.platform, resourcesPath: process.resourcesPath, electronVersion: process.versions.electron }).catch((e: unknown) => {
  // Nothing has been written when start-up fails (a ledger opens read-only until it is verified);
  // the operator gets the reason in words, and the process ends rather than showing a dead window.
  dialog.showErrorBox('Offer Desk cannot start', e instanceof Error ? e.message : String(e));
  app.exit(1);
});
