import { describe, expect, it } from 'vitest';
import { assessHolder, type AssessHolderInput } from '../../main/core/elections';
import { OfferDeskError } from '../../main/core/errors';
import type { Cure, Grant, HolderElection, ReceivedDocument, Waiver } from '../../main/core/types';
import { ALPHA, EXPIRES, cure, electionForm, et, grant, notice, waiver } from './offer-fixtures';

// Grants A and B predate the look-back window (2002-08-28), so only what the form says counts.
const A = grant('E1', 'A', '1998-06-01', 1000);
const B = grant('E1', 'B', '2001-05-07', 2000);

function assess(documents: ReceivedDocument[], more: Partial<AssessHolderInput> = {}): HolderElection {
  return assessHolder({ settings: ALPHA, expiresAt: EXPIRES, grants: [A, B], documents, cures: [], waivers: [], ...more });
}

const tendered = (e: HolderElection) => Object.fromEntries(e.grants.map((g) => [g.grantId, g.sharesTendered]));
const standingOf = (e: HolderElection, id: number) => e.documents.find((d) => d.documentId === id);

describe('worked example 1: the holder flips back and forth until 5:00 PM ET', () => {
  const first = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }, { grantId: 'B', shares: 2000 }]);
  const withdrawal = notice(2, 'E1', '2003-03-27 15:00');
  const again = electionForm(3, 'E1', '2003-03-31 16:59:59', [{ grantId: 'A', shares: 1000 }]);
  const lateNotice = notice(4, 'E1', '2003-03-31 17:00:01');

  it('an Election Form tendering A and B received 03-20 10:00 ET tenders both', () => {
    const e = assess([first]);
    expect(e.state).toBe('tendered-all');
    expect(tendered(e)).toEqual({ A: 1000, B: 2000 });
  });

  it('a Notice received 03-27 15:00 ET then withdraws everything: nothing tendered', () => {
    const e = assess([first, withdrawal]);
    expect(e.state).toBe('tendered-none');
    expect(tendered(e)).toEqual({ A: 0, B: 0 });
    expect(e.governingDocumentId).toBe(2);
    expect(standingOf(e, 1)?.explanation).toBe('Superseded by the Notice received 2003-03-27 15:00:00 ET.');
  });

  it('a new Election Form tendering A only, received 03-31 16:59:59 ET: A tendered, B kept', () => {
    const e = assess([first, withdrawal, again]);
    expect(e.state).toBe('tendered-part');
    expect(tendered(e)).toEqual({ A: 1000, B: 0 });
    expect(e.governingDocumentId).toBe(3);
  });

  it('another Notice received 03-31 17:00:01 ET is logged as late and A stays tendered', () => {
    const e = assess([lateNotice, again, withdrawal, first]); // the order documents arrive in the list does not matter
    expect(tendered(e)).toEqual({ A: 1000, B: 0 });
    expect(e.governingDocumentId).toBe(3);
    expect(e.documents.map((d) => [d.documentId, d.standing])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'governing'],
      [4, 'late'],
    ]);
    expect(standingOf(e, 4)).toMatchObject({ timely: false, properlyMade: true });
    expect(standingOf(e, 4)?.explanation).toBe(
      'Late: received 2003-03-31 17:00:01 ET, after the expiration 2003-03-31 17:00:00 ET; it has no effect.',
    );
    expect(e.explanation).toBe(
      'Governed by the Election Form received 2003-03-31 16:59:59 ET, which supersedes 2 earlier documents; ' +
        'the Notice received 2003-03-31 17:00:01 ET was late. Tendered: A (1,000 of 1,000 shares); kept: B.',
    );
  });
});

