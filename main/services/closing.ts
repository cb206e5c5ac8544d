// The close of the offer (Settings › Close the offer…, `offer-desk close`): once the offer has
// expired and the Company can no longer announce an extension (9:00 a.m. ET on the next business
// day), the CFO records the close. It freezes the results as they stand (resultsOf: every figure
// from the one place), lists the documents still defective (from then on they count as not
// properly made, for good), and fixes the cancellation date and the new grant date (from the
// rules of core/closing-dates.ts; the CFO may set others with a written reason). After it the
// ledger refuses every change to the record (code 'offer-closed').
//
// The automatic backup at close is not taken here: closeOfferThen runs the caller's after-close
// step (HandlerContext.afterClose) once the close is committed, so a backup never holds a
// half-written close and a failed backup never undoes the close.
import { cancellationDateFor, closeAllowedFrom, newGrantDateFor } from '../core/closing-dates';
import { OfferDeskError } from '../core/errors';
import { describeNewGrantRule } from '../core/exchange-terms';
import { calendarDateInZone, formatInZone, parseTypedCalendarDate } from '../core/time';
import type { CalendarDate, Instant } from '../core/types';
import type { Json } from '../ledger/canonical-json';
import type { ClosePreview, CloseResult, ClosingFigures, DefectiveAtClose } from './closing-types';
import { closingView } from './closing-view';
import { openDefectRows } from './dashboard-figures';
import type { DeskParts, DeskReader } from './desk-parts';
import { resultsOf } from './offer-results';

export interface CloseRequest {
  /** The officer closing the offer (`--by NAME`). */
  closedBy: string;
  /** As typed (any form the desk reads); omitted: the rules' date. */
  cancellationDate?: string | null | undefined;
  newGrantDate?: string | null | undefined;
  /** Required when a date differs from the rules'; refused when none does. */
  datesReason?: string | null | undefined;
}

/** Every timely document whose defects are neither cured in time nor waived: not properly made at close. */
function defectiveNow(reader: DeskReader): DefectiveAtClose[] {
  return openDefectRows(reader).map((row) => ({
    documentId: row.documentId,
    employeeId: row.employeeId,
    name: row.name,
    kind: row.kind,
    receivedAtText: row.receivedAtText,
    openDefects: row.defects.filter((d) => d.state === 'open' || d.state === 'cure-late').map((d) => d.defect),
  }));
}

/** `now`: the moment judged (the close passes the instant it records, so the two cannot differ). */
export function previewClose(reader: DeskReader, now: Instant = reader.now()): ClosePreview {
  const snap = reader.snapshot();
  const zone = snap.settings.zone;
  const results = resultsOf(reader);
  const defectiveAtClose = defectiveNow(reader);
  const terms = reader.ledger.exchangeTerms();
  const allowedAfter = closeAllowedFrom(snap.expiresAt, zone);
  const cancellationDate = cancellationDateFor(snap.expiresAt, zone);
  const closed = closingView(reader.ledger, zone);
  const figures: ClosingFigures = {
    totals: results.totals,
    byPlan: results.byPlan,
    participation: results.participation,
    defectiveAtClose: defectiveAtClose.map((d) => d.documentId),
  };
  return {
    closed,
    ...whetherAllowed(now, allowedAfter, zone, results.uncovered, closed?.sentence ?? null),
    allowedAfter,
    allowedAfterText: formatInZone(allowedAfter, zone),
    expiresAt: snap.expiresAt,
    expiresAtText: formatInZone(snap.expiresAt, zone),
    figures,
    defectiveAtClose,
    cancellationDate,
    newGrantDate: newGrantDateFor(cancellationDate, terms.newGrantAfter),
    newGrantRule: describeNewGrantRule(terms),
    uncovered: results.uncovered,
    officer: snap.settings.cfoName,
  };
}

const UNCOVERED_NAMED = 10;

function whetherAllowed(
  now: Instant,
  allowedAfter: Instant,
  zone: string,
  uncovered: ClosePreview['uncovered'],
  closedSentence: string | null,
): { allowed: boolean; notAllowedBecause: string | null } {
  if (closedSentence !== null) return { allowed: false, notAllowedBecause: closedSentence };
  // Until the limit has passed the Company may still announce an extension (an announcement made
  // at 9:00:00 exactly is in time), so the close comes strictly after it.
  if (now <= allowedAfter) {
    return {
      allowed: false,
      notAllowedBecause:
        `The offer can be closed only after ${formatInZone(allowedAfter, zone)}: until then the Company may still announce an extension ` +
        `(9:00 a.m. ET on the business day after the expiration). It is now ${formatInZone(now, zone)}.`,
    };
  }
  if (uncovered.length > 0) {
    // The preview lists every one (uncovered); the sentence names enough to find them.
    const named = uncovered.slice(0, UNCOVERED_NAMED).map((u) => `${u.employeeId} grant ${u.grantId} (${u.plan} plan, $${u.exercisePrice})`);
    const more = uncovered.length > UNCOVERED_NAMED ? ` and ${uncovered.length - UNCOVERED_NAMED} more` : '';
    return {
      allowed: false,
      notAllowedBecause: `No exchange ratio covers ${uncovered.length} accepted grant(s): ${named.join('; ')}${more}. Record exchange terms that cover them before closing.`,
    };
  }
  return { allowed: true, notAllowedBecause: null };
}

