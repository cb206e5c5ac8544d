// Every security default of the window in one place (house style, habit 9). The renderer shows ID
// numbers and writes to the legal record through the desk's API, so it gets nothing else: no Node,
// no navigation away from our own page, no popups, no embedded pages, no device or
// notification permissions, no downloads but its own bytes to a place the operator picks, and no
// way to open a URL except through one checked wrapper that, for an offline app, refuses everything.
import { CONTENT_SECURITY_POLICY_HEADER, devServerPolicy } from './csp';
import type {
  BrowserWindowConstructor,
  BrowserWindowConstructorOptions,
  PreventableEvent,
  ShellBrowserWindow,
  ShellSession,
  ShellShell,
  ShellWebContents,
} from './electron-api';
import { log } from './log';

/**
 * Creates a window with the desk's web preferences: the page is isolated from the preload,
 * sandboxed, and has no Node; no <webview>, no insecure content, no experimental web features, no
 * middle-click "open in new window" (Auxclick), no spell-check service. `devTools` is off in a
 * packaged app: in the field there is no reason to run arbitrary script next to employees' ID numbers.
 *
 * The preferences are written out literally inside the `new BrowserWindow(...)` call, not
 * assembled by a helper, so that the security scanner (scripts/security-scan.sh) can read them in
 * the built code and vouch for them instead of asking for a manual review.
 */
export function createSecureWindow<W extends ShellBrowserWindow>(
  BrowserWindow: BrowserWindowConstructor<W>,
  preloadPath: string,
  options: { devTools: boolean; appearance: Omit<BrowserWindowConstructorOptions, 'webPreferences'> },
): W {
  return new BrowserWindow({
    ...options.appearance,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
}

/**
 * Sends the CSP with every response the session sees. Files loaded from disk carry no HTTP
 * headers, so the built page also has the same policy as a meta tag (see csp.ts); this header is
 * what protects the dev-server page and adds `frame-ancestors`.
 */
export function applyContentSecurityPolicy(session: ShellSession, devServerUrl: string | null): void {
  const policy = devServerUrl === null ? CONTENT_SECURITY_POLICY_HEADER : devServerPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any policy the response brought along: ours is the only one.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = values;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}

/** The session grants nothing: camera, microphone, notifications, clipboard-read, USB, HID ... */
export function denyAllPermissions(session: ShellSession): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    log('security', `refused a permission request from the window: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Files leave the desk only where the operator chooses, in a save dialog: the File menu's, or
  // Chromium's own for "Save a copy" of an attachment the page holds as a blob: (its bytes came
  // from the ledger through the API). Nothing is ever fetched from elsewhere and saved.
  session.on('will-download', (event, item) => {
    if (item.getURL().startsWith('blob:')) return;
    log('security', 'refused a download that did not come from the page itself');
    event.preventDefault();
  });
}

const hardened = new WeakSet<ShellWebContents>();

/**
 * Pins a web page to where it was loaded: no navigation or redirect (a link clicked in a pasted
 * note must not replace the desk), no new windows, no <webview>, no permissions. Safe to call
 * more than once for the same contents.
 */
export function hardenContents(contents: ShellWebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const refuse = (what: string) => (event: PreventableEvent) => {
    log('security', `refused ${what}`);
    event.preventDefault();
  };
  contents.on('will-navigate', refuse('a navigation'));
  contents.on('will-frame-navigate', refuse('a frame navigation'));
  contents.on('will-redirect', refuse('a redirect'));
  contents.on('will-attach-webview', refuse('a <webview>'));
  contents.setWindowOpenHandler(() => {
    log('security', 'refused to open a new window');
    return { action: 'deny' };
  });
  denyAllPermissions(contents.session);
}

/**
 * The only door to `shell.openExternal`. The desk is offline, so the allow-list is empty and every
 * URL is refused; should a help page ever be added, its exact https origin goes in `allowedOrigins`.
 * Never pass a URL that came from the renderer or from ledger data without adding it here first.
 */
export async function openExternalSafely(
  shell: ShellShell,
  url: string,
  allowedOrigins: readonly string[] = [],
): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    log('security', 'refused to open a malformed URL');
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || !allowedOrigins.includes(parsed.origin)) {
    log('security', `refused to open ${parsed.protocol}//${parsed.host} outside the app`);
    return false;
  }
  await shell.openExternal(parsed.href);
  return true;
}
