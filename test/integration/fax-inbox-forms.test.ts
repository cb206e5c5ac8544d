// The whole paper path with the desk's own forms: the desk prints a holder's personalised forms,
// the holder faxes them back, the fax server stores them as G4 TIFFs at fine (204 × 196 dpi) or
// normal (204 × 98 dpi) resolution and logs each call in its xferfaxlog, and the desk puts each
// fax on record with the receipt window the log proves, reads the form's code and preselects the
// holder and form — which the operator then confirms. A fax with no code, one with another
// offer's code and one whose call straddles 5:00 PM are each said so; a fax left unfiled is still
// replayed by verify. Every file is made at test time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run-cli';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk } from '../../main/services/desk';
import { on } from '../support/desk-call';
import { faxPdf, faxTiffOf, makeFaxTiff, requireFaxTools } from '../support/fax-fixtures';
import { cliSession, type CliSession } from './cli-helpers';

const DEMO_ROSTER = join(import.meta.dirname, '..', '..', 'resources', 'demo-roster.csv');

/** A RECV record as HylaFAX writes it (tab-separated; the date is the call's start). */
function recvLine(date: string, file: string, jobtime: string): string {
  return [date, 'RECV', '000000123', 'ttyS0', `recvq/${file}`, '', 'fax', '"+1 603 555 0100"', '"+1 603 555 0199"', '4231', '1', jobtime, jobtime, '""', '""', '""', '""', '', '""'].join('\t');
}

interface FaxJson {
  fax_id: number;
  file: string;
  sha256: string;
  pages: number;
  received_at: string;
  received_from: string;
  received_to: string;
  receipt_source: string;
  code: { employee_id: string; kind: string } | null;
  document_id: number | null;
}

function demoOffer(start: string): CliSession {
  const s = cliSession(start);
  s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
  s.ok('import-roster', s.ledger, DEMO_ROSTER);
  return s;
}

/** One page of a PDF as a PDF of its own (poppler's pdfseparate), as a holder faxes just that form. */
function pageOf(pdf: string, page: number, out: string): string {
  execFileSync('pdfseparate', ['-f', String(page), '-l', String(page), pdf, out]);
  return out;
}

let s: CliSession;
let dir: string;
let log: string;
let faxes: FaxJson[];
let skipped: string;

