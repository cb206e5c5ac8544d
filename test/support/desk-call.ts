// Tests call the desk as the window and the CLI do: through the handler table, input parsed by the
// channel's schema, a refusal thrown as the OfferDeskError the channel answered with.
export { deskCall as on } from '../../main/cli/desk-call';
