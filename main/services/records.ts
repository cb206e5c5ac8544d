// The record as the CLI lists it: a row per grant election and per document, and one document
// named as the paper names it (holder and receipt time).
import { OfferDeskError } from '../core/errors';
import { formatInZone, parseInstantInput } from '../core/time';
import type { DeskReader } from './desk-parts';
import type { DocumentRow, ElectionRow } from './holder-types';
import { holderOrRefuse } from './holders';
import { electionOf } from './snapshot';
import { electionRowsOf, toDocumentRow } from './views';

export function electionRows(desk: DeskReader): ElectionRow[] {
  return electionRowsOf(desk.snapshot());
}

export function documentRows(desk: DeskReader): DocumentRow[] {
  const snap = desk.snapshot();
  return desk.ledger.documents().map((d) => toDocumentRow(d, electionOf(snap, d.employeeId), snap.settings.zone));
}

/** A document named by holder and receipt time, as the paper names it; refused when none or several match. */
export function findDocument(desk: DeskReader, input: { employeeId: string; receivedAt: string }): { documentId: number } {
  const snap = desk.snapshot();
  holderOrRefuse(snap, input.employeeId);
  const zone = snap.settings.zone;
  const receivedAt = parseInstantInput(input.receivedAt, zone);
  const matches = (snap.documentsByHolder.get(input.employeeId) ?? []).filter((d) => d.receivedAt === receivedAt);
  const [first] = matches;
  if (first === undefined) {
    throw new OfferDeskError('not-found', `No document from ${input.employeeId} was received at ${formatInZone(receivedAt, zone)}.`);
  }
  if (matches.length > 1) {
    throw new OfferDeskError('conflict', `${matches.length} documents from ${input.employeeId} were received at ${formatInZone(receivedAt, zone)}; name one by its id.`);
  }
  return { documentId: first.id };
}
