// The slice of Electron the shell actually uses, written out as narrow interfaces.
//
// Why: the Electron binary cannot be installed on every machine that runs the tests, and
// `require('electron')` fails without it. So only main/app/index.ts and main/app/preload.ts import
// the real module; everything else receives a `ShellElectron` and can be driven by a small
// recording stand-in. index.ts assigns the real module to this type, so the compiler proves that
// real Electron satisfies every method the shell calls (if Electron changes a signature, the build
// breaks, not the app).
//
// Option objects (window options, menu templates, dialog options) reuse Electron's own *types*;
// type-only imports vanish at build time and cost nothing at run time.
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';

export type { BrowserWindowConstructorOptions, MenuItemConstructorOptions };

/** Any Electron event the shell may cancel. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface ShellWebRequest {
  onHeadersReceived(
    listener: (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string[]> }) => void,
    ) => void,
  ): void;
}

export interface ShellSession {
  readonly webRequest: ShellWebRequest;
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent, item: { getURL(): string }) => void): unknown;
}

export interface ShellWebContents {
  readonly session: ShellSession;
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  reload(): void;
}

export interface ShellBrowserWindow {
  readonly webContents: ShellWebContents;
  loadFile(path: string): Promise<void>;
  loadURL(url: string): Promise<void>;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
}

export interface ShellApp {
  readonly isPackaged: boolean;
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<unknown>;
  getPath(name: 'userData' | 'appData' | 'documents'): string;
  setPath(name: 'userData', path: string): void;
  getAppPath(): string;
  getName(): string;
  getVersion(): string;
  quit(): void;
  exit(exitCode?: number): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: ShellWebContents) => void): unknown;
}

/** What `ipcMain.handle` hands a listener: only the frame that sent the call matters to us. */
export interface ShellInvokeEvent {
  /** Null when the frame has navigated away or been destroyed since it sent the call. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface ShellIpcMain {
  handle(channel: string, listener: (event: ShellInvokeEvent, payload: unknown) => unknown): void;
}

/** Dialogs are modal to our window: `W` is the window type the matching BrowserWindow creates. */
export interface ShellDialog<W extends ShellBrowserWindow = ShellBrowserWindow> {
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
  /** The wizard's "Create" is one request answered at once: the sync dialog keeps it so (undefined: cancelled). */
  showSaveDialogSync(window: W, options: SaveDialogOptions): string | undefined;
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(window: W, options: MessageBoxOptions): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
}

/** An application menu is opaque to the shell: built from a template, then installed. */
export type ShellMenuHandle = object;

export interface ShellMenu {
  buildFromTemplate(template: MenuItemConstructorOptions[]): ShellMenuHandle;
  setApplicationMenu(menu: ShellMenuHandle | null): void;
}

export interface ShellSafeStorage {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store backs the encryption ('basic_text' means none does). */
  getSelectedStorageBackend(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface ShellShell {
  openExternal(url: string): Promise<void>;
}

export type BrowserWindowConstructor<W extends ShellBrowserWindow = ShellBrowserWindow> = new (
  options: BrowserWindowConstructorOptions,
) => W;

/**
 * `W` ties the dialogs to the windows this Electron creates: real dialogs accept only real windows,
 * and the stand-in's dialogs only the stand-in's windows.
 */
export interface ShellElectron<W extends ShellBrowserWindow = ShellBrowserWindow> {
  readonly app: ShellApp;
  readonly BrowserWindow: BrowserWindowConstructor<W>;
  readonly ipcMain: ShellIpcMain;
  readonly dialog: ShellDialog<W>;
  readonly Menu: ShellMenu;
  readonly safeStorage: ShellSafeStorage;
  readonly shell: ShellShell;
}
