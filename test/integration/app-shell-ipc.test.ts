// Main's side of IPC: which channels exist, and who may call them. Uses the real handler table
// and dispatch; the desk is never reached in these tests (a refused call must not touch it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX } from '../../main/ipc/channels';
import { FOREIGN_SENDER_MESSAGE, registerHandlers } from '../../main/app/register-handlers';
import { rendererLocation, type RendererLocation } from '../../main/app/renderer-location';
import { CHANNELS } from '../../main/ipc/contract';
import { createHandlerTable, type HandlerContext } from '../../main/ipc/handlers';
import { FakeIpcMain } from './app-fake-electron';


// Refusals are logged for the operator's terminal; the tests check the refusals themselves.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
const repo = join(import.meta.dirname, '..', '..');
const appPath = '/opt/Offer Desk/resources/app.asar';
const packaged = rendererLocation(appPath, {}, true);
const ownPage = packaged.url;

/** A desk that must never be reached: any call to it fails the test. */
function untouchableDesk(): { ctx: HandlerContext; touched: () => number } {
  let touched = 0;
  return {
    ctx: {
      desk: () => {
        touched += 1;
        throw new Error('the desk was reached');
      },
    },
    touched: () => touched,
  };
}

function registered(location: RendererLocation = packaged) {
  const ipcMain = new FakeIpcMain();
  const desk = untouchableDesk();
  registerHandlers(ipcMain, createHandlerTable(), desk.ctx, location);
  return { ipcMain, ...desk };
}

describe('the channels main answers', () => {
  it('every channel of the contract is handled, under the offer-desk: prefix, and nothing else', () => {
    const { ipcMain } = registered();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
  });
});

describe('only the desk’s own page may call the desk', () => {
  const foreign = [
    ['a web page', 'https://evil.example/offer'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a sibling file of our page', ownPage.replace('index.html', 'other.html')],
    ['a page on a dev server', 'http://localhost:5173/'],
    ['a blob page', 'blob:file:///6b7c'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['garbage', 'not a url'],
  ] as const;

  for (const [who, url] of foreign) {
    it(`a call from ${who} is refused and the ledger is not touched`, () => {
      const { ipcMain, touched } = registered();
      expect(ipcMain.invoke(`${IPC_PREFIX}holders:list`, {}, url)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: FOREIGN_SENDER_MESSAGE, details: [] },
      });
      expect(touched()).toBe(0);
    });
  }

  it('a call from a frame embedded in our page is refused', () => {
    const { ipcMain, touched } = registered();
    expect(ipcMain.invoke(`${IPC_PREFIX}offer:get`, {}, ownPage, { subFrame: true })).toMatchObject({ ok: false, error: { message: FOREIGN_SENDER_MESSAGE } });
    expect(touched()).toBe(0);
  });

  it('a call whose frame has gone (navigated away or closed) is refused', () => {
    const { ipcMain, touched } = registered();
    expect(ipcMain.invoke(`${IPC_PREFIX}offer:get`, {}, null)).toMatchObject({ ok: false, error: { message: FOREIGN_SENDER_MESSAGE } });
    expect(touched()).toBe(0);
  });

  it('a call from our page (on any in-page #route) reaches the desk', () => {
    const { ipcMain, touched } = registered();
    ipcMain.invoke(`${IPC_PREFIX}offer:get`, {}, `${ownPage}#/holders/E-1001`);
    expect(touched()).toBe(1);
  });

  it('in development, only the dev server the shell loaded counts as our page', () => {
    const dev = rendererLocation(repo, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false);
    const { ipcMain, touched } = registered(dev);
    ipcMain.invoke(`${IPC_PREFIX}offer:get`, {}, 'http://localhost:5174/');
    ipcMain.invoke(`${IPC_PREFIX}offer:get`, {}, ownPage);
    expect(touched()).toBe(0);
    ipcMain.invoke(`${IPC_PREFIX}offer:get`, {}, 'http://localhost:5173/#/dashboard');
    expect(touched()).toBe(1);
  });

  it('a packaged app ignores ELECTRON_RENDERER_URL: no variable can point the window elsewhere', () => {
    expect(rendererLocation(appPath, { ELECTRON_RENDERER_URL: 'https://evil.example/' }, true)).toEqual(packaged);
  });
});

describe('what the desk is sent is checked before it is used', () => {
  it('a malformed request from our own page is refused as invalid input, naming the field, and the ledger is not touched', () => {
    const { ipcMain, touched } = registered();
    const result = ipcMain.invoke(`${IPC_PREFIX}holders:get`, { employeeId: 42, extra: 'x' }, ownPage);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(result)).toContain('employeeId');
    expect(touched()).toBe(0);
  });

  it('a request that is not even an object is refused as invalid input', () => {
    const { ipcMain, touched } = registered();
    for (const payload of ['DROP TABLE holders', 7, [1, 2]]) {
      expect(ipcMain.invoke(`${IPC_PREFIX}waivers:grant`, payload, ownPage)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(touched()).toBe(0);
  });
});

describe('the preload is loadable in a sandboxed window', () => {
  it('at run time it loads nothing but electron (the channel names have no runtime imports)', () => {
    const runtimeImports = (file: string) =>
      [...readFileSync(join(repo, 'main', file), 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports('app/preload.ts')).toEqual(['electron', '../ipc/channels']);
    expect(runtimeImports('ipc/channels.ts')).toEqual([]);
  });
});
