// The renderer's only door to the desk. Types come from the contract; no runtime code from main/.
import type { Channel, Input, Outputs, Result } from '../../../main/ipc/contract';
import { CHANNEL_USES } from './channel-uses';

export type ApiError = Extract<Result<unknown>, { ok: false }>['error'];

/**
 * Calls one channel. A transport failure (the harness server gone, a preload missing) becomes an
 * `internal` error like any other, so screens handle exactly one shape.
 */
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Outputs[C]>> {
  const bridge = window.offerDesk;
  if (!bridge) {
    return failure('internal', 'The desk bridge is missing: this page must be opened by Offer Desk.');
  }
  try {
    const result = await bridge.invoke(channel, input);
    if (result.ok && CHANNEL_USES[channel].kind === 'write') for (const listener of writeListeners) listener(channel);
    return result;
  } catch (e: unknown) {
    const reason = e instanceof Error ? e.message : String(e);
    return failure('internal', `The desk did not answer (${channel}): ${reason}`);
  }
}

type WriteListener = (channel: Channel) => void;
const writeListeners = new Set<WriteListener>();

/**
 * Told after every write this window makes succeeds, whichever screen made it: the change watcher
 * then asks the desk at once what changed, so every answer the write made stale is refetched.
 */
export function onWrite(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

function failure(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, details: [] } };
}
