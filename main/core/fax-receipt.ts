// When a fax was received, as the desk can prove it.
//
// A fax header's time comes from the sender's machine; the legal test is when the Company actually
// received the paper. Two sources are better than the header, in this order:
//  1. The receiving fax server's log (HylaFAX xferfaxlog): the call's start to the minute in the
//     server's own zone, plus the call's duration. The start lies somewhere in its logged minute,
//     so the last page came in between start + duration and start + 59 s + duration.
//  2. Otherwise the inbox folder: the desk saw the file at `seenAt` (its own clock). If the file's
//     modification time is earlier (the desk was not running, or the folder was scanned at start),
//     the fax came in somewhere between that and `seenAt`; the desk never claims a time earlier
//     than it can show, so the receipt time is `seenAt`.
// A window that contains the expiration (the call started before it, ended after) is for the CFO
// to decide: `straddlesExpiration` flags it, with both instants.

import { OfferDeskError } from './errors';
import { formatInZone } from './time';
import type { FaxReceiptSource, Instant } from './types';
import { calendarDateProblem, dayNumberOf } from './calendar-date';
import { instantMillis, MS_PER_DAY, MS_PER_MINUTE, requireZone, toInstant, wallClockInstants } from './zones';

const MS_PER_SECOND = 1000;

/** A fax's receipt window, as stored on the fax record. */
export interface FaxReceipt {
  source: FaxReceiptSource;
  /** The earliest the call can have started (log only). */
  callStartedAt: Instant | null;
  /** The earliest and latest the last page can have come in. */
  receivedFrom: Instant;
  receivedTo: Instant;
  /** What a document filed from the fax is received at: receivedTo, rounded up to the second. */
  receivedAt: Instant;
}

/** The call's start as the log wrote it (`%D %H:%M`: two-digit year, minute resolution). */
export interface LoggedCallStart {
  /** Four-digit year (the parser expands the log's two digits). */
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** HylaFAX writes `%D` (mm/dd/yy): 70–99 are 19xx, 00–69 are 20xx (POSIX strptime's %y rule). */
export function expandTwoDigitYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

function ceilToSecond(ms: number): number {
  return Math.ceil(ms / MS_PER_SECOND) * MS_PER_SECOND;
}

/**
 * The receipt window from the server's log. `zone` is the fax server's zone (a setting: the server
 * may keep a different clock than the offer's). A start in a repeated hour (fall-back) could be
 * either; the window then covers both. A start the clocks skipped (spring-forward) is refused:
 * the log cannot be read as a time, and the caller falls back to the inbox arrival.
 */
export function receiptFromServerLog(start: LoggedCallStart, durationSeconds: number, zone: string): FaxReceipt {
  const tz = requireZone(zone);
  if (!Number.isInteger(durationSeconds) || durationSeconds < 0 || durationSeconds > 24 * 3600) {
    throw new OfferDeskError('invalid-input', `The fax server's log gives a call duration of ${durationSeconds} seconds, which cannot be right.`);
  }
  const { year, month, day, hour, minute } = start;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const problem = calendarDateProblem(date);
  if (problem !== null) throw new OfferDeskError('invalid-input', `The fax server's log gives a call date that is not a date: ${problem}.`);
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    throw new OfferDeskError('invalid-input', `The fax server's log gives ${hour}:${minute}, which is not a time of day.`);
  }
  const wall = dayNumberOf(year, month, day) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE;
  const starts = wallClockInstants(wall, tz);
  if (starts.length === 0) {
    const text = `${date} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    throw new OfferDeskError('invalid-input', `The fax server's log gives ${text}, a time the clocks skipped in ${zone}.`);
  }
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  const duration = durationSeconds * MS_PER_SECOND;
  const receivedTo = last + 59 * MS_PER_SECOND + duration;
  return {
    source: 'fax-server-log',
    callStartedAt: toInstant(first),
    receivedFrom: toInstant(first + duration),
    receivedTo: toInstant(receivedTo),
    receivedAt: toInstant(ceilToSecond(receivedTo)),
  };
}

/**
 * The receipt window from the inbox folder alone: seen by the desk at `seenAt`; the file's own
 * modification time, when earlier, opens the window (it is never used as the receipt time).
 */
export function receiptFromInboxArrival(seenAt: Instant, fileModifiedAt: Instant | null): FaxReceipt {
  const seen = instantMillis(seenAt);
  const modified = fileModifiedAt === null ? seen : Math.min(instantMillis(fileModifiedAt), seen);
  return {
    source: 'inbox-arrival',
    callStartedAt: null,
    receivedFrom: toInstant(modified),
    receivedTo: seenAt,
    receivedAt: toInstant(ceilToSecond(seen)),
  };
}

/** The earliest moment the fax can have started coming in. */
export function receiptStart(r: Pick<FaxReceipt, 'callStartedAt' | 'receivedFrom'>): Instant {
  return r.callStartedAt ?? r.receivedFrom;
}

/**
 * Started by the expiration, finished after it: which side it falls on is the CFO's decision, not
 * the desk's. (A document is timely when received at or before the expiration.)
 */
export function straddlesExpiration(r: Pick<FaxReceipt, 'callStartedAt' | 'receivedFrom' | 'receivedAt'>, expiresAt: Instant): boolean {
  const exp = instantMillis(expiresAt);
  return instantMillis(receiptStart(r)) <= exp && instantMillis(r.receivedAt) > exp;
}

function minuteText(ms: number, zone: string, round: 'down' | 'up'): string {
  const edge = round === 'down' ? Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE : Math.ceil(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
  // formatInZone prints seconds; at a whole minute they are ":00", which the sentence drops.
  return formatInZone(toInstant(edge), zone).replace(/:00( |$)/, '$1');
}

/** "between 2003-03-31 16:59 ET and 2003-03-31 17:01 ET (fax server log)": to the minute, rounded outward. */
export function receiptWindowText(r: FaxReceipt, zone: string): string {
  const from = minuteText(instantMillis(r.receivedFrom), zone, 'down');
  const to = minuteText(instantMillis(r.receivedTo), zone, 'up');
  const how = r.source === 'fax-server-log' ? "the fax server's log" : 'when the desk saw it in the inbox';
  return from === to ? `at ${from} (${how})` : `between ${from} and ${to} (${how})`;
}

/** The flag's sentence, naming both instants. */
export function straddleText(r: FaxReceipt, expiresAt: Instant, zone: string): string {
  return `Reception straddles the expiration ${formatInZone(expiresAt, zone)}: it began by ${formatInZone(receiptStart(r), zone)} and ended as late as ${formatInZone(r.receivedAt, zone)}. Whether it was received in time is the CFO's decision.`;
}
