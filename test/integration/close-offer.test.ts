// Closing the offer through the channels the window and the CLI use: allowed only once the Company
// can no longer announce an extension (9:00 a.m. ET on the business day after the expiration in
// force), it freezes the results as they stand, lists the documents still defective, and fixes the
// cancellation and new grant dates (the rules', or others with a written reason).
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../main/ipc/contract';
import { resultsOf } from '../../main/services/offer-results';
import type { CloseResult } from '../../main/ipc/dto';
import { everyRow } from './cli-helpers';
import { paperOnTheDesk, type LetterDesk } from './letters-desk-fixtures';
import { windowCalls } from './window-calls';
import { createHandlerTable, dispatch, type HandlerContext } from '../../main/ipc/handlers';

function window(d: LetterDesk) {
  const { call, ok } = windowCalls(d.desk);
  const refused = (channel: Channel, payload: unknown, code: string, message: RegExp) => {
    const before = everyRow(d.ledgerPath);
    const r = call(channel, payload);
    expect(r.ok, JSON.stringify(r)).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
    expect(everyRow(d.ledgerPath)).toBe(before);
  };
  return { call, ok, refused };
}

const CFO = 'James Polakiewicz';

describe('when the offer may be closed', () => {
  it('not until after 9:00 a.m. ET on the business day after the expiration: until then the Company may still extend the offer', () => {
    const d = paperOnTheDesk();
    const w = window(d);
    d.at('2003-03-31 17:30');
    const early = w.ok('close:preview', {});
    expect(early).toMatchObject({ allowed: false, allowedAfterText: '2003-04-01 09:00:00 ET', closed: null });
    expect(early.notAllowedBecause).toMatch(/only after 2003-04-01 09:00:00 ET/);
    w.refused('close:record', { closedBy: CFO }, 'invalid-input', /The offer can be closed only after 2003-04-01 09:00:00 ET/);
    // At 9:00:00 exactly an extension is still announced in time.
    d.at('2003-04-01 09:00');
    w.refused('close:record', { closedBy: CFO }, 'invalid-input', /only after 2003-04-01 09:00:00 ET/);
    d.at('2003-04-01 09:01');
    expect(w.ok('close:preview', {})).toMatchObject({ allowed: true, notAllowedBecause: null });
    expect(w.ok('close:record', { closedBy: CFO }).closing).toMatchObject({ closedBy: CFO, operator: 'mary.clerk', closedAtText: '2003-04-01 09:01:00 ET' });
  });

  it('an extension moves the moment the close is allowed to the announcement limit of the new expiration', () => {
    const d = paperOnTheDesk();
    const w = window(d);
    d.at('2003-03-31 12:00');
    w.ok('extensions:record', { to: '2003-04-04 17:00', reason: 'The board extended the offer to Friday.' });
    d.at('2003-04-01 10:00');
    w.refused('close:record', { closedBy: CFO }, 'invalid-input', /only after 2003-04-07 09:00:00 ET/);
    d.at('2003-04-07 09:30');
    const r = w.ok('close:record', { closedBy: CFO });
    // Cancelled the first business day after the new expiration; granted six months and one day later.
    expect(r.closing).toMatchObject({ cancellationDate: '2003-04-07', newGrantDate: '2003-10-08', expiresAt: '2003-04-04T22:00:00.000Z' });
  });
});

describe('what the close freezes', () => {
  it('the figures are the results as they stand at the close, by plan and in total, with how each holder answered', () => {
    const d = paperOnTheDesk();
    const w = window(d);
    d.at('2003-04-01 10:00');
    const preview = w.ok('close:preview', {});
    const results = resultsOf(d.desk.parts);
    expect(preview.figures).toEqual({ totals: results.totals, byPlan: results.byPlan, participation: results.participation, defectiveAtClose: [3] });
    const r = w.ok('close:record', { closedBy: CFO });
    expect(r.figures).toEqual(preview.figures);
    // The record keeps them exactly, beside who closed it and the dates.
    expect(d.desk.ledger.closing()).toMatchObject({ closedBy: CFO, cancellationDate: '2003-04-01', newGrantDate: '2003-10-02', datesReason: null, figures: preview.figures });
    expect(d.desk.ledger.auditEvents().at(-1)?.type).toBe('offer.closed');
    expect(w.ok('audit:verify', {})).toMatchObject({ ok: true, problems: [] });
  });

  it("a document still defective at the close is listed with its holder, the document and its open defects: it counts as not properly made", () => {
    const d = paperOnTheDesk();
    const w = window(d);
    d.at('2003-04-01 10:00');
    const preview = w.ok('close:preview', {});
    expect(preview.defectiveAtClose).toEqual([
      { documentId: 3, employeeId: 'E3', name: "Patrick O'Brien", kind: 'election', receivedAtText: '2003-03-24 09:30:00 ET', openDefects: ['no-email'] },
    ]);
    // O'Brien's defective Election Form never counted: he is not responding, and nothing of his is accepted.
    const obrien = resultsOf(d.desk.parts).holders.find((h) => h.employeeId === 'E3');
    expect(obrien?.participation).toBe('not-responding');
    expect(w.ok('close:record', { closedBy: CFO }).defectiveAtClose.map((x) => x.documentId)).toEqual([3]);
  });

  it('the cancellation and new grant dates come from the rules: cancelled on the first business day after expiration (2003-04-01), granted on 2003-10-02', () => {
    const d = paperOnTheDesk();
    d.at('2003-04-01 10:00');
    expect(window(d).ok('close:preview', {})).toMatchObject({
      cancellationDate: '2003-04-01',
      newGrantDate: '2003-10-02',
      newGrantRule: 'the first business day on or after cancellation + 6 months + 1 day',
      officer: CFO,
      expiresAtText: '2003-03-31 17:00:00 ET',
    });
  });
});

