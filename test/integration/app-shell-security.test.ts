// The window's security defaults, as a security reviewer would check them: what the page may run,
// load, open and ask for. Driven through the stand-in Electron (see app-fake-electron.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, devServerPolicy } from '../../main/app/csp';
import { withContentSecurityPolicy, withoutContentSecurityPolicy } from '../../main/app/csp-html';
import { applyContentSecurityPolicy, createSecureWindow, hardenContents, openExternalSafely } from '../../main/app/security';
import { createFakeElectron, FakeEvent, FakeSession, FakeShell, FakeWebContents } from './app-fake-electron';


// Refusals are logged for the operator's terminal; the tests check the refusals themselves.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
const repo = join(import.meta.dirname, '..', '..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts): parts is [string, ...string[]] => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the window runs our page with no Node and no way out of its sandbox', () => {
  const create = (devTools: boolean) => {
    const electron = createFakeElectron({ appData: '/nowhere', documents: '/nowhere', appPath: '/app' });
    return createSecureWindow(electron.BrowserWindow, '/app/out/preload/preload.cjs', { devTools, appearance: { title: 'Offer Desk', show: false } }).options;
  };
  const options = create(false);
  const prefs = options.webPreferences;

  it('isolates the page from the preload, sandboxes it, and gives it no Node.js', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('forbids <webview>, insecure content, switching web security off, and middle-click new windows', () => {
    expect(prefs).toMatchObject({
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('sends nothing to a spell-check service and keeps developer tools closed unless asked for (unpackaged only)', () => {
    expect(prefs?.spellcheck).toBe(false);
    expect(prefs?.devTools).toBe(false);
    expect(create(true).webPreferences?.devTools).toBe(true);
  });

  it('keeps the look of the window the caller asked for', () => {
    expect(options).toMatchObject({ title: 'Offer Desk', show: false });
  });
});

describe('the Content Security Policy lets the page run only its own code', () => {
  for (const [name, policy] of [
    ['meta tag', CONTENT_SECURITY_POLICY],
    ['response header', CONTENT_SECURITY_POLICY_HEADER],
  ] as const) {
    it(`(${name}) has no 'unsafe-eval', no inline scripts and no remote origin anywhere`, () => {
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/https?:|wss?:|\*/);
      const d = directives(policy);
      expect(d.get('script-src')).toEqual(["'self'"]);
      expect(d.get('default-src')).toEqual(["'none'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('frame-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('form-action')).toEqual(["'none'"]);
      expect(d.get('connect-src')).toEqual(["'self'"]);
      // pdf.js parses letters in a worker bundled with the page; a blob: or data: worker would be
      // code made up at run time, so only the page's own files may start one.
      expect(d.get('worker-src')).toEqual(["'self'"]);
      // The one relaxation, for Mantine's <style> tags and style attributes: styles, not scripts.
      expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    });
  }

  it('forbids any page from framing the desk (header only: a meta tag cannot say it)', () => {
    expect(directives(CONTENT_SECURITY_POLICY_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('replaces whatever policy a response brings with ours', () => {
    const session = new FakeSession();
    applyContentSecurityPolicy(session, null);
    const headers = session.respond('file:///app/out/renderer/index.html', {
      'content-security-policy': ["script-src * 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY_HEADER]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('relaxes only for the local dev server, and only for its websocket and React Refresh', () => {
    const dev = directives(devServerPolicy('http://localhost:5173/'));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(devServerPolicy('http://localhost:5173/')).not.toContain('unsafe-eval');
  });

  it("the built page carries exactly the shell's policy, whatever renderer/index.html says", () => {
    const source = readFileSync(join(repo, 'renderer', 'index.html'), 'utf8');
    const { html } = withContentSecurityPolicy(source);
    const tags = html.match(/http-equiv="Content-Security-Policy"[^>]*/g) ?? [];
    expect(tags).toEqual([`http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" /`]);
  });

  it('a page with a weaker policy has it removed, and the build is told so', () => {
    const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src *"></head><body></body></html>`;
    const { html, replaced } = withContentSecurityPolicy(page);
    expect(replaced).toEqual(['script-src *']);
    expect(html).not.toContain('script-src *');
    expect(withoutContentSecurityPolicy(page)).not.toContain('Content-Security-Policy');
  });
});

describe('the page cannot leave the desk', () => {
  it('cannot navigate, be redirected or navigate a frame elsewhere', () => {
    const contents = new FakeWebContents(new FakeSession());
    hardenContents(contents);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(contents.attempt('will-frame-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(false);
  });

  it('cannot open a new window (window.open or target=_blank)', () => {
    const contents = new FakeWebContents(new FakeSession());
    hardenContents(contents);
    expect(contents.open('https://evil.example/')).toBe('deny');
    expect(contents.open('file:///app/out/renderer/index.html')).toBe('deny');
  });

  it('cannot attach a <webview>', () => {
    const contents = new FakeWebContents(new FakeSession());
    hardenContents(contents);
    expect(contents.attempt('will-attach-webview', 'https://evil.example/')).toBe(false);
  });

  it('is refused every permission: camera, microphone, notifications, clipboard, USB, and any it may invent', async () => {
    const session = new FakeSession();
    hardenContents(new FakeWebContents(session));
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'usb', 'hid', 'something-new']) {
      expect(await session.request(permission)).toBe(false);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
    expect(session.devicePermissionHandler?.({})).toBe(false);
  });

  it('may save a copy of its own attachment bytes (blob:), through the save dialog, but download nothing from anywhere else', () => {
    const session = new FakeSession();
    hardenContents(new FakeWebContents(session));
    const download = (url: string) => {
      const e = new FakeEvent();
      session.emit('will-download', e, { getURL: () => url });
      return !e.prevented;
    };
    expect(download('blob:file:///3f1c9e0a-attachment')).toBe(true);
    expect(download('https://evil.example/payload.exe')).toBe(false);
    expect(download('file:///home/cfo/.ssh/id_rsa')).toBe(false);
    expect(download('data:application/octet-stream;base64,AAAA')).toBe(false);
  });

  it('hardening the same page twice does not stack handlers', () => {
    const contents = new FakeWebContents(new FakeSession());
    hardenContents(contents);
    hardenContents(contents);
    expect(contents.count('will-navigate')).toBe(1);
  });
});

describe('links outside the app', () => {
  it('an offline desk opens no URL at all by default, not even https', async () => {
    const shell = new FakeShell();
    for (const url of ['https://www.sec.gov/', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url']) {
      expect(await openExternalSafely(shell, url)).toBe(false);
    }
    expect(shell.opened).toEqual([]);
  });

  it('opens only https URLs of an origin on the allow-list, never a look-alike', async () => {
    const shell = new FakeShell();
    const allowed = ['https://help.example.com'];
    expect(await openExternalSafely(shell, 'https://help.example.com/offer', allowed)).toBe(true);
    expect(await openExternalSafely(shell, 'http://help.example.com/offer', allowed)).toBe(false);
    expect(await openExternalSafely(shell, 'https://help.example.com.evil.example/', allowed)).toBe(false);
    expect(await openExternalSafely(shell, 'https://user:pw@help.example.com/', allowed)).toBe(false);
    expect(shell.opened).toEqual(['https://help.example.com/offer']);
  });
});
