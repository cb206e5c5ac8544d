// The rules about voided records and paper that can never count, as core applies them.
import { describe, expect, it } from 'vitest';
import { letterNoLongerFits } from '../../main/core/corrections';
import { assessDefects } from '../../main/core/defects';
import { assessHolder } from '../../main/core/elections';
import { currentExpiration, newestExtension } from '../../main/core/schedule';
import type { Extension, ReceivedDocument } from '../../main/core/types';
import { ALPHA, EXPIRES, electionForm, et, grant, notice, waiver } from './offer-fixtures';

const GRANTS = [grant('E1', 'A', '2000-01-15', 1000), grant('E1', 'B', '1998-06-01', 500)];
const voided = (doc: ReceivedDocument, reason = 'keyed by mistake'): ReceivedDocument => ({
  ...doc,
  voided: { reason, voidedAt: et('2003-03-25 10:00'), operator: 'mary.clerk', replacedBy: null },
});
const assess = (documents: ReceivedDocument[], waivers = [] as ReturnType<typeof waiver>[]) =>
  assessHolder({ settings: ALPHA, expiresAt: EXPIRES, grants: GRANTS, documents, cures: [], waivers });

describe('a voided document stays on record and counts for nothing', () => {
  it('a voided Notice no longer withdraws the Election Form before it', () => {
    const form = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }]);
    const wrong = voided(notice(2, 'E1', '2003-03-21 10:00'), 'Notice belongs to E2');
    const e = assess([form, wrong]);
    expect(e.governingDocumentId).toBe(1);
    expect(e.grants.map((g) => [g.grantId, g.sharesTendered])).toEqual([['A', 1000], ['B', 0]]);
    expect(e.documents.map((a) => [a.documentId, a.standing])).toEqual([[1, 'governing'], [2, 'void']]);
    expect(e.documents[1]?.explanation).toMatch(/Void: voided 2003-03-25 10:00:00 ET by mary.clerk \(Notice belongs to E2\)/);
    // The holder's explanation never leans on the void document.
    expect(e.explanation).not.toMatch(/#2/);
  });
});

describe('paper that can never count', () => {
  it('a form naming a grant that is not the holder\'s keeps its lines as written and is never properly made', () => {
    const form = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'D', shares: 2000 }], { defects: ['grant-not-eligible'] });
    const e = assess([form]);
    expect(e.documents[0]).toMatchObject({ standing: 'defective', properlyMade: false });
    expect(e.state).toBe('tendered-none');
  });

  it('a waiver can never settle not-on-roster or grant-not-eligible', () => {
    const form = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'D', shares: 2000 }], { defects: ['grant-not-eligible'] });
    // Even a waiver on record (which the ledger refuses to write) would not make it count.
    const odd = { ...waiver(1, 'no-email', '2003-03-21 10:00'), defect: 'grant-not-eligible' as const };
    expect(assessDefects(form, [], [odd], EXPIRES)).toEqual([{ defect: 'grant-not-eligible', state: 'open', curedAt: null, waiverId: null }]);
  });

  it('a voided waiver settles nothing: that kind of defect is open again', () => {
    const form = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }], { defects: ['no-email'] });
    const w = waiver(1, 'no-email', '2003-03-21 10:00');
    expect(assess([form], [w]).documents[0]?.standing).toBe('governing');
    expect(assess([form], [{ ...w, voided: { reason: 'by mistake', voidedAt: et('2003-03-22 10:00'), operator: 'x' } }]).documents[0]?.standing).toBe('defective');
  });
});

describe('a voided extension moves nothing', () => {
  const ext = (id: number, to: string, decided: string): Extension => ({
    id,
    fromExpiresAt: EXPIRES,
    toExpiresAt: et(to),
    decidedAt: et(decided),
    operator: 'cfo',
    reason: 'board',
    announcedLate: false,
  });
  it('the expiration reverts to the one before the voided extension', () => {
    const first = ext(1, '2003-04-14 17:00', '2003-03-28 10:00');
    const second = ext(2, '2004-04-21 17:00', '2003-04-10 10:00');
    expect(currentExpiration(ALPHA, [first, second])).toBe(et('2004-04-21 17:00'));
    const typo = { ...second, voided: { reason: 'year typo', voidedAt: et('2003-04-10 11:00'), operator: 'cfo' } };
    expect(currentExpiration(ALPHA, [first, typo])).toBe(et('2003-04-14 17:00'));
    expect(newestExtension([first, typo])?.id).toBe(1);
  });
});

describe('letters that no longer fit their document call for a correction letter', () => {
  it('a late-delivery notice of a document now timely, a confirmation of a document now late, any letter of a void document', () => {
    expect(letterNoLongerFits('late-delivery', 'governing')).toBe(true);
    expect(letterNoLongerFits('late-delivery', 'late')).toBe(false);
    expect(letterNoLongerFits('confirmation', 'late')).toBe(true);
    expect(letterNoLongerFits('confirmation', 'superseded')).toBe(false);
    expect(letterNoLongerFits('confirmation', 'void')).toBe(true);
  });
});
