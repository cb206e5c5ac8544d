// The channel names: the one list, with no runtime dependencies. The sandboxed preload can only
// `require('electron')`, so it cannot load contract.ts (which loads zod); it imports this file,
// and contract.ts builds its table of input schemas on the same names (the compiler refuses a
// schema without a name here, or a name here without a schema).
export const CHANNEL_NAMES = [
  'session:get',
  'changes:get',
  'session:setOperator',
  'offer:get',
  'dashboard:get',
  'holders:list',
  'holders:get',
  'roster:import',
  'intake:preview',
  'intake:record',
  'attachments:get',
  'defects:list',
  'defects:cure',
  'waivers:list',
  'waivers:preview',
  'waivers:grant',
  'extensions:record',
  'extensions:preview',
  'extensions:voidPreview',
  'extensions:void',
  'waivers:voidPreview',
  'waivers:void',
  'documents:voidPreview',
  'documents:void',
  'documents:correct',
  'documents:find',
  'documents:rows',
  'elections:rows',
  'corrections:due',
  'settings:update',
  'audit:verify',
  'confirmations:list',
  'confirmations:markSent',
  'confirmations:json',
  'letters:preview',
  'letters:produce',
  'letters:reprint',
  'letters:history',
  'letters:start',
  'letters:job',
  'letters:cancel',
  'backups:info',
  'backups:setKeep',
  'close:preview',
  'close:record',
  'ledger:access',
  'promises:list',
  'results:get',
  'results:pdf',
  'offer:check-new',
  'offer:create',
  'offer:history',
  'terms:get',
  'terms:update',
  'inbox:get',
  'inbox:set',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Electron IPC channel name: namespaced so nothing else in the process can collide with ours. */
export const IPC_PREFIX = 'offer-desk:';

export function isChannel(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}
