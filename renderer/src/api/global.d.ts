// The preload (Electron) or the harness shim (browser tests) puts exactly this on `window`.
import type { OfferDeskApi } from '../../../main/ipc/contract';

declare global {
  interface Window {
    offerDesk: OfferDeskApi;
  }
}

export {};
