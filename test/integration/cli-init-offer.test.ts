// `offer-desk init` sets up any company's offer, not only Alpha's: every letterhead field is what the
// CFO gave (nothing of Alpha's), the demo stays the default, and no letter goes out unsigned or
// without the company's address. Real ledger files, real PDFs read back with poppler.
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/services/shell-support';
import { openDesk } from '../../main/services/desk';
import { cliSession, everyRow, refusedUnchanged, SMALL_ROSTER, type CliSession } from './cli-helpers';
import { pdfPagesText, requirePoppler } from './letters-poppler';
import { windowCalls } from './window-calls';

requirePoppler();

const DATES = ['--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York'];

/** The settings rows exactly as the ledger file holds them. */
function settingsJson(ledger: string): string {
  const db = new Database(ledger, { readonly: true, fileMustExist: true });
  try {
    return JSON.stringify(db.prepare('SELECT * FROM offer_settings ORDER BY version').all());
  } finally {
    db.close();
  }
}

function latestSettings(ledger: string): Record<string, unknown> {
  const rows = JSON.parse(settingsJson(ledger)) as Record<string, unknown>[];
  const row = rows[rows.length - 1];
  if (row === undefined) throw new Error('no settings row');
  return row;
}

const pdfs = (s: CliSession) => readdirSync(s.dir).filter((f) => f.endsWith('.pdf'));

/** Beta's offer with no officer or address, the roster imported, and Zofia's form overdue for its confirmation. */
function bareBeta(): CliSession {
  const s = cliSession('2003-03-10T14:00:00.000Z');
  s.ok('init', s.ledger, ...DATES, '--company', 'Beta Widgets, Inc.');
  s.ok('import-roster', s.ledger, s.writeFile('roster.csv', SMALL_ROSTER));
  s.clock.set('2003-03-14T15:05:00.000Z');
  s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-14 10:00', '--tender', 'A');
  s.clock.set('2003-03-27T21:00:00.000Z');
  return s;
}

const openWindowDesk = (s: CliSession) => openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: s.clock, operator: 'cfo' });

const NEEDS_OFFICER_AND_ADDRESS =
  "Set the officer's name, the company's address and the fax number (Settings, or offer-desk init --officer/--address/--fax) before producing letters: " +
  'every letter is signed by the officer, carries the address and gives the fax number for replies.';

