// Calling the desk as the window does: through the handler table, payloads as `unknown`, answers as
// the typed Result each channel promises. `ok` is for the steps a test takes for granted.
import type { Desk } from '../../main/services/desk';
import type { Channel, Outputs, Result } from '../../main/ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';

export function windowCalls(desk: Desk) {
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => desk };
  const call = <C extends Channel>(channel: C, payload: unknown): Result<Outputs[C]> => dispatch(table, ctx, channel, payload) as Result<Outputs[C]>;
  const ok = <C extends Channel>(channel: C, payload: unknown): Outputs[C] => {
    const r = call(channel, payload);
    if (!r.ok) throw new Error(`${channel} refused: ${r.error.message}`);
    return r.value;
  };
  return { call, ok };
}
