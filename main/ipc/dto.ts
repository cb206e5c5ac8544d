// What the services hand to their callers (IPC handlers, the CLI, the UI). Plain JSON-safe data,
// so the same shapes cross Electron's IPC, the browser harness and `--json` output unchanged.
import type {
  CalendarDate,
  DefectKind,
  DefectStatus,
  DeliveryVia,
  DocumentAssessment,
  DocumentVoid,
  DocumentKind,
  DocumentStanding,
  ElectionState,
  Extension,
  Grant,
  GrantElection,
  Holder,
  HolderElection,
  Instant,
  LetterKind,
  OfferSettings,
  PrintPurpose,
  ReceivedDocument,
  SendMethod,
  Waiver,
} from '../core/types';
export type { LetterJobError, LetterJobState, LetterJobView } from '../services/letter-jobs';

export interface SessionInfo {
  /** Who is keying; null until the person at the desk has said (the window then asks). */
  operator: string | null;
  ledgerPath: string;
  /** The desk's clock (controllable in the test harness): the UI counts down from this, not its own. */
  now: Instant;
}

export interface ScheduleDates {
  /** Earliest the offer may expire: end of the 20th business day after commencement. */
  earliestPermittedExpiration: Instant;
  /** Latest moment an extension of the current expiration may be announced (9:00 a.m. ET next business day). */
  extensionAnnouncementDeadline: Instant;
}

export interface OfferSummary {
  settings: OfferSettings;
  /** The expiration in force (the last extension's, or the original). */
  expiresAt: Instant;
  /** `expiresAt` formatted in the offer's zone, e.g. "2003-03-31 17:00:00 ET". */
  expiresAtText: string;
  intakeOpen: boolean;
  now: Instant;
  extensions: Extension[];
  schedule: ScheduleDates;
}

export interface PlanTotals {
  plan: string;
  grantsTendered: number;
  grantsKept: number;
  sharesTendered: number;
  sharesKept: number;
}

export interface DashboardData {
  offer: OfferSummary;
  holders: number;
  holdersByState: Record<ElectionState, number>;
  byPlan: PlanTotals[];
  documentsByStanding: { governing: number; superseded: number; defective: number; late: number };
  confirmationsDueToday: number;
  confirmationsOverdue: number;
  /** Shares tendered (as the ledger stands now) at each moment a timely document was received. */
  tenderedOverTime: { at: Instant; sharesTendered: number }[];
}

export const HOLDER_FILTERS = ['all', 'tendered-all', 'tendered-part', 'tendered-none', 'has-defects'] as const;
export type HolderFilter = (typeof HOLDER_FILTERS)[number];

export interface HolderRow {
  employeeId: string;
  name: string;
  state: ElectionState;
  grants: number;
  sharesEligible: number;
  sharesTendered: number;
  documents: number;
  openDefects: number;
}

export interface HolderPage {
  total: number;
  offset: number;
  rows: HolderRow[];
}

