// The fax inbox: every fax the fax server drops into the folder is put on record at once, before
// anyone files it, with the receipt time the desk can prove — from the fax server's log when it
// names the file, else the moment the desk saw it — and it is recorded once, however often it is
// seen. The folder is the fax server's: the desk never changes anything in it. The faxes are made
// at test time as a fax server makes them (pdftoppm, ppm2tiff, tiffcp).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { receiptWindowText } from '../../main/core/fax-receipt';
import { formCodeText } from '../../main/core/form-code';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { runCli } from '../../main/cli/run-cli';
import { ControllableClock } from '../../main/services/clock';
import { openDesk, type Desk } from '../../main/services/desk';
import { newInboxMemory, recordInboxFaxes } from '../../main/services/fax-inbox';
import { on } from '../support/desk-call';
import { faxPdf, faxTiffOf, requireFaxTools } from '../support/fax-fixtures';
import { alphaSession, everyRow, type CliSession } from './cli-helpers';

const ET = 'America/New_York';
const T = '\t';
const open: Desk[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

/** A RECV line as HylaFAX 6 writes it. */
function recvLine(date: string, file: string, jobtime: string, conntime = jobtime, pages = 1): string {
  return [date, 'RECV', '000000123', 'ttyS0', `recvq/${file}`, '', 'fax', '"+1 212 555 0100"', '"+1 415 555 0199"', '4231', String(pages), jobtime, conntime, '""', '""', '""', '""', '', '""'].join(T);
}

let coverOnly: Buffer;
let otherOfferForm: Buffer;
beforeAll(async () => {
  requireFaxTools();
  coverOnly = faxTiffOf(await faxPdf([{ kind: 'cover' }]), { resolution: 'fine', compression: 'g4', dateTime: '2003:03:31 16:59:02' });
  otherOfferForm = faxTiffOf(await faxPdf([{ kind: 'form', code: formCodeText('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'E1', 'election') }]), { resolution: 'normal', compression: 'g4' });
});

interface Inbox {
  s: CliSession;
  clock: ControllableClock;
  desk: Desk;
  dir: string;
  log: string;
  /** This offer's Election Form for E1, as a fine G4 fax. */
  formE1: Buffer;
}

async function inbox(now = '2003-03-31T22:05:00.000Z'): Promise<Inbox> {
  const s = alphaSession('2003-03-10T15:00:00.000Z');
  const clock = new ControllableClock(now);
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock, operator: 'Kim at the desk' });
  open.push(desk);
  const dir = join(s.dir, 'recvq');
  mkdirSync(dir);
  const log = join(s.dir, 'xferfaxlog');
  writeFileSync(log, '');
  const formE1 = faxTiffOf(await faxPdf([{ kind: 'cover' }, { kind: 'form', code: formCodeText(desk.ledger.info().ledgerId, 'E1', 'election') }]), { resolution: 'fine', compression: 'g4' });
  return { s, clock, desk, dir, log, formE1 };
}

/** Drops a file as the fax server would, with its modification time. */
function drop(dir: string, name: string, bytes: Buffer, modified = '2003-03-31T21:00:00.000Z'): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const at = new Date(modified);
  utimesSync(path, at, at);
  return path;
}

/** The folder as the fax server left it: every name, its bytes' hash, size and modification time. */
function folderState(dir: string): string {
  return JSON.stringify(
    readdirSync(dir)
      .sort()
      .map((name) => {
        const st = statSync(join(dir, name));
        return [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'), st.size, st.mtimeMs, st.mode];
      }),
  );
}

describe("a fax named in the fax server's log", () => {
  it('a call logged as starting at 4:58 PM ET and lasting 2 min 30 s was received between 5:00 and 5:02 PM ET: it straddles the 5:00 PM expiration and is flagged for the CFO', async () => {
    const b = await inbox();
    drop(b.dir, 'fax00012.tif', b.formE1);
    const line = recvLine('03/31/03 16:58', 'fax00012.tif', '0:02:30', '0:02:30', 2);
    writeFileSync(b.log, `${recvLine('03/31/03 16:40', 'fax00011.tif', '1:10')}\n${line}\n`);

    const report = await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: b.log, serverZone: ET });
    expect(report.skipped).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.recorded).toHaveLength(1);
    const fax = report.recorded[0]!;
    expect(fax).toMatchObject({ fileName: 'fax00012.tif', mediaType: 'image/tiff', pages: 2, logLine: line, serverZone: ET, seenAt: '2003-03-31T22:05:00.000Z' });
    expect(fax.receipt).toEqual({
      source: 'fax-server-log',
      callStartedAt: '2003-03-31T21:58:00.000Z',
      receivedFrom: '2003-03-31T22:00:30.000Z',
      receivedTo: '2003-03-31T22:01:29.000Z',
      receivedAt: '2003-03-31T22:01:29.000Z',
    });
    expect(receiptWindowText(fax.receipt, ET)).toMatch(/^between 2003-03-31 17:00 .+ and 2003-03-31 17:02 .+ \(the fax server's log\)$/);
    // The code on page 2 (after the sender's cover sheet) names the holder and the form.
    // The ledger's id is random, so the code's text differs from run to run: a miss names it, to replay.
    expect(fax.code, `the code of ${formCodeText(b.desk.ledger.info().ledgerId, 'E1', 'election')}`).toEqual({ status: 'read', employeeId: 'E1', kind: 'election', page: 2 });
    const listed = on(b.desk)('faxes:list', { which: 'unfiled' }).faxes;
    expect(listed.map((f) => [f.fileName, f.straddles, f.receiptSource])).toEqual([['fax00012.tif', true, 'fax-server-log']]);
  });

  it("a log time the clocks skipped (2:30 AM on the spring-forward Sunday) cannot be read: the fax is received when the desk saw it, and the report says why", async () => {
    const b = await inbox('2003-04-06T07:40:00.000Z');
    drop(b.dir, 'fax00031.tif', coverOnly, '2003-04-06T07:35:00.000Z');
    writeFileSync(b.log, `${recvLine('04/06/03 02:30', 'fax00031.tif', '0:01:05')}\n`);
    const report = await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: b.log, serverZone: ET });
    expect(report.recorded.map((f) => [f.receipt.source, f.logLine, f.serverZone])).toEqual([['inbox-arrival', null, null]]);
    expect(report.notes).toEqual([{ file: 'fax00031.tif', reason: expect.stringMatching(/^Line 1 of the fax server's log could not be used \(.*a time the clocks skipped in America\/New_York\.\); the receipt is when the desk saw the file\.$/) }]);
  });
});

describe('a fax the log does not name', () => {
  it("is received when the desk saw it; the file's modification time opens the window", async () => {
    const b = await inbox('2003-03-31T21:45:00.000Z');
    drop(b.dir, 'scan-0001.tif', coverOnly, '2003-03-31T21:40:00.000Z');
    const report = await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: b.log, serverZone: ET });
    const fax = report.recorded[0]!;
    expect(fax.receipt).toEqual({
      source: 'inbox-arrival',
      callStartedAt: null,
      receivedFrom: '2003-03-31T21:40:00.000Z',
      receivedTo: '2003-03-31T21:45:00.000Z',
      receivedAt: '2003-03-31T21:45:00.000Z',
    });
    expect(fax).toMatchObject({ logLine: null, serverZone: null, tiffDateTime: '2003:03:31 16:59:02', code: { status: 'none' } });
  });

  it('a PDF fax is on record too; its code is not read (said so), never guessed', async () => {
    const b = await inbox();
    drop(b.dir, 'fax-0002.pdf', await faxPdf([{ kind: 'cover' }, { kind: 'cover' }]));
    const fax = (await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET })).recorded[0]!;
    expect(fax).toMatchObject({ mediaType: 'application/pdf', pages: 2, code: { status: 'unreadable' } });
  });
});

describe('each fax is recorded once, and nothing else is', () => {
  it('the same file seen again, written again, or copied under another name is recorded once', async () => {
    const b = await inbox();
    const path = drop(b.dir, 'fax00012.tif', b.formE1);
    expect((await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET })).recorded).toHaveLength(1);
    // A second run (as a second `offer-desk inbox`, with nothing remembered), the server writing the file again, and a copy.
    drop(b.dir, 'fax00012.tif', b.formE1, '2003-03-31T21:30:00.000Z');
    writeFileSync(join(b.dir, 'copy-of-fax00012.tif'), readFileSync(path));
    expect((await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET })).recorded).toEqual([]);
    expect(b.desk.ledger.faxes().map((f) => f.fileName)).toEqual(['fax00012.tif']);
  });

  it('a file that is not a fax is skipped with its name and reported once a session; hidden and partial files are not looked at', async () => {
    const b = await inbox();
    drop(b.dir, 'notes.txt', Buffer.from('call the CFO back\n'));
    drop(b.dir, '.fax00013.tif', otherOfferForm);
    drop(b.dir, 'fax00014.tif.tmp', otherOfferForm);
    drop(b.dir, 'fax00015.tif', otherOfferForm);
    const memory = newInboxMemory();
    const first = await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET, memory });
    expect(first.skipped).toEqual([{ file: 'notes.txt', reason: 'The file notes.txt is not a fax: a fax is a TIFF or a PDF, and this file starts like neither.' }]);
    expect(first.recorded.map((f) => [f.fileName, f.code.status])).toEqual([['fax00015.tif', 'other-offer']]);
    const again = await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET, memory });
    expect(again).toMatchObject({ recorded: [], skipped: [] });
  });

  it('the inbox folder is left exactly as the fax server left it: the same files, bytes, times and modes', async () => {
    const b = await inbox();
    drop(b.dir, 'fax00012.tif', b.formE1);
    drop(b.dir, 'fax00013.tif', coverOnly);
    drop(b.dir, 'readme.txt', Buffer.from('not a fax'));
    // The log kept inside the folder, as some set-ups do: never taken for a fax.
    const log = join(b.dir, 'xferfaxlog');
    writeFileSync(log, `${recvLine('03/31/03 16:58', 'fax00012.tif', '2:30')}\n`);
    const before = folderState(b.dir);
    const report = await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: log, serverZone: ET });
    expect(report.recorded.map((f) => f.fileName)).toEqual(['fax00012.tif', 'fax00013.tif']);
    expect(report.skipped.map((p) => p.file)).toEqual(['readme.txt']);
    expect(folderState(b.dir)).toBe(before);
  });

  it("a fax left unfiled is in verify's replay: the ledger verifies, its fax.received events counted", async () => {
    const b = await inbox();
    const events = b.desk.ledger.verify().events;
    drop(b.dir, 'fax00012.tif', b.formE1);
    drop(b.dir, 'fax00013.tif', coverOnly);
    await recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET });
    const report = b.desk.ledger.verify();
    expect(report).toMatchObject({ ok: true, problems: [], events: events + 2 });
    const kinds = b.desk.ledger.auditEvents({ afterSeq: 0, limit: 10_000 }).map((e) => e.type);
    expect(kinds.filter((k) => k === 'fax.received')).toHaveLength(2);
  });

  it('a closed offer takes no more faxes: the scan is refused with the close named, and nothing is recorded', async () => {
    const b = await inbox();
    b.s.clock.set('2003-04-01T14:30:00.000Z');
    b.s.ok('close', b.s.ledger, '--by', 'Pat Lee, CFO');
    drop(b.dir, 'fax00012.tif', b.formE1);
    const before = everyRow(b.s.ledger);
    await expect(recordInboxFaxes(b.desk.parts, { dir: b.dir, xferfaxlog: null, serverZone: ET })).rejects.toMatchObject({ code: 'offer-closed', message: expect.stringMatching(/closed .*Pat Lee, CFO/) });
    expect(everyRow(b.s.ledger)).toBe(before);
  });
});

