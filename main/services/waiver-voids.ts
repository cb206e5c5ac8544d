// Voiding a waiver granted by mistake: that kind of defect is open again offer-wide, so every
// document with it is re-judged. The preview lists each document whose standing changes.
import { OfferDeskError } from '../core/errors';
import type { Waiver } from '../core/types';
import type { WaiverVoidPreview, WaiverVoidResult } from './correction-types';
import type { DeskParts } from './desk-parts';
import { judgeAs, type Snapshot } from './snapshot';
import { standingChanges } from './standing-changes';

function voidPlan(parts: DeskParts, snap: Snapshot, waiverId: number): WaiverVoidPreview {
  const target = parts.ledger.waivers().find((w) => w.id === waiverId);
  if (!target) throw new OfferDeskError('not-found', `There is no waiver ${waiverId}.`);
  if (target.voided) throw new OfferDeskError('conflict', `Waiver ${waiverId} is already void (${target.voided.reason}).`);
  const without: Waiver[] = snap.waivers.filter((w) => w.id !== waiverId);
  const holders: string[] = [];
  for (const [employeeId, docs] of snap.documentsByHolder) {
    if (docs.some((d) => d.defects.includes(target.defect))) holders.push(employeeId);
  }
  return { waiver: target, affected: standingChanges(parts.ledger, snap, holders, (id) => judgeAs(snap, id, { waivers: without })) };
}

export function previewWaiverVoid(parts: DeskParts, waiverId: number): WaiverVoidPreview {
  return voidPlan(parts, parts.snapshot(), waiverId);
}

export function voidWaiver(parts: DeskParts, waiverId: number, reason: string): WaiverVoidResult {
  return parts.write((snap) => {
    const p = voidPlan(parts, snap, waiverId);
    const waiver = parts.ledger.voidWaiver({ id: waiverId, reason }, { at: parts.now(), operator: parts.operator() });
    return { value: { waiver, affected: p.affected }, holders: null };
  });
}