export interface AttachmentInfo {
  id: number;
  documentId: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface AttachmentContent extends AttachmentInfo {
  base64: string;
}

/** A document as the desk shows it: the facts as keyed, what they amount to now, and when it must be confirmed. */
export interface DocumentView extends Omit<ReceivedDocument, 'defects' | 'nameAsWritten' | 'corrects' | 'voided'> {
  receivedAtText: string;
  /** Paper from someone not on the roster: the sender's name as written (else null). */
  nameAsWritten: string | null;
  /** The document this one corrects (else null). */
  corrects: number | null;
  /** Set when voided: why, when, by whom, and the document that corrects it (replacedBy). */
  voided: DocumentVoid | null;
  /** The defects as they stand now (cured, waived, open) are in the assessment. */
  assessment: DocumentAssessment;
  confirmationDue: CalendarDate;
  attachments: AttachmentInfo[];
}

export interface HolderDetail {
  holder: Holder;
  grants: (Grant & GrantElection)[];
  election: HolderElection;
  /** Newest received first. */
  documents: DocumentView[];
}

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

export interface OpenDefectRow {
  documentId: number;
  employeeId: string;
  name: string;
  kind: DocumentKind;
  receivedAt: Instant;
  receivedAtText: string;
  cureDeadline: Instant;
  defects: DefectStatus[];
}

export interface CureResult {
  detail: HolderDetail;
  /** Set when the cure arrived after the cure deadline (logged, but the defect stays open). */
  warnings: string[];
}

export interface WaiverPreview {
  defect: DefectKind;
  /** Every document whose defect this waiver settles, and whose holder's election may change. */
  affected: { documentId: number; employeeId: string; name: string; receivedAtText: string; becomesProperlyMade: boolean }[];
}

export interface WaiverResult {
  waiver: Waiver;
  affected: WaiverPreview['affected'];
}

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

export interface RosterImportResult {
  holders: number;
  grants: number;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  problems: string[];
}

/** One row of `offer-desk elections --json`. */
export interface ElectionRow {
  employee_id: string;
  grant_id: string;
  shares_eligible: number;
  shares_tendered: number;
  required: boolean;
  governing_document: number | null;
}

/** One row of `offer-desk documents --json`. */
export interface DocumentRow {
  id: number;
  employee_id: string;
  kind: DocumentKind;
  via: DeliveryVia;
  received_at: string;
  timely: boolean;
  properly_made: boolean;
  governing: boolean;
  keyed_after_expiration: boolean;
  confirmation_due: CalendarDate;
  /** Voided: on record, counts for nothing. */
  void: boolean;
  void_reason: string | null;
}

// --- letters and the confirmations queue ------------------------------------------------------

export const CONFIRMATION_FILTERS = ['all', 'due-today', 'overdue', 'upcoming', 'sent', 'unsent', 'correction-due', 'void'] as const;
export type ConfirmationFilter = (typeof CONFIRMATION_FILTERS)[number];

/**
 * Where a document's confirmation stands today (in the offer's zone): marked sent, or not yet and
 * its due date (five business days after receipt) is past, today, or still ahead. 'correction-due':
 * a letter on record about it is in error and no correction letter has settled it yet (this
 * outranks the rest); 'void': a void document whose letters are all settled, owed nothing.
 */
export type ConfirmationStatus = 'sent' | 'overdue' | 'due-today' | 'upcoming' | 'correction-due' | 'void';

/** A letter as produced (its stored input stays in the ledger). */
export interface LetterRecord {
  id: number;
  documentId: number;
  employeeId: string;
  /** The holder's name, as on the roster now. */
  name: string;
  kind: LetterKind;
  /** The date printed on the letter. */
  letterDate: CalendarDate;
  pages: number;
  /** SHA-256 of this letter's PDF rendered on its own: a reprint must match it. */
  pdfSha256: string;
  producedAt: Instant;
  operator: string;
}

export interface SentMarkView {
  documentId: number;
  /** The confirming letter that was sent. */
  letterId: number;
  sentOn: CalendarDate;
  method: SendMethod;
  recordedAt: Instant;
  operator: string;
}

/** One document in the confirmations queue. */
export interface ConfirmationRow {
  documentId: number;
  employeeId: string;
  name: string;
  documentKind: DocumentKind;
  via: DeliveryVia;
  receivedAt: Instant;
  receivedAtText: string;
  standing: DocumentStanding;
  /** Five business days after receipt, in the offer's zone (federal holidays skipped). */
  due: CalendarDate;
  status: ConfirmationStatus;
  /** The letter the document gets: a correction letter if one is due, a late-delivery notice if late, else a confirmation. */
  letterKind: LetterKind;
  /** Letters on record about it that are in error and not yet settled by a correction letter. */
  correctionDue: LetterToCorrect[];
  /** A courtesy irregularity notice can be produced too (timely, not properly made, cure deadline not passed). */
  irregularityAvailable: boolean;
  /** Letters produced about this document, oldest first (any kind). */
  letters: LetterRecord[];
  sent: SentMarkView | null;
}

export interface ConfirmationQueue {
  /** Today in the offer's zone, by the desk's clock. */
  today: CalendarDate;
  /** Every document by status, whatever the filter. */
  counts: Record<ConfirmationStatus, number>;
  /** Rows matching the filter, before paging. */
  total: number;
  offset: number;
  /** Ordered by due date, then receipt. */
  rows: ConfirmationRow[];
}

/** A letter rendered for the screen, not recorded. */
export interface LetterPreview {
  documentId: number;
  kind: LetterKind;
  fileName: string;
  /** The PDF. */
  base64: string;
  pages: number;
}

/** One PDF for the printer (every letter on a new page), as recorded in the ledger. */
export interface PrintedBatch {
  printRunId: number;
  purpose: PrintPurpose;
  fileName: string;
  base64: string;
  pages: number;
  /** SHA-256 of the batch PDF, as recorded with the print run. */
  pdfSha256: string;
  /** In printed order. */
  letters: LetterRecord[];
}

export interface MarkSentResult {
  marked: SentMarkView[];
}

/** A print run with its letters, for the history of every print. */
export interface PrintRunView {
  id: number;
  at: Instant;
  atText: string;
  operator: string;
  purpose: PrintPurpose;
  pages: number;
  pdfSha256: string;
  letters: LetterRecord[];
}

/** One row of `offer-desk confirmations --json`. */
export interface ConfirmationJsonRow {
  document_id: number;
  employee_id: string;
  due: CalendarDate;
  /** The day the confirmation was sent, or null. */
  sent_at: CalendarDate | null;
}
