// The desk: one open ledger with its session. It keeps who is keying, the elections as they stand
// (the snapshot, re-judged after every write: by this desk, holder by holder; by another process,
// afresh) and the clock. What the desk does lives in the domain services (intake-entry, holders,
// defects, offer, dashboard, extensions, corrections, letters), plain functions over DeskParts,
// registered in the one handler table (main/ipc/handlers.ts) that the window, the harness and the
// CLI all call.
import { OfferDeskError } from '../core/errors';
import { OPERATOR_MAX } from '../core/text';
import type { Instant } from '../core/types';
import { openLedger, type Ledger } from '../ledger/ledger';
import type { KeyProvider } from '../ledger/key-provider';
import type { LetterFontPaths } from '../letters';
import type { Clock } from './clock';
import { NO_OPERATOR, UNNAMED_OPERATOR, type DeskParts } from './desk-parts';
import { accessInfo, newestBackupOf, offerBackupOnOpenFailure, refuseWrite, type BackupOffer, type FindNewestBackup } from './ledger-damage';
import { LetterDesk } from './letters';
import type { LedgerAccessInfo, SessionInfo } from './offer-types';
import { parseOrRefuse } from './parse-input';
import { catchUp, refreshHolder, refreshOfferWide, takeSnapshot, type Snapshot } from './snapshot';
import { said } from './text-schema';

export { NO_OPERATOR, UNNAMED_OPERATOR };

const operatorName = said("the operator's name", OPERATOR_MAX);

export interface DeskOptions {
  ledgerPath: string;
  keyProvider: KeyProvider;
  clock: Clock;
  /**
   * Who is keying, or null until the person at the desk says (the window asks; it never assumes
   * the OS account). Until then the desk reads and previews but refuses to record anything.
   */
  operator: string | null;
  /** The letter fonts; the Electron app passes its resources folder's (default: the repository's). */
  letterFonts?: LetterFontPaths;
  /**
   * Finds the newest good backup, offered when the ledger is damaged (default: newestBackupOf,
   * services/ledger-damage.ts). Tests pass their own.
   */
  newestBackup?: FindNewestBackup;
}

export class Desk {
  readonly ledger: Ledger;
  private readonly clock: Clock;
  private operator: string | null;
  private snapshotCache: Snapshot | null = null;
  private snapshotVersion = -1;
  /** Confirmation letters, printing and sent marks (main/services/letters.ts). */
  readonly letters: LetterDesk;
  /** What the domain services work with: the ledger, the snapshot, the clock, who is keying, write(). */
  readonly parts: DeskParts;
  /** The newest good backup, looked up once when a damaged ledger is opened; null otherwise. */
  private readonly newestBackup: BackupOffer | null;

  constructor(ledger: Ledger, clock: Clock, operator: string | null, letterFonts?: LetterFontPaths, newestBackup: BackupOffer | null = null) {
    this.ledger = ledger;
    this.clock = clock;
    this.operator = operator;
    this.newestBackup = newestBackup;
    this.letters = new LetterDesk({
      ledger,
      snapshot: () => this.snapshot(),
      now: () => this.now(),
      operator: () => this.keyer(),
      fonts: letterFonts,
    });
    this.parts = {
      ledger,
      snapshot: () => this.snapshot(),
      now: () => this.now(),
      operator: () => this.keyer(),
      operatorOrNull: () => this.operator,
      write: (fn) => this.write(fn),
    };
  }

  /**
   * One transaction against the snapshot current inside it; afterwards only the holders the write
   * touched are re-judged (an offer-wide write, `holders: null`, re-judges the holders with paper
   * from memory). The snapshot is marked current as of this write's own last event, never a later
   * one: a write by another process after it is caught up with on the next read.
   */
  private write<T>(fn: (snap: Snapshot) => { value: T; holders: readonly string[] | null }): T {
    this.assertWritable();
    let headBefore = -1;
    let headAfter = -1;
    const out = this.ledger.transaction(() => {
      const snap = this.snapshot();
      headBefore = this.snapshotVersion;
      const result = fn(snap);
      // The head as our own transaction leaves it, read inside it: read after the commit, it could
      // already include another process's write that this cache never saw (a letter would then say
      // a superseded form governs).
      headAfter = this.ledger.auditHead().seq;
      return result;
    });
    if (this.snapshotCache && this.snapshotVersion === headBefore) {
      if (out.holders === null) refreshOfferWide(this.snapshotCache, this.ledger);
      else for (const id of out.holders) refreshHolder(this.snapshotCache, this.ledger, id);
      this.snapshotVersion = headAfter;
    }
    return out.value;
  }

  close(): void {
    this.letters.close();
    this.ledger.close();
  }

  now(): Instant {
    return this.clock.now();
  }

  /** Elections are recomputed whenever the ledger changed (by this desk or another process). */
  snapshot(): Snapshot {
    // Every change appends an audit event, so the head's sequence number moves with any write.
    const version = this.ledger.auditHead().seq;
    if (!this.snapshotCache) this.snapshotCache = takeSnapshot(this.ledger);
    // Another process's writes (or a write of ours not re-judged in place) are caught up from the
    // audit trail: only the holders its events name are re-judged.
    else if (version !== this.snapshotVersion) this.snapshotCache = catchUp(this.snapshotCache, this.ledger, this.snapshotVersion, version);
    this.snapshotVersion = version;
    return this.snapshotCache;
  }

  session(): SessionInfo {
    return { operator: this.operator, ledgerPath: this.ledger.info().path, now: this.now() };
  }

  /**
   * Refuses, before anything is read or written, when the ledger is open for reading only, with the
   * desk's words (naming the newest backup of a damaged file); the ledger itself would refuse too,
   * but knows nothing of backups, and a damaged page read first would say less.
   */
  assertWritable(): void {
    const access = this.ledger.access();
    if (!access.writable) throw refuseWrite(this.ledger.info().path, access, this.newestBackup);
  }

  /** Whether this ledger may be written, and if not the notice the window and the CLI show. */
  access(): LedgerAccessInfo {
    return accessInfo(this.ledger.info().path, this.ledger.access(), this.newestBackup);
  }

  /** Null forgets who is keying (the test harness, between seeding and the window's own session). */
  setOperator(operator: string | null): SessionInfo {
    this.operator = operator === null ? null : parseOrRefuse(operatorName, operator, 'operator');
    return this.session();
  }

  /** Who is keying this write: every record names a person the desk was told, never a guess. */
  private keyer(): string {
    if (this.operator === null) throw new OfferDeskError('invalid-input', NO_OPERATOR);
    return this.operator;
  }
}

export function openDesk(options: DeskOptions): Desk {
  // `opening` lets an older ledger be upgraded with the upgrade recorded: who opened it, and when.
  const opening = { at: options.clock.now(), operator: options.operator ?? UNNAMED_OPERATOR };
  const find = options.newestBackup ?? newestBackupOf;
  let ledger: Ledger;
  try {
    ledger = openLedger({ path: options.ledgerPath, keyProvider: options.keyProvider, opening });
  } catch (e) {
    throw offerBackupOnOpenFailure(e, options.ledgerPath, find);
  }
  const access = ledger.access();
  const backup = !access.writable && access.code === 'ledger-damaged' ? safely(() => find(options.ledgerPath)) : null;
  return new Desk(ledger, options.clock, options.operator, options.letterFonts, backup);
}

/** Looking for a backup must never stop a damaged ledger from being opened for reading. */
function safely(find: () => BackupOffer | null): BackupOffer | null {
  try {
    return find();
  } catch {
    return null;
  }
}
