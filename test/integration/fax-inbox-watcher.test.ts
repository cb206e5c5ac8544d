// Settings › Fax inbox and the watcher: saving the inbox checks the folder, the log and the zone
// (one sentence per refusal, nothing saved) and scans at once; from then on a fax dropped into the
// folder is put on record without anyone asking, and a log line the fax server writes after the
// file still gives its receipt. The waits are for events, with generous time limits: nothing here
// sleeps and hopes.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formCodeText } from '../../main/core/form-code';
import { createHandlerTable, dispatch } from '../../main/ipc/handlers';
import type { Channel, Input, Outputs } from '../../main/ipc/contract';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { openDesk, type Desk } from '../../main/services/desk';
import type { InboxScanReport } from '../../main/services/fax-inbox';
import { DEFAULT_INBOX_TIMING } from '../../main/services/inbox-watcher';
import { inboxWatcherOf, setInboxTiming, startInbox, stopInbox } from '../../main/services/inbox-session';
import { readLedgerState, writeLedgerState } from '../../main/services/ledger-state';
import { faxPdf, faxTiffOf, requireFaxTools } from '../support/fax-fixtures';
import { alphaSession, everyRow, type CliSession } from './cli-helpers';

const ET = 'America/New_York';
const EVENT_TIMEOUT_MS = 30_000;
const open: Desk[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) {
    await stopInbox(d);
    d.close();
  }
});
afterAll(() => setInboxTiming(DEFAULT_INBOX_TIMING));

let fax: Buffer;
beforeAll(async () => {
  requireFaxTools();
  fax = faxTiffOf(await faxPdf([{ kind: 'form', code: formCodeText('0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0', 'E1', 'election') }]), { resolution: 'normal', compression: 'g4' });
});

interface Setup {
  s: CliSession;
  desk: Desk;
  dataDir: string;
  dir: string;
  log: string;
  call<C extends Channel>(channel: C, input: Input<C>, dataDir?: string | null): Outputs[C];
}

function setup(): Setup {
  const s = alphaSession('2003-03-10T15:00:00.000Z');
  const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: new ControllableClock('2003-03-31T21:30:00.000Z'), operator: null });
  open.push(desk);
  const dataDir = join(s.dir, 'data');
  const dir = join(s.dir, 'recvq');
  mkdirSync(dir);
  const log = join(s.dir, 'xferfaxlog');
  writeFileSync(log, '');
  const table = createHandlerTable();
  const call = <C extends Channel>(channel: C, input: Input<C>, dd: string | null = dataDir): Outputs[C] => {
    const r = dispatch(table, dd === null ? { desk: () => desk } : { desk: () => desk, dataDir: dd }, channel, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as Outputs[C];
  };
  return { s, desk, dataDir, dir, log, call };
}

