// Wires the handler table to Electron's IPC: one `ipcMain.handle` per contract channel, nothing
// else. Before a call reaches the desk, main checks who sent it: only the top frame of our own
// page may read or write the ledger. Anything else (a frame that navigated away, an embedded
// frame, another page) gets a refusal as data, and the desk never sees the payload.
import { CHANNELS, type Result } from '../ipc/contract';
import { dispatch, type HandlerContext, type HandlerTable } from '../ipc/handlers';
import { IPC_PREFIX } from '../ipc/channels';
import type { ShellInvokeEvent, ShellIpcMain } from './electron-api';
import { log } from './log';
import { isOwnRendererUrl, type RendererLocation } from './renderer-location';

export const FOREIGN_SENDER_MESSAGE = "This request did not come from Offer Desk's own window and was refused.";

export function isFromOwnRenderer(event: ShellInvokeEvent, location: RendererLocation): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isOwnRendererUrl(location, frame.url);
}

export function registerHandlers(
  ipcMain: ShellIpcMain,
  table: HandlerTable,
  ctx: HandlerContext,
  location: RendererLocation,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload): Result<unknown> => {
      if (!isFromOwnRenderer(event, location)) {
        log('security', `refused a "${channel}" call from a frame that is not the desk's page`);
        return { ok: false, error: { code: 'invalid-input', message: FOREIGN_SENDER_MESSAGE, details: [] } };
      }
      return dispatch(table, ctx, channel, payload);
    });
  }
}
