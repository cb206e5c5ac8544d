// The offer's configuration. Versions are appended, never overwritten: the highest version is in
// force, and the earlier ones show what the desk had configured at any past moment.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { OfferSettings } from '../core/types';
import { canonicalJson } from './canonical-json';
import type { WriteContext } from './ledger';
import type { TableSpec } from './table-spec';
import { requireCalendarDate, requireInstant, requireString, requireText } from './validate';

export const SETTINGS_TABLE: TableSpec = {
  table: 'offer_settings',
  key: ['version'],
  columns: [
    'version',
    'company',
    'cfo_name',
    'cfo_title',
    'address_lines',
    'phone',
    'fax',
    'commenced_on',
    'original_expires_at',
    'zone',
    'plans',
    'lookback_from',
    'recorded_at',
    'operator',
  ],
  blobColumns: [],
  describe: (key) => `the offer settings (version ${String(key['version'])})`,
};

export type SettingsRow = {
  version: number;
  company: string;
  cfo_name: string;
  cfo_title: string;
  /** JSON array of strings. */
  address_lines: string;
  phone: string;
  fax: string;
  commenced_on: string;
  original_expires_at: string;
  zone: string;
  /** JSON array of strings. */
  plans: string;
  lookback_from: string;
  recorded_at: string;
  operator: string;
};

function requireTextList(value: unknown, what: string, mayBeEmpty: boolean): string[] {
  if (!Array.isArray(value) || (!mayBeEmpty && value.length === 0)) {
    throw new OfferDeskError('invalid-input', `${what} must be a list${mayBeEmpty ? '' : ' with at least one entry'}`);
  }
  return value.map((item: unknown, i) => requireText(item, `${what}, entry ${i + 1},`));
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks every field; returns a clean copy (no stray properties reach the record). */
export function validateSettings(s: OfferSettings): OfferSettings {
  const zone = requireText(s.zone, 'settings: zone');
  if (!isKnownZone(zone)) throw new OfferDeskError('invalid-input', `settings: zone "${zone}" is not a known time zone`);
  return {
    company: requireText(s.company, 'settings: company'),
    // Empty until set for an offer begun with `init --company`; letters are refused until then.
    cfoName: requireString(s.cfoName, 'settings: cfoName'),
    cfoTitle: requireString(s.cfoTitle, 'settings: cfoTitle'),
    addressLines: requireTextList(s.addressLines, 'settings: addressLines', true),
    phone: requireString(s.phone, 'settings: phone'),
    fax: requireString(s.fax, 'settings: fax'),
    commencedOn: requireCalendarDate(s.commencedOn, 'settings: commencedOn'),
    originalExpiresAt: requireInstant(s.originalExpiresAt, 'settings: originalExpiresAt'),
    zone,
    plans: requireTextList(s.plans, 'settings: plans', false),
    lookbackFrom: requireCalendarDate(s.lookbackFrom, 'settings: lookbackFrom'),
  };
}

function toSettings(row: SettingsRow): OfferSettings {
  return {
    company: row.company,
    cfoName: row.cfo_name,
    cfoTitle: row.cfo_title,
    addressLines: JSON.parse(row.address_lines) as string[],
    phone: row.phone,
    fax: row.fax,
    commencedOn: row.commenced_on,
    originalExpiresAt: row.original_expires_at,
    zone: row.zone,
    plans: JSON.parse(row.plans) as string[],
    lookbackFrom: row.lookback_from,
  };
}

export type SettingsStore = ReturnType<typeof settingsStore>;

export interface SettingsVersion {
  version: number;
  recordedAt: string;
  operator: string;
  settings: OfferSettings;
}

export function settingsStore(db: Database.Database) {
  const insertStmt = db.prepare<SettingsRow>(
    `INSERT INTO offer_settings (version, company, cfo_name, cfo_title, address_lines, phone, fax, commenced_on,
       original_expires_at, zone, plans, lookback_from, recorded_at, operator)
     VALUES (@version, @company, @cfo_name, @cfo_title, @address_lines, @phone, @fax, @commenced_on,
       @original_expires_at, @zone, @plans, @lookback_from, @recorded_at, @operator)`,
  );
  const latestStmt = db.prepare<[], SettingsRow>('SELECT * FROM offer_settings ORDER BY version DESC LIMIT 1');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM offer_settings');
  const allStmt = db.prepare<[], SettingsRow>('SELECT * FROM offer_settings ORDER BY version');

  return {
    /** Appends the next version. `settings` must already be validated. */
    insert(settings: OfferSettings, ctx: WriteContext): SettingsRow {
      const row: SettingsRow = {
        version: (latestStmt.get()?.version ?? 0) + 1,
        company: settings.company,
        cfo_name: settings.cfoName,
        cfo_title: settings.cfoTitle,
        address_lines: canonicalJson(settings.addressLines),
        phone: settings.phone,
        fax: settings.fax,
        commenced_on: settings.commencedOn,
        original_expires_at: settings.originalExpiresAt,
        zone: settings.zone,
        plans: canonicalJson(settings.plans),
        lookback_from: settings.lookbackFrom,
        recorded_at: ctx.at,
        operator: ctx.operator,
      };
      insertStmt.run(row);
      return row;
    },
    current(): OfferSettings {
      const row = latestStmt.get();
      if (row === undefined) throw new OfferDeskError('internal', 'the ledger holds no offer settings');
      return toSettings(row);
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
    /** Every version, oldest first: what the offer's details were and who changed them when. */
    history(): SettingsVersion[] {
      return allStmt.all().map((row) => ({ version: row.version, recordedAt: row.recorded_at, operator: row.operator, settings: toSettings(row) }));
    },
  };
}