/** The next scan of the desk's watcher that recorded a fax. */
function nextRecording(desk: Desk): Promise<InboxScanReport> {
  const watcher = inboxWatcherOf(desk);
  if (watcher === null) throw new Error('no watcher');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no fax was recorded within ${EVENT_TIMEOUT_MS} ms; status: ${JSON.stringify(watcher.status())}`));
    }, EVENT_TIMEOUT_MS);
    const off = watcher.onScan((report) => {
      if (report.recorded.length === 0) return;
      clearTimeout(timer);
      off();
      resolve(report);
    });
  });
}

describe('Settings › Fax inbox', () => {
  it('each wrong setting is refused in one sentence and nothing is saved', () => {
    const t = setup();
    const refusal = (input: Input<'inbox:set'>, dataDir: string | null = t.dataDir) => {
      try {
        t.call('inbox:set', input, dataDir);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal({ dir: t.dir }, null)).toBe('This desk has no data folder to keep the fax inbox setting in; nothing was changed.');
    expect(refusal({ dir: join(t.dir, 'missing') })).toBe(`The fax inbox folder ${join(t.dir, 'missing')} does not exist; nothing was changed.`);
    expect(refusal({ dir: t.log })).toBe(`${t.log} is not a folder: choose the folder the fax server puts received faxes in; nothing was changed.`);
    expect(refusal({ dir: t.dir, xferfaxlog: join(t.s.dir, 'no-log') })).toBe(`The fax server's log ${join(t.s.dir, 'no-log')} does not exist; nothing was changed.`);
    expect(refusal({ dir: t.dir, xferfaxlog: t.dir })).toBe(`${t.dir} is not a file: choose HylaFAX's xferfaxlog file itself; nothing was changed.`);
    expect(refusal({ dir: t.dir, serverZone: 'Eastern' })).toBe('"Eastern" is not a time zone the desk knows: give the fax server\'s zone as an IANA name such as America/New_York; nothing was changed.');
    expect(readLedgerState(t.dataDir, t.desk.ledger.info().ledgerId)).toBeNull();
    expect(t.call('inbox:get', {})).toEqual({
      settings: null,
      editable: true,
      offerZone: ET,
      status: { watching: false, scanning: false, lastScanAt: null, recorded: 0, problems: [], waiting: [], error: null },
    });
  });

  it("a state file written before the inbox existed still reads (no inbox), and the server's zone defaults to the offer's", () => {
    const t = setup();
    const id = t.desk.ledger.info().ledgerId;
    mkdirSync(join(t.dataDir, 'ledgers'), { recursive: true });
    writeFileSync(join(t.dataDir, 'ledgers', `${id}.json`), JSON.stringify({ ledgerPath: t.s.ledger, keepBackups: 7, head: null }));
    expect(readLedgerState(t.dataDir, id)).toMatchObject({ keepBackups: 7 });
    expect(t.call('inbox:get', {}).settings).toBeNull();
    setInboxTiming({ stabilityMs: 100, logGraceMs: 0 });
    const view = t.call('inbox:set', { dir: t.dir, xferfaxlog: null, serverZone: null });
    expect(view.settings).toEqual({ dir: t.dir, xferfaxlog: null, serverZone: ET });
    expect(readLedgerState(t.dataDir, id)).toMatchObject({ keepBackups: 7, inbox: { dir: t.dir, xferfaxlog: null, serverZone: ET } });
  });

  it('saving the inbox scans it at once: a fax already in the folder is on record, and the status says so', async () => {
    const t = setup();
    setInboxTiming({ stabilityMs: 100, logGraceMs: 0 });
    writeFileSync(join(t.dir, 'fax00001.tif'), fax);
    writeFileSync(join(t.dir, 'notes.txt'), 'call back');
    const recorded = nextRecording0(t);
    t.call('inbox:set', { dir: t.dir, xferfaxlog: t.log, serverZone: ET });
    const report = await recorded;
    expect(report.recorded.map((f) => [f.fileName, f.receipt.source, f.operator])).toEqual([['fax00001.tif', 'inbox-arrival', 'Offer Desk fax inbox (no operator named yet)']]);
    await inboxWatcherOf(t.desk)?.whenIdle();
    const status = t.call('inbox:get', {}).status;
    expect(status).toMatchObject({ watching: true, lastScanAt: '2003-03-31T21:30:00.000Z', recorded: 1, problems: [{ file: 'notes.txt', reason: expect.stringMatching(/not a fax/) }], error: null });
  });

  it('a closed offer refuses the setting with the close named, and is not watched', () => {
    const t = setup();
    t.s.clock.set('2003-04-01T14:30:00.000Z');
    t.s.ok('close', t.s.ledger, '--by', 'Pat Lee, CFO');
    expect(() => t.call('inbox:set', { dir: t.dir })).toThrow(/closed .*Pat Lee, CFO/);
    expect(readLedgerState(t.dataDir, t.desk.ledger.info().ledgerId)?.inbox ?? null).toBeNull();
    // Set before the close (this computer's state kept it): the desk opens without watching, and says why.
    writeLedgerState(t.dataDir, t.desk.ledger.info().ledgerId, { ledgerPath: t.s.ledger, keepBackups: null, head: null, inbox: { dir: t.dir, xferfaxlog: null, serverZone: ET } });
    const before = everyRow(t.s.ledger);
    writeFileSync(join(t.dir, 'fax00001.tif'), fax);
    expect(startInbox(t.desk, t.dataDir)).toBeNull();
    expect(t.call('inbox:get', {}).status).toMatchObject({ watching: false, error: expect.stringMatching(/closed .*no longer put on record/) });
    expect(everyRow(t.s.ledger)).toBe(before);
  });
});