beforeAll(async () => {
  requireFaxTools();
  s = demoOffer('2003-03-03T15:00:00.000Z');
  // The desk prints E0003's and E0005's forms: one page each for the Election Form and the Notice.
  const forms = join(s.dir, 'forms.pdf');
  s.ok('forms', s.ledger, '--out', forms, '--employee', 'E0003,E0005');
  const electionE0003 = pageOf(forms, 1, join(s.dir, 'e0003-election.pdf'));
  const noticeE0005 = pageOf(forms, 4, join(s.dir, 'e0005-notice.pdf'));
  // Another offer's desk prints its own forms for a holder with the same employee id.
  const other = demoOffer('2003-03-03T15:00:00.000Z');
  const otherForms = join(other.dir, 'forms.pdf');
  other.ok('forms', other.ledger, '--out', otherForms, '--employee', 'E0003');

  dir = join(s.dir, 'recvq');
  mkdirSync(dir);
  writeFileSync(join(dir, 'fax000101.tif'), makeFaxTiff(electionE0003, { resolution: 'fine', compression: 'g4', dateTime: '2003:03:31 13:02:40' }));
  writeFileSync(join(dir, 'fax000102.tif'), makeFaxTiff(noticeE0005, { resolution: 'normal', compression: 'g4' }));
  writeFileSync(join(dir, 'fax000103.tif'), faxTiffOf(await faxPdf([{ kind: 'cover' }]), { resolution: 'normal', compression: 'g4' }));
  writeFileSync(join(dir, 'fax000104.tif'), makeFaxTiff(pageOf(otherForms, 1, join(other.dir, 'p1.pdf')), { resolution: 'fine', compression: 'g4' }));
  // E0005's Notice: the call started at 16:59 and took 2 min 5 s, so it ended after 5:00 PM.
  log = join(s.dir, 'xferfaxlog');
  writeFileSync(
    log,
    [
      recvLine('03/31/03 13:01', 'fax000101.tif', '0:01:40'),
      recvLine('03/31/03 16:59', 'fax000102.tif', '0:02:05'),
      recvLine('03/31/03 17:20', 'fax000103.tif', '0:00:45'),
      recvLine('03/31/03 17:22', 'fax000104.tif', '0:01:10'),
    ].join('\n') + '\n',
  );
  s.clock.set('2003-03-31T22:30:00.000Z');
  let out = '';
  let err = '';
  const code = await runCli(['inbox', s.ledger, '--dir', dir, '--xferfaxlog', log, '--json', '--operator', 'Kim at the desk'], {
    clock: s.clock,
    env: {},
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  if (code !== 0) throw new Error(`inbox failed: ${err}`);
  faxes = JSON.parse(out) as FaxJson[];
  skipped = err;
}, 240_000);

describe('a personalised form faxed back to the desk', () => {
  it("is on record with the receipt window from the fax server's log and the holder and form its code names", () => {
    const byFile = new Map(faxes.map((f) => [f.file, f]));
    expect(faxes).toHaveLength(4);
    expect(skipped).toBe('Recorded 4 new fax(es): fax000101.tif, fax000102.tif, fax000103.tif, fax000104.tif.\n');
    // 13:01 (somewhere in that minute) + 1:40 → the last page came in between 13:02:40 and 13:03:39 ET.
    expect(byFile.get('fax000101.tif')).toMatchObject({
      pages: 1,
      receipt_source: 'fax-server-log',
      received_from: '2003-03-31T18:02:40.000Z',
      received_to: '2003-03-31T18:03:39.000Z',
      received_at: '2003-03-31T18:03:39Z',
      code: { employee_id: 'E0003', kind: 'election' },
      document_id: null,
    });
    // A normal-resolution fax: its half-height rows are stretched before the code is read.
    expect(byFile.get('fax000102.tif')).toMatchObject({ code: { employee_id: 'E0005', kind: 'notice' } });
  });

  it('with no code on the page, or another offer’s code, preselects nothing and says why', () => {
    const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock('2003-03-31T22:31:00.000Z'), operator: 'Kim at the desk' });
    try {
      const call = on(desk);
      const idOf = (file: string) => faxes.find((f) => f.file === file)?.fax_id ?? 0;
      const cover = call('faxes:get', { id: idOf('fax000103.tif') });
      expect(cover.prefill).toMatchObject({ employeeId: '', kind: null });
      expect(cover.codeSentence).toBe('No form code was found on the pages: choose the holder and kind from the paper.');
      const foreign = call('faxes:get', { id: idOf('fax000104.tif') });
      expect(foreign.prefill).toMatchObject({ employeeId: '', kind: null });
      expect(foreign.codeSentence).toMatch(/^The code on page 1 is from another offer \([0-9a-f]{12}\): nothing is preselected\.$/);
      // The code read, the fax's own DateTime tag kept as corroboration only.
      const form = call('faxes:get', { id: idOf('fax000101.tif') });
      expect(form.prefill).toEqual({ employeeId: 'E0003', kind: 'election', receivedAt: '2003-03-31 13:03:39', pages: 1 });
      expect(form.tiffDateTime).toBe('2003:03:31 13:02:40');
      expect(form.receivedAt).toBe('2003-03-31T18:03:39.000Z');
    } finally {
      desk.close();
    }
  });

  it('whose call began by 5:00 PM and ended after it is flagged for the CFO with both instants', () => {
    const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock('2003-03-31T22:31:00.000Z'), operator: 'Kim at the desk' });
    try {
      const notice = on(desk)('faxes:get', { id: faxes.find((f) => f.file === 'fax000102.tif')?.fax_id ?? 0 });
      expect(notice.straddles).toBe(true);
      expect(notice.straddleText).toBe(
        "Reception straddles the expiration 2003-03-31 17:00:00 ET: it began by 2003-03-31 16:59:00 ET and ended as late as 2003-03-31 17:02:04 ET. Whether it was received in time is the CFO's decision.",
      );
    } finally {
      desk.close();
    }
  });

  it('is filed as the holder the operator confirms, received when its record says; the faxes left unfiled stay in verify’s replay', () => {
    const election = faxes.find((f) => f.file === 'fax000101.tif');
    s.ok('log', s.ledger, '--fax', String(election?.fax_id), '--employee', 'E0003', '--kind', 'election', '--tender', 'G-103', '--reason', 'Received at 1:03 PM by the fax server; filed from the inbox that evening.', '--operator', 'Kim at the desk');
    const docs = s.json<{ id: number; employee_id: string; received_at: string; via: string }[]>('documents', s.ledger);
    expect(docs.map((d) => [d.employee_id, d.via, d.received_at])).toEqual([['E0003', 'fax', '2003-03-31T18:03:39Z']]);
    const elections = s.json<{ employee_id: string; shares_tendered: number }[]>('elections', s.ledger);
    expect(elections.find((e) => e.employee_id === 'E0003')?.shares_tendered).toBeGreaterThan(0);
    expect(s.ok('verify', s.ledger)).toMatch(/^The ledger verifies: \d+ audit events chained, every record matches its events\./);
    // The three still unfiled are listed again (and not recorded twice).
    let out = '';
    return runCli(['inbox', s.ledger, '--dir', dir, '--xferfaxlog', log, '--json'], { clock: s.clock, env: {}, out: (t) => (out += t), err: () => undefined }).then((code) => {
      expect(code).toBe(0);
      expect((JSON.parse(out) as FaxJson[]).map((f) => f.file).sort()).toEqual(['fax000102.tif', 'fax000103.tif', 'fax000104.tif']);
    });
  });
});
