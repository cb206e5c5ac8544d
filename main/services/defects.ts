// Defects: the open ones, a holder's cure, and offer-wide waivers (previewed, then granted).
import { OfferDeskError } from '../core/errors';
import { describeDefect } from '../core/defects';
import { formatInZone, parseInstantInput } from '../core/time';
import type { DefectKind } from '../core/types';
import type { CureResult, WaiverPreview, WaiverResult } from './defect-types';
import type { DeskParts, DeskReader } from './desk-parts';
import { holderDetail } from './holders';
import { electionOf, type Snapshot } from './snapshot';

export interface CureInput {
  documentId: number;
  defect: DefectKind;
  /** As typed at the desk; read in the offer's zone. */
  curedAt: string;
}

export function cureDefect(desk: DeskParts, input: CureInput): CureResult {
  const warnings: string[] = [];
  const ctx = { at: desk.now(), operator: desk.operator() };
  const employeeId = desk.write((snap) => {
    const zone = snap.settings.zone;
    const doc = desk.ledger.document(input.documentId);
    if (!doc) throw new OfferDeskError('not-found', `There is no document ${input.documentId}.`);
    if (doc.voided) throw new OfferDeskError('conflict', `Document ${doc.id} is void (${doc.voided.reason}); it counts for nothing and needs no cure.`);
    if (!doc.defects.includes(input.defect)) {
      throw new OfferDeskError('invalid-input', `Document ${doc.id} was not logged with the defect "${input.defect}" (${describeDefect(input.defect)}); there is nothing to cure.`);
    }
    const curedAt = parseInstantInput(input.curedAt, zone);
    if (curedAt > ctx.at) throw new OfferDeskError('future-receipt', `The cure time ${formatInZone(curedAt, zone)} is in the future (it is now ${formatInZone(ctx.at, zone)}).`);
    if (curedAt < doc.receivedAt) throw new OfferDeskError('invalid-input', `A cure cannot come before the document it cures (received ${formatInZone(doc.receivedAt, zone)}).`);
    const status = electionOf(snap, doc.employeeId).documents.find((a) => a.documentId === doc.id)?.defects.find((s) => s.defect === input.defect);
    if (status?.state === 'cured') throw new OfferDeskError('conflict', `The defect "${input.defect}" of document ${doc.id} is already cured.`);
    if (status?.state === 'waived') throw new OfferDeskError('conflict', `The defect "${input.defect}" is waived offer-wide; document ${doc.id} needs no cure for it.`);
    const deadline = doc.cureDeadline ?? snap.expiresAt;
    if (curedAt > deadline) {
      warnings.push(`The cure was received ${formatInZone(curedAt, zone)}, after the cure deadline ${formatInZone(deadline, zone)}: it is logged but the defect stays open.`);
    }
    desk.ledger.addCure({ documentId: doc.id, defect: input.defect, curedAt }, ctx);
    return { value: doc.employeeId, holders: [doc.employeeId] };
  });
  return { detail: holderDetail(desk, employeeId), warnings };
}

function waiverPlan(desk: DeskReader, snap: Snapshot, defect: DefectKind): WaiverPreview {
  const affected: WaiverPreview['affected'] = [];
  for (const doc of desk.ledger.documents()) {
    if (!doc.defects.includes(defect)) continue;
    const election = electionOf(snap, doc.employeeId);
    const a = election.documents.find((x) => x.documentId === doc.id);
    const status = a?.defects.find((x) => x.defect === defect);
    if (!a || !status || status.state === 'waived' || status.state === 'cured') continue;
    const othersOpen = a.defects.some((x) => x.defect !== defect && (x.state === 'open' || x.state === 'cure-late'));
    affected.push({
      documentId: doc.id,
      employeeId: doc.employeeId,
      name: snap.holderById.get(doc.employeeId)?.name ?? doc.employeeId,
      receivedAtText: formatInZone(doc.receivedAt, snap.settings.zone),
      becomesProperlyMade: !othersOpen,
    });
  }
  return { defect, affected };
}

export function previewWaiver(desk: DeskReader, defect: DefectKind): WaiverPreview {
  return waiverPlan(desk, desk.snapshot(), defect);
}

export function grantWaiver(desk: DeskParts, input: { defect: DefectKind; reason: string }): WaiverResult {
  const ctx = { at: desk.now(), operator: desk.operator() };
  return desk.write((snap) => {
    if (desk.ledger.waivers().some((w) => w.defect === input.defect)) {
      throw new OfferDeskError('conflict', `The defect "${input.defect}" is already waived offer-wide.`);
    }
    const { affected } = waiverPlan(desk, snap, input.defect);
    const waiver = desk.ledger.addWaiver({ defect: input.defect, reason: input.reason }, ctx);
    // Offer-wide: every holder with that defect moves.
    return { value: { waiver, affected }, holders: null };
  });
}
