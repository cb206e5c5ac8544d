// The paper and the Company's decisions: documents with their defects and tenders, scans, cures,
// waivers, extensions and settings changes — each kept as given with its audit event, and any
// malformed or impossible record refused with nothing written.

import { describe, expect, it } from 'vitest';
import type { NewDocument } from '../../main/ledger/ledger';
import { MAX_ATTACHMENT_BYTES } from '../../main/ledger/attachments';
import { ALPHA, DESK, PDF_BYTES, PNG_BYTES, at, auditorsDigest, election, expectRefusedAndUnchanged, newLedger, notice, peek } from './ledger-fixtures';

describe('documents received at the desk', () => {
  it('an Election Form is kept with its receipt time apart from its keying time, its defects and its tenders', () => {
    const { ledger } = newLedger({ roster: true });
    const form = election({ defects: ['no-email', 'no-date-time'], cureDeadline: '2003-03-28T22:00:00.000Z' });
    const saved = ledger.addDocument(form, DESK);
    // Format 3: every document also says whether it is from someone not on the roster, what it corrects, and its void.
    expect(saved).toEqual({ id: 1, ...form, nameAsWritten: null, corrects: null, voided: null });
    expect(ledger.document(1)).toEqual(saved);
    expect(ledger.documents()).toEqual([saved]);
    expect(ledger.documents('E001')).toEqual([saved]);
    expect(ledger.documents('E002')).toEqual([]);
    expect(ledger.document(2)).toBeNull();
  });

  it('a hand-delivered Notice with no tenders, and a late-keyed fax with its written reason, are kept as given', () => {
    const { ledger } = newLedger({ roster: true });
    const n = ledger.addDocument(notice({ pages: null, signedBy: null }), DESK);
    const lateKeyed = election({
      receivedAt: '2003-03-31T21:59:00.000Z',
      keyedAt: '2003-04-01T13:00:00.000Z',
      lateKeyingReason: 'Fax arrived 4:59 PM; the machine jammed and the page was found next morning.',
      keyedAfterExpiration: true,
      signerCapacity: 'attorney-in-fact',
      defects: ['no-authority-evidence'],
    });
    const f = ledger.addDocument(lateKeyed, at('2003-04-01T13:00:00.000Z'));
    expect(ledger.documents().map((d) => d.id)).toEqual([n.id, f.id]);
    expect(ledger.document(f.id)).toEqual({ id: f.id, ...lateKeyed, nameAsWritten: null, corrects: null, voided: null });
    expect(ledger.document(n.id)?.tenders).toEqual([]);
  });

  it('recording a document writes one audit event holding the SHA-256 of the document, its defects and its tender lines as stored', () => {
    const { ledger, path } = newLedger({ roster: true });
    ledger.addDocument(election({ defects: ['unsigned'] }), DESK);
    const event = ledger.auditEvents().at(-1)!;
    expect([event.type, event.at, event.operator]).toEqual(['document.recorded', DESK.at, DESK.operator]);
    // The rows are kept once, in their tables; the event proves them (format 4, row-digest.ts).
    expect(event.payload).toEqual({
      rows: {},
      digests: {
        documents: { rows: 1, first: [1], last: [1], sha256: auditorsDigest(path, 'SELECT * FROM documents WHERE id = 1') },
        document_defects: { rows: 1, first: [1, 0], last: [1, 0], sha256: auditorsDigest(path, 'SELECT * FROM document_defects WHERE document_id = 1') },
        document_tenders: {
          rows: 2,
          first: [1, 0],
          last: [1, 1],
          sha256: auditorsDigest(path, 'SELECT * FROM document_tenders WHERE document_id = 1 ORDER BY position'),
          fingerprints: expect.stringMatching(/^[0-9a-f]{16}$/),
        },
      },
    });
    expect(peek(path, 'SELECT document_id, position, grant_id, shares, audit_seq FROM document_tenders')).toEqual([
      { document_id: 1, position: 0, grant_id: 'G-101', shares: 1000, audit_seq: event.seq },
      { document_id: 1, position: 1, grant_id: 'G-102', shares: 400, audit_seq: event.seq },
    ]);
  });

  it.each<[string, Partial<NewDocument>, 'invalid-input' | 'not-found']>([
    ['a receipt time not in canonical UTC form', { receivedAt: '2003-03-20 10:00' }, 'invalid-input'],
    ['an impossible receipt date', { receivedAt: '2003-02-30T15:00:00.000Z' }, 'invalid-input'],
    ['a receipt after the document was keyed in', { receivedAt: '2003-03-20T15:11:00.000Z' }, 'invalid-input'],
    ['a hand delivery timed by a fax header', { via: 'hand', receiptSource: 'fax-header' }, 'invalid-input'],
    ['an unknown kind of document', { kind: 'letter' as NewDocument['kind'] }, 'invalid-input'],
    ['an unknown defect', { defects: ['smudged' as NewDocument['defects'][number]] }, 'invalid-input'],
    ['the same defect twice', { defects: ['unsigned', 'unsigned'] }, 'invalid-input'],
    ['the same grant tendered twice', { tenders: [{ grantId: 'G-101', shares: 1 }, { grantId: 'G-101', shares: 2 }] }, 'invalid-input'],
    ['negative shares tendered', { tenders: [{ grantId: 'G-101', shares: -5 }] }, 'invalid-input'],
    ['a Notice that tenders grants', { kind: 'notice', tenders: [{ grantId: 'G-101', shares: 5 }] }, 'invalid-input'],
    ['zero pages', { pages: 0 }, 'invalid-input'],
    ['an empty late-keying reason', { lateKeyingReason: '  ' }, 'invalid-input'],
    ['a holder not on the roster', { employeeId: 'E999', tenders: [] }, 'not-found'],
    ['more shares than the grant holds', { tenders: [{ grantId: 'G-102', shares: 401 }] }, 'invalid-input'],
    ["a grant of another holder", { tenders: [{ grantId: 'G-201', shares: 1 }] }, 'invalid-input'],
    ['a grant that does not exist', { tenders: [{ grantId: 'G-000', shares: 1 }] }, 'invalid-input'],
  ])('a document with %s is refused and nothing is written', (_what, change, code) => {
    const { ledger } = newLedger({ roster: true });
    expectRefusedAndUnchanged(ledger, () => ledger.addDocument(election(change), DESK), code);
  });
});

