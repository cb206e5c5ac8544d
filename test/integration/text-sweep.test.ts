// "One text containing a lone UTF-16 surrogate makes verify fail for ever": the hash covers the
// JavaScript string, SQLite stores other bytes. Every text field of every channel is found by
// walking the contract's schemas (so a channel added later is swept too), sent a lone surrogate
// and a control character through the handler table as the window would, and must be refused
// as invalid input naming that field; nothing changes and the ledger still verifies.
import { afterEach, describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import type { z } from 'zod';
import { CHANNELS, inputs, type Channel } from '../../main/ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';
import { cliSession, alphaSession } from './cli-helpers';
import { paperOnTheDesk } from './letters-desk-fixtures';

type Path = (string | number)[];
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** A payload of the schema's shape (every optional part present), and the path of every string in it. */
function skeleton(schema: z.ZodType, path: Path, strings: Path[]): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, s]) => [k, skeleton(s, [...path, k], strings)]));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return skeleton(def.innerType as z.ZodType, path, strings);
    case 'pipe':
      return skeleton(def.in as z.ZodType, path, strings);
    case 'array':
      return [skeleton(def.element as z.ZodType, [...path, 0], strings)];
    case 'string':
      strings.push(path);
      return 'text';
    case 'unknown':
      // Opaque to the channel (the new offer's fields): the service parses it with its own schema,
      // whose texts are `said` too (test/integration/new-offer-check.test.ts sweeps them).
      return {};
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'union':
      // Only the first alternative is swept: give each alternative its own channel test if they differ in text fields.
      return skeleton((def.options ?? [])[0] as z.ZodType, path, strings);
    default:
      throw new Error(`the sweep does not know zod type ${def.type} at ${path.join('.')}: teach it`);
  }
}

function withValueAt(payload: unknown, path: Path, value: string): unknown {
  const copy = structuredClone(payload) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return copy;
}

function textFields(): { channel: Channel; path: Path; payload: unknown }[] {
  return CHANNELS.flatMap((channel) => {
    const strings: Path[] = [];
    const payload = skeleton(inputs[channel] as z.ZodType, [], strings);
    return strings.map((path) => ({ channel, path, payload }));
  });
}

const desks: { close(): void }[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.close();
});

function window() {
  const d = paperOnTheDesk();
  desks.push(d.desk);
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => d.desk };
  const call = (channel: Channel, payload: unknown) => dispatch(table, ctx, channel, payload);
  return { d, call };
}

describe('every text field of every channel', () => {
  it('the sweep finds the text fields of the contract (names, reasons, times, ids, file names, settings)', () => {
    const found = textFields().map((f) => `${f.channel} ${f.path.join('.')}`);
    for (const expected of [
      'session:setOperator operator',
      'holders:get employeeId',
      'intake:record draft.signedBy',
      'intake:record draft.senderFax',
      'intake:record draft.lateKeyingReason',
      'intake:record draft.tenders.0.grantId',
      'intake:record attachments.0.fileName',
      'waivers:grant reason',
      'extensions:record reason',
      'settings:update company',
      'settings:update addressLines.0',
      'roster:import base64',
    ]) {
      expect(found).toContain(expected);
    }
  });

  it('a lone surrogate in any of them is refused as invalid input naming that field; nothing changes and the ledger verifies', () => {
    const { d, call } = window();
    const before = d.desk.ledger.counts();
    const head = d.desk.ledger.auditHead();
    const fields = textFields();
    for (const { channel, path, payload } of fields) {
      for (const bad of ['Alpha\uD800 Corp', 'Alpha \uDC00']) {
        const r = call(channel, withValueAt(payload, path, bad));
        const where = `${channel} ${path.join('.')}`;
        expect(r.ok, where).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, where).toBe('invalid-input');
        const detail = r.error.details.find((x) => x.startsWith(`${path.join('.')}: `));
        expect(detail, `${where}: ${r.error.details.join(' | ')}`).toBeDefined();
        // Base64 fields are refused by their alphabet; every other text field by the text rule.
        if (path[path.length - 1] !== 'base64') expect(detail, where).toMatch(/not well-formed Unicode: it holds a lone UTF-16 surrogate/);
        expect(r.error.message).not.toContain('Alpha');
      }
    }
    expect(d.desk.ledger.counts()).toEqual(before);
    expect(d.desk.ledger.auditHead()).toEqual(head);
    expect(d.desk.ledger.verify()).toMatchObject({ ok: true });
  });

  it('a control character (bell, escape, NUL, C1) in any of them is refused the same way', () => {
    const { d, call } = window();
    const before = d.desk.ledger.counts();
    for (const { channel, path, payload } of textFields()) {
      for (const bad of ['Ann\u0007Lee', 'Ann\u001b[2JLee', 'Ann\u0000', 'Ann\u0085Lee']) {
        const r = call(channel, withValueAt(payload, path, bad));
        const where = `${channel} ${path.join('.')} ${JSON.stringify(bad)}`;
        expect(r.ok, where).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, where).toBe('invalid-input');
        const detail = r.error.details.find((x) => x.startsWith(`${path.join('.')}: `));
        expect(detail, `${where}: ${r.error.details.join(' | ')}`).toBeDefined();
        if (path[path.length - 1] !== 'base64') expect(detail, where).toMatch(/contains .*\(U\+00[0-9A-F]{2}\) at character \d+; remove it/);
      }
    }
    expect(d.desk.ledger.counts()).toEqual(before);
    expect(d.desk.ledger.verify()).toMatchObject({ ok: true });
  });
});

