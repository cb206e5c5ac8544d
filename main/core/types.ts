// The vocabulary of the offer, shared by core rules, the ledger, letters, services and the UI.
// Plain data only: no classes, no I/O. Every module speaks in these shapes.

/**
 * An instant in UTC, always in the canonical form `YYYY-MM-DDTHH:mm:ss.SSSZ`
 * (produced only by `toInstant` in `time.ts`). The fixed width makes string order equal
 * time order, so instants compare with `<` and sort in SQL as text.
 */
export type Instant = string;

/** A calendar date `YYYY-MM-DD`, meaningful only together with a zone (the offer's). */
export type CalendarDate = string;

export const DOCUMENT_KINDS = ['election', 'notice'] as const;
/** Election Form, or Notice to Change Election From Accept to Reject. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DELIVERY_VIAS = ['fax', 'hand'] as const;
export type DeliveryVia = (typeof DELIVERY_VIAS)[number];

export const RECEIPT_SOURCES = ['fax-header', 'desk-stamp', 'fax-server-log', 'inbox-arrival'] as const;
/** The receipt sources a fax record carries (a document takes them only by filing that fax). */
export const FAX_RECEIPT_SOURCES = ['fax-server-log', 'inbox-arrival'] as const;
export type FaxReceiptSource = (typeof FAX_RECEIPT_SOURCES)[number];
/**
 * How the receipt time is known: the fax machine's header line, or the desk's stamp; for a fax
 * filed from the inbox (format 7), the receiving fax server's log, or when the desk saw the file
 * arrive. The last two are set only by filing a fax record, never typed.
 */
export type ReceiptSource = (typeof RECEIPT_SOURCES)[number];

export const DEFECT_KINDS = [
  'unsigned',
  'signature-mismatch',
  'name-mismatch',
  'no-date-time',
  'no-email',
  'no-id-number',
  'withdraw-box-unmarked',
  'no-authority-evidence',
  // Paper that can never count: never cured, never waived (see PAPER_DEFECTS).
  'not-on-roster',
  'grant-not-eligible',
] as const;
/** Stable names of the intake checks of the Notice's instructions (used by the CLI too). */
export type DefectKind = (typeof DEFECT_KINDS)[number];

/**
 * Defects of the paper itself rather than of its form: the sender is not on the eligibility
 * roster, or an Election Form names a grant that is not the holder's. They are logged only by a
 * deliberate choice (otherwise an unknown id or grant is refused as a likely typo), are never
 * cured or waived (a waiver cannot make someone else's grant, or a stranger's paper, count; the
 * holder answers with a new form, which supersedes anyway), and so such a document never changes
 * anyone's election.
 */
export const PAPER_DEFECTS = ['not-on-roster', 'grant-not-eligible'] as const satisfies readonly DefectKind[];
export type PaperDefect = (typeof PAPER_DEFECTS)[number];

export function isPaperDefect(defect: DefectKind): defect is PaperDefect {
  return (PAPER_DEFECTS as readonly DefectKind[]).includes(defect);
}

/** A record voided by mistake: it stays on record and counts for nothing. */
export interface RecordVoid {
  reason: string;
  voidedAt: Instant;
  operator: string;
}

/** A document's void; `replacedBy` is the document that corrects it (recorded in the same transaction). */
export interface DocumentVoid extends RecordVoid {
  replacedBy: number | null;
}

export const SIGNER_CAPACITIES = [
  'holder',
  'trustee',
  'executor',
  'administrator',
  'guardian',
  'attorney-in-fact',
  'corporate-officer',
  'other-fiduciary',
] as const;
export type SignerCapacity = (typeof SIGNER_CAPACITIES)[number];

export const LETTER_KINDS = ['confirmation', 'irregularity', 'late-delivery', 'correction', 'promise-to-grant'] as const;
/**
 * The letters the desk sends about a document: the confirmation the Offer promises, the courtesy
 * notice of a defect, the notice that a document arrived too late to count, the correction of a
 * letter in error, and, after the close, the Promise to Grant about the holder's governing
 * Election Form (exhibit (a)(5)).
 */
export type LetterKind = (typeof LETTER_KINDS)[number];

export const SEND_METHODS = ['mail', 'hand', 'fax', 'email'] as const;
/** How a letter left the desk. */
export type SendMethod = (typeof SEND_METHODS)[number];

export const PRINT_PURPOSES = ['print', 'reprint'] as const;
/** A first printing of letters just produced, or a reprint of letters produced earlier. */
export type PrintPurpose = (typeof PRINT_PURPOSES)[number];

/** The offer as configured in the ledger's settings. */
export interface OfferSettings {
  company: string;
  /** The officer who receives the paper and signs confirmations (the seed's CFO). */
  cfoName: string;
  cfoTitle: string;
  addressLines: string[];
  phone: string;
  fax: string;
  /** Day the offer was first sent; it commences at 12:01 a.m. in `zone` that day. */
  commencedOn: CalendarDate;
  /** The expiration as first announced (extensions are kept separately). */
  originalExpiresAt: Instant;
  /** IANA zone in which the offer's times are stated, e.g. `America/New_York`. */
  zone: string;
  /** Stock option plans whose grants are eligible, e.g. ["1994", "1985"]. */
  plans: string[];
  /** Grants on or after this date are tendered whenever anything is (the look-back rule). */
  lookbackFrom: CalendarDate;
}

