// The record book of one offer, as the rest of Offer Desk sees it. The ledger stores facts and
// their audit trail; it computes nothing about elections (main/core does) and never reads the
// clock: every write carries the time and operator the caller supplies.

import type { NewClosing, OfferClosing } from './closings';
import type { FaxRecord, NewFax } from './faxes';
import type { ExchangeTerms } from '../core/exchange-terms';
import type {
  CalendarDate,
  Cure,
  Extension,
  Grant,
  Holder,
  Instant,
  LetterKind,
  OfferSettings,
  PrintPurpose,
  ReceivedDocument,
  SendMethod,
  Waiver,
} from '../core/types';
import type { NamedAnchor } from '../core/anchor';
import type { Json } from './canonical-json';
import type { KeyProvider } from './key-provider';
import type { NewVoid } from './voids';
import type { AttachmentMediaType } from './vocabulary';
import type { ExchangeTermsVersion } from './exchange-terms';
import type { SettingsVersion } from './settings';

export type { FaxDisposition, FaxMediaType, FaxRecord, NewFax } from './faxes';
export { ATTACHMENT_MEDIA_TYPES, AUDIT_EVENT_TYPES, type AttachmentMediaType, type AuditEventType } from './vocabulary';

/** Who makes a change and when: from the caller's clock, never the ledger's. */
export interface WriteContext {
  at: Instant;
  operator: string;
}

export interface LedgerOptions {
  /** The offer's .ledger file. */
  path: string;
  /** The key that seals ID numbers (see key-provider.ts). */
  keyProvider: KeyProvider;
  /** Create a new ledger at `path` (refused with 'conflict' if a file is there already). */
  create?: { settings: OfferSettings; at: Instant; operator: string };
  /**
   * Who opens the ledger and when (from the caller's clock). Needed only when an older file is
   * upgraded: the upgrade is recorded as a 'ledger.migrated' audit event in the same transaction,
   * and an upgrade without it is refused rather than left unrecorded.
   */
  opening?: WriteContext;
  /**
   * How long a write waits for another process's write to finish before it is refused with
   * 'ledger-busy' (default DEFAULT_BUSY_TIMEOUT_MS, 5 s). Tests shorten it to prove the refusal.
   */
  busyTimeoutMs?: number;
}

/** A roster row as imported: the full ID number goes in, only its sealed form and last four are kept. */
export type RosterHolder = Omit<Holder, 'idLast4'> & { idNumber: string };


export interface NewAttachment {
  fileName: string;
  mediaType: AttachmentMediaType;
  bytes: Uint8Array;
}

/** A scan or fax image of a document, without its bytes. */
export interface AttachmentInfo {
  id: number;
  documentId: number;
  fileName: string;
  mediaType: AttachmentMediaType;
  size: number;
  /** Lowercase hex SHA-256 of the bytes, as recorded in the audit event. */
  sha256: string;
  addedAt: Instant;
  operator: string;
}

export interface Attachment extends AttachmentInfo {
  bytes: Buffer;
}

/** The ledger adds the id; `corrects` and `voided` are written by correctDocument / voidDocument. */
export type NewDocument = Omit<ReceivedDocument, 'id' | 'corrects' | 'voided'>;
/** The ledger adds id, recordedAt and operator from the write context. */
export type NewCure = Omit<Cure, 'id' | 'recordedAt' | 'operator'>;
/** The ledger adds id, grantedAt and operator from the write context. */
export type NewWaiver = Omit<Waiver, 'id' | 'grantedAt' | 'operator' | 'voided'>;
/** The ledger adds id, recordedAt and operator from the write context. */
export interface NewExtension {
  fromExpiresAt: Instant;
  toExpiresAt: Instant;
  /** When it was decided (default: when keyed, the write context's time). */
  decidedAt?: Instant;
  /** When it was announced (default: when decided). */
  announcedAt?: Instant;
  reason: string;
  announcedLate: boolean;
  /** Required (and only allowed) when the new expiration is not after the write context's time. */
  afterTheFactReason?: string | null;
}

/** Void a record: which one (by id) and the written reason. */
export type { NewVoid } from './voids';

/** A letter just rendered: what it was made from and the proof of what it printed. */
export interface NewLetter {
  documentId: number;
  employeeId: string;
  kind: LetterKind;
  /** The date printed on the letter (in the offer's zone). */
  letterDate: CalendarDate;
  /** The exact input it was rendered from; stored as canonical JSON, and must agree with the fields above. */
  input: Json;
  /** SHA-256 (lowercase hex) of the PDF of this letter rendered on its own. */
  pdfSha256: string;
  pages: number;
}

/** A letter as recorded; the ledger adds id, producedAt and operator from the write context. */
export interface LetterRecord {
  id: number;
  documentId: number;
  employeeId: string;
  kind: LetterKind;
  letterDate: CalendarDate;
  /** Canonical JSON of the letter's input, exactly as stored. */
  inputJson: string;
  pdfSha256: string;
  pages: number;
  producedAt: Instant;
  operator: string;
}

