// The intake preview answers with the desk's reasons instead of throwing, and recording refuses
// exactly what the preview blocks (leaving every table as it was).
import { describe, expect, it } from 'vitest';
import { on } from '../support/desk-call';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk, type Desk } from '../../main/services/desk';
import type { IntakePreviewDraft } from '../../main/ipc/contract';
import { isOfferDeskError } from '../../main/core/errors';
import { alphaSession, everyRow } from './cli-helpers';

function withDesk(now: string, body: (desk: Desk, ledger: string) => void, operator: string | null = 'desk'): void {
  const s = alphaSession(now);
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock(now), operator });
  try {
    body(desk, s.ledger);
  } finally {
    desk.close();
  }
}

const form: IntakePreviewDraft = {
  employeeId: 'E1',
  kind: 'election',
  via: 'fax',
  receivedAt: '2003-03-10 09:00',
  tenders: [
    { grantId: 'A', shares: 1000 },
    { grantId: 'B', shares: 0 },
    { grantId: 'C', shares: 0 },
  ],
};

/** Recording the same draft is refused with the preview's first reason, and nothing is written. */
function expectRecordRefused(desk: Desk, ledger: string, draft: IntakePreviewDraft, reason: string): void {
  const before = everyRow(ledger);
  let message = '';
  try {
    on(desk)('intake:record', { draft: { ...draft, employeeId: draft.employeeId || 'E1' } });
  } catch (e: unknown) {
    if (!isOfferDeskError(e)) throw e;
    message = e.message;
  }
  expect(message).toBe(reason);
  expect(everyRow(ledger)).toBe(before);
}

