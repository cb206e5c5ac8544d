// Payloads for every channel: valid ones (typed against the contract, so a new channel without
// examples does not compile), near misses made from them (one field deleted, retyped, stretched,
// poisoned with a control character or a lone surrogate, an unknown field added), and wild values
// (any JSON, and what Electron's structured clone can carry besides: NaN, Infinity, BigInt,
// Dates, typed arrays, a `__proto__` key).
import fc from 'fast-check';
import type { Channel, Input } from '../../../main/ipc/contract';
import { RECORDER_NOW, ROSTER_HEADER } from './offer';

export type ValidPayloads = { [C in Channel]: readonly Input<C>[] };

const PDF = Buffer.from('%PDF-1.4\n% a scan\n').toString('base64');
const electionE1 = { employeeId: 'E1', kind: 'election' as const, via: 'fax' as const, receivedAt: '2003-03-20 09:30', tenders: [{ grantId: 'A', shares: 1000 }] };

/**
 * Valid payloads, naming the records the setup in channel-payloads.test.ts makes: documents 1-4
 * (4 with attachment 1), letter 1, waiver 1, extension 1.
 */
export const VALID: ValidPayloads = {
  'session:get': [{}],
  'changes:get': [{}, { since: 0 }, { since: 3 }],
  'session:setOperator': [{ operator: 'mary.clerk' }, { operator: 'Zofia Łukasiewicz' }],
  'offer:get': [{}],
  'dashboard:get': [{}],
  'holders:list': [{}, { query: 'Łuk', filter: 'has-defects', offset: 0, limit: 10 }, { query: 'E2', filter: 'tendered-all' }],
  'holders:get': [{ employeeId: 'E1' }, { employeeId: 'E3' }],
  'roster:import': [{ base64: Buffer.from(`${ROSTER_HEADER}\nN1,Nadia Nowak,nadia@example.com,"1 Elm St",955-11-2222,N-G1,1994,2000-02-02,3.5000,10\n`).toString('base64') }],
  'intake:preview': [{ draft: electionE1 }, { draft: { employeeId: '', kind: 'election', via: 'hand', receivedAt: '' } }],
  'intake:record': [
    { draft: electionE1 },
    { draft: { employeeId: 'E2', kind: 'notice', via: 'hand', receivedAt: '2003-03-19 16:00', lateKeyingReason: 'left at the front desk' } },
    { draft: { ...electionE1, defects: ['unsigned'] }, attachments: [{ fileName: 'scan.pdf', mediaType: 'application/pdf', base64: PDF }] },
  ],
  'attachments:get': [{ id: 1 }],
  'defects:list': [{}],
  'defects:cure': [{ documentId: 2, defect: 'no-email', curedAt: '2003-03-20 09:00' }],
  'waivers:list': [{}],
  'waivers:preview': [{ defect: 'no-date-time' }],
  'waivers:grant': [{ defect: 'no-date-time', reason: 'The CFO waived the date and time line for every form.' }],
  'extensions:record': [{ to: '2003-04-30 17:00', reason: 'Board approved a further extension.' }],
  'extensions:preview': [{ to: '2003-04-30 17:00' }],
  'extensions:voidPreview': [{ extensionId: 1 }],
  'extensions:void': [{ extensionId: 1, reason: 'Announced in error.' }],
  'waivers:voidPreview': [{ waiverId: 1 }],
  'waivers:void': [{ waiverId: 1, reason: 'Waived in error.' }],
  'documents:voidPreview': [{ documentId: 3 }],
  'documents:void': [{ documentId: 3, reason: 'Keyed twice.' }],
  'documents:find': [{ employeeId: 'E2', receivedAt: '2003-03-19 16:00' }, { employeeId: 'E1', receivedAt: '3/19/2003 4:00 PM' }],
  'documents:rows': [{}],
  'elections:rows': [{}],
  'documents:correct': [{ documentId: 1, reason: 'Wrong share count.', draft: { ...electionE1, tenders: [{ grantId: 'A', shares: 500 }] } }],
  'corrections:due': [{}],
  'settings:update': [{ company: 'Alpha Technologies Group, Inc.' }, { addressLines: ['33 Bridge Street', 'Pelham NH 03076'] }],
  'audit:verify': [{}],
  'backups:info': [{}],
  'backups:setKeep': [{ keep: 10 }],
  'confirmations:list': [{}, { filter: 'unsent', offset: 0, limit: 50 }],
  'confirmations:json': [{}],
  'confirmations:markSent': [{ documentIds: [1], sentOn: '2003-03-20', method: 'mail' }],
  'letters:preview': [{ documentId: 1 }, { documentId: 2, kind: 'irregularity' }],
  'letters:produce': [{ documentIds: [1] }],
  'letters:reprint': [{ letterIds: [1] }],
  'letters:start': [{ documentIds: [1] }, { documentIds: [1, 2], kind: 'confirmation' }],
  'letters:job': [{ jobId: 1 }],
  'letters:cancel': [{ jobId: 1 }],
  'ledger:access': [{}],
  'letters:history': [{}],
  // Refused here (the recorder's clock is before the expiration): the offer stays open for the other calls.
  'close:preview': [{}],
  'close:record': [{ closedBy: 'James Polakiewicz' }, { closedBy: 'James Polakiewicz', cancellationDate: '4/2/2003', newGrantDate: '2003-10-03', datesReason: 'The board met on April 2.' }],
  'promises:list': [{}],
  'results:get': [{}],
  'results:pdf': [{}],
  'offer:check-new': [{ offer: { company: 'Beta Widgets, Inc.', commenced: '2003-02-28', expires: '2003-03-31 17:00', zone: 'America/New_York', plans: ['1994'] } }],
  'offer:create': [{ offer: { company: 'Beta Widgets, Inc.', commenced: '2003-02-28', expires: '2003-03-31 17:00', zone: 'America/New_York', plans: ['1994'] } }],
  'offer:history': [{}],
  'terms:get': [{}],
  'terms:update': [{ ratios: [{ ratio: '1:1' }], newGrantAfter: { months: 6, days: 1 }, reason: 'Board approved 1-for-1 for every plan.' }],
  'faxes:list': [{}, { which: 'all' }],
  'faxes:get': [{ id: 1 }],
  'faxes:content': [{ id: 1 }],
  'faxes:setAside': [{ id: 1, reason: 'A cover sheet with no form behind it.' }],
  'inbox:get': [{}],
  'inbox:set': [{ dir: '/tmp', xferfaxlog: null, serverZone: 'America/New_York' }, { dir: null, xferfaxlog: null, serverZone: null }],
};

