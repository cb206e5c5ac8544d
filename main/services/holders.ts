// Holders: one holder's grants, election and paper; a page of the roster (searched and filtered);
// a document's scan; and the roster import itself.
import { OfferDeskError } from '../core/errors';
import { parseRosterCsv } from '../core/roster';
import { decodeRosterBytes } from '../core/text';
import type { DeskParts, DeskReader } from './desk-parts';
import type { AttachmentContent, HolderDetail, RosterImportResult } from './holder-types';
import { electionOf, type Snapshot } from './snapshot';
import { toDocumentView } from './views';

export function holderOrRefuse(snap: Snapshot, employeeId: string) {
  const holder = snap.holderById.get(employeeId);
  if (!holder) throw new OfferDeskError('not-found', `No holder with employee id ${employeeId} is on the eligibility roster.`);
  return holder;
}

export function holderDetail(desk: DeskReader, employeeId: string): HolderDetail {
  const snap = desk.snapshot();
  const holder = holderOrRefuse(snap, employeeId);
  const election = electionOf(snap, employeeId);
  const grants = snap.grantsByHolder.get(employeeId) ?? [];
  const byGrant = new Map(election.grants.map((g) => [g.grantId, g]));
  const documents = [...(snap.documentsByHolder.get(employeeId) ?? [])]
    .sort((a, b) => (a.receivedAt === b.receivedAt ? b.id - a.id : a.receivedAt < b.receivedAt ? 1 : -1))
    .map((d) => toDocumentView(d, election, snap.settings.zone, desk.ledger.attachments(d.id), desk.ledger.faxOfDocument(d.id)));
  return {
    holder,
    grants: grants.map((g) => {
      const e = byGrant.get(g.grantId);
      if (!e) throw new Error(`grant ${g.grantId} was not assessed`);
      return { ...g, ...e };
    }),
    election,
    documents,
  };
}

export function attachmentContent(desk: DeskReader, id: number): AttachmentContent {
  const found = desk.ledger.attachment(id);
  if (!found) throw new OfferDeskError('not-found', `There is no attachment ${id}.`);
  const { bytes, ...info } = found;
  return { ...info, base64: Buffer.from(bytes).toString('base64') };
}

/**
 * A roster file's bytes, from disk or sent by the window, decoded here as strict UTF-8 (a cp1252
 * file is refused, never guessed). Text already in memory (tests, benchmarks) is checked by the
 * same parser.
 */
export function importRoster(desk: DeskParts, file: Uint8Array | string): RosterImportResult {
  const settings = desk.ledger.settings();
  const parsed = parseRosterCsv(typeof file === 'string' ? file : decodeRosterBytes(file), settings.plans);
  desk.ledger.importRoster(parsed.holders, parsed.grants, { at: desk.now(), operator: desk.operator() });
  return { holders: parsed.holders.length, grants: parsed.grants.length };
}
