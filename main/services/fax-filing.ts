// Filing a fax from the inbox as the document being logged. The fax record says when the Company
// received it and how that is known; the document takes exactly that unless the operator typed
// another time, which is kept and flagged as overridden (the fax record is never changed).
import { OfferDeskError } from '../core/errors';
import { straddleText, straddlesExpiration } from '../core/fax-receipt';
import { formatInZone, parseInstantInput } from '../core/time';
import { FAX_RECEIPT_SOURCES, type ReceiptSource } from '../core/types';
import type { FaxRecord } from '../ledger/ledger';
import type { DeskReader } from './desk-parts';
import type { DraftInput } from './intake';
import type { Snapshot } from './snapshot';

export interface FaxFiling {
  fax: FaxRecord;
  /** The operator typed a receipt time other than the fax record's. */
  receiptOverridden: boolean;
}

const isFaxRecordSource = (s: ReceiptSource | undefined): boolean =>
  s !== undefined && (FAX_RECEIPT_SOURCES as readonly string[]).includes(s);

/** A time typed by hand never claims to come from the fax server's log or the inbox. */
export function refuseFaxRecordSource(draft: DraftInput): void {
  if (isFaxRecordSource(draft.receiptSource)) {
    throw new OfferDeskError(
      'invalid-input',
      `The receipt source ${String(draft.receiptSource)} is given only by filing a fax from the inbox; for a time typed from the paper choose fax-header or desk-stamp.`,
    );
  }
}

/** The draft as filed from fax `faxId`, with what the operator must be told. Refuses a fax already filed or set aside. */
export function draftFromFax(desk: DeskReader, snap: Snapshot, faxId: number, draft: DraftInput): { draft: DraftInput; filing: FaxFiling; warnings: string[] } {
  const fax = desk.ledger.fax(faxId);
  if (fax === null) throw new OfferDeskError('not-found', `There is no fax ${faxId} in the ledger.`);
  const zone = snap.settings.zone;
  if (fax.disposition !== null) {
    const how = fax.disposition.documentId === null ? 'set aside as not an offer document' : `filed as document ${fax.disposition.documentId}`;
    throw new OfferDeskError('conflict', `Fax ${faxId} (${fax.fileName}) was already ${how} by ${fax.disposition.operator} at ${formatInZone(fax.disposition.recordedAt, zone)}.`);
  }
  if (draft.via !== 'fax') throw new OfferDeskError('invalid-input', `Fax ${faxId} came in by fax: it is filed as delivered by fax, not by hand.`);
  const typed = parseInstantInput(draft.receivedAt, zone);
  const receiptOverridden = typed !== fax.receipt.receivedAt;
  const warnings: string[] = [];
  if (receiptOverridden) {
    refuseFaxRecordSource(draft);
    warnings.push(
      `The receipt time ${formatInZone(typed, zone)} was typed over the fax record's ${formatInZone(fax.receipt.receivedAt, zone)}: the document is flagged as overridden.`,
    );
  } else if (straddlesExpiration(fax.receipt, snap.expiresAt)) {
    warnings.push(straddleText(fax.receipt, snap.expiresAt, zone));
  }
  // The operator's choice is what is recorded; a choice that differs from the form's own code is said.
  const code = fax.code;
  if (code.status === 'read' && (code.employeeId !== draft.employeeId || code.kind !== draft.kind)) {
    const named = `${snap.holderById.get(code.employeeId)?.name ?? code.employeeId} (${code.employeeId}), ${code.kind === 'election' ? 'Election Form' : 'Notice to Change Election'}`;
    warnings.push(`The form's code names ${named}; this is being filed as ${draft.employeeId}'s ${draft.kind === 'election' ? 'Election Form' : 'Notice to Change Election'}. Check the paper.`);
  }
  return {
    draft: {
      ...draft,
      receiptSource: receiptOverridden ? (draft.receiptSource ?? 'fax-header') : fax.receipt.source,
      pages: draft.pages ?? fax.pages,
    },
    filing: { fax, receiptOverridden },
    warnings,
  };
}
