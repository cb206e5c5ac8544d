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
import { DEFECT_KINDS, SIGNER_CAPACITIES, isPaperDefect } from '../../../main/core/types';

export const KIND_SHORT: Record<DocumentKind, string> = {
  election: 'Election Form',
  notice: 'Notice to Change Election',
};

export const VIA_LABEL: Record<DeliveryVia, string> = { fax: 'Fax', hand: 'Hand delivery' };

export const SOURCE_LABEL: Record<ReceiptSource, string> = {
  'fax-header': 'Fax header time',
  'desk-stamp': 'Desk stamp',
  'fax-server-log': 'Fax server log',
  'inbox-arrival': 'Inbox arrival',
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

/** Enum value lists in display order: core's own lists (the window imports main/core at run time). */
/** The boxes the desk ticks: paper defects (not on the roster, a foreign grant) are logged only by a deliberate choice. */
export const DEFECT_KINDS_IN_ORDER: readonly DefectKind[] = DEFECT_KINDS.filter((d) => !isPaperDefect(d));
export const CAPACITIES_IN_ORDER: readonly SignerCapacity[] = SIGNER_CAPACITIES;
/** The holder filters are the contract's (main/ipc/dto.ts); the Record above has a label for each. */
export const FILTERS_IN_ORDER = Object.keys(FILTER_LABEL) as HolderFilter[];