describe('scans and faxes attached to a document', () => {
  it('the bytes are kept whole, and the audit event records their sha256 and size instead', () => {
    const { ledger } = newLedger({ roster: true });
    const doc = ledger.addDocument(election(), DESK);
    const info = ledger.addAttachment(doc.id, { fileName: 'fax 2003-03-20.pdf', mediaType: 'application/pdf', bytes: PDF_BYTES }, DESK);
    const png = ledger.addAttachment(doc.id, { fileName: 'page2.png', mediaType: 'image/png', bytes: PNG_BYTES }, DESK);
    expect(info).toMatchObject({ id: 1, documentId: doc.id, size: PDF_BYTES.length, addedAt: DESK.at, operator: DESK.operator });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ledger.attachments(doc.id)).toEqual([info, png]);
    expect(ledger.attachment(info.id)?.bytes.equals(PDF_BYTES)).toBe(true);
    expect(ledger.attachment(99)).toBeNull();
    const event = ledger.auditEvents({ afterSeq: 5 })[0]!;
    expect(event.type).toBe('attachment.added');
    expect(event.payload).toEqual({
      rows: {
        attachments: [
          {
            id: 1,
            document_id: doc.id,
            file_name: 'fax 2003-03-20.pdf',
            media_type: 'application/pdf',
            sha256: info.sha256,
            size: PDF_BYTES.length,
            added_at: DESK.at,
            operator: DESK.operator,
          },
        ],
      },
    });
  });

  it.each<[string, Record<string, unknown>, 'invalid-input' | 'not-found']>([
    ['a Word file', { fileName: 'letter.docx', mediaType: 'application/msword', bytes: PDF_BYTES }, 'invalid-input'],
    ['a file whose content is not what its type says', { fileName: 'fake.pdf', mediaType: 'application/pdf', bytes: PNG_BYTES }, 'invalid-input'],
    ['an empty file', { fileName: 'empty.pdf', mediaType: 'application/pdf', bytes: Buffer.alloc(0) }, 'invalid-input'],
    ['a file name with a folder in it', { fileName: '../../etc/passwd.pdf', mediaType: 'application/pdf', bytes: PDF_BYTES }, 'invalid-input'],
    ['a file larger than the limit', { fileName: 'huge.pdf', mediaType: 'application/pdf', bytes: Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_ATTACHMENT_BYTES)]) }, 'invalid-input'],
  ])('attaching %s is refused and nothing is written', (_what, attachment, code) => {
    const { ledger } = newLedger({ roster: true });
    const doc = ledger.addDocument(election(), DESK);
    expectRefusedAndUnchanged(
      ledger,
      () => ledger.addAttachment(doc.id, attachment as unknown as Parameters<typeof ledger.addAttachment>[1], DESK),
      code,
    );
  });

  it('attaching to a document that does not exist is refused', () => {
    const { ledger } = newLedger({ roster: true });
    expectRefusedAndUnchanged(ledger, () => ledger.addAttachment(7, { fileName: 'a.pdf', mediaType: 'application/pdf', bytes: PDF_BYTES }, DESK), 'not-found');
  });
});

