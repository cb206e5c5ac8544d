// One error type crosses every boundary (service -> CLI, service -> IPC -> UI): a stable code the
// caller can act on, and a message a person can read. Thrown only for refused input or a
// ledger that cannot be trusted; a refused operation has changed nothing.

export const ERROR_CODES = [
  'invalid-input', // a value is malformed or out of range (the message says which and why)
  'not-found', // a holder, grant, document or file named by the caller does not exist
  'conflict', // the request contradicts what the ledger already holds (duplicate grant id, ...)
  'future-receipt', // a receipt or cure time later than now
  'intake-locked', // the expiration has passed and the late-keying path was not taken
  'roster-invalid', // a roster file with bad rows (every bad row is named)
  'ledger-too-new', // written by a newer Offer Desk
  'not-a-ledger', // the file is not an Offer Desk ledger
  'offer-closed', // the offer is closed: the record takes no more changes (letters of the closing, reports, exports and verify still work)
  'ledger-busy', // another process held the ledger's write lock past the wait budget; nothing was written
  'read-only', // the ledger's file or folder cannot be written (read-only media, permissions): it is open for reading only
  'ledger-damaged', // the ledger failed SQLite's integrity check or reads as corrupt: open for reading only, never written
  'disk-full', // the disk (or the file's size limit) left no room for the change; nothing was written
  'disk-error', // the disk or network share failed to read or write the file (an I/O error)
  'key-missing', // the ledger seals ID numbers with a key whose file is gone; a new key is never made in its place
  'internal', // a bug: reported, never swallowed
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class OfferDeskError extends Error {
  readonly code: ErrorCode;
  /** Optional structured detail, e.g. the list of bad roster rows. */
  readonly details: readonly string[];

  constructor(code: ErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'OfferDeskError';
    this.code = code;
    this.details = details;
  }
}

export function isOfferDeskError(e: unknown): e is OfferDeskError {
  return e instanceof OfferDeskError;
}