export interface Holder {
  employeeId: string;
  name: string;
  email: string;
  address: string;
  /** Last four characters of the ID number; the full number is only ever stored encrypted. */
  idLast4: string;
}

export interface Grant {
  grantId: string;
  employeeId: string;
  plan: string;
  grantDate: CalendarDate;
  /** Decimal string as printed on the option agreement, e.g. "3.2500": never a float. */
  exercisePrice: string;
  /** Shares outstanding under the grant (a whole number). */
  shares: number;
}

export interface Tender {
  grantId: string;
  /** Shares of the grant tendered: 0 up to the grant's shares. */
  shares: number;
}

/** A document as received and keyed in at the desk. Facts only; its effect is computed. */
export interface ReceivedDocument {
  id: number;
  employeeId: string;
  kind: DocumentKind;
  via: DeliveryVia;
  receivedAt: Instant;
  receiptSource: ReceiptSource;
  keyedAt: Instant;
  operator: string;
  pages: number | null;
  senderFax: string | null;
  signedBy: string | null;
  signerCapacity: SignerCapacity;
  /** Defects found at intake (before any cure or waiver). */
  defects: DefectKind[];
  /** Election Form only: one entry per grant named on the form (missing grants tender 0). */
  tenders: Tender[];
  /**
   * The document's note. Any document may carry one; it is required (the written reason) when a
   * timely document is keyed after the expiration passed. The name is format 1's.
   */
  lateKeyingReason: string | null;
  /** Set when the document was keyed after the expiration then in force. */
  keyedAfterExpiration: boolean;
  /** Cure deadline set by the Company for this document; null means the expiration. */
  cureDeadline: Instant | null;
  /** Paper from someone not on the roster: the name as written (the employee id is as written too). */
  nameAsWritten?: string | null;
  /** The document this one corrects (whose void names this one). */
  corrects?: number | null;
  /** Set when the document was voided: it then counts for nothing. */
  voided?: DocumentVoid | null;
}

/** An offer-wide waiver of one kind of defect (instruction 5: it applies to all options). */
export interface Waiver {
  id: number;
  defect: DefectKind;
  reason: string;
  grantedAt: Instant;
  operator: string;
  /** A voided waiver settles nothing: that kind of defect is open again offer-wide. */
  voided?: RecordVoid | null;
}

/** A defect of one document cured by the holder at `curedAt` (a receipt time). */
export interface Cure {
  id: number;
  documentId: number;
  defect: DefectKind;
  curedAt: Instant;
  recordedAt: Instant;
  operator: string;
}

export interface Extension {
  id: number;
  fromExpiresAt: Instant;
  toExpiresAt: Instant;
  decidedAt: Instant;
  operator: string;
  reason: string;
  /** True when announced after 9:00 a.m. ET of the business day after the expiration it extends. */
  announcedLate: boolean;
  /** When it was announced (format 1: when it was keyed). */
  announcedAt?: Instant;
  /** When it was keyed at the desk. */
  recordedAt?: Instant;
  /** Set when the new expiration had already passed when it was keyed: "recorded after the fact". */
  afterTheFactReason?: string | null;
  /** A voided extension moves nothing: the expiration reverts to the one before it. */
  voided?: RecordVoid | null;
}

/** What a defect of a document amounts to now. */
export type DefectState = 'open' | 'cured' | 'waived' | 'cure-late';

export interface DefectStatus {
  defect: DefectKind;
  state: DefectState;
  /** Cure or waiver that settled it, for the explanation. */
  curedAt: Instant | null;
  waiverId: number | null;
}

/** Where a document stands in its holder's history. */
export type DocumentStanding =
  | 'governing' // the latest properly made timely document: it decides the election
  | 'superseded' // properly made and timely, but a later one governs
  | 'defective' // has an uncured, unwaived defect: no effect (yet)
  | 'late' // received after the expiration: no effect, ever
  | 'void'; // voided with a written reason: on record, counts for nothing

export const DOCUMENT_STANDINGS = ['governing', 'superseded', 'defective', 'late', 'void'] as const satisfies readonly DocumentStanding[];

export interface DocumentAssessment {
  documentId: number;
  timely: boolean;
  properlyMade: boolean;
  standing: DocumentStanding;
  defects: DefectStatus[];
  /** A sentence a person can read, e.g. "Late: received 2003-03-31 17:00:01 ET, after the expiration 17:00:00 ET." */
  explanation: string;
}

export interface GrantElection {
  grantId: string;
  sharesEligible: number;
  sharesTendered: number;
  /** Granted within the look-back window and so tendered whenever anything is. */
  required: boolean;
  /** True when the look-back rule raised the tender above what the form said. */
  raisedByLookback: boolean;
}

export type ElectionState = 'tendered-all' | 'tendered-part' | 'tendered-none';

export interface HolderElection {
  employeeId: string;
  governingDocumentId: number | null;
  state: ElectionState;
  grants: GrantElection[];
  documents: DocumentAssessment[];
  /** One or two sentences: what governs and why the others do not. */
  explanation: string;
}