describe("cures, waivers, extensions and the offer's settings", () => {
  it('a cure of a defect the document has is kept with its receipt time, recording time and operator', () => {
    const { ledger } = newLedger({ roster: true });
    const doc = ledger.addDocument(election({ defects: ['no-email'] }), DESK);
    const cure = ledger.addCure({ documentId: doc.id, defect: 'no-email', curedAt: '2003-03-21T14:00:00.000Z' }, at('2003-03-21T14:30:00.000Z'));
    expect(cure).toEqual({ id: 1, documentId: doc.id, defect: 'no-email', curedAt: '2003-03-21T14:00:00.000Z', recordedAt: '2003-03-21T14:30:00.000Z', operator: 'mary.clerk' });
    expect(ledger.cures()).toEqual([cure]);
    expect(ledger.auditEvents().at(-1)?.type).toBe('cure.recorded');
  });

  it('a cure of a defect the document was never found to have, of an unknown document, or received after it was recorded, is refused', () => {
    const { ledger } = newLedger({ roster: true });
    const doc = ledger.addDocument(election({ defects: ['no-email'] }), DESK);
    const later = at('2003-03-21T14:30:00.000Z');
    expectRefusedAndUnchanged(ledger, () => ledger.addCure({ documentId: doc.id, defect: 'unsigned', curedAt: '2003-03-21T14:00:00.000Z' }, later), 'invalid-input');
    expectRefusedAndUnchanged(ledger, () => ledger.addCure({ documentId: 42, defect: 'no-email', curedAt: '2003-03-21T14:00:00.000Z' }, later), 'not-found');
    expectRefusedAndUnchanged(ledger, () => ledger.addCure({ documentId: doc.id, defect: 'no-email', curedAt: '2003-03-21T15:00:00.000Z' }, later), 'invalid-input');
  });

  it('an offer-wide waiver of a kind of defect is kept with its reason, time and operator', () => {
    const { ledger } = newLedger();
    const waiver = ledger.addWaiver({ defect: 'no-date-time', reason: 'Dates are shown by the fax header.' }, at('2003-03-25T16:00:00.000Z', 'j.polakiewicz'));
    expect(waiver).toEqual({ id: 1, defect: 'no-date-time', reason: 'Dates are shown by the fax header.', grantedAt: '2003-03-25T16:00:00.000Z', operator: 'j.polakiewicz', voided: null });
    expect(ledger.waivers()).toEqual([waiver]);
    expect(ledger.auditEvents().at(-1)?.type).toBe('waiver.granted');
    expectRefusedAndUnchanged(ledger, () => ledger.addWaiver({ defect: 'no-date-time', reason: '' }, DESK), 'invalid-input');
  });

  it('an extension is kept as its own record, and one that does not move the expiration later is refused', () => {
    const { ledger } = newLedger();
    const decided = at('2003-04-01T12:00:00.000Z', 'j.polakiewicz');
    const extension = ledger.addExtension(
      { fromExpiresAt: '2003-03-31T22:00:00.000Z', toExpiresAt: '2003-04-14T21:00:00.000Z', reason: 'Board meeting moved.', announcedLate: false },
      decided,
    );
    expect(extension).toEqual({
      id: 1,
      fromExpiresAt: '2003-03-31T22:00:00.000Z',
      toExpiresAt: '2003-04-14T21:00:00.000Z',
      decidedAt: decided.at,
      operator: 'j.polakiewicz',
      reason: 'Board meeting moved.',
      announcedLate: false,
      // Format 3: decided, announced and keyed at once unless said otherwise.
      announcedAt: decided.at,
      recordedAt: decided.at,
      afterTheFactReason: null,
      voided: null,
    });
    expect(ledger.extensions()).toEqual([extension]);
    expect(ledger.auditEvents().at(-1)?.type).toBe('extension.recorded');
    expectRefusedAndUnchanged(
      ledger,
      () => ledger.addExtension({ fromExpiresAt: '2003-04-14T21:00:00.000Z', toExpiresAt: '2003-04-14T21:00:00.000Z', reason: 'none', announcedLate: false }, decided),
      'invalid-input',
    );
  });

  it('changing the settings adds a version: the new one is in force and the first is kept in the trail', () => {
    const { ledger } = newLedger();
    const changed = { ...ALPHA, cfoTitle: 'Chief Financial Officer and Treasurer', addressLines: ['33 Bridge Street', 'Suite 2', 'Pelham NH 03076'] };
    expect(ledger.updateSettings(changed, at('2003-03-02T12:00:00.000Z', 'setup'))).toEqual(changed);
    expect(ledger.settings()).toEqual(changed);
    expect(ledger.counts().settingsVersions).toBe(2);
    expect(ledger.auditEvents().map((e) => e.type)).toEqual(['offer.created', 'settings.updated']);
    expect(ledger.verify().ok).toBe(true);
  });

  it.each([
    ['no plans', { plans: [] }],
    ['an unknown time zone', { zone: 'EST5' + 'X' }],
    ['an expiration without milliseconds', { originalExpiresAt: '2003-03-31T22:00:00Z' }],
    ['an impossible commencement date', { commencedOn: '2003-02-29' }],
    ['no company name', { company: '' }],
  ])('settings with %s are refused and nothing changes', (_what, change) => {
    const { ledger } = newLedger();
    expectRefusedAndUnchanged(ledger, () => ledger.updateSettings({ ...ALPHA, ...change }, DESK), 'invalid-input');
    expect(ledger.settings()).toEqual(ALPHA);
  });
});
