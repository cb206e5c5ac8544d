// The faxes from the inbox as the desk shows them: newest first, each with its receipt window in
// words, whether it straddles the expiration in force, and what its code says.
import { OfferDeskError } from '../core/errors';
import { receiptWindowText, straddlesExpiration, straddleText } from '../core/fax-receipt';
import { formCodeSentence, type FormCodeReading } from '../core/form-code';
import { formatInZone, instantInputText } from '../core/time';
import type { FaxRecord } from '../ledger/ledger';
import type { DeskParts, DeskReader } from './desk-parts';
import type { FaxContent, FaxList, FaxListItem, FaxStatus, FaxView } from './fax-types';
import type { Snapshot } from './snapshot';

function statusOf(fax: FaxRecord): FaxStatus {
  if (fax.disposition === null) return 'unfiled';
  return fax.disposition.documentId === null ? 'set-aside' : 'filed';
}

/** The code's holder, only when it is this offer's and names a holder on the roster. */
function codeOf(reading: FormCodeReading, snap: Snapshot): FaxListItem['code'] {
  if (reading.status !== 'read') return null;
  const holder = snap.holderById.get(reading.employeeId);
  return holder === undefined ? null : { employeeId: holder.employeeId, kind: reading.kind, holderName: holder.name };
}

function sentenceOf(reading: FormCodeReading, snap: Snapshot): string {
  if (reading.status === 'read' && !snap.holderById.has(reading.employeeId)) {
    return `The form's code names employee id ${reading.employeeId}, who is not on the eligibility roster: nothing is preselected.`;
  }
  return formCodeSentence(reading, snap.holderById.get(reading.status === 'read' ? reading.employeeId : '')?.name ?? null);
}

function listItem(desk: DeskReader, fax: FaxRecord, snap: Snapshot): FaxListItem {
  const zone = snap.settings.zone;
  const documentId = fax.disposition?.documentId ?? null;
  return {
    id: fax.id,
    fileName: fax.fileName,
    mediaType: fax.mediaType,
    pages: fax.pages,
    seenAt: fax.seenAt,
    seenAtText: formatInZone(fax.seenAt, zone),
    receivedAt: fax.receipt.receivedAt,
    receivedAtText: formatInZone(fax.receipt.receivedAt, zone),
    receiptSource: fax.receipt.source,
    windowText: receiptWindowText(fax.receipt, zone),
    straddles: straddlesExpiration(fax.receipt, snap.expiresAt),
    code: codeOf(fax.code, snap),
    codeReading: fax.code,
    codeSentence: sentenceOf(fax.code, snap),
    status: statusOf(fax),
    documentId,
    documentEmployeeId: documentId === null ? null : (desk.ledger.document(documentId)?.employeeId ?? null),
  };
}

/** Newest first (by when the desk saw them); `unfiled` only, or every fax. */
export function listFaxes(desk: DeskReader, which: 'unfiled' | 'all'): FaxList {
  const snap = desk.snapshot();
  const all = desk.ledger.faxes();
  const shown = which === 'all' ? all : all.filter((f) => f.disposition === null);
  shown.sort((a, b) => (a.seenAt === b.seenAt ? b.id - a.id : a.seenAt < b.seenAt ? 1 : -1));
  return {
    faxes: shown.map((f) => listItem(desk, f, snap)),
    unfiled: all.filter((f) => f.disposition === null).length,
    total: all.length,
  };
}

export function requireFax(desk: DeskReader, id: number): FaxRecord {
  const fax = desk.ledger.fax(id);
  if (fax === null) throw new OfferDeskError('not-found', `There is no fax ${id} in the ledger.`);
  return fax;
}

export function faxView(desk: DeskReader, id: number): FaxView {
  const fax = requireFax(desk, id);
  const snap = desk.snapshot();
  const zone = snap.settings.zone;
  const item = listItem(desk, fax, snap);
  const d = fax.disposition;
  return {
    ...item,
    sha256: fax.sha256,
    size: fax.size,
    receivedFromText: formatInZone(fax.receipt.receivedFrom, zone),
    receivedToText: formatInZone(fax.receipt.receivedTo, zone),
    callStartedAtText: fax.receipt.callStartedAt === null ? null : formatInZone(fax.receipt.callStartedAt, zone),
    serverZone: fax.serverZone,
    logLine: fax.logLine,
    tiffDateTime: fax.tiffDateTime,
    straddleText: item.straddles ? straddleText(fax.receipt, snap.expiresAt, zone) : null,
    prefill: {
      employeeId: item.code?.employeeId ?? '',
      kind: item.code?.kind ?? null,
      receivedAt: instantInputText(fax.receipt.receivedAt, zone),
      pages: fax.pages,
    },
    disposition:
      d === null
        ? null
        : {
            documentId: d.documentId,
            notOfferReason: d.notOfferReason,
            receiptOverridden: d.receiptOverridden,
            recordedAtText: formatInZone(d.recordedAt, zone),
            operator: d.operator,
          },
  };
}

export function faxContent(desk: DeskReader, id: number): FaxContent {
  const fax = requireFax(desk, id);
  const bytes = desk.ledger.faxBytes(id);
  if (bytes === null) throw new OfferDeskError('not-found', `There is no fax ${id} in the ledger.`);
  return { id, fileName: fax.fileName, mediaType: fax.mediaType, base64: bytes.toString('base64') };
}

/** A fax that is not an offer document (a cover sheet, an advertisement): set aside with the reason, kept on record. */
export function setFaxAside(desk: DeskParts, id: number, reason: string): FaxView {
  const ctx = { at: desk.now(), operator: desk.operator() };
  desk.write(() => ({ value: desk.ledger.setFaxAside(id, reason, ctx), holders: [] }));
  return faxView(desk, id);
}
