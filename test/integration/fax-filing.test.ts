// A fax from the inbox is on record before anyone files it, and filing it makes it the document:
// received exactly when the fax record says (and by that source) unless the operator types another
// time, which is kept and flagged as overridden. A fax is filed once, or set aside with a reason;
// it is never deleted, and verify replays every step.
import { afterEach, describe, expect, it } from 'vitest';
import { receiptFromInboxArrival, receiptFromServerLog } from '../../main/core/fax-receipt';
import type { FormCodeReading } from '../../main/core/form-code';
import type { NewFax } from '../../main/ledger/ledger';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk, type Desk } from '../../main/services/desk';
import { alphaSession, everyRow } from './cli-helpers';
import { tamper } from './ledger-fixtures';
import { windowCalls } from './window-calls';

const open: Desk[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

function session(now = '2003-03-31T21:30:00.000Z') {
  const s = alphaSession('2003-03-10T15:00:00.000Z');
  const clock = new ControllableClock(now);
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock, operator: 'Kim at the desk' });
  open.push(desk);
  return { s, clock, desk, ...windowCalls(desk) };
}

/** Bytes that start as a TIFF does (the ledger keeps them as received; reading them is another test's). */
function tiffBytes(tag: string): Buffer {
  return Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.from(tag)]);
}

const READ_E1: FormCodeReading = { status: 'read', employeeId: 'E1', kind: 'election', page: 1 };

/** Logged by the fax server as starting at 03/31/03 16:20 ET, 2 min 30 s long. */
function loggedFax(tag: string, code: FormCodeReading = READ_E1): NewFax {
  return {
    fileName: `${tag}.tif`,
    mediaType: 'image/tiff',
    bytes: tiffBytes(tag),
    pages: 2,
    receipt: receiptFromServerLog({ year: 2003, month: 3, day: 31, hour: 16, minute: 20 }, 150, 'America/New_York'),
    serverZone: 'America/New_York',
    logLine: `03/31/03 16:20\tRECV\t00000012\tttyS0\trecvq/${tag}.tif\t""\tfax\t"6036350000"\t"603 555 0101"\t0\t2\t0:02:30\t0:02:20\t""`,
    tiffDateTime: '2003:03:31 16:22:11',
    code,
    seenAt: '2003-03-31T21:22:40.120Z',
  };
}

