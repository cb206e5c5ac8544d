// Format 5: an offer may be set up before its officer is known.
//
// `offer-desk init --company` sets up any company's offer with nothing of the demo's letterhead:
// the officer's name is empty until the CFO sets it (letters are refused until then, see
// main/core/letterhead-ready.ts). Format 1 required `cfo_name` non-empty; this step drops only that
// CHECK. Every other column keeps its format-1 rule.
//
// SQLite cannot alter a CHECK in place: the table is rebuilt the documented way (new table, copy
// every row unchanged, drop the old one, rename, recreate its append-only triggers). Nothing
// references offer_settings, so foreign keys may stay on. The rows, and so the hash chain over
// them, are untouched.
//
// As in 0001–0004, the SQL is frozen here as literals so the step stays what it was when released.

import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const SQL = `
CREATE TABLE offer_settings_v5 (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  company TEXT NOT NULL CHECK (length(trim(company)) > 0),
  cfo_name TEXT NOT NULL,
  cfo_title TEXT NOT NULL,
  address_lines TEXT NOT NULL CHECK (json_valid(address_lines) AND json_type(address_lines) = 'array'),
  phone TEXT NOT NULL,
  fax TEXT NOT NULL,
  commenced_on TEXT NOT NULL CHECK (date(commenced_on) = commenced_on),
  original_expires_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', original_expires_at) = original_expires_at),
  zone TEXT NOT NULL CHECK (length(trim(zone)) > 0),
  plans TEXT NOT NULL CHECK (json_valid(plans) AND json_type(plans) = 'array'),
  lookback_from TEXT NOT NULL CHECK (date(lookback_from) = lookback_from),
  recorded_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', recorded_at) = recorded_at),
  operator TEXT NOT NULL CHECK (length(trim(operator)) > 0)
) STRICT;
INSERT INTO offer_settings_v5 SELECT * FROM offer_settings ORDER BY version;
DROP TABLE offer_settings;
ALTER TABLE offer_settings_v5 RENAME TO offer_settings;
CREATE TRIGGER offer_settings_no_update BEFORE UPDATE ON offer_settings
BEGIN SELECT RAISE(ABORT, 'offer_settings is append-only: the record of the offer is never edited; record a correction instead'); END;
CREATE TRIGGER offer_settings_no_delete BEFORE DELETE ON offer_settings
BEGIN SELECT RAISE(ABORT, 'offer_settings is append-only: the record of the offer is never deleted'); END;
`;

export const migration0005: Migration = {
  version: 5,
  name: 'settings-officer-optional',
  up(db: Database.Database) {
    db.exec(SQL);
  },
};