export interface LetterFilter {
  documentId?: number;
  /** These letters, in this order (ids not in the ledger are left out). */
  ids?: readonly number[];
}

export interface NewPrintRun {
  purpose: PrintPurpose;
  /** The letters in the batch, in printed order. */
  letterIds: number[];
  /** Pages of the batch PDF. */
  pages: number;
  /** SHA-256 (lowercase hex) of the batch PDF. */
  pdfSha256: string;
}

/** The ledger adds id, at and operator from the write context. */
export interface PrintRun extends NewPrintRun {
  id: number;
  at: Instant;
  operator: string;
}

export interface NewSentMark {
  documentId: number;
  /** The confirming letter that was sent (a confirmation or late-delivery notice of that document). */
  letterId: number;
  sentOn: CalendarDate;
  method: SendMethod;
}

/** The ledger adds recordedAt and operator from the write context. */
export interface SentMark extends NewSentMark {
  recordedAt: Instant;
  operator: string;
}

export interface AuditEvent {
  seq: number;
  at: Instant;
  operator: string;
  type: string;
  /**
   * `{ rows: { <table>: [<row as stored>, …] } }`; ID numbers as ciphertext, attachment bytes as
   * sha256. Format 4 adds `digests: { <table>: { rows, first, last, sha256 } }` for rows recorded
   * compactly (see row-digest.ts), and an upgrade's `detail`.
   */
  payload: Json;
  prevHash: string;
  hash: string;
}

/** The newest event: anchored outside the file (backup manifests, letters, the app's state) and checked by verify(anchors). */
export interface AuditHead {
  seq: number;
  hash: string;
}

export interface LedgerCounts {
  holders: number;
  grants: number;
  documents: number;
  attachments: number;
  cures: number;
  waivers: number;
  extensions: number;
  settingsVersions: number;
  letters: number;
  printRuns: number;
  sentMarks: number;
  /** Voids of documents, extensions and waivers (format 3). */
  voids: number;
  auditEvents: number;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  /** One sentence per problem, naming the record and the audit event, e.g. "document 3 is missing …". */
  problems: string[];
}

export interface LedgerInfo {
  /** Random UUID given at creation; names this offer's ledger in backups and letters. */
  ledgerId: string;
  path: string;
  /** Current file format (PRAGMA user_version). */
  format: number;
  createdAt: Instant;
  createdBy: string;
}

/**
 * Whether this opening of the ledger may write. A ledger whose file or folder cannot be written, or
 * that failed SQLite's integrity check, is opened for reading only (read-only-open.ts): everything
 * can be read and verified, and every write is refused with `code` before anything is touched.
 */
export type LedgerAccess =
  | { writable: true }
  | {
      writable: false;
      code: 'read-only' | 'ledger-damaged';
      /** Why, in one clause: "its folder /media/cd is read-only", "SQLite's integrity check found: …". */
      reason: string;
    };

export interface ImportSummary {
  holders: number;
  grants: number;
}

/**
 * What a read path may do with the ledger: read records, the audit trail, and re-check the chain.
 * Screens and reports take this type, so a read cannot write by mistake.
 */
export interface LedgerReader {
  info(): LedgerInfo;
  /** Whether this opening may write, and if not, why (read-only media, a damaged file). */
  access(): LedgerAccess;
  /** The offer settings in force (the latest version). */
  settings(): OfferSettings;
  holders(): Holder[];
  holder(employeeId: string): Holder | null;
  /** Ordered by holder, grant date, grant id. */
  grants(employeeId?: string): Grant[];
  /** Ordered by id (the order they were keyed in). */
  documents(employeeId?: string): ReceivedDocument[];
  document(id: number): ReceivedDocument | null;
  cures(): Cure[];
  waivers(): Waiver[];
  extensions(): Extension[];
  attachments(documentId: number): AttachmentInfo[];
  attachment(id: number): Attachment | null;
  /** Letters produced, in the order produced (or in the order of `filter.ids`). */
  letters(filter?: LetterFilter): LetterRecord[];
  /** Every printing, oldest first. */
  printRuns(): PrintRun[];
  /** Every confirmation marked sent, by document id. */
  sentMarks(): SentMark[];
  /** In sequence order; `afterSeq`/`limit` page through a long trail. */
  auditEvents(range?: { afterSeq?: number; limit?: number }): AuditEvent[];
  auditHead(): AuditHead;
  /** The kinds (types) of the events after `afterSeq` through `throughSeq`, without their payloads: what changed, cheaply. */
  auditKindsBetween(afterSeq: number, throughSeq: number): string[];
  counts(): LedgerCounts;
  /**
   * Re-checks the audit chain and replays it against every table; with `anchors` (heads kept
   * outside the file, found by the caller), also names a ledger cut short or rolled back.
   */
  verify(anchors?: readonly NamedAnchor[]): VerifyReport;
  /** The exchange terms in force (Alpha's 1-for-1, six months and one day, until others are recorded). */
  exchangeTerms(): ExchangeTerms;
  /** The written reasons for settings versions recorded after the first document, by version. */
  settingsChangeReasons(): Map<number, string>;
  /** Every settings version, oldest first. */
  settingsHistory(): SettingsVersion[];
  /** Every recorded version of the exchange terms, oldest first (none: the 1-for-1 default). */
  exchangeTermsHistory(): ExchangeTermsVersion[];
  /** The close of the offer, or null while it is open. */
  closing(): OfferClosing | null;
  /** Every fax from the inbox, oldest first (format 7), without bytes. */
  faxes(): FaxRecord[];
  fax(id: number): FaxRecord | null;
  /** The fax with these bytes, if it is already on record (the inbox records each file once). */
  faxBySha256(sha256: string): FaxRecord | null;
  /** The fax a document was filed from, if any. */
  faxOfDocument(documentId: number): FaxRecord | null;
  faxBytes(id: number): Buffer | null;
  /** How many faxes are neither filed nor set aside. */
  unfiledFaxCount(): number;
}

