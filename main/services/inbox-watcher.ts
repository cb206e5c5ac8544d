// Watches the fax inbox folder (chokidar) and puts each fax on record as it appears, scanning the
// whole folder once at start. One watcher per open desk; it stops when the desk lets the ledger go
// (closed, or another ledger opened) and when the offer is found closed.
//
// Scans never overlap: an event during a scan asks for one more scan after it. A scan reads only
// the files it has not seen in this size and modification time (fax-inbox.ts), so a rescan of a
// folder of thousands of old faxes costs a listing, not a re-read.
//
// Timing against the fax server (real time, not the desk's clock: these are about how long the
// server takes to finish writing, not about when anything was received):
//  - chokidar's awaitWriteFinish reports a file only once its size has held still for
//    `stabilityMs`, so a fax still coming in is not read half-way; a file found by the scan at
//    start that was modified less than `stabilityMs` ago is left for a rescan a moment later.
//  - HylaFAX writes the RECV line to xferfaxlog after the fax file is complete. So the log is
//    watched too, and a fax the log does not name yet is held for `logGraceMs` (3 s) from when
//    the desk first saw it: a log line written in that time gives the receipt from the server's
//    log; after it, the fax is recorded from its inbox arrival — at the moment the desk first saw
//    it, not when the grace ran out. (A log written much later cannot change a fax already on
//    record: the record is final; the operator sees "inbox arrival" and its window.)
import { watch, type FSWatcher } from 'chokidar';
import type { Instant } from '../core/types';
import { isOfferDeskError } from '../core/errors';
import type { DeskParts } from './desk-parts';
import { newInboxMemory, recordInboxFaxes, type InboxProblem, type InboxScanReport } from './fax-inbox';
import type { InboxSettings, InboxStatus } from './fax-inbox-types';

export interface InboxWatcherTiming {
  /** How long a file's size must hold still before it is read. */
  stabilityMs: number;
  /** How long a fax the log does not name yet waits for its log line. */
  logGraceMs: number;
}

export const DEFAULT_INBOX_TIMING: InboxWatcherTiming = { stabilityMs: 1000, logGraceMs: 3000 };

export class InboxWatcher {
  readonly settings: InboxSettings;
  private readonly parts: DeskParts;
  private readonly timing: InboxWatcherTiming;
  private readonly log: (message: string) => void;
  private readonly memory = newInboxMemory();
  /** When this watcher first held each file back for its log line (performance.now()). */
  private readonly heldSince = new Map<string, number>();
  /** Files skipped this session (not faxes, unreadable) and notes on faxes recorded, by file. */
  private readonly problems = new Map<string, string>();
  private readonly abort = new AbortController();
  private readonly fsWatchers: FSWatcher[] = [];
  private readonly listeners = new Set<(report: InboxScanReport) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private nextDueMs: number | null = null;
  private lastScanAt: Instant | null = null;
  private recorded = 0;
  private waiting: string[] = [];
  private error: string | null = null;
  private readyPromise: Promise<void> = Promise.resolve();

  constructor(parts: DeskParts, settings: InboxSettings, timing: InboxWatcherTiming = DEFAULT_INBOX_TIMING, log: (message: string) => void = () => {}) {
    this.parts = parts;
    this.settings = settings;
    this.timing = timing;
    this.log = log;
  }

  /** Starts watching and scans the folder once. */
  start(): void {
    const onEvent = () => this.requestScan();
    // persistent: false — the watcher never keeps a process alive by itself (the window or the
    // harness's server does), so a test or a command that forgets to stop it still ends.
    const folder = watch(this.settings.dir, {
      depth: 0,
      ignoreInitial: true,
      persistent: false,
      awaitWriteFinish: { stabilityThreshold: this.timing.stabilityMs, pollInterval: Math.min(100, this.timing.stabilityMs) },
    });
    folder.on('add', onEvent).on('change', onEvent).on('error', (e) => this.failed(`watching the fax inbox folder failed: ${String(e)}`));
    this.fsWatchers.push(folder);
    if (this.settings.xferfaxlog !== null) {
      const log = watch(this.settings.xferfaxlog, { ignoreInitial: true, persistent: false });
      log.on('add', onEvent).on('change', onEvent).on('error', (e) => this.failed(`watching the fax server's log failed: ${String(e)}`));
      this.fsWatchers.push(log);
    }
    const ready = this.fsWatchers.map((w) => new Promise<void>((resolve) => w.once('ready', () => resolve())));
    this.readyPromise = Promise.all(ready).then(() => this.whenIdle());
    this.requestScan();
  }

