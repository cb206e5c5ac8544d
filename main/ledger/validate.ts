// Last-line checks on values the ledger is asked to store. Services validate input for the user
// first; these checks exist so that nothing malformed can reach the legal record even through a
// bug, and so the refusal names the field in words rather than as a raw SQLite CHECK failure.
// Every check throws OfferDeskError('invalid-input') before anything is written.
// Messages quote the offending value, so never pass a sensitive value (an ID number) to them.

import { OfferDeskError } from '../core/errors';
import type { CalendarDate, Instant } from '../core/types';
import type { WriteContext } from './ledger';


const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function isInstant(value: unknown): value is Instant {
  // The round trip through Date rejects impossible dates such as 2003-02-30 that the shape allows.
  return (
    typeof value === 'string' &&
    INSTANT_SHAPE.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value
  );
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && DATE_SHAPE.test(value) && isInstant(`${value}T00:00:00.000Z`);
}

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function requireInstant(value: unknown, what: string): Instant {
  if (!isInstant(value)) {
    refuse(`${what} ${show(value)} is not an instant of the form YYYY-MM-DDTHH:mm:ss.SSSZ (UTC)`);
  }
  return value;
}

export function requireOptionalInstant(value: unknown, what: string): Instant | null {
  return value === null ? null : requireInstant(value, what);
}

export function requireCalendarDate(value: unknown, what: string): CalendarDate {
  if (!isCalendarDate(value)) refuse(`${what} ${show(value)} is not a calendar date of the form YYYY-MM-DD`);
  return value;
}

/** Text that must say something: empty or whitespace-only is refused. */
export function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') refuse(`${what} is missing`);
  return value;
}

/** Text that may legitimately be empty (e.g. a roster row without an e-mail address). */
export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') refuse(`${what} must be text`);
  return value;
}

export function requireOptionalText(value: unknown, what: string): string | null {
  return value === null ? null : requireText(value, what);
}

export function requireWholeNumber(value: unknown, what: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    refuse(`${what} ${show(value)} must be a whole number of at least ${min}`);
  }
  return value;
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') refuse(`${what} must be true or false`);
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    refuse(`${what} ${show(value)} is not one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

export function requireContext(ctx: WriteContext): WriteContext {
  return {
    at: requireInstant(ctx.at, 'the time of the change'),
    operator: requireText(ctx.operator, 'the operator making the change'),
  };
}

/**
 * An identifier (employee id, grant id) exactly as it will be stored and printed: not empty, no
 * surrounding spaces, no control characters. Refused rather than tidied, because silently storing
 * "E007" for " E007" would change what the caller said.
 */
export function requireId(value: unknown, what: string): string {
  // eslint-disable-next-line no-control-regex
  if (typeof value !== 'string' || value === '' || value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) {
    refuse(`${what} ${show(value)} must be non-empty text without surrounding spaces or control characters`);
  }
  return value;
}
