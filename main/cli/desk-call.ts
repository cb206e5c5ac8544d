// The CLI calls the desk exactly as the window does: through the one handler table, its input
// parsed once by the channel's schema. A refusal comes back as the same OfferDeskError (code,
// message, details) the command prints.
import { OfferDeskError } from '../core/errors';
import type { Channel, Input, Outputs } from '../ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext } from '../ipc/handlers';
import type { Desk } from '../services/desk';

export type DeskCall = <C extends Channel>(channel: C, input: Input<C>) => Outputs[C];

export function deskCall(desk: Desk): DeskCall {
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => desk };
  return <C extends Channel>(channel: C, input: Input<C>): Outputs[C] => {
    const r = dispatch(table, ctx, channel, input);
    if (!r.ok) throw new OfferDeskError(r.error.code, r.error.message, r.error.details);
    // dispatch answers the output of this channel's handler.
    return r.value as Outputs[C];
  };
}
