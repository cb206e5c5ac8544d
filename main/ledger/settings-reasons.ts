// The written reason for a change to the offer's settings made after the first document was
// logged (before it, offer details may be edited freely). Recorded in the same event as the
// settings version it explains.

import type Database from 'better-sqlite3';
import type { WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';

export const SETTINGS_CHANGE_REASONS_TABLE: TableSpec = {
  table: 'settings_change_reasons',
  key: ['settings_version'],
  columns: ['settings_version', 'reason', 'recorded_at', 'operator'],
  blobColumns: [],
  describe: (key) => `the reason for settings version ${String(key['settings_version'])}`,
};

type ReasonRow = { settings_version: number; reason: string; recorded_at: string; operator: string };

export function settingsReasonStore(db: Database.Database) {
  const insertStmt = db.prepare<ReasonRow>(
    'INSERT INTO settings_change_reasons (settings_version, reason, recorded_at, operator) VALUES (@settings_version, @reason, @recorded_at, @operator)',
  );
  const listStmt = db.prepare<[], ReasonRow>('SELECT * FROM settings_change_reasons ORDER BY settings_version');
  return {
    insert(settingsVersion: number, reason: string, ctx: WriteContext): AuditRows {
      const row: ReasonRow = { settings_version: settingsVersion, reason, recorded_at: ctx.at, operator: ctx.operator };
      insertStmt.run(row);
      return { settings_change_reasons: [toAuditRow(SETTINGS_CHANGE_REASONS_TABLE, row)] };
    },
    /** Every reason, by the settings version it explains. */
    byVersion(): Map<number, string> {
      return new Map(listStmt.all().map((r) => [r.settings_version, r.reason]));
    },
  };
}
