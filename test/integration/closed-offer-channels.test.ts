// Once the offer is closed, the record takes no more changes: every channel of the window's API
// that would change it is refused with 'offer-closed', in a sentence naming when and by whom the
// offer was closed, and nothing in the file changes; viewing, the letters of the closing (produced,
// printed, marked sent) and verify keep working. Every channel is called with each of its valid
// payloads (test/stress/support/payloads.ts, which the compiler asks of every channel).
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../main/ipc/channels';
import type { Channel } from '../../main/ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';
import { WHEN_CLOSED } from '../../main/ipc/when-closed';
import { CHANNEL_USES } from '../../renderer/src/api/channel-uses';
import { VALID } from '../stress/support/payloads';
import { openStressDesk, stressLedger } from '../stress/support/offer';
import { everyRow } from './cli-helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Said in the CFO's words: what a closed offer refuses. Changing this list is a decision, not a refactor. */
const REFUSED_AFTER_CLOSE: readonly Channel[] = [
  'roster:import',
  'intake:record',
  'defects:cure',
  'waivers:grant',
  'waivers:void',
  'extensions:record',
  'extensions:void',
  'documents:void',
  'documents:correct',
  'settings:update',
  'terms:update',
  'close:record',
  'faxes:setAside',
  // A closed offer takes no more faxes: its inbox is not set up (nor watched).
  'inbox:set',
];

/** Writes that still go in after the close: the letters of the closing, and who is keying. */
const STILL_WRITTEN_AFTER_CLOSE: readonly Channel[] = [
  'session:setOperator',
  'letters:produce',
  'letters:reprint',
  'letters:start',
  'letters:cancel',
  'confirmations:markSent',
  // How many backups this computer keeps: the app's own state, not the record of the offer.
  'backups:setKeep',
  // A new offer is another ledger.
  'offer:create',
];

const SENTENCE = /^The offer was closed on 2003-04-16 10:00:00 ET by James Polakiewicz: the record takes no more changes\. Viewing, the letters of the closing, the results, exports and verify still work\.$/;

/** The stress offer with one of every record the valid payloads name, closed on 2003-04-16 at 10:00 ET. */
function closedOffer() {
  const l = stressLedger('offer-desk-closed-');
  dirs.push(l.dir);
  const desk = openStressDesk(l);
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => desk };
  const call = (channel: Channel, payload: unknown) => dispatch(table, ctx, channel, payload);
  const setup: [Channel, unknown][] = [
    ['intake:record', { draft: { employeeId: 'E1', kind: 'election', via: 'fax', receivedAt: '2003-03-14 10:00', tenders: [{ grantId: 'A', shares: 1000 }, { grantId: 'B', shares: 500 }] } }],
    ['intake:record', { draft: { employeeId: 'E2', kind: 'election', via: 'hand', receivedAt: '2003-03-17 11:00', tenders: [{ grantId: 'D', shares: 2000 }], defects: ['no-email'] } }],
    ['intake:record', { draft: { employeeId: 'E3', kind: 'election', via: 'fax', receivedAt: '2003-03-18 12:00', tenders: [{ grantId: 'F', shares: 750 }] } }],
    ['intake:record', VALID['intake:record'][2]],
    ['letters:produce', { documentIds: [1] }],
    ['waivers:grant', { defect: 'unsigned', reason: 'The CFO accepts unsigned forms this once.' }],
    ['extensions:record', { to: '2003-04-15 17:00', reason: 'Board extended the offer.' }],
  ];
  for (const [channel, payload] of setup) {
    const r = call(channel, payload);
    if (!r.ok) throw new Error(`setup ${channel} refused: ${r.error.message}`);
  }
  // The morning after the extended expiration, once the announcement limit (9:00 a.m.) has passed.
  l.clock.set('2003-04-16T14:00:00.000Z');
  const closed = call('close:record', { closedBy: 'James Polakiewicz' });
  if (!closed.ok) throw new Error(`the close was refused: ${closed.error.message}`);
  return { l, desk, call };
}

