// A small stand-in for the parts of Electron the shell uses (main/app/electron-api.ts), recording
// what the shell asks of it. The Electron binary cannot be installed on the test machines, and a
// test about *what the shell asks for* (which preferences, which handlers, which refusals) does not
// need Chromium: Electron's own behaviour for those settings is Electron's to test.
//
// It is typed against the shell's interfaces (`satisfies ShellElectron<FakeBrowserWindow>` below),
// so a fake that drifts from what the shell calls fails to compile.
import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  PreventableEvent,
  ShellElectron,
  ShellInvokeEvent,
  ShellSession,
  ShellWebContents,
} from '../../main/app/electron-api';

type Listener = (...args: never[]) => unknown;

/** Just enough of Node's EventEmitter: `on`/`once` record, `emit` calls. */
class Emitter {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: false }]);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: true }]);
    return this;
  }

  emit(event: string, ...args: unknown[]): number {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(event, list.filter((l) => !l.once));
    for (const { listener } of list) (listener as (...a: unknown[]) => unknown)(...args);
    return list.length;
  }

  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event a listener may cancel; `prevented` tells whether the shell refused it. */
export class FakeEvent implements PreventableEvent {
  prevented = false;
  preventDefault(): void {
    this.prevented = true;
  }
}

type HeadersListener = Parameters<ShellSession['webRequest']['onHeadersReceived']>[0];
type PermissionRequestHandler = Parameters<ShellSession['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<ShellSession['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<ShellSession['setDevicePermissionHandler']>[0];

export class FakeSession extends Emitter implements ShellSession {
  headersListener: HeadersListener | null = null;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DeviceHandler | null = null;

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.devicePermissionHandler = handler;
  }

  /** What the page would receive as response headers for a response carrying `headers`. */
  respond(url: string, headers: Record<string, string[]> = {}): Record<string, string[]> {
    let out: Record<string, string[]> | undefined;
    this.headersListener?.({ url, responseHeaders: headers }, (response) => {
      out = response.responseHeaders;
    });
    return out ?? headers;
  }

  /** Asks for a permission as a page would; resolves to whether it was granted. */
  request(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.permissionRequestHandler === null) resolve(true); // Electron's default: granted
      else this.permissionRequestHandler({}, permission, resolve);
    });
  }
}

export class FakeWebContents extends Emitter implements ShellWebContents {
  readonly session: FakeSession;
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  reloads = 0;

  constructor(session: FakeSession) {
    super();
    this.session = session;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  reload(): void {
    this.reloads += 1;
  }

  /** Fires a cancellable event as Chromium would; true when the shell let it happen. */
  attempt(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    const e = new FakeEvent();
    this.emit(event, e, url);
    return !e.prevented;
  }

  /** What `window.open(url)` would get: Electron allows it unless a handler says otherwise. */
  open(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler === null ? 'allow' : this.windowOpenHandler({ url }).action;
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  loaded: { file: string } | { url: string } | null = null;
  minimized = false;
  visible = false;
  focusCount = 0;
  restoreCount = 0;

  constructor(options: BrowserWindowConstructorOptions, session: FakeSession) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents(session);
  }

  loadFile(path: string): Promise<void> {
    this.loaded = { file: path };
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.restoreCount += 1;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
}

export class FakeApp extends Emitter {
  isPackaged = false;
  sandboxEnabled = false;
  /** False plays "another Offer Desk already holds the lock". */
  lockAvailable = true;
  quitCalls = 0;
  exitCode: number | null = null;
  readonly paths: Record<'userData' | 'appData' | 'documents', string>;
  readonly appPath: string;

  constructor(paths: { appData: string; documents: string; appPath: string }) {
    super();
    // Electron's default userData is <appData>/<name from package.json>.
    this.paths = { appData: paths.appData, userData: `${paths.appData}/offer-desk`, documents: paths.documents };
    this.appPath = paths.appPath;
  }

  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.lockAvailable;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(name: 'userData' | 'appData' | 'documents'): string {
    return this.paths[name];
  }
  setPath(name: 'userData', path: string): void {
    this.paths[name] = path;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getName(): string {
    return 'Offer Desk';
  }
  getVersion(): string {
    return '0.1.0';
  }
  quit(): void {
    this.quitCalls += 1;
  }
  exit(exitCode = 0): void {
    this.exitCode = exitCode;
  }
}

type InvokeListener = (event: ShellInvokeEvent, payload: unknown) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    // Electron refuses a second handler on one channel; so does the stand-in.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** Calls a handler as if `frameUrl`'s top frame (or a sub-frame) had invoked it. */
  invoke(channel: string, payload: unknown, frameUrl: string | null, options: { subFrame?: boolean } = {}): unknown {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = frameUrl === null ? null : { url: frameUrl, parent: options.subFrame === true ? {} : null };
    return handler({ senderFrame }, payload);
  }
}

/** Answers the dialogs will give, in order; an empty queue means "Cancel". */
export class FakeDialog {
  readonly savePaths: (string | null)[] = [];
  readonly openPaths: (string | null)[] = [];
  readonly messageBoxResponses: number[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly messageBoxes: { message: string }[] = [];

  showSaveDialogSync(_window: FakeBrowserWindow, _options: object): string | undefined {
    return this.savePaths.shift() ?? undefined;
  }

  showSaveDialog(_window: FakeBrowserWindow, _options: object): Promise<{ canceled: boolean; filePath: string }> {
    const path = this.savePaths.shift() ?? null;
    return Promise.resolve(path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path });
  }
  showOpenDialog(_window: FakeBrowserWindow, _options: object): Promise<{ canceled: boolean; filePaths: string[] }> {
    const path = this.openPaths.shift() ?? null;
    return Promise.resolve(path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] });
  }
  showMessageBox(_window: FakeBrowserWindow, options: { message: string }): Promise<{ response: number }> {
    this.messageBoxes.push({ message: options.message });
    return Promise.resolve({ response: this.messageBoxResponses.shift() ?? 0 });
  }
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

export class FakeMenu {
  installed: MenuItemConstructorOptions[] | null = null;

