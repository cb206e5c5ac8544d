// `offer-desk init --offer FILE.json` and `--ratio N:M`: everything an offer has in one file, each
// field checked by the same rules as the window's wizard, the Regulation 14E schedule enforced,
// the exchange terms recorded with the ledger. A refusal names the field and creates no file.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliSession, type CliSession } from './cli-helpers';

const BETA = {
  company: 'Beta Widgets, Inc.',
  officer: 'Maria Kowalska',
  officerTitle: 'Treasurer',
  address: ['1 Elm Street', 'Boston MA 02110'],
  phone: '(617) 555-0199',
  fax: '(617) 555-0100',
  commenced: '2003-02-28',
  expires: '2003-03-31 17:00',
  zone: 'America/New_York',
  plans: ['2001', '1996'],
  exchange: {
    ratios: [
      { plan: '1996', ratio: '1:1' },
      { priceFrom: '10.00', ratio: '1:2' },
      { ratio: '2:3' },
    ],
    newGrantAfter: { months: 6, days: 1 },
  },
};

function rows(ledger: string, sql: string): Record<string, unknown>[] {
  const db = new Database(ledger, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

const terms = (ledger: string) => rows(ledger, 'SELECT version, terms_json, reason FROM exchange_terms ORDER BY version');
const settings = (ledger: string) => rows(ledger, 'SELECT * FROM offer_settings ORDER BY version').at(-1);

function withFile(offer: unknown): { s: CliSession; file: string } {
  const s = cliSession();
  return { s, file: s.writeFile('beta.json', JSON.stringify(offer, null, 2)) };
}

describe('init --offer FILE.json: an offer set up from one file', () => {
  it('creates the ledger with every field of the file, the look-back six months before commencement, and records the exchange terms', () => {
    const { s, file } = withFile(BETA);
    expect(s.ok('init', s.ledger, '--offer', file)).toMatch(/^Created .*Beta Widgets, Inc\., commenced 2003-02-28, expires 2003-03-31 17:00:00 ET/);
    expect(settings(s.ledger)).toMatchObject({
      company: 'Beta Widgets, Inc.',
      cfo_name: 'Maria Kowalska',
      cfo_title: 'Treasurer',
      address_lines: JSON.stringify(['1 Elm Street', 'Boston MA 02110']),
      fax: '(617) 555-0100',
      original_expires_at: '2003-03-31T22:00:00.000Z',
      plans: JSON.stringify(['2001', '1996']),
      lookback_from: '2002-08-28',
    });
    const recorded = terms(s.ledger);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.reason).toBe('');
    expect(JSON.parse(String(recorded[0]?.terms_json))).toEqual({
      ratios: [
        { plan: '1996', priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 },
        { plan: null, priceFrom: '10.00', priceBelow: null, newShares: 1, oldShares: 2 },
        { plan: null, priceFrom: null, priceBelow: null, newShares: 2, oldShares: 3 },
      ],
      newGrantAfter: { months: 6, days: 1 },
    });
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('the command line wins over the file: --company and --ratio replace the file’s, the file’s new grant delay stays', () => {
    const { s, file } = withFile({ ...BETA, exchange: { ...BETA.exchange, newGrantAfter: { months: 12, days: 0 } } });
    s.ok('init', s.ledger, '--offer', file, '--company', 'Gamma Optics Corp.', '--ratio', '1:3', '--look-back', '2002-10-01');
    expect(settings(s.ledger)).toMatchObject({ company: 'Gamma Optics Corp.', cfo_name: 'Maria Kowalska', lookback_from: '2002-10-01' });
    expect(JSON.parse(String(terms(s.ledger)[0]?.terms_json))).toEqual({
      ratios: [{ plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 3 }],
      newGrantAfter: { months: 12, days: 0 },
    });
  });

  it('a price band edge that is not a price is refused naming the field in the file, and no ledger is created', () => {
    const { s, file } = withFile({ ...BETA, exchange: { ratios: [{ ratio: '1:1', plan: '1996' }, { priceFrom: 'ten', ratio: '1:2' }] } });
    const r = s.cli('init', s.ledger, '--offer', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('offer-desk: beta.json: exchange.ratios[1].priceFrom: "ten" is not a price like 10.00\n');
    expect(existsSync(s.ledger)).toBe(false);
  });

  it('every problem in the file is named, one per line', () => {
    const { s, file } = withFile({ ...BETA, fax: 'x'.repeat(41), commenced: '2003-02-30', exchange: { ratios: [{ plan: '2005', ratio: '1:2' }] } });
    const r = s.cli('init', s.ledger, '--offer', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('beta.json: fax: ');
    expect(r.stderr).toContain('beta.json: commenced: ');
    expect(r.stderr).toContain('beta.json: exchange: exchange ratio 1: "2005" is not one of the offer\'s plans (2001, 1996)');
    expect(existsSync(s.ledger)).toBe(false);
  });

  it('an expiration before the earliest Regulation 14E permits is refused naming the earliest allowed expiration', () => {
    const s = cliSession();
    const r = s.cli('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-27 17:00', '--zone', 'America/New_York', '--company', 'Beta Widgets, Inc.');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'offer-desk: --expires 2003-03-27 17:00:00 ET is too early: Regulation 14E keeps the offer open at least 20 business days, so the earliest allowed expiration is 2003-03-28 00:00:00 ET.\n',
    );
    expect(existsSync(s.ledger)).toBe(false);
    // Midnight at the end of the 20th business day is allowed.
    s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-28 00:00', '--zone', 'America/New_York', '--company', 'Beta Widgets, Inc.');
  });

  it('--ratio takes new:old shares; anything else is refused and creates nothing', () => {
    const s = cliSession();
    const r = s.cli('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York', '--ratio', '1-2');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('offer-desk: --ratio: The exchange ratio "1-2" is not new:old shares like 1:1 or 1:2.\n');
    expect(existsSync(s.ledger)).toBe(false);
    s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York', '--ratio', '1:2');
    expect(JSON.parse(String(terms(s.ledger)[0]?.terms_json)).ratios).toEqual([{ plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 2 }]);
  });

  it('a file that is not JSON, or not an offer object, or names a field the desk does not know, is refused', () => {
    const s = cliSession();
    expect(s.cli('init', s.ledger, '--offer', s.writeFile('a.json', '{"company": ')).stderr).toMatch(/^offer-desk: a\.json is not JSON/);
    expect(s.cli('init', s.ledger, '--offer', s.writeFile('b.json', '[1]')).stderr).toMatch(/does not hold an offer/);
    expect(s.cli('init', s.ledger, '--offer', s.writeFile('c.json', JSON.stringify({ ...BETA, compnay: 'x' }))).stderr).toMatch(/c\.json: .*compnay/);
    expect(existsSync(s.ledger)).toBe(false);
  });

  it('a file without dates needs them on the command line, and says so', () => {
    const { commenced: _c, ...noDate } = BETA;
    const { s, file } = withFile(noDate);
    const r = s.cli('init', s.ledger, '--offer', file);
    expect(r.stderr).toBe('offer-desk: the commencement date is required: give --commenced or "commenced" in beta.json.\n');
    s.ok('init', s.ledger, '--offer', file, '--commenced', '2003-02-28');
  });

  it('the demo without terms stays on the implied 1-for-1 and records no terms', () => {
    const s = cliSession();
    s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
    expect(terms(s.ledger)).toEqual([]);
  });
});