describe('the original bug: a lone surrogate can no longer make verify fail', () => {
  it('a company name or a waiver reason with a lone surrogate, sent through the API, is refused and the ledger verifies', () => {
    const { d, call } = window();
    const head = d.desk.ledger.auditHead();
    const company = call('settings:update', { company: 'Alpha Technologies \uD83D Inc.' });
    expect(company).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(company)).toContain("company: the company's name is not well-formed Unicode");
    const waiver = call('waivers:grant', { defect: 'no-email', reason: 'Holders could not reach e-mail \uDE00 that week' });
    expect(waiver).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(d.desk.ledger.auditHead()).toEqual(head);
    expect(d.desk.ledger.verify()).toMatchObject({ ok: true });
  });

  it('the same texts well-formed (an emoji, accents, a reason on two lines) are recorded and the ledger verifies', () => {
    const { d, call } = window();
    expect(call('settings:update', { company: 'Alpha Technologies 🚀 Société Inc.', reason: 'Renamed.\nBoard resolution of March 3.' })).toMatchObject({ ok: true });
    expect(call('waivers:grant', { defect: 'no-email', reason: 'Holders could not reach e-mail that week.\nDecided by the CFO.' })).toMatchObject({ ok: true });
    expect(d.desk.ledger.settings().company).toBe('Alpha Technologies 🚀 Société Inc.');
    expect(d.desk.ledger.verify()).toMatchObject({ ok: true });
  });

  it('the CLI goes through the same rule: waive --reason, extend --reason, log --reason, --operator and init --company', () => {
    const s = alphaSession('2003-03-05T15:00:00.000Z');
    const head = s.ok('verify', s.ledger);
    const refusedWith = (args: string[], field: RegExp) => {
      const r = s.cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(field);
      expect(r.stderr).not.toContain('\uD800');
    };
    refusedWith(['waive', s.ledger, '--defect', 'no-email', '--reason', 'Bad\uD800 reason'], /waiver reason is not well-formed Unicode/);
    refusedWith(['extend', s.ledger, '--to', '2003-04-30 17:00', '--reason', 'Board\u0007'], /extension reason contains a control character/);
    refusedWith(['log', s.ledger, '--employee', 'E1', '--kind', 'notice', '--via', 'fax', '--received', '2003-03-04 10:00', '--reason', '\uDC00'], /document's note is not well-formed/);
    refusedWith(['documents', s.ledger, '--operator', 'mary\uD800'], /operator's name is not well-formed/);
    refusedWith(['waive', s.ledger, '--defect', 'no-email', '--reason', 'x'.repeat(2001)], /waiver reason is 2,001 characters long; the limit is 2,000/);
    expect(s.ok('verify', s.ledger)).toBe(head);
    expect(s.json<unknown[]>('documents', s.ledger)).toEqual([]);

    const fresh = cliSession();
    const r = fresh.cli('init', fresh.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York', '--company', 'Alpha\uD800');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/company's name is not well-formed Unicode/);
  });
});
