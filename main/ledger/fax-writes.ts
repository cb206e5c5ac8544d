// The writes of format 7 — a fax put on record, then filed as a document or set aside — each with
// its audit event. They run inside the SqliteLedger's transaction (after the offer-closed check),
// and check what the ledger holds first so a refusal names the fax and changes nothing.

import { OfferDeskError } from '../core/errors';
import { formatInZone } from '../core/time';
import type { WriteContext } from './ledger';
import type { FaxRecord, validateFax } from './faxes';
import type { Stores } from './sqlite-ledger';

function existingFax(stores: Stores, faxId: number): FaxRecord {
  const fax = Number.isInteger(faxId) ? stores.faxes.get(faxId) : null;
  if (fax === null) throw new OfferDeskError('not-found', `No fax ${String(faxId)} in the ledger.`);
  if (fax.disposition !== null) {
    const zone = stores.settings.current().zone;
    const when = formatInZone(fax.disposition.recordedAt, zone);
    const what = fax.disposition.documentId === null
      ? `set aside as not an offer document by ${fax.disposition.operator} at ${when}`
      : `filed as document ${fax.disposition.documentId} by ${fax.disposition.operator} at ${when}`;
    throw new OfferDeskError('conflict', `Fax ${faxId} (${fax.fileName}) was already ${what}. Nothing was recorded.`);
  }
  return fax;
}

export function writeFax(stores: Stores, fax: ReturnType<typeof validateFax>, ctx: WriteContext): FaxRecord {
  const { fax: recorded, rows } = stores.faxes.insert(fax, ctx);
  stores.audit.append('fax.received', rows, ctx);
  return recorded;
}

export function writeFaxFiling(stores: Stores, faxId: number, documentId: number, receiptOverridden: boolean, ctx: WriteContext): FaxRecord {
  existingFax(stores, faxId);
  if (!stores.documents.exists(documentId)) throw new OfferDeskError('not-found', `No document ${documentId} in the ledger.`);
  const rows = stores.faxes.dispose(faxId, { documentId, notOfferReason: null, receiptOverridden }, ctx);
  stores.audit.append('fax.filed', rows, ctx);
  return stores.faxes.get(faxId) as FaxRecord;
}

export function writeFaxSetAside(stores: Stores, faxId: number, reason: string, ctx: WriteContext): FaxRecord {
  existingFax(stores, faxId);
  const rows = stores.faxes.dispose(faxId, { documentId: null, notOfferReason: reason, receiptOverridden: false }, ctx);
  stores.audit.append('fax.set-aside', rows, ctx);
  return stores.faxes.get(faxId) as FaxRecord;
}
