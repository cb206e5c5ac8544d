// What a letter is made from. Plain JSON-serialisable data only (no Dates, no class instances,
// no functions): the ledger stores exactly this object beside the letter's SHA-256, and a reprint
// renders it again to the same bytes. Everything a letter says must therefore come from here —
// the renderer reads no clock, no settings and no database.
import type {
  CalendarDate,
  DefectKind,
  DeliveryVia,
  DocumentKind,
  DocumentStanding,
  ElectionState,
  Instant,
} from '../core/types';

/** The sender, as configured in OfferSettings at the time the letter is made. */
export interface LetterheadInput {
  company: string;
  addressLines: string[];
  phone: string;
  fax: string;
  /** The officer who receives the paper and signs the letters. */
  cfoName: string;
  cfoTitle: string;
  /** IANA zone in which the offer's times are stated (e.g. `America/New_York` → "ET"). */
  zone: string;
  /** The expiration in force when the letter is made (after any extension). */
  expiresAt: Instant;
}

export interface LetterHolder {
  employeeId: string;
  name: string;
  /** Postal address; lines separated by "\n". A single line is printed as given. */
  address: string;
  email: string;
  /** Only the last four characters of the ID number ever reach a letter. */
  idLast4: string;
}

/** A received document as a letter refers to it. */
export interface LetterDocument {
  id: number;
  kind: DocumentKind;
  via: DeliveryVia;
  receivedAt: Instant;
}

/** One eligible grant and what the holder's election does with it. */
export interface ElectionGrantLine {
  grantId: string;
  plan: string;
  grantDate: CalendarDate;
  /** Decimal string as printed on the option agreement, e.g. "3.2500". */
  exercisePrice: string;
  sharesEligible: number;
  sharesTendered: number;
  /** Granted in the look-back window: tendered in full whenever anything is. */
  required: boolean;
  /** The look-back rule raised the tender above what the form said. */
  raisedByLookback: boolean;
}

/** The holder's election as it stands, with what governs it. */
export interface ElectionSnapshot {
  state: ElectionState;
  /** The document that decides the election now; null when none has (nothing tendered). */
  governingDocument: LetterDocument | null;
  grants: ElectionGrantLine[];
  /**
   * Core's sentence(s) on what governs and why the others do not. Printed in a confirmation of a
   * document that does not govern (where the holder needs the why); "" to leave it out.
   */
  explanation: string;
}

/** The ledger's audit head when the letter was made (main/core/anchor.ts), printed in its footer. */
export interface LetterAnchor {
  seq: number;
  hash: string;
}

interface LetterCommon {
  letterhead: LetterheadInput;
  /**
   * The audit head at production: paper that outlives the desk carries a copy of it (verify
   * --anchor). Absent in letters made before it was printed, which reprint as they were.
   */
  anchor?: LetterAnchor;
  /** The date printed on the letter, in the offer's zone. Also fixes the PDF's dates. */
  letterDate: CalendarDate;
  holder: LetterHolder;
  document: LetterDocument;
}

/**
 * Where the confirmed document stands. A late document gets a late-delivery notice instead,
 * so 'late' is not a confirmation standing.
 */
export type ConfirmedStanding = Exclude<DocumentStanding, 'late' | 'void'>;

/** Confirmation of one received document and the holder's resulting election, grant by grant. */
export interface ConfirmationLetterInput extends LetterCommon {
  kind: 'confirmation';
  /** Whether this document governs; if not, the letter says so and why it has no effect. */
  standing: ConfirmedStanding;
  election: ElectionSnapshot;
  /**
   * For a defective document: what is still wrong and by when it may be cured, so the
   * confirmation itself tells the holder (the separate irregularity notice is only a courtesy
   * the desk may or may not send). Empty and null for any other standing.
   */
  openDefects: LetterDefect[];
  cureDeadline: Instant | null;
}

export interface LetterDefect {
  kind: DefectKind;
  /** What is wrong, in words for the holder (see DEFECT_DESCRIPTIONS for defaults). */
  description: string;
}

/** Courtesy notice of a document's open defects and how and by when to cure them. */
export interface IrregularityNoticeInput extends LetterCommon {
  kind: 'irregularity';
  defects: LetterDefect[];
  cureDeadline: Instant;
  /** How to cure, in words for the holder (see defaultHowToCure). */
  howToCure: string;
}