describe('the deadline to the second', () => {
  const form = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }]);

  it('a Notice received at exactly 5:00:00 PM ET withdraws the tender', () => {
    const e = assess([form, notice(2, 'E1', '2003-03-31 17:00:00')]);
    expect(e.governingDocumentId).toBe(2);
    expect(e.state).toBe('tendered-none');
  });

  it('a Notice received one second after 5:00 PM ET has no effect', () => {
    const e = assess([form, notice(2, 'E1', '2003-03-31 17:00:01')]);
    expect(e.governingDocumentId).toBe(1);
    expect(tendered(e)).toEqual({ A: 1000, B: 0 });
  });

  it('after an extension to 2003-04-14 17:00 ET (21:00 UTC) a Notice faxed at 20:30 UTC governs and one at 21:30 UTC does not', () => {
    const extended = et('2003-04-14 17:00');
    const timely = { ...notice(2, 'E1', '2003-04-14 16:30'), receivedAt: '2003-04-14T20:30:00.000Z' };
    const late = { ...notice(3, 'E1', '2003-04-14 17:30'), receivedAt: '2003-04-14T21:30:00.000Z' };
    expect(assess([form, timely], { expiresAt: extended }).governingDocumentId).toBe(2);
    const e = assess([form, late], { expiresAt: extended });
    expect(e.governingDocumentId).toBe(1);
    expect(standingOf(e, 3)?.explanation).toBe(
      'Late: received 2003-04-14 17:30:00 ET, after the expiration 2003-04-14 17:00:00 ET; it has no effect.',
    );
  });
});

describe('an Election Form replaces every earlier document in full', () => {
  it('a grant the new form does not name is tendered at 0 shares', () => {
    const e = assess([
      electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }, { grantId: 'B', shares: 2000 }]),
      electionForm(2, 'E1', '2003-03-25 10:00', [{ grantId: 'B', shares: 500 }]),
    ]);
    expect(tendered(e)).toEqual({ A: 0, B: 500 });
    expect(e.state).toBe('tendered-part');
    expect(e.explanation).toContain('Tendered: B (500 of 2,000 shares); kept: A.');
  });

  it('a holder with no documents has tendered nothing', () => {
    const e = assess([]);
    expect(e).toMatchObject({ employeeId: 'E1', governingDocumentId: null, state: 'tendered-none' });
    expect(e.explanation).toBe('No document has been received from this holder. Nothing is tendered.');
  });
});