/** Listens before the call that starts the watcher: the watcher exists only after it. */
function nextRecording0(t: Setup): Promise<InboxScanReport> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const wait = () => {
      const w = inboxWatcherOf(t.desk);
      if (w !== null) {
        nextRecording(t.desk).then(resolve, reject);
        return;
      }
      if (Date.now() - started > EVENT_TIMEOUT_MS) reject(new Error('the watcher never started'));
      else setImmediate(wait);
    };
    setImmediate(wait);
  });
}

describe('the watcher', () => {
  it('a fax dropped into the folder after the desk opened is put on record by itself', async () => {
    const t = setup();
    setInboxTiming({ stabilityMs: 100, logGraceMs: 0 });
    writeLedgerState(t.dataDir, t.desk.ledger.info().ledgerId, { ledgerPath: t.s.ledger, keepBackups: null, head: null, inbox: { dir: t.dir, xferfaxlog: null, serverZone: ET } });
    const watcher = startInbox(t.desk, t.dataDir);
    expect(watcher).not.toBeNull();
    await watcher!.ready();
    expect(t.desk.ledger.faxes()).toEqual([]);
    const recorded = nextRecording(t.desk);
    writeFileSync(join(t.dir, 'fax00002.tif'), fax);
    const report = await recorded;
    expect(report.recorded.map((f) => f.fileName)).toEqual(['fax00002.tif']);
    expect(t.desk.ledger.faxes()).toHaveLength(1);
    await stopInbox(t.desk);
    expect(t.call('inbox:get', {}).status.watching).toBe(false);
  });

  it("a log line the fax server writes after the fax file is still used: the fax waits for it, then is received when the log says", async () => {
    const t = setup();
    // A grace far longer than the test: the fax can only be recorded from the log line.
    setInboxTiming({ stabilityMs: 100, logGraceMs: 10 * 60_000 });
    writeLedgerState(t.dataDir, t.desk.ledger.info().ledgerId, { ledgerPath: t.s.ledger, keepBackups: null, head: null, inbox: { dir: t.dir, xferfaxlog: t.log, serverZone: ET } });
    const watcher = startInbox(t.desk, t.dataDir)!;
    await watcher.ready();
    const held = new Promise<void>((resolve) => {
      const off = watcher.onScan((r) => {
        if (r.waiting.includes('fax00003.tif')) {
          off();
          resolve();
        }
      });
    });
    const recorded = nextRecording(t.desk);
    writeFileSync(join(t.dir, 'fax00003.tif'), fax);
    await held;
    expect(t.desk.ledger.faxes()).toEqual([]);
    expect(watcher.status().waiting).toEqual(['fax00003.tif']);
    appendFileSync(t.log, ['03/31/03 16:27', 'RECV', '000000200', 'ttyS0', 'recvq/fax00003.tif', '', 'fax', '"5550100"', '"+1 415 555 0199"', '4231', '1', '0:01:05', '0:01:10', '""'].join('\t') + '\n');
    const report = await recorded;
    expect(report.recorded[0]?.receipt).toMatchObject({ source: 'fax-server-log', callStartedAt: '2003-03-31T21:27:00.000Z', receivedTo: '2003-03-31T21:29:09.000Z' });
  });
});
