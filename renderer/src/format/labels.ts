// Words for the contract's enums. `Record<Enum, …>` makes the compiler insist every value has one,
// so a new defect kind in core cannot reach the screen unnamed.
import type {
  DefectKind,
  DefectState,
  DeliveryVia,
  DocumentKind,
  DocumentStanding,
  ElectionState,
  ReceiptSource,
  SignerCapacity,
} from '../../../main/core/types';
import type { HolderFilter } from '../../../main/ipc/dto';

export const KIND_SHORT: Record<DocumentKind, string> = {
  election: 'Election Form',
  notice: 'Notice to Change Election',
};

export const VIA_LABEL: Record<DeliveryVia, string> = { fax: 'Fax', hand: 'Hand delivery' };

export const SOURCE_LABEL: Record<ReceiptSource, string> = {
  'fax-header': 'Fax header time',
  'desk-stamp': 'Desk stamp',
};

export const CAPACITY_LABEL: Record<SignerCapacity, string> = {
  holder: 'The holder',
  trustee: 'Trustee',
  executor: 'Executor',
  administrator: 'Administrator',
  guardian: 'Guardian',
  'attorney-in-fact': 'Attorney-in-fact',
  'corporate-officer': 'Officer of a corporation',
  'other-fiduciary': 'Other fiduciary',
};

export const DEFECT_LABEL: Record<DefectKind, string> = {
  unsigned: 'Not signed',
  'signature-mismatch': 'Signature differs from the option agreement',
  'name-mismatch': 'Printed name differs from the Election Form',
  'no-date-time': 'Date and time of signing missing',
  'no-email': 'No current e-mail address',
  'no-id-number': 'No identification number',
  'withdraw-box-unmarked': 'Withdrawal box not marked',
  'no-authority-evidence': "No evidence of the representative's authority",
  'not-on-roster': 'Sender not on the roster',
  'grant-not-eligible': "Names a grant that is not the holder's",
};

/** Which checks the paper asks for: the withdrawal box is on the Notice only, authority only for a representative. */
export function defectApplies(defect: DefectKind, kind: DocumentKind, capacity: SignerCapacity): boolean {
  // Logged only by a deliberate choice, never ticked, cured or waived (core/types PAPER_DEFECTS;
  // named here until the renderer may import core at run time, which the text work brings).
  if (isPaperDefect(defect)) return false;
  if (defect === 'withdraw-box-unmarked') return kind === 'notice';
  if (defect === 'no-authority-evidence') return capacity !== 'holder';
  return true;
}

export const DEFECT_STATE_LABEL: Record<DefectState, string> = {
  open: 'open',
  cured: 'cured',
  waived: 'waived',
  'cure-late': 'cured too late',
};

export const STANDING_LABEL: Record<DocumentStanding, string> = {
  governing: 'Governing',
  superseded: 'Superseded',
  defective: 'Defective',
  late: 'Late',
  void: 'Void',
};

export const STANDING_COLOR: Record<DocumentStanding, string> = {
  governing: 'green',
  superseded: 'gray',
  defective: 'orange',
  late: 'red',
  void: 'dark',
};

export const STATE_LABEL: Record<ElectionState, string> = {
  'tendered-all': 'Tendered all',
  'tendered-part': 'Tendered part',
  'tendered-none': 'None tendered',
};

/** Long form for the holder's headline: what the election means for the old options. */
export const STATE_HEADLINE: Record<ElectionState, string> = {
  'tendered-all': 'Tendered every eligible option',
  'tendered-part': 'Tendered some options, keeps the rest',
  'tendered-none': 'Nothing tendered: keeps the old options',
};

export const STATE_COLOR: Record<ElectionState, string> = {
  'tendered-all': 'blue',
  'tendered-part': 'violet',
  'tendered-none': 'gray',
};

export const FILTER_LABEL: Record<HolderFilter, string> = {
  all: 'All holders',
  'tendered-all': 'Tendered all',
  'tendered-part': 'Tendered part',
  'tendered-none': 'Tendered none',
  'has-defects': 'Has open defects',
};

/** Enum value lists in display order (the contract's lists are runtime code in main/, not importable here). */
export const DEFECT_KINDS_IN_ORDER = (Object.keys(DEFECT_LABEL) as DefectKind[]).filter((d) => !isPaperDefect(d));

function isPaperDefect(defect: DefectKind): boolean {
  return defect === 'not-on-roster' || defect === 'grant-not-eligible';
}
export const CAPACITIES_IN_ORDER = Object.keys(CAPACITY_LABEL) as SignerCapacity[];
export const FILTERS_IN_ORDER = Object.keys(FILTER_LABEL) as HolderFilter[];
