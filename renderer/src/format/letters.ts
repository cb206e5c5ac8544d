// Words for the letters' enums (confirmations queue, print runs, sent marks). As in labels.ts,
// `Record<Enum, …>` makes the compiler insist that every value the contract can send has a name.
import type { LetterKind, PrintPurpose, SendMethod } from '../../../main/core/types';
import { SEND_METHODS } from '../../../main/core/types';
import type { ConfirmationFilter, ConfirmationStatus } from '../../../main/ipc/dto';

export const LETTER_KIND_LABEL: Record<LetterKind, string> = {
  confirmation: 'Confirmation',
  irregularity: 'Irregularity notice',
  'late-delivery': 'Late delivery notice',
  correction: 'Correction letter',
  'promise-to-grant': 'Promise to Grant',
};

export const SEND_METHOD_LABEL: Record<SendMethod, string> = {
  mail: 'Mail',
  hand: 'By hand',
  fax: 'Fax',
  email: 'E-mail',
};

/** Core's list, in core's order (one list of send methods). */
export const SEND_METHODS_IN_ORDER: readonly SendMethod[] = SEND_METHODS;

export const PURPOSE_LABEL: Record<PrintPurpose, string> = {
  print: 'Print',
  reprint: 'Reprint',
};

/** The queue's views, most urgent first (the contract's filter names, the desk's words). */
export const CONFIRMATION_FILTER_LABEL: Record<ConfirmationFilter, string> = {
  'correction-due': 'Correction due',
  overdue: 'Overdue',
  'due-today': 'Due today',
  upcoming: 'Upcoming',
  unsent: 'Not yet sent',
  sent: 'Sent',
  void: 'Void',
  all: 'All',
};

export const CONFIRMATION_FILTERS_IN_ORDER = Object.keys(CONFIRMATION_FILTER_LABEL) as ConfirmationFilter[];

export function isConfirmationFilter(value: string | null): value is ConfirmationFilter {
  return value !== null && Object.hasOwn(CONFIRMATION_FILTER_LABEL, value);
}

/** How many documents a view holds, from the queue's counts by status. */
export function countFor(filter: ConfirmationFilter, counts: Record<ConfirmationStatus, number>): number {
  switch (filter) {
    case 'all':
      return counts.sent + counts.overdue + counts['due-today'] + counts.upcoming + counts['correction-due'] + counts.void;
    case 'unsent':
      return counts.overdue + counts['due-today'] + counts.upcoming + counts['correction-due'];
    default:
      return counts[filter];
  }
}

/** "a1b2c3d4e5f6…": enough of a SHA-256 to tell runs apart at a glance; the full one is a hover away. */
export function shortSha(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}