describe('defective documents', () => {
  const form = electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }]);

  it('an unsigned Notice has no effect until cured or waived', () => {
    const e = assess([form, notice(2, 'E1', '2003-03-27 15:00', { defects: ['unsigned'] })]);
    expect(e.governingDocumentId).toBe(1);
    expect(standingOf(e, 2)?.standing).toBe('defective');
    expect(standingOf(e, 2)?.explanation).toBe('Defective: unsigned (open). It has no effect until cured or waived.');
    expect(e.explanation).toBe(
      'Governed by the Election Form received 2003-03-20 10:00:00 ET; the Notice received 2003-03-27 15:00:00 ET is defective ' +
        '(unsigned: open) and has no effect until cured or waived. Tendered: A (1,000 of 1,000 shares); kept: B.',
    );
  });

  it('a Notice cured before the expiration withdraws the tender', () => {
    const e = assess([form, notice(2, 'E1', '2003-03-27 15:00', { defects: ['unsigned'] })], {
      cures: [cure(1, 2, 'unsigned', '2003-03-31 11:00')],
    });
    expect(e.governingDocumentId).toBe(2);
    expect(e.state).toBe('tendered-none');
  });

  it('a Notice cured after the cure deadline still has no effect, and the explanation says why', () => {
    const e = assess([form, notice(2, 'E1', '2003-03-27 15:00', { defects: ['unsigned'] })], {
      cures: [cure(1, 2, 'unsigned', '2003-04-01 09:00')],
    });
    expect(e.governingDocumentId).toBe(1);
    expect(standingOf(e, 2)?.standing).toBe('defective');
    expect(standingOf(e, 2)?.explanation).toBe(
      'Defective: unsigned (cure received 2003-04-01 09:00:00 ET, after the cure deadline 2003-03-31 17:00:00 ET). ' +
        'It has no effect until cured or waived.',
    );
  });

  it('a late document that is also defective is called late: lateness can never be cured', () => {
    const e = assess([form, notice(2, 'E1', '2003-04-01 09:00', { defects: ['unsigned'] })]);
    expect(standingOf(e, 2)?.standing).toBe('late');
  });

  it('a cured document takes its place by its original receipt time, ahead of an earlier document', () => {
    // Notice 03-25 (fine); Election Form received 03-26 unsigned, cured 03-28: the form governs.
    const docs = [
      notice(1, 'E1', '2003-03-25 09:00'),
      electionForm(2, 'E1', '2003-03-26 10:00', [{ grantId: 'A', shares: 1000 }], { defects: ['unsigned'] }),
    ];
    expect(assess(docs).governingDocumentId).toBe(1);
    const e = assess(docs, { cures: [cure(1, 2, 'unsigned', '2003-03-28 14:00')] });
    expect(e.governingDocumentId).toBe(2);
    expect(standingOf(e, 2)?.explanation).toBe(
      'Governs: received 2003-03-26 10:00:00 ET, the latest properly made document received by the expiration. ' +
        'Its defects are settled (unsigned cured 2003-03-28 14:00:00 ET), so it takes its place by its original receipt time 2003-03-26 10:00:00 ET.',
    );
  });

  it('but a later properly made document still supersedes the cured one, even if the cure came after it', () => {
    // Form received 03-26 unsigned; Notice received 03-27; the form is cured on 03-28.
    // The form counts from 03-26, so the Notice of 03-27 is the latest and governs.
    const e = assess(
      [
        electionForm(1, 'E1', '2003-03-26 10:00', [{ grantId: 'A', shares: 1000 }], { defects: ['unsigned'] }),
        notice(2, 'E1', '2003-03-27 15:00'),
      ],
      { cures: [cure(1, 1, 'unsigned', '2003-03-28 14:00')] },
    );
    expect(e.governingDocumentId).toBe(2);
    expect(e.state).toBe('tendered-none');
    expect(standingOf(e, 1)?.standing).toBe('superseded');
    expect(standingOf(e, 1)?.explanation).toBe(
      'Superseded by the Notice received 2003-03-27 15:00:00 ET. Its defects are settled (unsigned cured 2003-03-28 14:00:00 ET), ' +
        'so it takes its place by its original receipt time 2003-03-26 10:00:00 ET.',
    );
  });

  it('one waiver of "no e-mail" gives effect to the Notices of two different holders', () => {
    const waivers: Waiver[] = [waiver(9, 'no-email', '2003-03-30 10:00')];
    const cures: Cure[] = [];
    const ann = assessHolder({
      settings: ALPHA,
      expiresAt: EXPIRES,
      grants: [A],
      documents: [electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }]), notice(2, 'E1', '2003-03-27 15:00', { defects: ['no-email'] })],
      cures,
      waivers,
    });
    const bob = assessHolder({
      settings: ALPHA,
      expiresAt: EXPIRES,
      grants: [grant('E2', 'C', '1999-01-04', 400)],
      documents: [electionForm(3, 'E2', '2003-03-21 10:00', [{ grantId: 'C', shares: 400 }], { defects: ['no-email', 'no-date-time'] })],
      cures: [cure(1, 3, 'no-date-time', '2003-03-24 10:00')],
      waivers,
    });
    expect(ann.governingDocumentId).toBe(2);
    expect(ann.state).toBe('tendered-none');
    expect(bob.governingDocumentId).toBe(3);
    expect(bob.state).toBe('tendered-all');
    expect(bob.documents[0]?.defects.map((d) => d.state)).toEqual(['waived', 'cured']);
    expect(bob.documents[0]?.explanation).toContain('no-email waived for the whole offer (waiver #9)');
  });

  it('with no properly made timely document nothing governs, and the desk is told why', () => {
    const e = assess([electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }], { defects: ['no-id-number'] })]);
    expect(e.governingDocumentId).toBeNull();
    expect(e.state).toBe('tendered-none');
    expect(e.explanation).toBe(
      'No document governs: the Election Form received 2003-03-20 10:00:00 ET is defective (no-id-number: open) ' +
        'and has no effect until cured or waived. Nothing is tendered.',
    );
  });
});

