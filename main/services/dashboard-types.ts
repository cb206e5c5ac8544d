// The dashboard's figures.
// Plain JSON-safe data, so the same shapes cross Electron's IPC, the browser harness and `--json`
// output unchanged; main/ipc/dto.ts re-exports them as the contract's output types.
import type { ElectionState, Instant } from '../core/types';
import type { OfferSummary } from './offer-types';

export interface PlanTotals {
  plan: string;
  grantsTendered: number;
  grantsKept: number;
  sharesTendered: number;
  sharesKept: number;
}

export interface DashboardData {
  offer: OfferSummary;
  holders: number;
  holdersByState: Record<ElectionState, number>;
  byPlan: PlanTotals[];
  documentsByStanding: { governing: number; superseded: number; defective: number; late: number };
  confirmationsDueToday: number;
  confirmationsOverdue: number;
  /** Faxes from the inbox neither filed nor set aside. */
  unfiledFaxes: number;
  /** Shares tendered (as the ledger stands now) at each moment a timely document was received. */
  tenderedOverTime: { at: Instant; sharesTendered: number }[];
}
