// The correction, void and extension channels as the window calls them (through the handler table,
// payloads as `unknown`), on a real ledger: what each returns for the timeline and the previews,
// the letters already produced that now call for a correction letter, and refusals that change nothing.
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../main/ipc/contract';
import { everyRow } from './cli-helpers';
import { windowCalls } from './window-calls';
import { et, letterDesk, type LetterDesk } from './letters-desk-fixtures';

function window(d: LetterDesk) {
  const { call, ok } = windowCalls(d.desk);
  /** Refused with `code`, naming why, and every table of the file exactly as before. */
  const refused = (channel: Channel, payload: unknown, code: string, message: RegExp) => {
    const before = everyRow(d.ledgerPath);
    const r = call(channel, payload);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
    expect(everyRow(d.ledgerPath)).toBe(before);
  };
  return { call, ok, refused };
}

const draft = (employeeId: string, receivedAt: string, more: Record<string, unknown> = {}) => ({
  employeeId,
  kind: 'election',
  via: 'fax',
  receivedAt: et(receivedAt),
  ...more,
});

describe('corrections through the API', () => {
  it('correcting a document voids it and records the corrected one in one transaction, linked both ways, and re-judges the holder', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-14 10:05');
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 10:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    const events = d.desk.ledger.auditHead().seq;
    d.at('2003-03-14 11:00');
    const r = w.ok('documents:correct', {
      documentId: 1,
      reason: 'Keyed grant A; the form tenders grant B',
      draft: draft('E1', '2003-03-14 10:00', { tenders: [{ grantId: 'B', shares: 500 }] }),
    });
    expect(r.voided).toMatchObject({ id: 1, voided: { reason: 'Keyed grant A; the form tenders grant B', operator: 'mary.clerk', voidedAt: et('2003-03-14 11:00'), replacedBy: 2 } });
    expect(r.voided.assessment.standing).toBe('void');
    expect(r.corrected).toMatchObject({ id: 2, corrects: 1, voided: null, lateKeyingReason: 'Corrects document #1: Keyed grant A; the form tenders grant B' });
    expect(r.corrected.assessment.standing).toBe('governing');
    // The timeline keeps both, the void struck through with who, when and why.
    expect(r.detail?.documents.map((doc) => [doc.id, doc.assessment.standing, doc.voided?.replacedBy ?? null, doc.corrects])).toEqual([
      [2, 'governing', null, 1],
      [1, 'void', 2, null],
    ]);
    expect(r.detail?.grants.map((g) => [g.grantId, g.sharesTendered])).toEqual([['B', 500], ['A', 0], ['C', 300]]);
    // One audit event holds both records.
    const [event] = d.desk.ledger.auditEvents({ afterSeq: events });
    expect(event?.type).toBe('document.corrected');
    expect(d.desk.ledger.auditHead().seq).toBe(events + 1);
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('a paper keyed against the wrong holder is corrected to the right one: both holders are re-judged', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-14 10:05');
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 10:00', { kind: 'notice' }) });
    const r = w.ok('documents:correct', { documentId: 2, reason: "The Notice is Taro's, not Zofia's", draft: draft('E2', '2003-03-14 10:00', { kind: 'notice' }) });
    expect(r.affected.map((c) => [c.documentId, c.before, c.after])).toEqual([
      [1, 'superseded', 'governing'],
      [2, 'governing', 'void'],
    ]);
    expect(w.ok('holders:get', { employeeId: 'E1' }).election.governingDocumentId).toBe(1);
    expect(w.ok('holders:get', { employeeId: 'E2' }).election.governingDocumentId).toBe(3);
  });

  it('the void preview restates the effect and changes nothing; the void itself answers with the struck-through document', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-14 10:05');
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    const before = everyRow(d.ledgerPath);
    const preview = w.ok('documents:voidPreview', { documentId: 1 });
    expect(everyRow(d.ledgerPath)).toBe(before);
    expect(preview.document.id).toBe(1);
    expect(preview.after.governingDocumentId).toBeNull();
    expect(preview.changes.join(' ')).toMatch(/A/);
    expect(preview.affected.map((c) => [c.documentId, c.before, c.after])).toEqual([[1, 'governing', 'void']]);
    const r = w.ok('documents:void', { documentId: 1, reason: 'Duplicate keying' });
    expect(r.voided.voided).toMatchObject({ reason: 'Duplicate keying', replacedBy: null });
    expect(r.detail?.election.state).toBe('tendered-none');
    expect(w.ok('dashboard:get', {}).documentsByStanding).toEqual({ governing: 0, superseded: 0, defective: 0, late: 0 });
    expect(w.ok('confirmations:list', {}).total).toBe(0);
  });

  it('refusals of voids and corrections change nothing', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-14 10:05');
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    w.refused('documents:correct', { documentId: 1, reason: 'typo', draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'D', shares: 1 }] }) }, 'invalid-input', /not one of E1's eligible grants/);
    w.refused('documents:void', { documentId: 1, reason: '   ' }, 'invalid-input', /reason/);
    w.refused('documents:void', { documentId: 7, reason: 'no such' }, 'not-found', /no document 7/);
    w.ok('documents:void', { documentId: 1, reason: 'Duplicate keying' });
    w.refused('documents:void', { documentId: 1, reason: 'again' }, 'conflict', /already void/);
    w.refused('documents:correct', { documentId: 1, reason: 'again', draft: draft('E1', '2003-03-14 09:00', { tenders: [] }) }, 'conflict', /already void/);
    w.refused('documents:voidPreview', { documentId: 1 }, 'conflict', /already void/);
    w.refused('waivers:void', { waiverId: 1, reason: 'none granted' }, 'not-found', /no waiver 1/);
    w.refused('extensions:void', { extensionId: 1, reason: 'none recorded' }, 'not-found', /no extension 1/);
  });

  it('an Election Form with nothing tendered, a note on a document keyed in time, and paper from someone not on the roster are all kept', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-14 10:05');
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    const empty = w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:30', { tenders: [], lateKeyingReason: 'Holder phoned to say the form is blank on purpose' }) });
    expect(empty.document).toMatchObject({ tenders: [], lateKeyingReason: 'Holder phoned to say the form is blank on purpose', keyedAfterExpiration: false });
    expect(empty.after.governingDocumentId).toBe(empty.document.id);
    expect(empty.after.state).toBe('tendered-none');
    const zeros = w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:40', { tenders: [{ grantId: 'A', shares: 0 }, { grantId: 'B', shares: 0 }] }) });
    expect(zeros.after.governingDocumentId).toBe(zeros.document.id);

    const unknown = w.call('intake:record', { draft: draft('E77', '2003-03-14 09:50', { tenders: [{ grantId: 'A', shares: 1000 }] }) });
    expect(unknown.ok ? '' : unknown.error.message).toMatch(/notOnRosterName/);
    const stray = w.ok('intake:record', { draft: draft('E77', '2003-03-14 09:50', { tenders: [{ grantId: 'A', shares: 1000 }], notOnRosterName: 'Zofia Lukasiewicz-Nowak' }) });
    expect(stray.document).toMatchObject({ employeeId: 'E77', nameAsWritten: 'Zofia Lukasiewicz-Nowak' });
    expect(stray.document.assessment).toMatchObject({ standing: 'defective', properlyMade: false });
    expect(stray.document.assessment.defects).toEqual([{ defect: 'not-on-roster', state: 'open', curedAt: null, waiverId: null }]);
    // Grant A stays Zofia's election: her blank forms govern.
    expect(w.ok('holders:get', { employeeId: 'E1' }).election.state).toBe('tendered-none');
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true });
  });
});

