// The correction letter, read back as the employee would read it: "Our confirmation of <date> was
// in error; your election stands as follows", produced and recorded like every other letter
// (input + SHA-256), flagged in the confirmations queue while due and settled once produced.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../main/cli/run';
import { parseLetterInput, renderLetter } from '../../main/letters';
import { everyRow } from './cli-helpers';
import { windowCalls } from './window-calls';
import { et, letterDesk, pdfOf, type LetterDesk } from './letters-desk-fixtures';
import { pdfText, requirePoppler } from './letters-poppler';

requirePoppler();

const flat = (text: string) => text.replace(/\s+/g, ' ');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const window = (d: LetterDesk) => windowCalls(d.desk);

const draft = (employeeId: string, receivedAt: string, more: Record<string, unknown> = {}) => ({
  employeeId,
  kind: 'election',
  via: 'fax',
  receivedAt: et(receivedAt),
  ...more,
});

/** Zofia's two Election Forms, both confirmed; the second (document 2, confirmed on March 17) was keyed by mistake. */
function confirmedThenVoided() {
  const d = letterDesk();
  const w = window(d);
  d.at('2003-03-14 10:05');
  w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
  w.ok('letters:produce', { documentIds: [1] });
  w.ok('intake:record', { draft: draft('E1', '2003-03-14 10:00', { tenders: [{ grantId: 'B', shares: 500 }] }) });
  d.at('2003-03-17 09:00');
  w.ok('letters:produce', { documentIds: [2] });
  d.at('2003-03-18 11:00');
  w.ok('documents:void', { documentId: 2, reason: 'A copy of the March 14 fax, keyed twice with the wrong grant' });
  return { d, w };
}

