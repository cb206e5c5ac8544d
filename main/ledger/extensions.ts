// Extensions of the offer, each its own record (from, to, when decided, by whom, why). The
// expiration in force is computed by core from the settings and these records.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { Extension, RecordVoid } from '../core/types';
import type { NewExtension, WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireBoolean, requireInstant, requireOptionalText, requireText } from './validate';

export const EXTENSIONS_TABLE: TableSpec = {
  table: 'extensions',
  key: ['id'],
  columns: [
    'id',
    'from_expires_at',
    'to_expires_at',
    'decided_at',
    'operator',
    'reason',
    'announced_late',
    // Format 3
    'announced_at',
    'recorded_at',
    'after_the_fact_reason',
  ],
  blobColumns: [],
  // Before format 3 an extension was decided, announced and keyed at one time, never after the fact.
  addedLater: (recorded) => ({
    announced_at: recorded['decided_at'] ?? null,
    recorded_at: recorded['decided_at'] ?? null,
    after_the_fact_reason: null,
  }),
  describe: (key) => `extension ${String(key['id'])}`,
};

type ExtensionRow = {
  id: number;
  from_expires_at: string;
  to_expires_at: string;
  decided_at: string;
  operator: string;
  reason: string;
  announced_late: number;
  announced_at: string;
  recorded_at: string;
  after_the_fact_reason: string | null;
};

/** `keyedAt`: the write context's time, the default for when it was decided and announced. */
export function validateExtension(e: NewExtension, keyedAt: string): Required<NewExtension> {
  const fromExpiresAt = requireInstant(e.fromExpiresAt, 'extension: fromExpiresAt');
  const toExpiresAt = requireInstant(e.toExpiresAt, 'extension: toExpiresAt');
  if (toExpiresAt <= fromExpiresAt) {
    throw new OfferDeskError('invalid-input', `extension: the new expiration ${toExpiresAt} is not after ${fromExpiresAt}`);
  }
  const decidedAt = requireInstant(e.decidedAt ?? keyedAt, 'extension: decidedAt');
  const announcedAt = requireInstant(e.announcedAt ?? decidedAt, 'extension: announcedAt');
  if (announcedAt < decidedAt) {
    throw new OfferDeskError('invalid-input', `extension: announced at ${announcedAt}, before it was decided at ${decidedAt}`);
  }
  if (announcedAt > keyedAt) {
    throw new OfferDeskError('invalid-input', `extension: announced at ${announcedAt}, after it is keyed in at ${keyedAt}`);
  }
  const afterTheFactReason = requireOptionalText(e.afterTheFactReason ?? null, 'extension: afterTheFactReason');
  if (toExpiresAt <= keyedAt && afterTheFactReason === null) {
    throw new OfferDeskError('invalid-input', `extension: the new expiration ${toExpiresAt} has already passed; it is recorded after the fact only with a written reason`);
  }
  if (toExpiresAt > keyedAt && afterTheFactReason !== null) {
    throw new OfferDeskError('invalid-input', 'extension: a reason for recording after the fact is only for an extension whose new expiration has already passed');
  }
  return {
    fromExpiresAt,
    toExpiresAt,
    decidedAt,
    announcedAt,
    reason: requireText(e.reason, 'extension: reason'),
    announcedLate: requireBoolean(e.announcedLate, 'extension: announcedLate'),
    afterTheFactReason,
  };
}

function toExtension(row: ExtensionRow, voided: RecordVoid | null): Extension {
  return {
    id: row.id,
    fromExpiresAt: row.from_expires_at,
    toExpiresAt: row.to_expires_at,
    decidedAt: row.decided_at,
    operator: row.operator,
    reason: row.reason,
    announcedLate: row.announced_late === 1,
    announcedAt: row.announced_at,
    recordedAt: row.recorded_at,
    afterTheFactReason: row.after_the_fact_reason,
    voided,
  };
}

export type ExtensionStore = ReturnType<typeof extensionStore>;

export function extensionStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<ExtensionRow, 'id'>>(
    `INSERT INTO extensions (from_expires_at, to_expires_at, decided_at, operator, reason, announced_late, announced_at, recorded_at, after_the_fact_reason)
     VALUES (@from_expires_at, @to_expires_at, @decided_at, @operator, @reason, @announced_late, @announced_at, @recorded_at, @after_the_fact_reason)`,
  );
  const listStmt = db.prepare<[], ExtensionRow>(
    `SELECT id, from_expires_at, to_expires_at, decided_at, operator, reason, announced_late, announced_at, recorded_at, after_the_fact_reason
     FROM extensions ORDER BY id`,
  );
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM extensions');

  return {
    insert(e: Required<NewExtension>, ctx: WriteContext): { extension: Extension; rows: AuditRows } {
      const fields: Omit<ExtensionRow, 'id'> = {
        from_expires_at: e.fromExpiresAt,
        to_expires_at: e.toExpiresAt,
        decided_at: e.decidedAt,
        operator: ctx.operator,
        reason: e.reason,
        announced_late: e.announcedLate ? 1 : 0,
        announced_at: e.announcedAt,
        recorded_at: ctx.at,
        after_the_fact_reason: e.afterTheFactReason,
      };
      const row: ExtensionRow = { id: Number(insertStmt.run(fields).lastInsertRowid), ...fields };
      return { extension: toExtension(row, null), rows: { extensions: [toAuditRow(EXTENSIONS_TABLE, row)] } };
    },
    /** With each extension's void, if any (`voids` by extension id). */
    list(voids: ReadonlyMap<number, RecordVoid> = new Map()): Extension[] {
      return listStmt.all().map((row) => toExtension(row, voids.get(row.id) ?? null));
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