describe('dates other than the rules', () => {
  it('other dates are recorded only with a written reason, and a reason is refused when the dates are the rules', () => {
    const d = paperOnTheDesk();
    const w = window(d);
    d.at('2003-04-01 10:00');
    w.refused('close:record', { closedBy: CFO, newGrantDate: '10/3/2003' }, 'invalid-input', /other dates \(2003-04-01, 2003-10-03\) are recorded only with a written reason/);
    w.refused('close:record', { closedBy: CFO, datesReason: 'The board asked.' }, 'invalid-input', /a reason is only for dates that differ from them/);
    // The rules' dates typed out are the rules' dates: no reason wanted.
    w.refused('close:record', { closedBy: CFO, cancellationDate: '2003-04-01', datesReason: 'The board asked.' }, 'invalid-input', /a reason is only for dates/);
    w.refused('close:record', { closedBy: CFO, cancellationDate: '2003-03-28', datesReason: 'Early.' }, 'invalid-input', /cannot be cancelled on 2003-03-28, before the offer expired/);
    w.refused('close:record', { closedBy: CFO, newGrantDate: '2003-02-30', datesReason: 'x' }, 'invalid-input', /new grant date/);
    const r = w.ok('close:record', { closedBy: CFO, newGrantDate: 'Oct 3 2003', datesReason: 'The compensation committee meets on October 3.' });
    expect(r.closing).toMatchObject({ cancellationDate: '2003-04-01', newGrantDate: '2003-10-03', datesReason: 'The compensation committee meets on October 3.' });
  });
});

describe('grants no exchange ratio covers', () => {
  it('the close is refused while an accepted grant has no ratio, naming each one', () => {
    const d = paperOnTheDesk();
    // Terms that cover the 1994 plan only; Zofia's grant A (1994) is covered, Taro's D (1994) too,
    // but Anders's 1985 grants are accepted with no ratio.
    d.desk.ledger.recordExchangeTerms({ ratios: [{ plan: '1994', priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 }], newGrantAfter: { months: 6, days: 1 } }, 'Board resolution of 2003-03-28.', {
      at: d.clock.now(),
      operator: 'mary.clerk',
    });
    const w = window(d);
    d.at('2003-04-01 10:00');
    const preview = w.ok('close:preview', {});
    expect(preview.allowed).toBe(false);
    expect(preview.uncovered.length).toBeGreaterThan(0);
    expect(preview.uncovered.every((u) => u.plan === '1985' && u.employeeId === 'E4')).toBe(true);
    w.refused('close:record', { closedBy: CFO }, 'invalid-input', /^No exchange ratio covers 13 accepted grant\(s\): E4 grant G-030 \(1985 plan, \$7\.1110\); .* and 3 more\. Record exchange terms that cover them before closing\.$/);
  });
});

describe('after the close', () => {
  it('every screen knows: the offer summary carries who closed it, when and the dates, and intake is not open', () => {
    const d = paperOnTheDesk();
    const w = window(d);
    d.at('2003-04-01 10:00');
    expect(w.ok('offer:get', {}).closing).toBeNull();
    w.ok('close:record', { closedBy: CFO });
    const offer = w.ok('offer:get', {});
    expect(offer.intakeOpen).toBe(false);
    expect(offer.closing).toMatchObject({ closedBy: CFO, closedAtText: '2003-04-01 10:00:00 ET', cancellationDate: '2003-04-01', newGrantDate: '2003-10-02', datesReason: null });
    expect(offer.closing?.sentence).toBe(
      'The offer was closed on 2003-04-01 10:00:00 ET by James Polakiewicz: the record takes no more changes. Viewing, the letters of the closing, the results, exports and verify still work.',
    );
    // The preview shows the close on record and offers no second one.
    expect(w.ok('close:preview', {})).toMatchObject({ allowed: false, closed: { closedBy: CFO } });
    w.refused('close:record', { closedBy: CFO }, 'offer-closed', /^The offer was closed on 2003-04-01 10:00:00 ET by James Polakiewicz/);
  });

  it('the step after the close (the automatic backup) runs once the close is committed, and its failure never undoes the close', () => {
    const d = paperOnTheDesk();
    d.at('2003-04-01 10:00');
    const seen: { closedInLedger: boolean; closedBy: string }[] = [];
    const ctx: HandlerContext = {
      desk: () => d.desk,
      afterClose: (reader, result: CloseResult) => {
        seen.push({ closedInLedger: reader.ledger.closing() !== null, closedBy: result.closing.closedBy });
        throw new Error('the backup folder is full');
      },
    };
    const r = dispatch(createHandlerTable(), ctx, 'close:record', { closedBy: CFO });
    expect(r.ok).toBe(true);
    expect(seen).toEqual([{ closedInLedger: true, closedBy: CFO }]);
    if (r.ok) expect((r.value as CloseResult).warnings).toEqual(['The offer is closed, but the step after the close failed: the backup folder is full']);
    expect(d.desk.ledger.closing()?.closedBy).toBe(CFO);
  });
});
