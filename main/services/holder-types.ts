// Holders, their grants and documents as the desk shows them; the CLI's rows.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { CalendarDate, DeliveryVia, DocumentAssessment, DocumentKind, DocumentVoid, ElectionState, Grant, GrantElection, Holder, HolderElection, ReceivedDocument } from '../core/types';

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
  /** Filed from a fax in the inbox: which, its receipt window, and whether the receipt time was typed over it. */
  fromFax: { faxId: number; fileName: string; windowText: string; receiptOverridden: boolean } | null;
}

export interface HolderDetail {
  holder: Holder;
  grants: (Grant & GrantElection)[];
  election: HolderElection;
  /** Newest received first. */
  documents: DocumentView[];
}

export interface RosterImportResult {
  holders: number;
  grants: number;
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
