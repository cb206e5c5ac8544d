// Constant lists of the ledger's vocabulary. A leaf module (it imports nothing), so every file in
// main/ledger can use these values without pulling in ledger.ts and, through it, open.ts.

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/tiff', 'image/png', 'image/jpeg'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const AUDIT_EVENT_TYPES = [
  'offer.created',
  'holder.imported',
  'grant.imported',
  'document.recorded',
  'attachment.added',
  'cure.recorded',
  'waiver.granted',
  'extension.recorded',
  'settings.updated',
  'ledger.migrated',
  'letter.produced',
  'print-run.recorded',
  'confirmation.sent',
  // Format 3
  'document.voided',
  'document.corrected',
  'extension.voided',
  'waiver.voided',
  // Format 4: one event for a whole roster import (holders.imported / grant.imported before).
  'roster.imported',
  // Format 6
  'terms.recorded',
  'offer.closed',
  // Format 7
  'fax.received',
  'fax.filed',
  'fax.set-aside',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
