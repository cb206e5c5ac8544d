// The record book of one offer, as the rest of Offer Desk sees it. The ledger stores facts and
// their audit trail; it computes nothing about elections (main/core does) and never reads the
// clock: every write carries the time and operator the caller supplies.

import type {
  Cure,
  Extension,
  Grant,
  Holder,
  Instant,
  OfferSettings,
  ReceivedDocument,
  Waiver,
} from '../core/types';
import type { Json } from './canonical-json';
import type { KeyProvider } from './key-provider';
import type { AttachmentMediaType } from './vocabulary';

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

export type NewDocument = Omit<ReceivedDocument, 'id'>;
/** The ledger adds id, recordedAt and operator from the write context. */
export type NewCure = Omit<Cure, 'id' | 'recordedAt' | 'operator'>;
/** The ledger adds id, grantedAt and operator from the write context. */
export type NewWaiver = Omit<Waiver, 'id' | 'grantedAt' | 'operator'>;
/** The ledger adds id, decidedAt and operator from the write context. */
export type NewExtension = Omit<Extension, 'id' | 'decidedAt' | 'operator'>;


export interface AuditEvent {
  seq: number;
  at: Instant;
  operator: string;
  type: string;
  /** `{ rows: { <table>: [<row as stored>, …] } }`; ID numbers as ciphertext, attachment bytes as sha256. */
  payload: Json;
  prevHash: string;
  hash: string;
}

/** The newest event: to be anchored outside the file by a later issue (see audit.ts). */
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

export interface ImportSummary {
  holders: number;
  grants: number;
}

export interface Ledger {
  info(): LedgerInfo;
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
  /** In sequence order; `afterSeq`/`limit` page through a long trail. */
  auditEvents(range?: { afterSeq?: number; limit?: number }): AuditEvent[];
  auditHead(): AuditHead;
  counts(): LedgerCounts;

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
  updateSettings(settings: OfferSettings, ctx: WriteContext): OfferSettings;

  /** Decrypts one holder's ID number. Only for tests and an explicit, deliberate export. */
  revealIdNumber(employeeId: string): string;

  /**
   * Writes a consistent copy of the whole ledger to `destPath` (which must not exist yet) and
   * returns the audit head the copy ends with.
   */
  backupTo(destPath: string): AuditHead;

  /** Re-checks the audit chain and replays it against every table. */
  verify(): VerifyReport;

  close(): void;
}

// Opening lives in open.ts; re-exported here so callers import the interface and the way in from
// one module. (open.ts imports only types from this file, so there is no runtime cycle.)
export { openLedger } from './open';
