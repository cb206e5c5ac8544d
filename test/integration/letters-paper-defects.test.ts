// Paper that can never count still gets its letter: someone not on the roster is told, by an
// irregularity notice addressed to the name as written, that the paper is kept on record and why it
// has no effect; a holder whose form names a grant that is not theirs is told to send a new form.
// Read back as the sender would read it, and recorded (input + SHA-256) like every other letter.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { everyRow } from './cli-helpers';
import { windowCalls } from './window-calls';
import { et, letterDesk, pdfOf, type LetterDesk } from './letters-desk-fixtures';
import { pdfText, requirePoppler } from './letters-poppler';

requirePoppler();

const flat = (text: string) => text.replace(/\s+/g, ' ');

const window = (d: LetterDesk) => windowCalls(d.desk);

/** A Notice from "Walter Brennan", employee id X999 as written: nobody on the roster. */
function strayNotice(d: LetterDesk): number {
  const w = window(d);
  d.at('2003-03-21 09:05');
  const r = w.ok('intake:record', {
    draft: { employeeId: 'X999', notOnRosterName: 'Walter Brennan', kind: 'notice', via: 'fax', receivedAt: et('2003-03-21 09:00'), senderFax: '(603) 555-0199' },
  });
  return r.document.id;
}

describe('letters for paper that can never count', () => {
  it('paper from someone not on the roster gets an irregularity notice addressed to the name as written, never a confirmation', () => {
    const d = letterDesk();
    const w = window(d);
    const id = strayNotice(d);
    d.at('2003-03-24 10:00');

    const preview = w.ok('letters:preview', { documentId: id });
    expect(preview.kind).toBe('irregularity');
    const text = flat(pdfText(pdfOf(preview.base64)));
    expect(text).toContain('Walter Brennan (employee ID X999)');
    expect(text).not.toContain('ID ending');
    expect(text).toContain('The sender is not on the roster of holders of eligible options.');
    expect(text).toContain('Our records do not show you as a holder of options eligible for the Offer, so this document cannot take effect.');
    expect(text).toContain('It is kept on record as received.');
    expect(text).not.toContain('How to cure');

    // A confirmation is refused in words, and the refusal changes nothing.
    const before = everyRow(d.ledgerPath);
    const refused = w.call('letters:produce', { documentIds: [id], kind: 'confirmation' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('comes from someone not on the roster; it gets an irregularity notice, not a confirmation');
    expect(everyRow(d.ledgerPath)).toBe(before);

    // Previewed just before it is produced: the footer carries the ledger's audit head, which the
    // production itself moves on, so a preview taken afterwards shows the newer head.
    const alone = w.ok('letters:preview', { documentId: id });
    const batch = w.ok('letters:produce', { documentIds: [id] });
    const [letter] = d.desk.ledger.letters({ documentId: id });
    expect(letter).toMatchObject({ kind: 'irregularity', employeeId: 'X999' });
    expect(letter?.pdfSha256).toBe(createHash('sha256').update(pdfOf(alone.base64)).digest('hex'));
    expect(batch.letters).toHaveLength(1);
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it('the notice of paper that can never count is not refused once a cure deadline has passed (no cure could help it)', () => {
    const d = letterDesk();
    const w = window(d);
    const id = strayNotice(d);
    // The day after the expiration: an ordinary defect's courtesy notice would now be pointless.
    d.at('2003-04-01 10:00');
    const preview = w.ok('letters:preview', { documentId: id, kind: 'irregularity' });
    expect(flat(pdfText(pdfOf(preview.base64)))).toContain('Walter Brennan');
  });

  it("a holder's Election Form naming a grant that is not theirs is told to send a new form naming only their own grants", () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-21 09:05');
    const r = w.ok('intake:record', {
      draft: {
        employeeId: 'E1',
        kind: 'election',
        via: 'fax',
        receivedAt: et('2003-03-21 09:00'),
        defects: ['grant-not-eligible'],
        tenders: [
          { grantId: 'A', shares: 1000 },
          { grantId: 'G-NOT-HERS', shares: 300 },
        ],
      },
    });
    const preview = w.ok('letters:preview', { documentId: r.document.id, kind: 'irregularity' });
    const text = flat(pdfText(pdfOf(preview.base64)));
    expect(text).toContain('The form names an option grant that is not one of your eligible option grants.');
    expect(text).toContain('deliver a new Election Form naming only your own grants');
    expect(text).not.toContain('How to cure');
  });
});

describe('the queue for paper from someone not on the roster', () => {
  it('lists it with its irregularity notice as its letter; once produced, the notice is marked sent like a confirmation', () => {
    const d = letterDesk();
    const w = window(d);
    const id = strayNotice(d);
    d.at('2003-03-31 10:00');
    const queue = w.ok('confirmations:list', { filter: 'all' });
    const row = queue.rows.find((r) => r.documentId === id);
    expect(row).toMatchObject({ employeeId: 'X999', name: 'Walter Brennan', letterKind: 'irregularity', status: 'overdue' });

    // Nothing to mark before the notice exists; the refusal changes nothing.
    const before = everyRow(d.ledgerPath);
    expect(w.call('confirmations:markSent', { documentIds: [id], sentOn: '2003-03-31', method: 'fax' }).ok).toBe(false);
    expect(everyRow(d.ledgerPath)).toBe(before);

    w.ok('letters:produce', { documentIds: [id] });
    w.ok('confirmations:markSent', { documentIds: [id], sentOn: '3/31/2003', method: 'fax' });
    const after = w.ok('confirmations:list', { filter: 'all' }).rows.find((r) => r.documentId === id);
    expect(after?.status).toBe('sent');
    expect(d.desk.ledger.verify().ok).toBe(true);
  });

  it("a rostered holder's irregularity notice still cannot stand in for the confirmation the Offer promises", () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-21 09:05');
    const r = w.ok('intake:record', {
      draft: { employeeId: 'E1', kind: 'election', via: 'fax', receivedAt: et('2003-03-21 09:00'), defects: ['no-email'], tenders: [{ grantId: 'A', shares: 1000 }] },
    });
    d.at('2003-03-24 10:00');
    w.ok('letters:produce', { documentIds: [r.document.id], kind: 'irregularity' });
    const before = everyRow(d.ledgerPath);
    const refused = w.call('confirmations:markSent', { documentIds: [r.document.id], sentOn: '2003-03-24', method: 'mail' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('no confirmation of document');
    expect(everyRow(d.ledgerPath)).toBe(before);
  });
});
