// The public face of main/ledger. Everything else in this folder is internal.

export { openLedger } from './open';
export { FileKeyProvider, KEY_BYTES, type KeyProvider } from './key-provider';
export { APPLICATION_ID } from './connection';
export { LATEST_FORMAT } from './migrations/index';
export { GENESIS_HASH, eventHash } from './audit';
export { canonicalJson, type Json } from './canonical-json';
export { MAX_ATTACHMENT_BYTES } from './attachments';
export { MAX_LETTER_INPUT_CHARS } from './letters';
export { MAX_LETTERS_PER_RUN } from './print-runs';
export {
  ATTACHMENT_MEDIA_TYPES,
  AUDIT_EVENT_TYPES,
  type Attachment,
  type AttachmentInfo,
  type AttachmentMediaType,
  type AuditEvent,
  type AuditEventType,
  type AuditHead,
  type ImportSummary,
  type Ledger,
  type LedgerCounts,
  type LedgerInfo,
  type LedgerOptions,
  type LetterFilter,
  type LetterRecord,
  type NewAttachment,
  type NewCure,
  type NewDocument,
  type NewExtension,
  type NewLetter,
  type NewPrintRun,
  type NewSentMark,
  type NewWaiver,
  type PrintRun,
  type RosterHolder,
  type SentMark,
  type VerifyReport,
  type WriteContext,
} from './ledger';
