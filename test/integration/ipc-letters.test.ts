// The letter channels as the window calls them: through the handler table's dispatch, with payloads
// as `unknown` as anything from the renderer is. The flow the desk runs — list overdue, preview,
// print, mark sent, reprint, history — and the refusals the schemas and services give on the way.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Channel, Outputs, Result } from '../../main/ipc/contract';
import { MAX_LETTERS_PER_BATCH } from '../../main/ipc/contract';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';
import { paperOnTheDesk, pdfOf } from './letters-desk-fixtures';
import { pdfPageCount, requirePoppler } from './letters-poppler';

requirePoppler();

function window() {
  const d = paperOnTheDesk();
  const table = createHandlerTable();
  const ctx: HandlerContext = { desk: () => d.desk };
  const call = <C extends Channel>(channel: C, payload: unknown): Result<Outputs[C]> => dispatch(table, ctx, channel, payload) as Result<Outputs[C]>;
  const ok = <C extends Channel>(channel: C, payload: unknown): Outputs[C] => {
    const r = call(channel, payload);
    if (!r.ok) throw new Error(`${channel} refused: ${r.error.message}`);
    return r.value;
  };
  return { d, call, ok };
}

describe('the letter channels', () => {
  it('select overdue → preview → print → mark sent → reprint: the flow the desk runs, each step through its channel', () => {
    const { d, ok } = window();
    d.at('2003-03-31 12:00');
    const overdue = ok('confirmations:list', { filter: 'overdue' });
    expect(overdue.counts).toEqual({ sent: 0, overdue: 2, 'due-today': 1, upcoming: 1, 'correction-due': 0, void: 0 });
    expect(overdue.rows.map((r) => r.documentId)).toEqual([1, 2]);

    const preview = ok('letters:preview', { documentId: 1 });
    expect(pdfPageCount(pdfOf(preview.base64))).toBe(preview.pages);

    const printed = ok('letters:produce', { documentIds: overdue.rows.map((r) => r.documentId) });
    const pdf = pdfOf(printed.base64);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(printed.pdfSha256);
    expect(printed).toMatchObject({ printRunId: 1, purpose: 'print', fileName: 'letters-2003-03-31-print-1.pdf', pages: pdfPageCount(pdf) });
    expect(printed.letters.map((l) => [l.id, l.documentId, l.name, l.kind])).toEqual([
      [1, 1, 'Zofia Łukasiewicz', 'confirmation'],
      [2, 2, '田中 太郎', 'confirmation'],
    ]);

    const marked = ok('confirmations:markSent', { documentIds: [1, 2], sentOn: '2003-03-31', method: 'email' });
    expect(marked.marked.map((m) => [m.documentId, m.letterId, m.method])).toEqual([
      [1, 1, 'email'],
      [2, 2, 'email'],
    ]);
    expect(ok('confirmations:list', { filter: 'overdue' }).rows).toEqual([]);
    expect(ok('confirmations:list', { filter: 'sent' }).rows.map((r) => r.sent?.sentOn)).toEqual(['2003-03-31', '2003-03-31']);
    expect(ok('dashboard:get', {}).confirmationsOverdue).toBe(0);

    const reprint = ok('letters:reprint', { letterIds: [1, 2] });
    expect(reprint.base64).toBe(printed.base64);
    expect(ok('letters:history', {}).map((r) => [r.id, r.purpose, r.letters.map((l) => l.id), r.atText])).toEqual([
      [2, 'reprint', [1, 2], '2003-03-31 12:00:00 ET'],
      [1, 'print', [1, 2], '2003-03-31 12:00:00 ET'],
    ]);
  });

  it('an irregularity notice is produced on request, named by its kind', () => {
    const { d, ok } = window();
    d.at('2003-03-27 12:00');
    expect(ok('letters:preview', { documentId: 3, kind: 'irregularity' })).toMatchObject({ kind: 'irregularity', pages: 1 });
    expect(ok('letters:produce', { documentIds: [3], kind: 'irregularity' }).letters[0]?.kind).toBe('irregularity');
  });

  it('malformed requests are refused by the schemas before the desk sees them, and change nothing', () => {
    const { d, call } = window();
    const head = d.desk.ledger.auditHead();
    const refusals: [Channel, unknown, RegExp][] = [
      ['confirmations:list', { filter: 'late' }, /^Bad request to confirmations:list: filter: /],
      ['confirmations:list', { filter: 'all', extra: 1 }, /Unrecognized key/i],
      ['letters:preview', { documentId: 0 }, /documentId/],
      ['letters:preview', { documentId: 1, kind: 'reminder' }, /kind/],
      ['letters:produce', { documentIds: [] }, /documentIds/],
      ['letters:produce', { documentIds: Array.from({ length: MAX_LETTERS_PER_BATCH + 1 }, (_, i) => i + 1) }, /documentIds/],
      ['letters:produce', { documentIds: ['1'] }, /documentIds\.0/],
      ['letters:reprint', { letterIds: [1.5] }, /letterIds\.0/],
      ['confirmations:markSent', { documentIds: [1], sentOn: '', method: 'mail' }, /sentOn/],
      ['confirmations:markSent', { documentIds: [1], sentOn: '2003-03-31', method: 'courier' }, /method/],
      ['confirmations:markSent', { documentIds: [1], sentOn: '2003-03-31' }, /method/],
      ['letters:history', { all: true }, /Unrecognized key/i],
    ];
    for (const [channel, payload, message] of refusals) {
      const r = call(channel, payload);
      expect(r.ok, `${channel} ${JSON.stringify(payload).slice(0, 60)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-input');
        expect(r.error.message).toMatch(message);
      }
    }
    expect(d.desk.ledger.auditHead()).toEqual(head);
  });

  it('the desk’s refusals cross the boundary as codes the window can act on', () => {
    const { d, call } = window();
    d.at('2003-03-27 12:00');
    const notSent = call('confirmations:markSent', { documentIds: [1], sentOn: '2003-03-27', method: 'mail' });
    expect(notSent).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('no confirmation of document 1 has been produced yet') } });
    expect(call('letters:reprint', { letterIds: [9] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(call('letters:preview', { documentId: 9 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
