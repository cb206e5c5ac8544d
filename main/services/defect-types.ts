// Open defects, cures and offer-wide waivers.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { DefectKind, DefectStatus, DocumentKind, Instant, Waiver } from '../core/types';
import type { HolderDetail } from './holder-types';

export interface OpenDefectRow {
  documentId: number;
  employeeId: string;
  name: string;
  kind: DocumentKind;
  receivedAt: Instant;
  receivedAtText: string;
  cureDeadline: Instant;
  defects: DefectStatus[];
}

export interface CureResult {
  detail: HolderDetail;
  /** Set when the cure arrived after the cure deadline (logged, but the defect stays open). */
  warnings: string[];
}

export interface WaiverPreview {
  defect: DefectKind;
  /** Every document whose defect this waiver settles, and whose holder's election may change. */
  affected: { documentId: number; employeeId: string; name: string; receivedAtText: string; becomesProperlyMade: boolean }[];
}

export interface WaiverResult {
  waiver: Waiver;
  affected: WaiverPreview['affected'];
}