/** Values that break a field: wrong types, out-of-range numbers, text no field should take. */
const HOSTILE: readonly unknown[] = [
  '', ' ', '   \t ', 'x'.repeat(100_000), 'nul\u0000', 'bell\u0007', 'esc\u001b[2J', 'c1\u0085', 'lone \ud800', '\udfff', 'two\nlines', 'rtl \u202e',
  '<script>alert(1)</script>', "'; DROP TABLE documents; --", '../../../etc/passwd', '%s%n', '=SUM(A1)', 'E1 ', 'e1', 'Ｅ１',
  '2003-02-30', '2003-03-20 25:00', '9999-12-31 17:00', '0001-01-01', '2003-03-20T10:00:00+25:00', '1e3', 'NaN', 'now',
  RECORDER_NOW, '2003-03-20T15:00:00.000Z'.replace('Z', ''),
  -1, 0, -0, 1.5, 2 ** 53, 2 ** 31, -(2 ** 31), 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER,
  null, undefined, true, false, [], {}, [[]], [null], 10n, new Date(0), new Uint8Array([0x25, 0x50]), new Map([['a', 1]]),
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown, { constructor: { prototype: { polluted: true } } }, { toString: 'x' },
  Array.from({ length: 6000 }, (_, i) => i + 1),
];