/** Notice that a document arrived after the expiration and had no effect. */
export interface LateDeliveryNoticeInput extends LetterCommon {
  kind: 'late-delivery';
  /** The expiration the document missed. */
  expiration: Instant;
  /** The election that stands, unchanged by the late document. */
  election: ElectionSnapshot;
}

/** A letter the desk produced earlier that turned out to be in error. */
export interface LetterInError {
  // A Promise to Grant is made after the close, when no document can change standing; it is
  // listed for completeness (the schema takes every kind) but never turns out to be in error.
  kind: 'confirmation' | 'irregularity' | 'late-delivery' | 'correction' | 'promise-to-grant';
  letterDate: CalendarDate;
}

/**
 * "Our confirmation of <date> was in error; your election stands as follows": the document was
 * voided (keyed by mistake), or an extension (or its void) moved it between late and timely.
 */
export interface CorrectionLetterInput extends LetterCommon {
  kind: 'correction';
  /** The letters about this document that were in error, oldest first (at least one). */
  inError: LetterInError[];
  /** Where the document stands now; the letter states it, and the queue compares it later. */
  standing: DocumentStanding;
  /** For a void document that was corrected: the corrected record (else null). */
  replacedBy: LetterDocument | null;
  /** The holder's election as it stands now. */
  election: ElectionSnapshot;
}

/** One old grant the close cancelled (in whole or in part) and the new option promised for it. */
export interface PromisedGrantLine {
  grantId: string;
  plan: string;
  grantDate: CalendarDate;
  /** Decimal string as printed on the old option agreement, e.g. "3.2500". */
  exercisePrice: string;
  /** Old shares accepted for exchange and cancelled on the cancellation date. */
  sharesCancelled: number;
  /** The exchange ratio applied, new shares : old shares (e.g. 1 : 2). */
  ratioNew: number;
  ratioOld: number;
  /** New option shares: sharesCancelled × ratioNew / ratioOld, rounded down to a whole share. */
  newShares: number;
}

/**
 * The Promise to Grant Stock Option(s) (Alpha's exhibit (a)(5)), made after the close to every
 * holder whose options were accepted. `document` is the holder's governing Election Form. The
 * close's dates and every per-grant figure are part of the input, so a reprint is byte-identical.
 */
export interface PromiseToGrantLetterInput extends LetterCommon {
  kind: 'promise-to-grant';
  /** The day the accepted old options were cancelled (the close's). */
  cancellationDate: CalendarDate;
  /** The day the new options are expected to be granted (the close's). */
  newGrantDate: CalendarDate;
  /** The holder's grants with shares accepted, in roster order (at least one). */
  grants: PromisedGrantLine[];
}

export type LetterInput = ConfirmationLetterInput | IrregularityNoticeInput | LateDeliveryNoticeInput | CorrectionLetterInput | PromiseToGrantLetterInput;
export type LetterKind = LetterInput['kind'];
export const LETTER_KINDS = ['confirmation', 'irregularity', 'late-delivery', 'correction', 'promise-to-grant'] as const satisfies readonly LetterKind[];

/** The documents' full names, as the offer's paper prints them. */
export const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  election: 'Election Form',
  notice: 'Notice to Change Election From Accept to Reject',
};

/** Default holder-facing descriptions of the intake checks (Instructions 2 and 3 of the Notice). */
export const DEFECT_DESCRIPTIONS: Record<DefectKind, string> = {
  unsigned: 'The document is not signed.',
  'signature-mismatch':
    'The signature does not correspond with the name written on the face of your option agreement(s), without alteration or change.',
  'name-mismatch': 'Your name is not printed exactly as it appears on the Election Form.',
  'no-date-time': 'The date and time at which you signed are not given.',
  'no-email': 'A current e-mail address is not given.',
  'no-id-number':
    'Your identification number (social security number, tax identification number or national identification number) is not given.',
  'withdraw-box-unmarked':
    'The box \u201cYes, I wish to withdraw my previously tendered options in full\u201d is not marked.',
  'no-authority-evidence':
    'The document was signed in a representative capacity, but the capacity is not stated or proper evidence of the signer\u2019s authority was not submitted.',
  'not-on-roster': 'The sender is not on the roster of holders of eligible options.',
  'grant-not-eligible': 'The form names an option grant that is not one of your eligible option grants.',
};

/** A sensible cure instruction for a document kind, for callers with nothing more specific. */
export function defaultHowToCure(kind: DocumentKind): string {
  return `Deliver a new, complete and signed ${DOCUMENT_NAMES[kind]} that corrects the points above.`;
}
