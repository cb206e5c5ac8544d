// The preload, loaded as Electron would load it (with a stand-in for the renderer side of the
// `electron` module): what the page gets on `window`, and what reaches main.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../main/ipc/channels';
import { CHANNELS, type OfferDeskApi } from '../../main/ipc/contract';

const renderer = await vi.hoisted(async () => {
  const { createFakeRendererElectron } = await import('./app-fake-electron');
  return createFakeRendererElectron();
});
vi.mock('electron', () => renderer.module);

let api: OfferDeskApi;

beforeAll(async () => {
  await import('../../main/app/preload');
  api = renderer.exposed.get('offerDesk') as OfferDeskApi;
});

beforeEach(() => {
  renderer.sent.length = 0;
  renderer.answerWith(() => Promise.resolve({ ok: true, value: 'answer from main' }));
});

describe('what the page gets from the preload', () => {
  it('exactly one thing on window: offerDesk, with one method, invoke (no ipcRenderer, no Node)', () => {
    expect([...renderer.exposed.keys()]).toEqual(['offerDesk']);
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
  });

  it('the preload knows the same channels as the contract, no more and no fewer (one list: main/ipc/channels.ts)', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });

  it('every contract channel is forwarded by the preload to main', async () => {
    for (const channel of CHANNELS) {
      const result = await (api.invoke as (c: string, i: unknown) => Promise<unknown>)(channel, {});
      expect(result).toEqual({ ok: true, value: 'answer from main' });
    }
    expect(renderer.sent.map((s) => s.channel)).toEqual(CHANNELS.map((c) => `${IPC_PREFIX}${c}`));
  });
});

describe('what reaches main', () => {
  it('a contract channel is forwarded, namespaced, with its input, and main’s answer comes back', async () => {
    const result = await api.invoke('holders:get', { employeeId: 'E-1001' });
    expect(result).toEqual({ ok: true, value: 'answer from main' });
    expect(renderer.sent).toEqual([{ channel: `${IPC_PREFIX}holders:get`, args: [{ employeeId: 'E-1001' }] }]);
  });

  it('an unknown channel is refused in the window and nothing is sent to main', async () => {
    const call = api.invoke as (channel: unknown, input: unknown) => Promise<unknown>;
    const hostile = {
      toString: () => {
        throw new Error('ran code in the preload');
      },
    };
    for (const channel of ['ledger:delete', 'offer-desk:offer:get', '__proto__', 'constructor', '', 42, null, { toString: () => 'offer:get' }, hostile]) {
      const result = await call(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(renderer.sent).toEqual([]);
  });

  it('a call that cannot be delivered still answers as a Result, so the page has one way to fail', async () => {
    renderer.answerWith(() => Promise.reject(new Error('An object could not be cloned.')));
    const result = await api.invoke('offer:get', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('could not be cloned'), details: [] } });
  });
});