/** Values of the right type that name other things: another holder, grant, record, time or kind. */
const PLAUSIBLE: readonly unknown[] = [
  'E1', 'E2', 'E3', 'E9', 'N1', 'A', 'B', 'D', 'F', 'Z', 'G-404',
  1, 2, 3, 4, 5, 6, 7, 99, 0, 1000, 750, 2000, 1_000_000,
  '2003-03-20 10:01', '2003-03-21 09:00', '2003-03-31 17:00', '2003-03-31 17:01', '2003-02-27 09:00', '2003-04-01 09:00', '1999-01-01 00:00',
  '3/25/2003', 'Mar 25 2003', '2003-03-19', '2003-03-21', '2003-03-20T09:00:00-05:00', '2003-03-20T09:00:00Z',
  'notice', 'election', 'hand', 'fax', 'fax-header', 'desk-stamp', 'trustee', 'confirmation', 'late-delivery', 'irregularity', 'correction',
  'email', 'mail', 'unsigned', 'no-email', 'not-on-roster', 'grant-not-eligible', 'void', 'sent', 'overdue',
  [], [1, 1], [1, 2, 3, 4, 99], [{ grantId: 'A', shares: 1001 }], [{ grantId: 'D', shares: 1 }], [{ grantId: 'A', shares: 1 }, { grantId: 'A', shares: 1 }],
  ['no-email', 'unsigned'], ['not-on-roster'], ['grant-not-eligible'],
];

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

/** A copy of `value` with the thing at `path` replaced (or deleted, when `replacement` is DELETE). */
const DELETE = Symbol('delete');
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement === DELETE) delete copy[head as string];
  else copy[head as string] = replaceAt(copy[head as string], rest, replacement);
  return copy;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'extra'; key: string; value: unknown } | { kind: 'wrap' } | { kind: 'as-text' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Mutation>({ kind: 'delete' }) },
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE).map((value): Mutation => ({ kind: 'replace', value })) },
  { weight: 5, arbitrary: fc.constantFrom(...PLAUSIBLE).map((value): Mutation => ({ kind: 'replace', value })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value): Mutation => ({ kind: 'replace', value })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'operator', 'at'), fc.jsonValue({ maxDepth: 1 })).map(([key, value]): Mutation => ({ kind: 'extra', key, value })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'wrap' }) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'as-text' }) },
);

function mutate(valid: unknown, pick: number, m: Mutation): unknown {
  const paths = pathsOf(valid);
  const path = paths[pick % paths.length] as Path;
  const current = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], valid);
  switch (m.kind) {
    case 'delete':
      return replaceAt(valid, path, DELETE);
    case 'replace':
      return replaceAt(valid, path, m.value);
    case 'wrap':
      return replaceAt(valid, path, [current]);
    case 'as-text':
      return replaceAt(valid, path, typeof current === 'bigint' ? String(current) : (JSON.stringify(current) ?? 'undefined'));
    case 'extra': {
      // Added to the nearest object on the path (the payload itself at least).
      const objectPath = paths.filter((p) => p.length <= path.length && p.every((k, i) => k === path[i])).reverse().find((p) => {
        const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], valid);
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      if (objectPath === undefined) return valid;
      const target = objectPath.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], valid) as Record<string, unknown>;
      const extended = { ...target };
      // defineProperty: a plain assignment to "__proto__" would set the prototype instead of adding a key.
      Object.defineProperty(extended, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      return replaceAt(valid, objectPath, extended);
    }
  }
}

/** A payload for `channel`: valid as is, a near miss of a valid one, or anything at all. */
export function payloadFor(channel: Channel): fc.Arbitrary<{ how: string; payload: unknown }> {
  const valid = VALID[channel] as readonly unknown[];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...valid).map((payload) => ({ how: 'valid', payload })) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...valid), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }))
        .map(([v, steps]) => ({ how: 'near miss', payload: steps.reduce<unknown>((p, [pick, m]) => mutate(p, pick, m), v) })),
    },
    { weight: 2, arbitrary: fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE)).map((payload) => ({ how: 'wild', payload })) },
  );
}