/** The frozen figures as the ledger stores them (canonical JSON): plain objects, field for field. */
function figuresAsRecorded(f: ClosingFigures): { readonly [key: string]: Json } {
  return {
    totals: { ...f.totals },
    byPlan: f.byPlan.map((p) => ({ ...p })),
    participation: { ...f.participation },
    defectiveAtClose: [...f.defectiveAtClose],
  };
}

/** A typed date, or the rules' when none (or an empty one) is given. */
function chosenDate(typed: string | null | undefined, rule: CalendarDate, label: string): CalendarDate {
  if (typed === undefined || typed === null || typed.trim() === '') return rule;
  try {
    return parseTypedCalendarDate(typed);
  } catch (e: unknown) {
    if (e instanceof OfferDeskError) throw new OfferDeskError('invalid-input', `The ${label}: ${e.message}`);
    throw e;
  }
}

/**
 * Records the close, offer-wide, in one transaction. Refused (nothing written) before the
 * extension-announcement limit has passed, while an accepted grant has no ratio, when a date
 * differs from the rules' without a written reason (or a reason is given for the rules' dates),
 * and once the offer is closed.
 */
export function closeOffer(parts: DeskParts, request: CloseRequest): CloseResult {
  const at = parts.now();
  const ctx = { at, operator: parts.operator() };
  const closedBy = request.closedBy.trim();
  if (closedBy === '') throw new OfferDeskError('invalid-input', 'Say who is closing the offer (the officer: --by NAME).');
  return parts.write(() => {
    // Judged inside the write transaction, against the ledger as it stands there.
    const preview = previewClose(parts, at);
    if (!preview.allowed) {
      throw new OfferDeskError(preview.closed !== null ? 'offer-closed' : 'invalid-input', preview.notAllowedBecause ?? 'The offer cannot be closed now.');
    }
    const cancellationDate = chosenDate(request.cancellationDate, preview.cancellationDate, 'cancellation date');
    const newGrantDate = chosenDate(request.newGrantDate, preview.newGrantDate, 'new grant date');
    const edited = cancellationDate !== preview.cancellationDate || newGrantDate !== preview.newGrantDate;
    const reason = request.datesReason?.trim() ? request.datesReason.trim() : null;
    if (edited && reason === null) {
      throw new OfferDeskError(
        'invalid-input',
        `The rules give cancellation on ${preview.cancellationDate} and the new grant on ${preview.newGrantDate}; ` +
          `other dates (${cancellationDate}, ${newGrantDate}) are recorded only with a written reason (CLI: --reason TEXT).`,
      );
    }
    if (!edited && reason !== null) {
      throw new OfferDeskError(
        'invalid-input',
        `The dates are the rules' (cancellation ${preview.cancellationDate}, new grant ${preview.newGrantDate}): a reason is only for dates that differ from them.`,
      );
    }
    const expiredOn = calendarDateInZone(preview.expiresAt, parts.snapshot().settings.zone);
    if (cancellationDate < expiredOn) {
      throw new OfferDeskError('invalid-input', `Options cannot be cancelled on ${cancellationDate}, before the offer expired (${preview.expiresAtText}).`);
    }
    parts.ledger.recordClosing(
      { closedBy, expiresAt: preview.expiresAt, cancellationDate, newGrantDate, datesReason: reason, figures: figuresAsRecorded(preview.figures) },
      ctx,
    );
    const closing = closingView(parts.ledger, parts.snapshot().settings.zone);
    if (closing === null) throw new OfferDeskError('internal', 'The close was written but cannot be read back.');
    return { value: { closing, figures: preview.figures, defectiveAtClose: preview.defectiveAtClose, warnings: [] }, holders: null };
  });
}

/**
 * What runs once a close is committed: the automatic backup at close (handlers.ts passes
 * automaticBackup unless the context names another step; tests may pass their own). It copies the
 * closed ledger and must never undo the close.
 */
export type AfterClose = (parts: DeskParts, result: CloseResult) => void;

/**
 * closeOffer, then the after-close step. A failure of that step is reported beside the close
 * (warnings), never instead of it: the close is on record either way.
 */
export function closeOfferThen(parts: DeskParts, request: CloseRequest, after: AfterClose | undefined): CloseResult {
  const result = closeOffer(parts, request);
  if (after === undefined) return result;
  try {
    after(parts, result);
    return result;
  } catch (e: unknown) {
    const why = e instanceof Error ? e.message : String(e);
    return { ...result, warnings: [...result.warnings, `The offer is closed, but the step after the close failed: ${why}`] };
  }
}