describe('two documents received at the same instant', () => {
  it('the one recorded later (higher id) is taken as the later, and the explanation says so', () => {
    const e = assess([
      notice(8, 'E1', '2003-03-31 16:00'),
      electionForm(7, 'E1', '2003-03-31 16:00', [{ grantId: 'A', shares: 1000 }]),
    ]);
    expect(e.governingDocumentId).toBe(8);
    expect(e.explanation).toContain('Governed by the Notice received 2003-03-31 16:00:00 ET (recorded after document #7, received at the same instant)');
    expect(standingOf(e, 7)?.explanation).toBe(
      'Superseded by the Notice received 2003-03-31 16:00:00 ET (received at the same instant; the one recorded later, #8, is taken as the later).',
    );
    expect(standingOf(e, 8)?.explanation).toContain('Document #7 was received at the same instant');
  });
});

describe('the look-back rule', () => {
  // C was granted 2002-09-16, on or after 2002-08-28: required whenever anything is tendered.
  const C = grant('E1', 'C', '2002-09-16', 9250);
  const withC = (documents: ReceivedDocument[]) =>
    assessHolder({ settings: ALPHA, expiresAt: EXPIRES, grants: [A, B, C] as Grant[], documents, cures: [], waivers: [] });

  it('tendering grant A alone also tenders the recent grant C in full, and says so', () => {
    const e = withC([electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1000 }])]);
    expect(e.grants).toEqual([
      { grantId: 'A', sharesEligible: 1000, sharesTendered: 1000, required: false, raisedByLookback: false },
      { grantId: 'B', sharesEligible: 2000, sharesTendered: 0, required: false, raisedByLookback: false },
      { grantId: 'C', sharesEligible: 9250, sharesTendered: 9250, required: true, raisedByLookback: true },
    ]);
    expect(e.state).toBe('tendered-part');
    expect(e.explanation).toContain(
      'Under the look-back rule grant C (granted 2002-09-16) is tendered in full, more than the form said, because anything tendered carries every grant made on or after 2002-08-28.',
    );
  });

  it('a partial tender of the recent grant is raised to the whole grant', () => {
    const e = withC([electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'C', shares: 100 }])]);
    expect(e.grants.find((g) => g.grantId === 'C')).toMatchObject({ sharesTendered: 9250, raisedByLookback: true });
    expect(e.grants.find((g) => g.grantId === 'A')?.sharesTendered).toBe(0);
  });

  it('a form that already tenders the recent grant in full is not marked as raised', () => {
    const e = withC([electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'C', shares: 9250 }])]);
    expect(e.grants.find((g) => g.grantId === 'C')).toMatchObject({ sharesTendered: 9250, required: true, raisedByLookback: false });
    expect(e.explanation).not.toContain('look-back');
  });

  it('when nothing is tendered the recent grant stays with the holder, though still shown as required', () => {
    const e = withC([notice(1, 'E1', '2003-03-27 15:00')]);
    expect(e.grants.find((g) => g.grantId === 'C')).toMatchObject({ sharesTendered: 0, required: true, raisedByLookback: false });
    expect(e.explanation).toContain('nothing is tendered and the holder keeps all Old Options');
  });

  it('tendering every grant in full is "tendered-all"', () => {
    const e = withC([
      electionForm(1, 'E1', '2003-03-20 10:00', [
        { grantId: 'A', shares: 1000 },
        { grantId: 'B', shares: 2000 },
      ]),
    ]);
    expect(e.state).toBe('tendered-all');
    expect(e.explanation).toContain('Every eligible grant is tendered in full (12,250 shares).');
  });
});

describe('records that cannot be given an effect are refused, not guessed at', () => {
  it('an Election Form naming a grant the holder does not hold', () => {
    expect(() => assess([electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'Z', shares: 1 }])])).toThrow(
      'Document #1: Grant "Z" is not one of this holder\'s eligible grants.',
    );
  });

  it('an Election Form tendering more shares than the grant has', () => {
    expect(() => assess([electionForm(1, 'E1', '2003-03-20 10:00', [{ grantId: 'A', shares: 1001 }])])).toThrow(
      'more than the 1000 shares outstanding',
    );
  });

  it("documents of two holders in one assessment", () => {
    let err: unknown;
    try {
      assess([notice(1, 'E2', '2003-03-20 10:00')]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OfferDeskError);
    expect((err as OfferDeskError).message).toContain('two holders (E1 and E2)');
  });
});
