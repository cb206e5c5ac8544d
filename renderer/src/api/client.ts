// The renderer's only door to the desk. Types come from the contract; no runtime code from main/.
import type { Channel, Input, Outputs, Result } from '../../../main/ipc/contract';

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
    return await bridge.invoke(channel, input);
  } catch (e: unknown) {
    const reason = e instanceof Error ? e.message : String(e);
    return failure('internal', `The desk did not answer (${channel}): ${reason}`);
  }
}

function failure(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, details: [] } };
}
