// What a batch of personalised forms is made from: the offer (once) and each holder with the
// eligible grants to list. Plain data, like a letter's input: the renderer reads no clock, no
// settings and no database, so the same input prints the same forms.
import type { CalendarDate } from '../core/types';
import type { LetterheadInput } from './letter-input';

export interface PersonalFormsOffer {
  letterhead: LetterheadInput;
  /** The offer's id in codes is taken from this (core/form-code.ts). */
  ledgerId: string;
  /** The stock option plans whose grants are eligible, e.g. ["1994", "1985"]. */
  plans: readonly string[];
  /** Grants on or after this date fall under the look-back rule. */
  lookbackFrom: CalendarDate;
  /** The day the batch is printed (offer's zone): the PDF's dates. */
  printDate: CalendarDate;
}

/** One eligible grant as the Election Form lists it. */
export interface FormGrantLine {
  grantId: string;
  plan: string;
  grantDate: CalendarDate;
  /** Decimal string as on the option agreement, e.g. "3.2500". */
  exercisePrice: string;
  /** Shares outstanding under the grant. */
  shares: number;
  /** In the look-back window (core's rule): tendered in full whenever anything is. */
  required: boolean;
}

export interface FormHolder {
  employeeId: string;
  name: string;
  /** In the roster's order (grant date, grant id). */
  grants: readonly FormGrantLine[];
}
