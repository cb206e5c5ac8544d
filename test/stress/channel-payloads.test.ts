// Random payloads to every channel of the window's API, through the same `dispatch` that Electron,
// the browser harness and the tests use. Anything the renderer sends is `unknown`; whatever it is,
// the desk answers with what the channel promises or with a typed refusal (a code the window can
// act on, a sentence a person can read), never 'internal'; a refused call changes nothing in the
// ledger; and the ledger still verifies at the end.
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../main/core/errors';
import { CHANNELS, type Channel } from '../../main/ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';
import { everyRow } from '../integration/cli-helpers';
import { payloadFor, VALID } from './support/payloads';
import { openStressDesk, stressLedger } from './support/offer';
import { stressSeed } from './support/seed';

const RUNS_PER_CHANNEL = 40;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('random payloads to every channel', () => {
  it(`${RUNS_PER_CHANNEL} generated payloads to each channel (and to channels that do not exist) get an answer or a typed refusal, never 'internal'; a refusal changes nothing`, () => {
    const seed = stressSeed('channel-payloads');
    const l = stressLedger('offer-desk-channels-');
    dirs.push(l.dir);
    const desk = openStressDesk(l);
    const table = createHandlerTable();
    const ctx: HandlerContext = { desk: () => desk };
    const started = Date.now();
    try {
      // The records the valid payloads name (support/payloads.ts): documents 1-4, attachment 1, letter 1, waiver 1, extension 1.
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
        const r = dispatch(table, ctx, channel, payload);
        if (!r.ok) throw new Error(`setup ${channel} refused: ${r.error.message}`);
      }

      let before = everyRow(l.path);
      const tally = { answered: 0, refused: 0, calls: 0 };
      const codes = new Map<string, number>();
      const check = (channel: unknown, payload: unknown, how: string) => {
        const r = dispatch(table, ctx, channel, payload);
        tally.calls++;
        if (r.ok) {
          tally.answered++;
          before = everyRow(l.path);
          return;
        }
        tally.refused++;
        codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
        const label = `${String(channel)} (${how}): ${r.error.message.slice(0, 300)}`;
        expect(r.error.code, label).not.toBe('internal');
        expect(ERROR_CODES, label).toContain(r.error.code);
        expect(typeof r.error.message === 'string' && r.error.message.trim().length > 0, label).toBe(true);
        expect(Array.isArray(r.error.details), label).toBe(true);
        expect(everyRow(l.path), `a refused call changed the ledger: ${label}`).toBe(before);
      };

      CHANNELS.forEach((channel, i) => {
        fc.assert(
          fc.property(payloadFor(channel), ({ how, payload }) => check(channel, payload, how)),
          // No shrinking: the ledger changes from call to call, so a "smaller" replay is not the same case.
          { seed: seed + i, numRuns: RUNS_PER_CHANNEL, endOnFailure: true },
        );
      });
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.constantFrom('holders:list ', 'HOLDERS:LIST', 'offer-desk:offer:get', '__proto__', 'constructor', 'toString'), fc.jsonValue()), fc.jsonValue(), (channel, payload) =>
          check(channel, payload, 'no such channel'),
        ),
        { seed, numRuns: RUNS_PER_CHANNEL },
      );

      // Nothing reached Object.prototype through a "__proto__" key.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(desk.ledger.verify()).toMatchObject({ ok: true, problems: [] });
      console.log(
        `[stress] channel-payloads: ${tally.calls} calls to ${CHANNELS.length} channels in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
          `${tally.answered} answered, ${tally.refused} refused (${[...codes].map(([c, n]) => `${n} ${c}`).join(', ')})`,
      );
    } finally {
      desk.close();
    }
  }, 300_000);

  it('an extension past the business-day calendar (to 9999-12-31) is refused, so the offer stays viewable and a later settings change is not refused after it was written', () => {
    // Found by the run above: the extension was accepted, then offer:get and dashboard:get answered
    // "knows the federal holidays of 1950 to 9998", and settings:update wrote its row before failing.
    const l = stressLedger('offer-desk-channels-');
    dirs.push(l.dir);
    const desk = openStressDesk(l);
    const table = createHandlerTable();
    const ctx: HandlerContext = { desk: () => desk };
    try {
      const before = everyRow(l.path);
      const r = dispatch(table, ctx, 'extensions:record', { to: '9999-12-31 17:00', reason: 'Forever.' });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!r.ok) expect(r.error.message).toContain('beyond the business-day calendar Offer Desk knows');
      expect(dispatch(table, ctx, 'extensions:preview', { to: '9999-12-31 17:00' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(everyRow(l.path)).toBe(before);
      expect(dispatch(table, ctx, 'offer:get', {}).ok).toBe(true);
      expect(dispatch(table, ctx, 'settings:update', { company: 'Alpha Technologies Group, Inc.' }).ok).toBe(true);
      // The far end of what the calendar holds is still a (strange, but schedulable) extension.
      expect(dispatch(table, ctx, 'extensions:record', { to: '9998-06-30 17:00', reason: 'Far ahead.' }).ok).toBe(true);
      expect(dispatch(table, ctx, 'offer:get', {}).ok).toBe(true);
    } finally {
      desk.close();
    }
  });
});
