// Deciding whether confirmations can be marked sent on a given day, and with which letter. A sent
// mark is a fact about paper leaving the desk, so the desk refuses what cannot have happened: a
// day still to come, a day before the document arrived, a letter that did not exist yet, or a
// second sending of a confirmation already sent. Every document in the request is checked and
// every problem named; one problem means nothing is marked.
import { letterAnswersDocument } from '../core/answering-letter';
import { OfferDeskError } from '../core/errors';
import { calendarDateInZone, parseTypedCalendarDate } from '../core/time';
import { SEND_METHODS, type CalendarDate, type ReceivedDocument, type SendMethod } from '../core/types';
import type { LetterRecord, NewSentMark, SentMark } from '../ledger/ledger';

export interface SentMarkPlan {
  documents: readonly ReceivedDocument[];
  /** The day as typed at the desk (any form core's date reader takes). */
  sentOn: string;
  method: SendMethod;
  /** Today in the offer's zone. */
  today: CalendarDate;
  zone: string;
  letters: readonly LetterRecord[];
  sent: readonly SentMark[];
}

function refuse(code: 'invalid-input' | 'conflict', problems: readonly string[]): never {
  throw new OfferDeskError(code, `Not marked sent: ${problems.join('; ')}. Nothing was marked.`, problems);
}

export function planSentMarks(plan: SentMarkPlan): NewSentMark[] {
  const sentOn: CalendarDate = parseTypedCalendarDate(plan.sentOn);
  if (!(SEND_METHODS as readonly string[]).includes(plan.method)) {
    throw new OfferDeskError('invalid-input', `"${plan.method}" is not a way letters are sent; say ${SEND_METHODS.join(', ')}.`);
  }
  if (sentOn > plan.today) refuse('invalid-input', [`${sentOn} is in the future (today is ${plan.today})`]);

  const sentBefore = new Map(plan.sent.map((m) => [m.documentId, m]));
  const already = plan.documents.flatMap((d) => {
    const mark = sentBefore.get(d.id);
    return mark === undefined ? [] : [`document ${d.id} was already marked sent on ${mark.sentOn} (${mark.method})`];
  });
  if (already.length > 0) refuse('conflict', already);

  // The letters that keep the Offer's promise (core's rule: which letter answers which document).
  const defectsOf = new Map(plan.documents.map((d) => [d.id, d.defects]));
  const confirming = new Map<number, LetterRecord[]>();
  for (const letter of plan.letters) {
    if (!letterAnswersDocument(letter.kind, defectsOf.get(letter.documentId) ?? [])) continue;
    const list = confirming.get(letter.documentId) ?? [];
    list.push(letter);
    confirming.set(letter.documentId, list);
  }
  const problems: string[] = [];
  const marks: NewSentMark[] = [];
  for (const doc of plan.documents) {
    const received = calendarDateInZone(doc.receivedAt, plan.zone);
    if (sentOn < received) {
      problems.push(`document ${doc.id} was received on ${received}, after ${sentOn}`);
      continue;
    }
    const letters = confirming.get(doc.id) ?? [];
    if (letters.length === 0) {
      problems.push(`no confirmation of document ${doc.id} has been produced yet (produce it first)`);
      continue;
    }
    // The newest letter that already existed that day is the one that went out.
    const letter = letters.filter((l) => l.letterDate <= sentOn).at(-1);
    if (letter === undefined) {
      problems.push(`the confirmation of document ${doc.id} is dated ${letters[0]?.letterDate ?? '?'}, after ${sentOn}`);
      continue;
    }
    marks.push({ documentId: doc.id, letterId: letter.id, sentOn, method: plan.method });
  }
  if (problems.length > 0) refuse('invalid-input', problems);
  return marks;
}
