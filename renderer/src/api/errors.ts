// Titles for error codes, so a refusal reads as what happened at the desk, not as a stack trace.
import type { ErrorCode } from '../../../main/core/errors';

const TITLES: Record<ErrorCode, string> = {
  'invalid-input': 'The desk refused this entry',
  'not-found': 'Not found in the ledger',
  conflict: 'This contradicts the ledger',
  'future-receipt': 'That time is in the future',
  'intake-locked': 'Intake is locked: the offer has expired',
  'roster-invalid': 'The roster file has bad rows',
  'ledger-too-new': 'This ledger was written by a newer Offer Desk',
  'not-a-ledger': 'This file is not an Offer Desk ledger',
  'offer-closed': 'The offer is closed: the record takes no more changes',
  'ledger-busy': 'Another Offer Desk is writing to this ledger',
  'read-only': 'This ledger is read-only',
  'ledger-damaged': 'This ledger is damaged: it is open for reading only',
  'disk-full': 'The disk is full',
  'disk-error': 'The disk could not read or write the ledger',
  'key-missing': 'The ID-number key for this ledger is missing',
  internal: 'Something went wrong inside Offer Desk',
};

export function errorTitle(code: ErrorCode): string {
  return TITLES[code];
}
