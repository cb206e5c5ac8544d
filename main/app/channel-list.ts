// The channel names, as a plain list with no runtime dependencies. The preload runs sandboxed and
// can only `require('electron')`, so it cannot import contract.ts (which loads zod) to learn them.
// The compiler proves the list has every channel and no stranger (below), and
// test/integration/app-shell-preload.test.ts proves it equals contract.ts's CHANNELS at run time.
import type { Channel } from '../ipc/contract';

export const CHANNEL_LIST = [
  'session:get',
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
  'corrections:due',
  'settings:update',
  'audit:verify',
  'confirmations:list',
  'confirmations:markSent',
  'letters:preview',
  'letters:produce',
  'letters:reprint',
  'letters:history',
] as const satisfies readonly Channel[];

// Fails to compile if contract.ts gains a channel this list lacks.
type Missing = Exclude<Channel, (typeof CHANNEL_LIST)[number]>;
const everyChannelListed: [Missing] extends [never] ? true : Missing = true;
void everyChannelListed;

/** Electron IPC channel name: namespaced so nothing else in the process can collide with ours. */
export const IPC_PREFIX = 'offer-desk:';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNEL_LIST as readonly string[]).includes(value);
}