  /** Resolves once chokidar watches the folder and the scan at start is done (tests wait on it). */
  ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Told of every finished scan (tests wait for a fax to be recorded with it). */
  onScan(listener: (report: InboxScanReport) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /** A scan now, or one more right after the scan under way. */
  requestScan(): void {
    if (this.stopped) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when no scan is running or asked for. */
  async whenIdle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  async stop(): Promise<void> {
    if (!this.stopped) this.abort.abort();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all(this.fsWatchers.splice(0).map((w) => w.close()));
  }

  status(): InboxStatus {
    return {
      watching: !this.stopped,
      scanning: this.running !== null,
      lastScanAt: this.lastScanAt,
      recorded: this.recorded,
      problems: [...this.problems].map(([file, reason]): InboxProblem => ({ file, reason })),
      waiting: [...this.waiting],
      error: this.error,
    };
  }

  private failed(message: string): void {
    this.error = message;
    this.log(message);
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.scanOnce();
    } while (this.again && !this.stopped);
  }

  private holdUnlogged = (name: string): boolean => {
    const now = performance.now();
    const since = this.heldSince.get(name) ?? now;
    this.heldSince.set(name, since);
    const due = since + this.timing.logGraceMs;
    if (now >= due) return false;
    this.nextDueMs = this.nextDueMs === null ? due : Math.min(this.nextDueMs, due);
    return true;
  };

  private holdFresh = (_name: string, mtimeMs: number): boolean => {
    // The file's modification time against the real clock (the same computer's, or the server's
    // through the share): only "has the server stopped writing it for a moment?", never a receipt.
    const age = Date.now() - mtimeMs;
    if (age >= this.timing.stabilityMs || age < -60_000) return false;
    const due = performance.now() + (this.timing.stabilityMs - age);
    this.nextDueMs = this.nextDueMs === null ? due : Math.min(this.nextDueMs, due);
    return true;
  };

  private async scanOnce(): Promise<void> {
    this.nextDueMs = null;
    try {
      const report = await recordInboxFaxes(this.parts, {
        dir: this.settings.dir,
        xferfaxlog: this.settings.xferfaxlog,
        serverZone: this.settings.serverZone,
        memory: this.memory,
        holdFresh: this.holdFresh,
        holdUnlogged: this.holdUnlogged,
        signal: this.abort.signal,
      });
      if (this.stopped) return;
      this.lastScanAt = this.parts.now();
      this.recorded += report.recorded.length;
      this.waiting = report.waiting;
      this.error = report.log?.problem ?? null;
      for (const fax of report.recorded) {
        this.heldSince.delete(fax.fileName);
        this.problems.delete(fax.fileName);
      }
      for (const p of [...report.skipped, ...report.notes]) this.problems.set(p.file, p.reason);
      if (report.recorded.length > 0) this.log(`recorded ${report.recorded.length} fax(es) from the inbox: ${report.recorded.map((f) => f.fileName).join(', ')}`);
      for (const listener of this.listeners) listener(report);
    } catch (e) {
      if (this.stopped) return;
      this.failed(`The fax inbox could not be scanned: ${e instanceof Error ? e.message : String(e)}`);
      // A closed offer takes no more faxes: the watcher stops (the refusal stays in its status).
      if (isOfferDeskError(e) && e.code === 'offer-closed') void this.stop();
      return;
    }
    this.scheduleRescan();
  }

  /** A held file is looked at again when its wait is over, even if nothing else happens. */
  private scheduleRescan(): void {
    if (this.nextDueMs === null || this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, this.nextDueMs - performance.now()) + 5;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.requestScan();
    }, wait);
    this.timer.unref();
  }
}
