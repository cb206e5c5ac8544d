// What intake answers: a preview of a document before it is saved, and the saved result.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { CalendarDate, Holder, HolderElection, Instant } from '../core/types';
import type { DocumentView } from './holder-types';

/** What a document does (or did) to its holder's election. */
export interface IntakeOutcome {
  holder: Holder;
  receivedAt: Instant;
  receivedAtText: string;
  timely: boolean;
  /** The expiration has passed: saving needs a written reason and flags the document. */
  lateKeyingRequired: boolean;
  confirmationDue: CalendarDate;
  before: HolderElection;
  after: HolderElection;
  /** Sentences describing how the holder's election changes, e.g. "G-101: 0 -> 1,000 shares tendered". */
  changes: string[];
  warnings: string[];
}

/**
 * The desk's answer to the intake form as it stands: why it cannot be saved yet, or what saving
 * would do. `intake:record` refuses exactly what is listed in `blocking`.
 */
export interface IntakePreview {
  /** Each reason the desk would refuse this draft, in its words; empty when it can be saved. */
  blocking: string[];
  /**
   * Received by the expiration but keyed after it: a written reason is needed. Known as soon as
   * the holder and the receipt time are readable, so the window can ask for the reason.
   */
  lateKeyingRequired: boolean;
  /** What saving would do: present exactly when nothing blocks. */
  outcome: IntakeOutcome | null;
}

export interface IntakeResult extends IntakeOutcome {
  document: DocumentView;
}