describe('faxes from the inbox', () => {
  it("a fax is on record at once with its receipt window from the fax server's log, and verify replays it while it is unfiled", () => {
    const { desk, ok } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax001'), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    // Start 16:20 (somewhere in that minute) + 2:30 → the last page came in between 16:22:30 and 16:23:29 ET.
    expect(fax.receipt).toEqual({
      source: 'fax-server-log',
      callStartedAt: '2003-03-31T21:20:00.000Z',
      receivedFrom: '2003-03-31T21:22:30.000Z',
      receivedTo: '2003-03-31T21:23:29.000Z',
      receivedAt: '2003-03-31T21:23:29.000Z',
    });
    const list = ok('faxes:list', {});
    expect(list.unfiled).toBe(1);
    expect(list.faxes[0]).toMatchObject({
      id: fax.id,
      status: 'unfiled',
      windowText: "between 2003-03-31 16:22 ET and 2003-03-31 16:24 ET (the fax server's log)",
      straddles: false,
      code: { employeeId: 'E1', kind: 'election', holderName: 'Zofia Łukasiewicz' },
    });
    expect(ok('dashboard:get', {}).unfiledFaxes).toBe(1);
    const view = ok('faxes:get', { id: fax.id });
    expect(view.prefill).toEqual({ employeeId: 'E1', kind: 'election', receivedAt: '2003-03-31 16:23:29', pages: 2 });
    expect(view.tiffDateTime).toBe('2003:03:31 16:22:11');
    expect(desk.ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('filing the fax records the document received when the fax record says, attaches the fax, and takes it off the unfiled list', () => {
    const { s, desk, ok } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax002'), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    const view = ok('faxes:get', { id: fax.id });
    const draft = { employeeId: 'E1', kind: 'election', via: 'fax', receivedAt: view.prefill.receivedAt, tenders: [{ grantId: 'A', shares: 1000 }, { grantId: 'B', shares: 0 }, { grantId: 'C', shares: 300 }] };
    const preview = ok('intake:preview', { draft, faxId: fax.id });
    expect(preview.blocking).toEqual([]);
    const saved = ok('intake:record', { draft, faxId: fax.id });
    expect(saved.document).toMatchObject({ receivedAt: '2003-03-31T21:23:29.000Z', receiptSource: 'fax-server-log', via: 'fax', pages: 2 });
    const attachments = desk.ledger.attachments(saved.document.id);
    expect(attachments.map((a) => [a.fileName, a.sha256])).toEqual([['fax002.tif', fax.sha256]]);
    expect(ok('faxes:list', {}).faxes).toEqual([]);
    expect(ok('faxes:get', { id: fax.id })).toMatchObject({ status: 'filed', documentId: saved.document.id, disposition: { receiptOverridden: false } });
    expect(saved.after.grants.find((g) => g.grantId === 'A')?.sharesTendered).toBe(1000);
    // Filed once: a second filing is refused and nothing changes.
    const before = everyRow(s.ledger);
    const again = windowCalls(desk).call('intake:record', { draft, faxId: fax.id });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/^Fax \d+ \(fax002\.tif\) was already filed as document \d+ by Kim at the desk at 2003-03-31 16:30:00 ET\.$/);
    expect(everyRow(s.ledger)).toBe(before);
    expect(desk.ledger.verify()).toMatchObject({ ok: true, problems: [] });
  });

  it("a receipt time typed over the fax record's is kept, flagged as overridden, and said before saving", () => {
    const { desk, ok } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax003'), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    const draft = { employeeId: 'E2', kind: 'notice', via: 'fax', receivedAt: '3/31/2003 4:21 PM' };
    const preview = ok('intake:preview', { draft, faxId: fax.id });
    expect(preview.outcome?.warnings[0]).toBe(
      "The receipt time 2003-03-31 16:21:00 ET was typed over the fax record's 2003-03-31 16:23:29 ET: the document is flagged as overridden.",
    );
    const saved = ok('intake:record', { draft, faxId: fax.id });
    expect(saved.document).toMatchObject({ receivedAt: '2003-03-31T21:21:00.000Z', receiptSource: 'fax-header' });
    expect(ok('faxes:get', { id: fax.id }).disposition).toMatchObject({ receiptOverridden: true, documentId: saved.document.id });
    expect(desk.ledger.verify().ok).toBe(true);
  });

  it('a fax that is not an offer document is set aside with a written reason and stays on record', () => {
    const { s, desk, ok, call } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax004', { status: 'none' }), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    const before = everyRow(s.ledger);
    const blank = call('faxes:setAside', { id: fax.id, reason: '   ' });
    expect(blank.ok).toBe(false);
    expect(everyRow(s.ledger)).toBe(before);
    const aside = ok('faxes:setAside', { id: fax.id, reason: 'An advertisement for toner.' });
    expect(aside).toMatchObject({ status: 'set-aside', disposition: { notOfferReason: 'An advertisement for toner.', operator: 'Kim at the desk' } });
    expect(ok('faxes:list', {}).unfiled).toBe(0);
    expect(ok('faxes:list', { which: 'all' }).faxes.map((f) => f.id)).toEqual([fax.id]);
    const filing = call('intake:record', { draft: { employeeId: 'E1', kind: 'notice', via: 'fax', receivedAt: '2003-03-31 16:23:29' }, faxId: fax.id });
    expect(filing.ok).toBe(false);
    if (!filing.ok) expect(filing.error.message).toMatch(/was already set aside as not an offer document by Kim at the desk/);
    expect(desk.ledger.verify().ok).toBe(true);
  });

  it('a reception that began by 5:00 PM and ended after it is flagged for the CFO, with both instants', () => {
    const { desk, ok } = session('2003-04-01T13:00:00.000Z');
    const late = loggedFax('fax005');
    late.receipt = receiptFromServerLog({ year: 2003, month: 3, day: 31, hour: 16, minute: 59 }, 95, 'America/New_York');
    const fax = desk.ledger.recordFax(late, { at: '2003-03-31T22:02:00.000Z', operator: 'Offer Desk inbox' });
    const view = ok('faxes:get', { id: fax.id });
    expect(view.straddles).toBe(true);
    expect(view.straddleText).toBe(
      "Reception straddles the expiration 2003-03-31 17:00:00 ET: it began by 2003-03-31 16:59:00 ET and ended as late as 2003-03-31 17:01:34 ET. Whether it was received in time is the CFO's decision.",
    );
  });

  it('a fax seen only in the inbox is received when the desk saw it; the file time opens the window', () => {
    const r = receiptFromInboxArrival('2003-03-31T21:10:00.250Z', '2003-03-31T20:55:00.000Z');
    expect(r).toEqual({ source: 'inbox-arrival', callStartedAt: null, receivedFrom: '2003-03-31T20:55:00.000Z', receivedTo: '2003-03-31T21:10:00.250Z', receivedAt: '2003-03-31T21:10:01.000Z' });
    // A file time later than the desk's own sighting (another machine's clock) never moves the window.
    expect(receiptFromInboxArrival('2003-03-31T21:10:00.000Z', '2003-03-31T21:30:00.000Z').receivedFrom).toBe('2003-03-31T21:10:00.000Z');
  });

  it('a time typed from the paper never claims to come from the fax server or the inbox', () => {
    const { s, call } = session();
    const before = everyRow(s.ledger);
    const r = call('intake:record', { draft: { employeeId: 'E1', kind: 'notice', via: 'fax', receivedAt: '2003-03-31 16:00', receiptSource: 'fax-server-log' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('The receipt source fax-server-log is given only by filing a fax from the inbox; for a time typed from the paper choose fax-header or desk-stamp.');
    expect(everyRow(s.ledger)).toBe(before);
  });
});

describe('a document filed from a fax', () => {
  it("says so on the holder's record: which fax, its receipt window, and whether the time was typed over it", () => {
    const { desk, ok } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax006'), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    const saved = ok('intake:record', { draft: { employeeId: 'E2', kind: 'notice', via: 'fax', receivedAt: '2003-03-31 16:23:29' }, faxId: fax.id });
    const doc = ok('holders:get', { employeeId: 'E2' }).documents.find((d) => d.id === saved.document.id);
    expect(doc?.fromFax).toEqual({ faxId: fax.id, fileName: 'fax006.tif', windowText: "between 2003-03-31 16:22 ET and 2003-03-31 16:24 ET (the fax server's log)", receiptOverridden: false });
  });
});

describe('a fax on record cannot be changed outside the desk unnoticed', () => {
  it("swapped fax bytes are named by verify: they no longer match the sha256 in the fax's audit event", () => {
    const { s, desk } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax007'), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    desk.close();
    open.splice(0);
    tamper(s.ledger, 'UPDATE faxes SET bytes = ? WHERE id = ?', tiffBytes('forged'), fax.id);
    const again = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock('2003-04-01T13:00:00.000Z'), operator: 'cfo' });
    open.push(again);
    const report = again.ledger.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.stringMatching(new RegExp(`^fax ${fax.id}: its bytes no longer match the sha256 recorded in audit event \\d+`)));
  });
});

describe("the operator's choice against the form's code", () => {
  it('a holder or form other than the one the code names is said before saving; the choice is what is recorded', () => {
    const { desk, ok } = session();
    const fax = desk.ledger.recordFax(loggedFax('fax008'), { at: '2003-03-31T21:22:41.000Z', operator: 'Offer Desk inbox' });
    const draft = { employeeId: 'E2', kind: 'notice', via: 'fax', receivedAt: '2003-03-31 16:23:29' };
    const preview = ok('intake:preview', { draft, faxId: fax.id });
    expect(preview.outcome?.warnings).toContain("The form's code names Zofia Łukasiewicz (E1), Election Form; this is being filed as E2's Notice to Change Election. Check the paper.");
    const same = ok('intake:preview', { draft: { ...draft, employeeId: 'E1', kind: 'election', tenders: [{ grantId: 'A', shares: 0 }] }, faxId: fax.id });
    expect(same.outcome?.warnings.some((w) => w.startsWith("The form's code names"))).toBe(false);
    expect(ok('intake:record', { draft, faxId: fax.id }).document.employeeId).toBe('E2');
  });
});
