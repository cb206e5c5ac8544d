// The offer's exchange terms, versioned like the settings (the highest version is in force). A
// ledger that never recorded terms is on Alpha's 1-for-1, six months and one day.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import { type ExchangeTerms, exchangeTermsProblem, ONE_FOR_ONE, type RatioRule } from '../core/exchange-terms';
import { canonicalJson } from './canonical-json';
import type { WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';

export const EXCHANGE_TERMS_TABLE: TableSpec = {
  table: 'exchange_terms',
  key: ['version'],
  columns: ['version', 'terms_json', 'reason', 'recorded_at', 'operator'],
  blobColumns: [],
  describe: (key) => `the exchange terms (version ${String(key['version'])})`,
};

type TermsRow = { version: number; terms_json: string; reason: string; recorded_at: string; operator: string };

/** A clean copy (no stray properties reach the record), or a refusal naming what is wrong. */
export function validateExchangeTerms(terms: ExchangeTerms, plans: readonly string[]): ExchangeTerms {
  const clean: ExchangeTerms = {
    ratios: Array.isArray(terms.ratios)
      ? terms.ratios.map((r: RatioRule) => ({
          plan: r.plan ?? null,
          priceFrom: r.priceFrom ?? null,
          priceBelow: r.priceBelow ?? null,
          newShares: r.newShares,
          oldShares: r.oldShares,
        }))
      : [],
    newGrantAfter: { months: terms.newGrantAfter?.months, days: terms.newGrantAfter?.days },
  };
  const problem = exchangeTermsProblem(clean, plans);
  if (problem !== null) throw new OfferDeskError('invalid-input', `Exchange terms: ${problem}.`);
  return clean;
}

export type ExchangeTermsStore = ReturnType<typeof exchangeTermsStore>;

export interface ExchangeTermsVersion {
  version: number;
  terms: ExchangeTerms;
  reason: string;
  recordedAt: string;
  operator: string;
}

export function exchangeTermsStore(db: Database.Database) {
  const insertStmt = db.prepare<TermsRow>(
    'INSERT INTO exchange_terms (version, terms_json, reason, recorded_at, operator) VALUES (@version, @terms_json, @reason, @recorded_at, @operator)',
  );
  const latestStmt = db.prepare<[], TermsRow>('SELECT * FROM exchange_terms ORDER BY version DESC LIMIT 1');
  const allStmt = db.prepare<[], TermsRow>('SELECT * FROM exchange_terms ORDER BY version');

  return {
    /** Appends the next version. `terms` must already be validated; `reason` is '' before the first document. */
    insert(terms: ExchangeTerms, reason: string, ctx: WriteContext): AuditRows {
      const row: TermsRow = {
        version: (latestStmt.get()?.version ?? 0) + 1,
        terms_json: canonicalJson({
          ratios: terms.ratios.map((r) => ({ ...r })),
          newGrantAfter: { ...terms.newGrantAfter },
        }),
        reason,
        recorded_at: ctx.at,
        operator: ctx.operator,
      };
      insertStmt.run(row);
      return { exchange_terms: [toAuditRow(EXCHANGE_TERMS_TABLE, row)] };
    },
    current(): ExchangeTerms {
      const row = latestStmt.get();
      return row === undefined ? ONE_FOR_ONE : (JSON.parse(row.terms_json) as ExchangeTerms);
    },
    count(): number {
      return latestStmt.get()?.version ?? 0;
    },
    /** Every recorded version, oldest first, with its reason ('' before the first document). */
    history(): ExchangeTermsVersion[] {
      return allStmt.all().map((r) => ({ version: r.version, terms: JSON.parse(r.terms_json) as ExchangeTerms, reason: r.reason, recordedAt: r.recorded_at, operator: r.operator }));
    },
  };
}
