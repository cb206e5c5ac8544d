// The preload: the only code that runs with access to Electron inside the window. It hands the page
// exactly one object, `window.offerDesk`, whose single method forwards a call on a known channel to
// main. The page never sees `ipcRenderer` (it could otherwise send on any channel), and a channel
// outside the contract is refused here, before anything crosses to main.
//
// It runs sandboxed and is bundled as CommonJS that may only require 'electron': so it imports
// nothing at run time but the zod-free channel names (types from the contract vanish in the build).
import { contextBridge, ipcRenderer } from 'electron';
import type { OfferDeskApi, Result } from '../ipc/contract';
import { IPC_PREFIX, isChannel } from '../ipc/channels';

function refused(code: 'invalid-input' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message, details: [] } };
}

const api: OfferDeskApi = {
  invoke(channel, input) {
    // The page is not bound by our types: whatever it passes is unknown until checked.
    const requested: unknown = channel;
    if (!isChannel(requested)) {
      // Never String() an unknown value here: a hostile toString() would run in the preload's world.
      const name = typeof requested === 'string' ? JSON.stringify(requested.slice(0, 80)) : `A ${typeof requested}`;
      return Promise.resolve(refused('invalid-input', `${name} is not an Offer Desk request.`));
    }
    // Main answers every call with a Result and never throws; a rejection here means the call
    // could not even be delivered (e.g. the input held something that cannot be copied across).
    // The page still gets a Result, so it has one way to handle every failure.
    return ipcRenderer.invoke(IPC_PREFIX + requested, input).catch((e: unknown) =>
      refused('internal', `The request could not reach the desk: ${e instanceof Error ? e.message : String(e)}`),
    );
  },
};

contextBridge.exposeInMainWorld('offerDesk', api);