describe('extensions and waivers voided or recorded after the fact, through the API', () => {
  it('a late-delivery notice already produced for a document that an after-the-fact extension makes timely is flagged for a correction letter', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-04-01 09:05');
    const late = w.ok('intake:record', { draft: draft('E2', '2003-04-01 09:00', { kind: 'notice', lateKeyingReason: 'Replayed from the fax log' }) });
    expect(late.document.assessment.standing).toBe('late');
    const printed = w.ok('letters:produce', { documentIds: [late.document.id] });
    expect(printed.letters.map((l) => l.kind)).toEqual(['late-delivery']);
    expect(w.ok('corrections:due', {})).toEqual([]);

    d.at('2003-04-02 10:00');
    const extension = { to: '2003-04-01 17:00', reason: 'Board extended the offer by one day', decidedAt: '2003-03-31 12:00', announcedAt: '2003-03-31 13:00' };
    const before = everyRow(d.ledgerPath);
    const preview = w.ok('extensions:preview', extension);
    expect(everyRow(d.ledgerPath)).toBe(before);
    expect(preview).toMatchObject({ recordedAfterTheFact: true, announcedLate: false, fromText: '2003-03-31 17:00:00 ET', toText: '2003-04-01 17:00:00 ET' });
    expect(preview.affected).toHaveLength(1);
    expect(preview.affected[0]).toMatchObject({ documentId: late.document.id, before: 'late', after: 'governing' });
    expect(preview.affected[0]?.lettersToCorrect).toMatchObject([{ letterId: 1, kind: 'late-delivery', why: expect.stringMatching(/now timely/) }]);

    w.refused('extensions:record', extension, 'invalid-input', /already passed .*afterTheFactReason/);
    const recorded = w.ok('extensions:record', { ...extension, afterTheFactReason: 'Keyed from the board minutes' });
    expect(recorded.extension).toMatchObject({ afterTheFactReason: 'Keyed from the board minutes', decidedAt: et('2003-03-31 12:00'), announcedAt: et('2003-03-31 13:00'), recordedAt: et('2003-04-02 10:00') });
    expect(recorded.affected).toEqual(preview.affected);
    expect(w.ok('corrections:due', {})).toMatchObject([{ documentId: late.document.id, letterId: 1, letterKind: 'late-delivery', standing: 'governing' }]);

    // Voiding it previews the way back (timely -> late), and the late-delivery notice fits again.
    const back = w.ok('extensions:voidPreview', { extensionId: 1 });
    expect(back).toMatchObject({ fromText: '2003-04-01 17:00:00 ET', toText: '2003-03-31 17:00:00 ET' });
    expect(back.affected.map((c) => [c.documentId, c.before, c.after, c.lettersToCorrect.length])).toEqual([[late.document.id, 'governing', 'late', 0]]);
    const voided = w.ok('extensions:void', { extensionId: 1, reason: 'Recorded on the wrong offer' });
    expect(voided.extension.voided).toMatchObject({ reason: 'Recorded on the wrong offer' });
    expect(voided.expiresAtText).toBe('2003-03-31 17:00:00 ET');
    expect(w.ok('offer:get', {}).expiresAt).toBe(et('2003-03-31 17:00'));
    expect(w.ok('corrections:due', {})).toEqual([]);
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('a waiver void preview lists every document whose defect is open again, and the void re-judges them', () => {
    const d = letterDesk();
    const w = window(d);
    d.at('2003-03-14 10:05');
    w.ok('intake:record', { draft: draft('E1', '2003-03-14 09:00', { tenders: [{ grantId: 'A', shares: 1000 }], defects: ['no-email'] }) });
    w.ok('intake:record', { draft: draft('E3', '2003-03-14 09:30', { tenders: [{ grantId: 'E', shares: 2500 }], defects: ['no-email'] }) });
    w.ok('waivers:grant', { defect: 'no-email', reason: 'HR holds current addresses' });
    w.refused('waivers:grant', { defect: 'not-on-roster', reason: 'count it' }, 'invalid-input', /can never be waived/);
    const preview = w.ok('waivers:voidPreview', { waiverId: 1 });
    expect(preview.waiver.defect).toBe('no-email');
    expect(preview.affected.map((c) => [c.documentId, c.before, c.after])).toEqual([
      [1, 'governing', 'defective'],
      [2, 'governing', 'defective'],
    ]);
    const r = w.ok('waivers:void', { waiverId: 1, reason: 'Granted by mistake' });
    expect(r.affected).toEqual(preview.affected);
    expect(w.ok('waivers:list', {})[0]?.voided).toMatchObject({ reason: 'Granted by mistake' });
    expect(w.ok('defects:list', {}).map((row) => row.documentId)).toEqual([1, 2]);
    w.refused('waivers:void', { waiverId: 1, reason: 'again' }, 'conflict', /already void/);
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true });
  });
});
