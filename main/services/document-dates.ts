// A document's receipt time as shown and its confirmation's due date, worked out once per document
// and zone. Both go through the zone rules (the costliest part of a queue row), and a document's
// receipt time never changes: the snapshot hands out the same document object until that holder's
// paper is read again, so keying by the object keeps the answers exactly as fresh as the document.
import { confirmationDueDate } from '../core/business-days';
import { formatInZone } from '../core/time';
import type { CalendarDate, ReceivedDocument } from '../core/types';

interface Dates {
  zone: string;
  due: CalendarDate;
  receivedAtText: string;
}

const datesByDocument = new WeakMap<ReceivedDocument, Dates>();

function datesOf(doc: ReceivedDocument, zone: string): Dates {
  const kept = datesByDocument.get(doc);
  if (kept && kept.zone === zone) return kept;
  const dates = { zone, due: confirmationDueDate(doc.receivedAt, zone), receivedAtText: formatInZone(doc.receivedAt, zone) };
  datesByDocument.set(doc, dates);
  return dates;
}

/** Five business days after receipt in the offer's zone (core's rule). */
export function dueDateOf(doc: ReceivedDocument, zone: string): CalendarDate {
  return datesOf(doc, zone).due;
}

/** The receipt time as every screen shows it (formatInZone). */
export function receivedAtTextOf(doc: ReceivedDocument, zone: string): string {
  return datesOf(doc, zone).receivedAtText;
}
