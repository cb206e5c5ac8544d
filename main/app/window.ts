// The desk's one window: secure preferences, hardened contents, the CSP, and our own page loaded.
import { join } from 'node:path';
import type { BrowserWindowConstructor, ShellBrowserWindow } from './electron-api';
import { log } from './log';
import type { RendererLocation } from './renderer-location';
import { applyContentSecurityPolicy, createSecureWindow, hardenContents } from './security';

/** Where electron-vite puts the sandboxed CommonJS preload (see electron.vite.config.ts). */
export function preloadPath(appPath: string): string {
  return join(appPath, 'out', 'preload', 'preload.cjs');
}

export function createMainWindow<W extends ShellBrowserWindow>(
  BrowserWindow: BrowserWindowConstructor<W>,
  options: { appPath: string; location: RendererLocation; devTools: boolean },
): W {
  const window = createSecureWindow(BrowserWindow, preloadPath(options.appPath), {
    devTools: options.devTools,
    // Shown once painted, so the operator never sees a blank white frame.
    appearance: { title: 'Offer Desk', width: 1360, height: 900, minWidth: 960, minHeight: 640, show: false },
  });
  hardenContents(window.webContents);
  applyContentSecurityPolicy(window.webContents.session, options.location.kind === 'dev-server' ? options.location.url : null);
  window.once('ready-to-show', () => window.show());
  const loading = options.location.kind === 'file' ? window.loadFile(options.location.indexHtml) : window.loadURL(options.location.url);
  // A page that fails to load shows Chromium's error page; the reason belongs in the log too.
  loading.catch((e: unknown) => log('window', `the page did not load: ${e instanceof Error ? e.message : String(e)}`));
  return window;
}
