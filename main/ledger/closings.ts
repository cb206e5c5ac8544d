// The close of the offer: at most one row. Its existence is what makes the ledger refuse further
// changes to the record of the offer (SqliteLedger.transaction, 'offer-closed').

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { CalendarDate, Instant } from '../core/types';
import { canonicalJson, type Json } from './canonical-json';
import type { WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireCalendarDate, requireInstant, requireText } from './validate';

export const OFFER_CLOSINGS_TABLE: TableSpec = {
  table: 'offer_closings',
  key: ['id'],
  columns: ['id', 'closed_at', 'closed_by', 'operator', 'expires_at', 'cancellation_date', 'new_grant_date', 'dates_reason', 'figures_json'],
  blobColumns: [],
  describe: () => 'the close of the offer',
};

export interface NewClosing {
  /** The officer who closed the offer (`close --by NAME`). */
  closedBy: string;
  /** The expiration in force at the close. */
  expiresAt: Instant;
  cancellationDate: CalendarDate;
  newGrantDate: CalendarDate;
  /** Why the dates differ from the rules' (null when they are the rules'). */
  datesReason: string | null;
  /** The figures the close froze (the close service decides their shape). */
  figures: { readonly [key: string]: Json };
}

export interface OfferClosing extends NewClosing {
  closedAt: Instant;
  operator: string;
}

type ClosingRow = {
  id: number;
  closed_at: string;
  closed_by: string;
  operator: string;
  expires_at: string;
  cancellation_date: string;
  new_grant_date: string;
  dates_reason: string | null;
  figures_json: string;
};

export function validateClosing(c: NewClosing): NewClosing {
  const cancellationDate = requireCalendarDate(c.cancellationDate, 'close: cancellation date');
  const newGrantDate = requireCalendarDate(c.newGrantDate, 'close: new grant date');
  if (newGrantDate <= cancellationDate) {
    throw new OfferDeskError('invalid-input', `close: the new grant date ${newGrantDate} must be after the cancellation date ${cancellationDate}`);
  }
  if (typeof c.figures !== 'object' || c.figures === null || Array.isArray(c.figures)) {
    throw new OfferDeskError('invalid-input', 'close: the figures must be an object');
  }
  return {
    closedBy: requireText(c.closedBy, 'close: closed by'),
    expiresAt: requireInstant(c.expiresAt, 'close: expiration'),
    cancellationDate,
    newGrantDate,
    datesReason: c.datesReason === null ? null : requireText(c.datesReason, 'close: reason for the dates'),
    figures: c.figures,
  };
}

function toClosing(row: ClosingRow): OfferClosing {
  return {
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    operator: row.operator,
    expiresAt: row.expires_at,
    cancellationDate: row.cancellation_date,
    newGrantDate: row.new_grant_date,
    datesReason: row.dates_reason,
    figures: JSON.parse(row.figures_json) as { readonly [key: string]: Json },
  };
}

export type ClosingStore = ReturnType<typeof closingStore>;

export function closingStore(db: Database.Database) {
  const insertStmt = db.prepare<ClosingRow>(
    `INSERT INTO offer_closings (id, closed_at, closed_by, operator, expires_at, cancellation_date, new_grant_date, dates_reason, figures_json)
     VALUES (@id, @closed_at, @closed_by, @operator, @expires_at, @cancellation_date, @new_grant_date, @dates_reason, @figures_json)`,
  );
  const getStmt = db.prepare<[], ClosingRow>('SELECT * FROM offer_closings WHERE id = 1');
  return {
    insert(c: NewClosing, ctx: WriteContext): { closing: OfferClosing; rows: AuditRows } {
      const row: ClosingRow = {
        id: 1,
        closed_at: ctx.at,
        closed_by: c.closedBy,
        operator: ctx.operator,
        expires_at: c.expiresAt,
        cancellation_date: c.cancellationDate,
        new_grant_date: c.newGrantDate,
        dates_reason: c.datesReason,
        figures_json: canonicalJson(c.figures),
      };
      insertStmt.run(row);
      return { closing: toClosing(row), rows: { offer_closings: [toAuditRow(OFFER_CLOSINGS_TABLE, row)] } };
    },
    get(): OfferClosing | null {
      const row = getStmt.get();
      return row === undefined ? null : toClosing(row);
    },
  };
}