  buildFromTemplate(template: MenuItemConstructorOptions[]): { template: MenuItemConstructorOptions[] } {
    return { template };
  }
  setApplicationMenu(menu: object | null): void {
    this.installed = menu === null ? null : (menu as { template: MenuItemConstructorOptions[] }).template;
  }

  /** The menu item with this label, searched through every submenu. */
  item(label: string): MenuItemConstructorOptions {
    const search = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
      for (const item of items) {
        if (item.label === label) return item;
        if (Array.isArray(item.submenu)) {
          const found = search(item.submenu);
          if (found !== undefined) return found;
        }
      }
      return undefined;
    };
    const found = search(this.installed ?? []);
    if (found === undefined) throw new Error(`No menu item "${label}"`);
    return found;
  }
}

/**
 * Stand-in for the OS secret store. Like the real one, what it writes is not the plain text, and
 * it refuses to decrypt what it did not encrypt.
 */
export class FakeSafeStorage {
  available = true;
  backend = 'gnome_libsecret';
  private static readonly MARK = Buffer.from('fake-os-secret-store:');

  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  encryptString(plainText: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    return Buffer.concat([FakeSafeStorage.MARK, Buffer.from(plainText, 'utf8').map((b) => b ^ 0x5a)]);
  }
  decryptString(encrypted: Buffer): string {
    if (!this.available) throw new Error('Decryption is not available.');
    if (!encrypted.subarray(0, FakeSafeStorage.MARK.length).equals(FakeSafeStorage.MARK)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(encrypted.subarray(FakeSafeStorage.MARK.length).map((b) => b ^ 0x5a)).toString('utf8');
  }
}

export class FakeShell {
  readonly opened: string[] = [];
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
}

export interface FakeElectron extends ShellElectron<FakeBrowserWindow> {
  readonly app: FakeApp;
  readonly ipcMain: FakeIpcMain;
  readonly dialog: FakeDialog;
  readonly Menu: FakeMenu;
  readonly safeStorage: FakeSafeStorage;
  readonly shell: FakeShell;
  /** The default session every window shares, as in Electron. */
  readonly session: FakeSession;
  /** Every window the shell created, oldest first. */
  readonly windows: FakeBrowserWindow[];
}

export function createFakeElectron(paths: { appData: string; documents: string; appPath: string }): FakeElectron {
  const session = new FakeSession();
  const windows: FakeBrowserWindow[] = [];
  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options, session);
      windows.push(this);
    }
  }
  const fake = {
    app: new FakeApp(paths),
    BrowserWindow,
    ipcMain: new FakeIpcMain(),
    dialog: new FakeDialog(),
    Menu: new FakeMenu(),
    safeStorage: new FakeSafeStorage(),
    shell: new FakeShell(),
    session,
    windows,
  } satisfies FakeElectron;
  return fake;
}

/** The renderer side of Electron, for loading the preload: what it exposed and what it sent. */
export function createFakeRendererElectron() {
  const exposed = new Map<string, unknown>();
  const sent: { channel: string; args: unknown[] }[] = [];
  let answer: (channel: string, args: unknown[]) => Promise<unknown> = () => Promise.resolve({ ok: true, value: null });
  return {
    exposed,
    sent,
    answerWith(fn: (channel: string, args: unknown[]) => Promise<unknown>): void {
      answer = fn;
    },
    module: {
      contextBridge: {
        exposeInMainWorld(key: string, api: unknown): void {
          if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
          exposed.set(key, api);
        },
      },
      ipcRenderer: {
        invoke(channel: string, ...args: unknown[]): Promise<unknown> {
          sent.push({ channel, args });
          return answer(channel, args);
        },
      },
    },
  };
}