describe('offer-desk init: any company, not only Alpha', () => {
  it("sets up a new company's offer with exactly what the CFO gave, and nothing of Alpha's", () => {
    const s = cliSession();
    const out = s.ok(
      'init', s.ledger, ...DATES,
      '--company', 'Beta Widgets, Inc.',
      '--officer', 'Maria Kowalska',
      '--officer-title', 'Treasurer',
      '--address', '1 Elm Street | Suite 200|Boston MA 02110',
      '--phone', '(617) 555-0199',
      '--fax', '(617) 555-0100',
      '--plans', '2001,1996',
      '--look-back', '2002-09-01',
    );
    expect(out).toMatch(/^Created .*Beta Widgets, Inc\., commenced 2003-02-28/);
    const row = latestSettings(s.ledger);
    expect(row).toMatchObject({
      company: 'Beta Widgets, Inc.',
      cfo_name: 'Maria Kowalska',
      cfo_title: 'Treasurer',
      address_lines: JSON.stringify(['1 Elm Street', 'Suite 200', 'Boston MA 02110']),
      phone: '(617) 555-0199',
      fax: '(617) 555-0100',
      commenced_on: '2003-02-28',
      original_expires_at: '2003-03-31T22:00:00.000Z',
      zone: 'America/New_York',
      plans: JSON.stringify(['2001', '1996']),
      lookback_from: '2002-09-01',
    });
    const json = settingsJson(s.ledger);
    for (const alpha of ['Alpha', 'Polakiewicz', 'Pelham', '635-5260', '635-5160']) expect(json).not.toContain(alpha);
    expect(s.ok('documents', s.ledger)).toBeDefined();
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it("leaves the officer, title, address, phone and fax empty when a new company's offer does not give them", () => {
    const s = cliSession();
    s.ok('init', s.ledger, ...DATES, '--company', 'Beta Widgets, Inc.');
    expect(latestSettings(s.ledger)).toMatchObject({ company: 'Beta Widgets, Inc.', cfo_name: '', cfo_title: '', address_lines: '[]', phone: '', fax: '' });
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });

  it('without --company is the Alpha demo, officer and address included, as before', () => {
    const s = cliSession();
    s.ok('init', s.ledger, ...DATES);
    expect(latestSettings(s.ledger)).toMatchObject({
      company: 'Alpha Technologies Group, Inc.',
      cfo_name: 'James Polakiewicz',
      cfo_title: 'Chief Financial Officer',
      address_lines: JSON.stringify(['33 Bridge Street', 'Pelham NH 03076']),
      fax: '(603) 635-5260',
      lookback_from: '2002-08-28',
    });
  });

  it('refuses a look-back date after commencement, and creates no file', () => {
    const s = cliSession();
    const r = s.cli('init', s.ledger, ...DATES, '--company', 'Beta Widgets, Inc.', '--look-back', '2003-03-01');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('offer-desk: --look-back 2003-03-01 is after the offer commences (2003-02-28): the look-back window ends when the offer begins.\n');
    expect(existsSync(s.ledger)).toBe(false);
  });

  it('refuses an officer name that breaks the text rule, and creates no file', () => {
    const s = cliSession();
    const r = s.cli('init', s.ledger, ...DATES, '--company', 'Beta Widgets, Inc.', '--officer', 'Maria\u0007Kowalska');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/CFO's name/);
    expect(existsSync(s.ledger)).toBe(false);
  });
});

describe('no letter before the officer and the address are set', () => {
  it('letters --due is refused naming what to set, records nothing and writes no file', () => {
    const s = bareBeta();
    refusedUnchanged(s, ['letters', s.ledger, '--due'], new RegExp(`^offer-desk: ${NEEDS_OFFICER_AND_ADDRESS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
    expect(pdfs(s)).toEqual([]);
  });

  it('names only what is missing: the fax given, the officer and the address still to set', () => {
    const s = cliSession('2003-03-10T14:00:00.000Z');
    s.ok('init', s.ledger, ...DATES, '--company', 'Beta Widgets, Inc.', '--fax', '(617) 555-0100');
    s.ok('import-roster', s.ledger, s.writeFile('roster.csv', SMALL_ROSTER));
    s.clock.set('2003-03-14T15:05:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-14 10:00', '--tender', 'A');
    s.clock.set('2003-03-27T21:00:00.000Z');
    const r = s.cli('letters', s.ledger, '--due');
    expect(r.stderr).toBe(
      "offer-desk: Set the officer's name and the company's address (Settings, or offer-desk init --officer/--address) before producing letters: " +
        'every letter is signed by the officer and carries the address.\n',
    );
  });

  it('the window is refused a preview, a batch and a background job too; once Settings sets them, the letter is produced and signed by the officer', () => {
    const s = bareBeta();
    const desk = openWindowDesk(s);
    try {
      const w = windowCalls(desk);
      const before = everyRow(s.ledger);
      const preview = w.call('letters:preview', { documentId: 1 });
      expect(preview).toEqual({ ok: false, error: { code: 'invalid-input', message: NEEDS_OFFICER_AND_ADDRESS, details: [] } });
      const produce = w.call('letters:produce', { documentIds: [1] });
      expect(produce).toEqual({ ok: false, error: { code: 'invalid-input', message: NEEDS_OFFICER_AND_ADDRESS, details: [] } });
      expect(w.call('letters:start', { documentIds: [1] })).toEqual({ ok: false, error: { code: 'invalid-input', message: NEEDS_OFFICER_AND_ADDRESS, details: [] } });
      expect(everyRow(s.ledger)).toBe(before);

      w.ok('settings:update', { cfoName: 'Maria Kowalska', cfoTitle: 'Treasurer', addressLines: ['1 Elm Street', 'Boston MA 02110'], fax: '(617) 555-0100', reason: 'The letterhead was not ready when the offer was set up.' });
      const shown = w.ok('letters:preview', { documentId: 1 });
      const text = pdfPagesText(Buffer.from(shown.base64, 'base64')).join('\f');
      expect(text).toContain('Maria Kowalska');
      expect(text).toContain('Boston MA 02110');
      expect(text).not.toContain('Polakiewicz');
    } finally {
      desk.close();
    }
    const out = s.ok('letters', s.ledger, '--due');
    expect(out).toMatch(/^Wrote 1 letter/);
    expect(pdfs(s)).toEqual(['letters-2003-03-27.pdf']);
    expect(s.ok('verify', s.ledger)).toMatch(/verifies/);
  });
});