async function cli(s: CliSession, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { clock: s.clock, env: {}, out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('offer-desk inbox and log --fax', () => {
  it('inbox --json records the new faxes and prints one object per unfiled fax, newest first, in exactly the promised shape', async () => {
    const b = await inbox();
    drop(b.dir, 'fax00012.tif', b.formE1);
    drop(b.dir, 'notes.txt', Buffer.from('not a fax'));
    writeFileSync(b.log, `${recvLine('03/31/03 16:58', 'fax00012.tif', '0:02:30')}\n`);
    b.s.clock.set('2003-03-31T22:05:00.000Z');
    const first = await cli(b.s, 'inbox', b.s.ledger, '--dir', b.dir, '--xferfaxlog', b.log, '--json', '--operator', 'Kim at the desk');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('skipped notes.txt: The file notes.txt is not a fax');
    drop(b.dir, 'fax00013.tif', coverOnly, '2003-03-31T22:04:00.000Z');
    b.s.clock.set('2003-03-31T22:06:00.000Z');
    const r = await cli(b.s, 'inbox', b.s.ledger, '--dir', b.dir, '--xferfaxlog', b.log, '--server-zone', ET, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(rows).toEqual([
      {
        fax_id: 2,
        file: 'fax00013.tif',
        sha256: sha(coverOnly),
        pages: 1,
        received_at: '2003-03-31T22:06:00Z',
        received_from: '2003-03-31T22:04:00.000Z',
        received_to: '2003-03-31T22:06:00.000Z',
        receipt_source: 'inbox-arrival',
        code: null,
        document_id: null,
      },
      {
        fax_id: 1,
        file: 'fax00012.tif',
        sha256: sha(b.formE1),
        pages: 2,
        received_at: '2003-03-31T22:01:29Z',
        received_from: '2003-03-31T22:00:30.000Z',
        received_to: '2003-03-31T22:01:29.000Z',
        receipt_source: 'fax-server-log',
        code: { employee_id: 'E1', kind: 'election' },
        document_id: null,
      },
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['fax_id', 'file', 'sha256', 'pages', 'received_at', 'received_from', 'received_to', 'receipt_source', 'code', 'document_id']);
    // The table says the same, with the straddle flag.
    const table = await cli(b.s, 'inbox', b.s.ledger, '--dir', b.dir, '--xferfaxlog', b.log);
    expect(table.stdout).toMatch(/fax00012\.tif +2 +between 2003-03-31 17:00 .+ and 2003-03-31 17:02 /);
    expect(table.stdout).toContain('STRADDLES THE EXPIRATION');
    expect(table.stdout).toContain('2 unfiled fax(es)');
  });

  it('log --fax files the fax as the document, received when its record says; it leaves the unfiled list', async () => {
    const b = await inbox();
    drop(b.dir, 'fax00012.tif', b.formE1);
    writeFileSync(b.log, `${recvLine('03/31/03 16:40', 'fax00012.tif', '1:00')}\n`);
    // Keyed before the 5:00 PM expiration (a later keying needs a written reason).
    b.s.clock.set('2003-03-31T21:45:00.000Z');
    expect((await cli(b.s, 'inbox', b.s.ledger, '--dir', b.dir, '--xferfaxlog', b.log)).code).toBe(0);
    const logged = await cli(b.s, 'log', b.s.ledger, '--fax', '1', '--employee', 'E1', '--kind', 'election', '--tender', 'A');
    expect(logged.stderr).toBe('');
    expect(logged).toMatchObject({ code: 0 });
    const docs = b.desk.ledger.documents('E1');
    expect(docs.map((d) => [d.via, d.receivedAt, d.receiptSource])).toEqual([['fax', '2003-03-31T21:41:59.000Z', 'fax-server-log']]);
    expect(b.desk.ledger.fax(1)?.disposition).toMatchObject({ documentId: docs[0]!.id, receiptOverridden: false });
    expect(JSON.parse((await cli(b.s, 'inbox', b.s.ledger, '--dir', b.dir, '--json')).stdout)).toEqual([]);
  });

  it('log --fax with --received keeps the typed time and flags it as overridden', async () => {
    const b = await inbox();
    drop(b.dir, 'fax00012.tif', b.formE1, '2003-03-31T21:40:00.000Z');
    b.s.clock.set('2003-03-31T21:55:00.000Z');
    expect((await cli(b.s, 'inbox', b.s.ledger, '--dir', b.dir)).code).toBe(0);
    const logged = await cli(b.s, 'log', b.s.ledger, '--fax', '1', '--employee', 'E1', '--kind', 'election', '--tender', 'A', '--received', '2003-03-31 16:50');
    expect(logged.code).toBe(0);
    expect(logged.stderr).toMatch(/flagged as overridden/);
    expect(b.desk.ledger.fax(1)?.disposition?.receiptOverridden).toBe(true);
  });

  it('inbox refuses a folder that does not exist, in one sentence, recording nothing', async () => {
    const b = await inbox();
    const before = everyRow(b.s.ledger);
    const r = await cli(b.s, 'inbox', b.s.ledger, '--dir', join(b.s.dir, 'no-such-folder'));
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/^offer-desk: The fax inbox folder .*no-such-folder does not exist; nothing was changed\.\n$/);
    expect(everyRow(b.s.ledger)).toBe(before);
  });
});
