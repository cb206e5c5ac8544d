import { describe, expect, it } from 'vitest';
import {
  applicableDefects,
  assessDefects,
  checkDefectsAllowed,
  describeDefect,
  isProperlyMade,
} from '../../main/core/defects';
import { OfferDeskError } from '../../main/core/errors';
import { DEFECT_KINDS, isPaperDefect, type DefectKind } from '../../main/core/types';
import { EXPIRES, cure, electionForm, et, notice, waiver } from './offer-fixtures';

describe('which intake checks apply to which paper', () => {
  it('an Election Form signed by the holder has no withdrawal box and needs no evidence of authority', () => {
    expect(applicableDefects('election', 'holder')).toEqual([
      'unsigned',
      'signature-mismatch',
      'name-mismatch',
      'no-date-time',
      'no-email',
      'no-id-number',
    ]);
  });

  it('a Notice signed by a trustee can have every defect, including the unmarked box and no evidence of authority', () => {
    // Every box the desk ticks; paper that can never count (not on the roster, a grant not the
    // holder's) is logged by a deliberate choice instead.
    expect(applicableDefects('notice', 'trustee')).toEqual(DEFECT_KINDS.filter((d) => !isPaperDefect(d)));
  });

  it('refuses "withdrawal box unmarked" on an Election Form, naming the defect', () => {
    expect(() => checkDefectsAllowed('election', 'holder', ['withdraw-box-unmarked'])).toThrow(
      'The defect "withdraw-box-unmarked" does not apply to an Election Form: only a Notice has the withdrawal box.',
    );
  });

  it('refuses "no evidence of authority" when the holder signed personally', () => {
    let err: unknown;
    try {
      checkDefectsAllowed('notice', 'holder', ['unsigned', 'no-authority-evidence']);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OfferDeskError);
    expect((err as OfferDeskError).code).toBe('invalid-input');
    expect((err as OfferDeskError).message).toContain('"no-authority-evidence" does not apply when the holder signed personally');
  });

  it('refuses a defect listed twice and a defect nobody has heard of', () => {
    expect(() => checkDefectsAllowed('notice', 'executor', ['unsigned', 'unsigned'])).toThrow('listed twice');
    expect(() => checkDefectsAllowed('notice', 'executor', ['smudged' as DefectKind])).toThrow('"smudged" is not a known defect');
  });

  it('accepts defects that fit the paper', () => {
    expect(() => checkDefectsAllowed('notice', 'attorney-in-fact', ['withdraw-box-unmarked', 'no-authority-evidence'])).not.toThrow();
  });

  it('describes every defect in words', () => {
    for (const d of DEFECT_KINDS) expect(describeDefect(d).length).toBeGreaterThan(5);
    expect(describeDefect('unsigned')).toBe('not signed');
  });
});

describe('cures and waivers', () => {
  const unsigned = notice(1, 'E1', '2003-03-27 15:00', { defects: ['unsigned', 'no-email'] });

  it('a defect with no cure and no waiver stays open, and the document is not properly made', () => {
    const statuses = assessDefects(unsigned, [], [], EXPIRES);
    expect(statuses.map((s) => s.state)).toEqual(['open', 'open']);
    expect(isProperlyMade(statuses)).toBe(false);
  });

  it('a cure received before the expiration cures the defect', () => {
    const statuses = assessDefects(unsigned, [cure(1, 1, 'unsigned', '2003-03-31 12:00'), cure(2, 1, 'no-email', '2003-03-28 09:00')], [], EXPIRES);
    expect(statuses).toEqual([
      { defect: 'unsigned', state: 'cured', curedAt: et('2003-03-31 12:00'), waiverId: null },
      { defect: 'no-email', state: 'cured', curedAt: et('2003-03-28 09:00'), waiverId: null },
    ]);
    expect(isProperlyMade(statuses)).toBe(true);
  });

  it('a cure received exactly at the cure deadline counts', () => {
    const statuses = assessDefects(unsigned, [cure(1, 1, 'unsigned', '2003-03-31 17:00'), cure(2, 1, 'no-email', '2003-03-31 17:00')], [], EXPIRES);
    expect(isProperlyMade(statuses)).toBe(true);
  });

  it('a cure received after the cure deadline is too late and the document stays without effect', () => {
    const statuses = assessDefects(unsigned, [cure(1, 1, 'unsigned', '2003-03-31 17:00:01'), cure(2, 1, 'no-email', '2003-03-28 09:00')], [], EXPIRES);
    expect(statuses[0]).toEqual({ defect: 'unsigned', state: 'cure-late', curedAt: et('2003-03-31 17:00:01'), waiverId: null });
    expect(isProperlyMade(statuses)).toBe(false);
  });

  it('a cure deadline set by the Company for the document replaces the expiration', () => {
    const withDeadline = notice(1, 'E1', '2003-03-27 15:00', { defects: ['unsigned'], cureDeadline: et('2003-04-02 17:00') });
    const statuses = assessDefects(withDeadline, [cure(1, 1, 'unsigned', '2003-04-01 10:00')], [], EXPIRES);
    expect(statuses[0]?.state).toBe('cured');
  });

  it("a cure of another document's defect does not cure this one", () => {
    const statuses = assessDefects(unsigned, [cure(1, 99, 'unsigned', '2003-03-28 09:00')], [], EXPIRES);
    expect(statuses[0]?.state).toBe('open');
  });

  it('a waiver of a kind of defect settles it on this document without any cure', () => {
    const statuses = assessDefects(unsigned, [cure(2, 1, 'no-email', '2003-03-28 09:00')], [waiver(5, 'unsigned', '2003-04-01 10:00')], EXPIRES);
    expect(statuses[0]).toEqual({ defect: 'unsigned', state: 'waived', curedAt: null, waiverId: 5 });
    expect(isProperlyMade(statuses)).toBe(true);
  });

  it('a waiver is offer-wide: it settles the same defect on an Election Form of another holder', () => {
    const other = electionForm(2, 'E2', '2003-03-21 11:00', [], { defects: ['no-email'] });
    const waivers = [waiver(6, 'no-email', '2003-03-30 10:00')];
    expect(assessDefects(unsigned, [], waivers, EXPIRES)[1]?.state).toBe('waived');
    expect(assessDefects(other, [], waivers, EXPIRES)[0]?.state).toBe('waived');
  });
});