/** The ledger with its writes: only services that record something hold this. */
export interface Ledger extends LedgerReader {
  /**
   * Runs `fn` in one SQLite transaction: a service validates against what it reads and writes in
   * the same breath; if `fn` throws, nothing it wrote remains. `fn` must be synchronous.
   */
  transaction<T>(fn: () => T): T;

  /** Refused with 'conflict' (naming them) if any employee or grant id is already present. */
  importRoster(holders: readonly RosterHolder[], grants: readonly Grant[], ctx: WriteContext): ImportSummary;
  addDocument(doc: NewDocument, ctx: WriteContext): ReceivedDocument;
  addAttachment(documentId: number, attachment: NewAttachment, ctx: WriteContext): AttachmentInfo;
  addCure(cure: NewCure, ctx: WriteContext): Cure;
  addWaiver(waiver: NewWaiver, ctx: WriteContext): Waiver;
  addExtension(extension: NewExtension, ctx: WriteContext): Extension;
  /** Refused with 'conflict' when the document is already void. */
  voidDocument(v: NewVoid, ctx: WriteContext): ReceivedDocument;
  /**
   * A correction: the corrected document B (recording that it corrects A) and the void of A naming
   * B, in one transaction and one audit event. Returns [A as voided, B].
   */
  correctDocument(v: NewVoid, corrected: NewDocument, ctx: WriteContext): [ReceivedDocument, ReceivedDocument];
  /** Refused with 'conflict' when already void, 'invalid-input' when it is not the newest unvoided extension. */
  voidExtension(v: NewVoid, ctx: WriteContext): Extension;
  /** Refused with 'conflict' when already void. */
  voidWaiver(v: NewVoid, ctx: WriteContext): Waiver;
  /** `reason`: the written reason a change needs once a document is logged (the service decides when). */
  updateSettings(settings: OfferSettings, ctx: WriteContext, reason?: string): OfferSettings;
  /** Appends a version of the exchange terms; `reason` is '' before the first document. Checked against the offer's plans. */
  recordExchangeTerms(terms: ExchangeTerms, reason: string, ctx: WriteContext): ExchangeTerms;
  /**
   * Records the close. From then on every change to the record of the offer is refused with
   * 'offer-closed'; letters, their printing and sent marks still go in (the letters of the closing).
   */
  recordClosing(closing: NewClosing, ctx: WriteContext): OfferClosing;
  /** Puts a fax from the inbox on record (audit 'fax.received'). */
  recordFax(fax: NewFax, ctx: WriteContext): FaxRecord;
  /**
   * Files a fax as a document already recorded (audit 'fax.filed'): unless `receiptOverridden`, the
   * document must be received exactly when and by the source the fax record says. Final.
   */
  fileFax(faxId: number, documentId: number, receiptOverridden: boolean, ctx: WriteContext): FaxRecord;
  /** Sets a fax aside as not an offer document, with the written reason (audit 'fax.set-aside'). Final. */
  setFaxAside(faxId: number, reason: string, ctx: WriteContext): FaxRecord;
  /** Records letters, one audit event each, all or none. Each must be about a document of its holder. */
  addLetters(letters: readonly NewLetter[], ctx: WriteContext): LetterRecord[];
  /** Records one printing of letters already recorded. */
  addPrintRun(run: NewPrintRun, ctx: WriteContext): PrintRun;
  /**
   * Records confirmations as sent, one audit event each, all or none. Refused with 'conflict' when
   * a document is already marked sent, and 'invalid-input' when the letter is not that document's
   * confirming letter or is dated after the day it was sent.
   */
  markSent(marks: readonly NewSentMark[], ctx: WriteContext): SentMark[];

  /** Decrypts one holder's ID number. Only for tests and an explicit, deliberate export. */
  revealIdNumber(employeeId: string): string;

  /**
   * Writes a consistent copy of the whole ledger to `destPath` (which must not exist yet) and
   * returns the audit head the copy ends with.
   */
  backupTo(destPath: string): AuditHead;

  close(): void;
}

// Opening lives in open.ts; re-exported here so callers import the interface and the way in from
// one module. (open.ts imports only types from this file, so there is no runtime cycle.)
export { openLedger } from './open';
