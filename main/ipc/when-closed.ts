// What each channel does once the offer is closed. The ledger itself refuses every change to the
// record inside its write transaction ('offer-closed'); this table makes the handler table say so
// first, before a write channel judges its input (a document keyed after the close would otherwise
// be told it is late, a void of a document that does not exist that it does not exist), so every
// refusal of a closed offer is the same plain sentence naming when and by whom it was closed.
// The compiler asks for a line for every new channel: decide whether it changes the record.
import { requireOfferOpen } from '../services/closing-view';
import type { DeskReader } from '../services/desk-parts';
import type { ChannelName } from './channels';

/**
 * - 'reads': viewing, previews, verify: work as before.
 * - 'letters': the letters of the closing, their printing and sent marks, and who is keying: still
 *   written after the close (the ledger lets them in).
 * - 'refused': a change to the record of the offer: refused with 'offer-closed', nothing written.
 */
export type WhenClosed = 'reads' | 'letters' | 'refused';

export const WHEN_CLOSED: { readonly [C in ChannelName]: WhenClosed } = {
  'session:get': 'reads',
  'changes:get': 'reads',
  'session:setOperator': 'letters',
  'offer:get': 'reads',
  'dashboard:get': 'reads',
  'holders:list': 'reads',
  'holders:get': 'reads',
  'roster:import': 'refused',
  'intake:preview': 'reads',
  'intake:record': 'refused',
  'attachments:get': 'reads',
  'defects:list': 'reads',
  'defects:cure': 'refused',
  'waivers:list': 'reads',
  'waivers:preview': 'reads',
  'waivers:grant': 'refused',
  'extensions:record': 'refused',
  'extensions:preview': 'reads',
  'extensions:voidPreview': 'reads',
  'extensions:void': 'refused',
  'waivers:voidPreview': 'reads',
  'waivers:void': 'refused',
  'documents:voidPreview': 'reads',
  'documents:void': 'refused',
  'documents:correct': 'refused',
  'documents:find': 'reads',
  'documents:rows': 'reads',
  'elections:rows': 'reads',
  'corrections:due': 'reads',
  'settings:update': 'refused',
  'audit:verify': 'reads',
  'confirmations:list': 'reads',
  'confirmations:markSent': 'letters',
  'confirmations:json': 'reads',
  'letters:preview': 'reads',
  'letters:produce': 'letters',
  'letters:reprint': 'letters',
  'letters:history': 'reads',
  'letters:start': 'letters',
  'letters:job': 'reads',
  'letters:cancel': 'letters',
  'close:preview': 'reads',
  'close:record': 'refused',
  'backups:info': 'reads',
  'ledger:access': 'reads',
  'promises:list': 'reads',
  'results:get': 'reads',
  'results:pdf': 'reads',
  'offer:check-new': 'reads',
  'offer:history': 'reads',
  'terms:get': 'reads',
  'terms:update': 'refused',
  'faxes:list': 'reads',
  'faxes:get': 'reads',
  'faxes:content': 'reads',
  'faxes:setAside': 'refused',
  // A new offer is another ledger: closing this one never stops the desk from setting one up.
  'offer:create': 'letters',
  // How many backups this computer keeps: the app's own state, not the record of the offer.
  'backups:setKeep': 'letters',
  'inbox:get': 'reads',
  // A closed offer takes no more faxes: setting up its inbox would promise what cannot happen.
  'inbox:set': 'refused',
};

/** Throws the offer-closed refusal for a channel that would change the record of a closed offer. */
export function refuseWhenClosed(channel: ChannelName, reader: () => DeskReader): void {
  if (WHEN_CLOSED[channel] === 'refused') requireOfferOpen(reader());
}