describe('every channel has been told what a closed offer does with it', () => {
  it('each channel of the API is classified: reads, the letters of the closing, or refused', () => {
    expect(Object.keys(WHEN_CLOSED).sort()).toEqual([...CHANNEL_NAMES].sort());
    const refused = CHANNEL_NAMES.filter((c) => WHEN_CLOSED[c] === 'refused');
    const letters = CHANNEL_NAMES.filter((c) => WHEN_CLOSED[c] === 'letters');
    expect(refused.sort()).toEqual([...REFUSED_AFTER_CLOSE].sort());
    expect(letters.sort()).toEqual([...STILL_WRITTEN_AFTER_CLOSE].sort());
  });

  it("a channel the window treats as a write is never classified as a read (a new write channel fails here until someone decides)", () => {
    for (const channel of CHANNEL_NAMES) {
      const use = CHANNEL_USES[channel].kind;
      const when = WHEN_CLOSED[channel];
      expect(use === 'write' ? when !== 'reads' : when === 'reads', `${channel}: the window calls it a ${use}, the close calls it ${when}`).toBe(true);
    }
  });
});

describe('a closed offer', () => {
  it('refuses every change to the record, on every write channel, with offer-closed and the same sentence, and nothing changes', () => {
    const { l, call } = closedOffer();
    for (const channel of REFUSED_AFTER_CLOSE) {
      for (const payload of VALID[channel] as readonly unknown[]) {
        const before = everyRow(l.path);
        const r = call(channel, payload);
        const label = `${channel} ${JSON.stringify(payload).slice(0, 120)}`;
        expect(r.ok, label).toBe(false);
        if (!r.ok) {
          expect(r.error.code, label).toBe('offer-closed');
          expect(r.error.message, label).toMatch(SENTENCE);
        }
        expect(everyRow(l.path), `${label} changed the ledger`).toBe(before);
      }
    }
  });

  it('still answers every read (viewing, previews, verify) without changing anything, and never as offer-closed', () => {
    const { l, call } = closedOffer();
    const before = everyRow(l.path);
    for (const channel of CHANNEL_NAMES.filter((c) => WHEN_CLOSED[c] === 'reads')) {
      for (const payload of VALID[channel] as readonly unknown[]) {
        const r = call(channel, payload);
        // A valid payload may name a letter job that this desk never started: anything but offer-closed.
        if (!r.ok) expect(r.error.code, `${channel}: ${r.error.message}`).not.toBe('offer-closed');
      }
    }
    for (const channel of ['offer:get', 'dashboard:get', 'holders:list', 'holders:get', 'elections:rows', 'documents:rows', 'defects:list', 'confirmations:list', 'letters:preview', 'letters:history', 'close:preview'] as const) {
      expect(call(channel, VALID[channel][0]).ok, channel).toBe(true);
    }
    expect(everyRow(l.path)).toBe(before);
    const verified = call('audit:verify', {});
    expect(verified.ok && verified.value).toMatchObject({ ok: true, problems: [] });
  });

  it('still produces, reprints and marks sent the letters of the closing (confirmations still due)', () => {
    const { call } = closedOffer();
    const due = call('confirmations:list', { filter: 'unsent' });
    expect(due.ok).toBe(true);
    const produced = call('letters:produce', { documentIds: [3] });
    expect(produced.ok, JSON.stringify(produced)).toBe(true);
    expect(call('letters:reprint', { letterIds: [1] }).ok).toBe(true);
    const sent = call('confirmations:markSent', { documentIds: [3], sentOn: '2003-04-16', method: 'mail' });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    expect(call('session:setOperator', { operator: 'James Polakiewicz' }).ok).toBe(true);
    const verified = call('audit:verify', {});
    expect(verified.ok && verified.value).toMatchObject({ ok: true, problems: [] });
  });
});
