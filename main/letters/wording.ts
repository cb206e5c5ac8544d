// Sentences more than one letter uses. Kept in one place so that the confirmation, the
// irregularity notice and the late notice describe the same facts in the same words.
import { DateTime } from 'luxon';
import type { DeliveryVia } from '../core/types';
import { formatInstant, formatShares } from './format';
import { DOCUMENT_NAMES, type ElectionSnapshot, type LetterDocument, type LetterheadInput } from './letter-input';

export function viaText(via: DeliveryVia): string {
  return via === 'fax' ? 'by fax' : 'by hand';
}

/** "your Election Form received by fax on March 31, 2003 at 4:59:59 PM ET". */
export function describeDocument(doc: LetterDocument, zone: string): string {
  return `your ${DOCUMENT_NAMES[doc.kind]} received ${viaText(doc.via)} on ${formatInstant(doc.receivedAt, zone)}`;
}

/** What the election amounts to, in one or two sentences. */
export function electionSummary(election: ElectionSnapshot): string {
  const grants = election.grants;
  const eligible = grants.reduce((s, g) => s + g.sharesEligible, 0);
  const tendered = grants.reduce((s, g) => s + g.sharesTendered, 0);
  const tenderedGrants = grants.filter((g) => g.sharesTendered > 0).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (election.state) {
    case 'tendered-all':
      return `You have tendered all of your eligible options: ${formatShares(tendered)} shares under ${plural(tenderedGrants, 'grant')}.`;
    case 'tendered-part':
      return (
        `You have tendered ${formatShares(tendered)} of your ${formatShares(eligible)} eligible shares, ` +
        `under ${tenderedGrants} of your ${plural(grants.length, 'eligible grant')}. ` +
        'You keep the options you have not tendered.'
      );
    case 'tendered-none':
      return 'You have not tendered any options. You keep all of your Old Options, which remain governed by their stock option plan and your existing option agreements.';
  }
}

/** Whether the letter is dated after the day the offer expires (then no change is possible). */
export function datedAfterExpiration(letterDate: string, head: LetterheadInput): boolean {
  const expirationDay = DateTime.fromISO(head.expiresAt, { zone: 'utc' }).setZone(head.zone).toISODate();
  return expirationDay !== null && letterDate > expirationDay;
}

/** Where and how paper reaches the desk: fax number, or by hand at the address. */
export function deliveryDirections(head: LetterheadInput): string {
  const address = [head.company, ...head.addressLines].join(', ');
  const officer = head.cfoTitle.trim() ? `${head.cfoName}, ${head.cfoTitle}` : head.cfoName;
  return `to ${officer}, by fax to ${head.fax} or by hand at ${address}`;
}

/** How to change the election, and by when; or that it is final once the offer has expired. */
export function changeInstructions(letterDate: string, head: LetterheadInput): string {
  const expiration = formatInstant(head.expiresAt, head.zone);
  if (datedAfterExpiration(letterDate, head)) {
    return `The Offer expired on ${expiration}. The election shown above is final.`;
  }
  return (
    `You may change your election at any time until the Offer expires on ${expiration}. ` +
    `To do so, deliver a new ${DOCUMENT_NAMES.election} or, to withdraw all of your tendered options, ` +
    `a ${DOCUMENT_NAMES.notice}, ${deliveryDirections(head)}. ` +
    'Delivery is made only when the Company actually receives the document, so please allow enough time.'
  );
}

export function questionsLine(head: LetterheadInput): string {
  const phone = head.phone.trim() ? ` at ${head.phone}` : '';
  return `If you have any questions, or if anything in this letter does not match what you intended, please call ${head.cfoName}${phone}.`;
}

export const LOOKBACK_NOTE =
  'Grants marked \u201cYes\u201d under Required (look-back) were granted in the six months before the Offer began. ' +
  'Under the terms of the Offer, if you tender any option, these grants are tendered in full as well.';

export const RAISED_NOTE =
  '\u201cYes*\u201d marks a grant your form tendered in part or not at all: the look-back rule tenders it in full.';

/** "Jane Roe (employee ID E0001, ID ending 1234)"; paper from someone not on the roster has no ID on file. */
export function whoText(holder: { name: string; employeeId: string; idLast4: string }): string {
  const id = holder.idLast4 === '' ? '' : `, ID ending ${holder.idLast4}`;
  return `${holder.name} (employee ID ${holder.employeeId}${id})`;
}
