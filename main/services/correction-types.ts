// Voids, corrections and extensions: what they change, and which letters they make wrong.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { CalendarDate, DocumentKind, DocumentStanding, Extension, HolderElection, Instant, LetterKind, Waiver } from '../core/types';
import type { DocumentView, HolderDetail } from './holder-types';

/** A letter already produced that no longer fits its document: it calls for a correction letter. */
export interface LetterToCorrect {
  letterId: number;
  kind: LetterKind;
  letterDate: CalendarDate;
  why: string;
}

/** One document whose standing an offer-wide change (or a void) would change or has changed. */
export interface StandingChange {
  documentId: number;
  employeeId: string;
  /** The holder's name (or, for paper from someone not on the roster, the name as written). */
  name: string;
  kind: DocumentKind;
  receivedAt: Instant;
  receivedAtText: string;
  before: DocumentStanding;
  after: DocumentStanding;
  lettersToCorrect: LetterToCorrect[];
}

export interface ExtensionPreview {
  fromExpiresAt: Instant;
  fromText: string;
  toExpiresAt: Instant;
  toText: string;
  decidedAt: Instant;
  announcedAt: Instant;
  /** The new expiration has already passed: it is recorded only with a written reason, and flagged. */
  recordedAfterTheFact: boolean;
  /** Announced after 9:00 a.m. ET of the business day after the expiration it extends. */
  announcedLate: boolean;
  warnings: string[];
  /** Every document whose standing changes (late -> timely, and back). */
  affected: StandingChange[];
}

export interface ExtensionResult {
  extension: Extension;
  /** Set when the extension was announced after the announcement limit. */
  warning: string | null;
  affected: StandingChange[];
}

export interface ExtensionVoidPreview {
  extension: Extension;
  /** The expiration in force now, and the one it reverts to. */
  fromExpiresAt: Instant;
  fromText: string;
  toExpiresAt: Instant;
  toText: string;
  affected: StandingChange[];
}

export interface ExtensionVoidResult {
  extension: Extension;
  expiresAt: Instant;
  expiresAtText: string;
  affected: StandingChange[];
}

export interface WaiverVoidPreview {
  waiver: Waiver;
  /** Every document whose standing changes: the defect kind is open again offer-wide. */
  affected: StandingChange[];
}

export interface WaiverVoidResult {
  waiver: Waiver;
  affected: StandingChange[];
}

export interface DocumentVoidPreview {
  document: DocumentView;
  before: HolderElection;
  after: HolderElection;
  /** Sentences describing how the holder's election changes. */
  changes: string[];
  /** The document itself (-> void) and every other document of the holder whose standing changes. */
  affected: StandingChange[];
}

export interface DocumentVoidResult {
  voided: DocumentView;
  /** The holder's detail after the void (null for paper from someone not on the roster). */
  detail: HolderDetail | null;
  affected: StandingChange[];
}

export interface CorrectionResult {
  voided: DocumentView;
  corrected: DocumentView;
  /** The corrected document's holder, after the correction (null when not on the roster). */
  detail: HolderDetail | null;
  changes: string[];
  warnings: string[];
  affected: StandingChange[];
}

/** A letter on record that no longer fits its document (void, or late <-> timely): a correction letter is due. */
export interface CorrectionDue {
  documentId: number;
  employeeId: string;
  name: string;
  standing: DocumentStanding;
  letterId: number;
  letterKind: LetterKind;
  letterDate: CalendarDate;
  why: string;
}