describe('the intake preview says what blocks saving', () => {
  it('an empty form gets the desk\u2019s reasons, not an error: choose the holder, type the fax header time', () => {
    withDesk('2003-03-10T15:00:00.000Z', (desk) => {
      const p = on(desk)('intake:preview', { draft: { ...form, employeeId: '', receivedAt: '' } });
      expect(p).toEqual({ blocking: ['Choose the holder.', 'Type the receipt time from the fax header.'], lateKeyingRequired: false, outcome: null });
    });
  });

  it('an unreadable receipt time is named as such, with what core says is wrong, and is never replaced by another time', () => {
    withDesk('2003-03-10T15:00:00.000Z', (desk, ledger) => {
      const p = on(desk)('intake:preview', { draft: { ...form, receivedAt: '2003-03-1 9:00 garbage' } });
      expect(p.outcome).toBeNull();
      expect(p.blocking).toHaveLength(1);
      expect(p.blocking[0]).toMatch(/^The receipt time is unreadable: .*2003-03-1 9:00 garbage/);
      const before = everyRow(ledger);
      expect(() => on(desk)('intake:record', { draft: { ...form, receivedAt: '2003-03-1 9:00 garbage' } })).toThrow(/2003-03-1 9:00 garbage/);
      expect(everyRow(ledger)).toBe(before);
    });
  });

  it('a document marked "Not signed" cannot name a signer: blocked in the preview, refused on record, nothing written', () => {
    withDesk('2003-03-10T15:00:00.000Z', (desk, ledger) => {
      const unsignedNamed = { ...form, defects: ['unsigned' as const], signedBy: 'Zofia Łukasiewicz' };
      const p = on(desk)('intake:preview', { draft: unsignedNamed });
      expect(p.blocking).toEqual(['A document marked "Not signed" cannot name a signer: clear "Signed by", or untick "Not signed" if the paper is signed.']);
      expectRecordRefused(desk, ledger, unsignedNamed, p.blocking[0] ?? '');
      // Unsigned with no signer is a defective document the desk logs.
      expect(on(desk)('intake:preview', { draft: { ...form, defects: ['unsigned'], signedBy: null } }).blocking).toEqual([]);
    });
  });

  it('everything else the desk refuses is a blocking reason in the same words (a receipt in the future)', () => {
    withDesk('2003-03-10T15:00:00.000Z', (desk, ledger) => {
      const future = { ...form, receivedAt: '2003-03-10 10:00:01' };
      const p = on(desk)('intake:preview', { draft: future });
      expect(p.outcome).toBeNull();
      expect(p.blocking[0]).toMatch(/in the future/);
      expectRecordRefused(desk, ledger, future, p.blocking[0] ?? '');
    });
  });

  it('after 5:00 PM ET on the expiration day a timely fax asks for a written reason, and with one it previews', () => {
    withDesk('2003-03-31T22:30:00.000Z', (desk, ledger) => {
      const late = { ...form, receivedAt: '2003-03-31 16:30' };
      const p = on(desk)('intake:preview', { draft: late });
      expect(p.lateKeyingRequired).toBe(true);
      expect(p.blocking[0]).toMatch(/Intake locked at the expiration 2003-03-31 17:00:00 ET/);
      expectRecordRefused(desk, ledger, late, p.blocking[0] ?? '');
      const reasoned = on(desk)('intake:preview', { draft: { ...late, lateKeyingReason: 'Fax printed 16:30 per the machine log; keyed at 17:30.' } });
      expect(reasoned.blocking).toEqual([]);
      expect(reasoned.lateKeyingRequired).toBe(true);
      expect(reasoned.outcome?.timely).toBe(true);
    });
  });

  it('a draft that can be saved previews what saving then does, to the word', () => {
    withDesk('2003-03-10T15:00:00.000Z', (desk) => {
      const p = on(desk)('intake:preview', { draft: form });
      expect(p.blocking).toEqual([]);
      expect(p.outcome?.timely).toBe(true);
      expect(on(desk)('intake:record', { draft: form }).changes).toEqual(p.outcome?.changes);
    });
  });

  it('nothing is recorded before the person keying has said who they are (never the computer’s user): the preview says so', () => {
    withDesk(
      '2003-03-10T15:00:00.000Z',
      (desk, ledger) => {
        const p = on(desk)('intake:preview', { draft: form });
        expect(p.blocking).toEqual([expect.stringMatching(/^Say who is keying first/)]);
        expectRecordRefused(desk, ledger, form, p.blocking[0] ?? '');
        desk.setOperator('Mary Clerk');
        expect(on(desk)('intake:preview', { draft: form }).blocking).toEqual([]);
        expect(on(desk)('intake:record', { draft: form }).document.operator).toBe('Mary Clerk');
      },
      null,
    );
  });
  it('paper from someone not on the roster previews, logged deliberately: the name as written is asked for, then nothing changes', () => {
    withDesk('2003-03-10T15:00:00.000Z', (desk) => {
      const paper: IntakePreviewDraft = { ...form, employeeId: 'E999', tenders: [{ grantId: 'Z-1', shares: 10 }] };
      // Without the deliberate choice an unknown id blocks, as a likely typo.
      expect(on(desk)('intake:preview', { draft: paper }).blocking).toEqual(['No holder with employee id E999 is on the eligibility roster.']);
      expect(on(desk)('intake:preview', { draft: { ...paper, notOnRosterName: '' } }).blocking).toEqual(["Type the sender's name as written on the paper."]);
      expect(on(desk)('intake:preview', { draft: { ...paper, employeeId: '', notOnRosterName: 'Jon Smyth' } }).blocking).toEqual(['Type the employee id as written on the paper.']);
      const r = on(desk)('intake:preview', { draft: { ...paper, notOnRosterName: 'Jon Smyth' } });
      expect(r.blocking).toEqual([]);
      expect(r.outcome?.holder).toMatchObject({ employeeId: 'E999', name: 'Jon Smyth' });
      expect(r.outcome?.after.state).toBe(r.outcome?.before.state);
      expect(r.outcome?.after.grants).toEqual([]);
      expect(r.outcome?.changes.join(' ')).toMatch(/not-on-roster \(open\)\. It has no effect and never can/);
      // Someone on the roster is never logged as not on it.
      expect(on(desk)('intake:preview', { draft: { ...form, notOnRosterName: 'Someone' } }).blocking[0]).toMatch(/E1 is on the roster/);
    });
  });
});
