// What each channel's answer is built from, so a change refetches only the answers it made stale.
// The desk says which kinds of facts a write changed (main/core/change-domains.ts, by audit event
// kind); this table says which answers read them. The compiler asks for a line for every new
// channel. When in doubt, list more domains: a needless refetch is slower, a missed one is wrong.
import { CHANGE_DOMAINS, type ChangeDomain } from '../../../main/core/change-domains';
import type { Channel } from '../../../main/ipc/contract';

/** Ledger facts, plus the window's session (who is keying), which no audit event records. */
export type Domain = ChangeDomain | 'session';

export type ChannelUse =
  | {
      kind: 'read';
      domains: readonly Domain[];
      /**
       * The answer also depends on the desk's clock: which day it is in the offer's zone (what is
       * due or overdue) or whether the expiration has passed. Refetched when either turns over.
       */
      clock: boolean;
    }
  /** Changes the ledger (the changes signal then says what), or the session named here. */
  | { kind: 'write'; session: boolean };

const ALL = CHANGE_DOMAINS;
const ELECTIONS: readonly Domain[] = ['offer', 'waivers', 'roster', 'documents'];
const read = (domains: readonly Domain[], clock = false): ChannelUse => ({ kind: 'read', domains, clock });
const write: ChannelUse = { kind: 'write', session: false };

export const CHANNEL_USES: { readonly [C in Channel]: ChannelUse } = {
  'changes:get': read([]),
  'session:get': read(['session']),
  'session:setOperator': { kind: 'write', session: true },
  'offer:get': read(['offer'], true),
  'dashboard:get': read(ALL, true),
  'holders:list': read(ELECTIONS),
  'holders:get': read(ELECTIONS),
  'roster:import': write,
  // Filing a fax: refused once another window filed it or set it aside.
  'intake:preview': read([...ELECTIONS, 'faxes'], true),
  'intake:record': write,
  // An attachment's bytes never change once recorded.
  'attachments:get': read([]),
  'defects:list': read(ELECTIONS, true),
  'defects:cure': write,
  'waivers:list': read(['waivers']),
  'waivers:preview': read(ELECTIONS),
  'waivers:grant': write,
  'extensions:record': write,
  'extensions:preview': read(ALL, true),
  'extensions:voidPreview': read(ALL, true),
  'extensions:void': write,
  'waivers:voidPreview': read(ALL),
  'waivers:void': write,
  'documents:voidPreview': read(ALL),
  'documents:void': write,
  'documents:correct': write,
  'documents:find': read(ELECTIONS),
  'documents:rows': read(ELECTIONS),
  'elections:rows': read(ELECTIONS),
  'corrections:due': read(ALL),
  'settings:update': write,
  'audit:verify': read(ALL),
  // Backups are taken at start and at the close; the count kept is this computer's setting.
  'backups:info': read([...ALL, 'session']),
  'backups:setKeep': { kind: 'write', session: true },
  'confirmations:list': read(ALL, true),
  'confirmations:markSent': write,
  'confirmations:json': read(ALL, true),
  'letters:preview': read(ALL, true),
  'letters:produce': write,
  'letters:reprint': write,
  'letters:start': write,
  // A job's progress lives in the desk's memory, not the ledger: the dialog asks for it while it runs.
  'letters:job': read([]),
  'letters:cancel': write,
  // Fixed for an opening of a ledger: asked again with the session when another ledger is opened.
  'ledger:access': read(['session']),
  'letters:history': read(['letters']),
  'close:preview': read(ALL, true),
  'close:record': write,
  // The close, the results it promises, and the Promise to Grant letters on record.
  'promises:list': read(ALL),
  // The report's date and the PRELIMINARY mark follow the clock; its anchor follows every event.
  'results:get': read(ALL, true),
  'results:pdf': read(ALL, true),
  // A new offer's check reads no ledger: its answer depends on the fields sent alone.
  'offer:check-new': read([]),
  'offer:create': write,
  'offer:history': read(['offer', 'documents']),
  'terms:get': read(['offer', 'documents']),
  'terms:update': write,
  // A fax's straddle flag is judged against the expiration in force; its code against the roster.
  'faxes:list': read(['faxes', 'offer', 'roster']),
  'faxes:get': read(['faxes', 'offer', 'roster']),
  // A fax's bytes never change once recorded.
  'faxes:content': read([]),
  'faxes:setAside': write,
  // The watcher's status moves with each fax it records; the settings are this computer's.
  'inbox:get': read(['faxes', 'session']),
  'inbox:set': { kind: 'write', session: true },
};

/** Whether an answer of `channel` may be stale after these domains changed. */
export function readsAny(channel: Channel, domains: readonly Domain[]): boolean {
  const use = CHANNEL_USES[channel];
  return use.kind === 'read' && use.domains.some((d) => domains.includes(d));
}

export function readsClock(channel: Channel): boolean {
  const use = CHANNEL_USES[channel];
  return use.kind === 'read' && use.clock;
}