describe('the correction letter', () => {
  it('a confirmation already produced for a document since voided is flagged "correction due" in the queue, not skipped', () => {
    const { w } = confirmedThenVoided();
    const queue = w.ok('confirmations:list', { filter: 'correction-due' });
    expect(queue.counts['correction-due']).toBe(1);
    expect(queue.rows.map((r) => [r.documentId, r.status, r.standing, r.letterKind])).toEqual([[2, 'correction-due', 'void', 'correction']]);
    expect(queue.rows[0]?.correctionDue).toMatchObject([{ letterId: 2, kind: 'confirmation', letterDate: '2003-03-17', why: expect.stringMatching(/since voided/) }]);
    expect(w.ok('corrections:due', {})).toMatchObject([{ documentId: 2, letterId: 2, letterKind: 'confirmation', letterDate: '2003-03-17' }]);
  });

  it('says "Our confirmation of <date> was in error; your election stands as follows" and restates the election grant by grant in ET', () => {
    const { d, w } = confirmedThenVoided();
    const preview = w.ok('letters:preview', { documentId: 2, kind: 'correction' });
    expect(preview.kind).toBe('correction');
    const text = flat(pdfText(pdfOf(preview.base64)));
    expect(text).toContain('Our confirmation of March 17, 2003 was in error; your election stands as follows.');
    expect(text).toContain('Election Form (our document no. 2)');
    expect(text).toContain('Recorded by mistake and voided: no effect');
    expect(text).toContain('Our record of your Election Form received by fax on March 14, 2003 at 10:00 AM ET (our document no. 2) was made by mistake');
    expect(text).toContain('Your election stands as follows, governed by your Election Form received by fax on March 14, 2003 at 9:00 AM ET.');
    expect(text).toContain('You have tendered 1,300 of your 1,800 eligible shares, under 2 of your 3 eligible grants.');
    expect(text).toMatch(/Alpha Technologies Group/);
    // Grant by grant: A tendered in full, B (the voided form's) not at all, C by the look-back rule.
    const lines = pdfText(pdfOf(preview.base64), { layout: true }).split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines.find((l) => l.startsWith('A '))).toMatch(/1,000 1,000/);
    expect(lines.find((l) => l.startsWith('B '))).toMatch(/500 0\b/);
    expect(lines.find((l) => l.startsWith('C '))).toMatch(/300 300 Yes\*/);
    void d;
  });

  it('is recorded with its input and the SHA-256 of its own PDF, verifies, and then the flag is settled', () => {
    const { d, w } = confirmedThenVoided();
    d.at('2003-03-19 09:00');
    const printed = w.ok('letters:produce', { documentIds: [2] });
    expect(printed.letters.map((l) => [l.documentId, l.kind, l.letterDate])).toEqual([[2, 'correction', '2003-03-19']]);
    const [record] = d.desk.ledger.letters({ documentId: 2 }).filter((l) => l.kind === 'correction');
    expect(record).toBeDefined();
    const input = parseLetterInput(JSON.parse(record?.inputJson ?? 'null'));
    expect(input).toMatchObject({ kind: 'correction', standing: 'void', inError: [{ kind: 'confirmation', letterDate: '2003-03-17' }] });
    expect(sha256(renderLetter(input))).toBe(record?.pdfSha256);
    expect(flat(pdfText(pdfOf(printed.base64)))).toContain('Our confirmation of March 17, 2003 was in error');
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true });
    // Settled: a later correction letter fits the document as it stands.
    expect(w.ok('corrections:due', {})).toEqual([]);
    const queue = w.ok('confirmations:list', { filter: 'all' });
    expect(queue.rows.find((r) => r.documentId === 2)).toMatchObject({ status: 'void', correctionDue: [] });
    // A second correction letter is refused, and nothing changes.
    const before = everyRow(d.ledgerPath);
    const again = w.call('letters:produce', { documentIds: [2], kind: 'correction' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/no letter about document 2 is in error/);
    expect(everyRow(d.ledgerPath)).toBe(before);
    // A reprint renders the stored input to the same bytes.
    expect(w.ok('letters:reprint', { letterIds: [record?.id ?? 0] }).letters[0]?.pdfSha256).toBe(record?.pdfSha256);
  });

  it('a late-delivery notice for a document an extension made timely is corrected; voiding the extension makes that correction due again', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-04-01 09:05');
    w.ok('intake:record', { draft: draft('E2', '2003-04-01 09:00', { tenders: [{ grantId: 'D', shares: 2000 }], lateKeyingReason: 'From the fax log' }) });
    w.ok('letters:produce', { documentIds: [1] });
    d.at('2003-04-02 10:00');
    w.ok('extensions:record', {
      to: '2003-04-01 17:00',
      reason: 'Board extended the offer by one day',
      decidedAt: '2003-03-31 12:00',
      announcedAt: '2003-03-31 13:00',
      afterTheFactReason: 'Keyed from the board minutes',
    });
    expect(w.ok('confirmations:list', { filter: 'correction-due' }).rows.map((r) => [r.documentId, r.letterKind])).toEqual([[1, 'correction']]);
    const printed = w.ok('letters:produce', { documentIds: [1] });
    const text = flat(pdfText(pdfOf(printed.base64)));
    expect(text).toContain('Our notice of late delivery of April 1, 2003 was in error; your election stands as follows.');
    expect(text).toContain('arrived before the expiration of the Offer on April 1, 2003 at 5:00 PM ET. It is timely and it governs your election.');
    expect(text).toContain('You have tendered all of your eligible options: 2,000 shares under 1 grant.');
    expect(w.ok('corrections:due', {})).toEqual([]);

    d.at('2003-04-03 10:00');
    w.ok('extensions:void', { extensionId: 1, reason: 'Recorded on the wrong offer' });
    // The late notice fits again, but the correction letter that called it timely does not.
    expect(w.ok('corrections:due', {})).toMatchObject([{ documentId: 1, letterKind: 'correction', standing: 'late', why: expect.stringMatching(/now late/) }]);
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('offer-desk letters --due includes the correction letters due, in the same PDF', () => {
    const { d } = confirmedThenVoided();
    d.at('2003-03-19 09:00');
    let out = '';
    let err = '';
    const code = run(['letters', d.ledgerPath, '--due'], { clock: d.clock, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
    expect(err).toBe('');
    expect(code).toBe(0);
    // Only the correction is due today (document 1's confirmation is due on the 21st).
    expect(out).toMatch(/Recorded as print run \d+: documents 2\./);
    const text = flat(pdfText(readFileSync(join(d.dir, 'letters-2003-03-19.pdf'))));
    expect(text).toContain('Our confirmation of March 17, 2003 was in error');
    expect(window(d).ok('corrections:due', {})).toEqual([]);
  });
});
