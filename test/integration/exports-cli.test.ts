// `offer-desk export`: the record as JSON, the stock plan administrator's CSV and the Open Cap
// Format package, written as new files, on an open or a closed ledger, never with an ID number.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeTerms } from '../../main/core/exchange-terms';
import { alphaSession, everyRow, refusedUnchanged } from './cli-helpers';
import { zipEntries } from '../support/zip-entries';
import { closedOffer, closeOffer, deskOf, offerWithElections, ROSTER_ID_NUMBERS } from './exports-fixtures';

const HEADER =
  'employee_id,name,id_number,grant_id,plan,grant_date,exercise_price,shares_outstanding,shares_accepted,shares_kept,new_option_shares,ratio,cancellation_date,new_grant_date,governing_document';

describe("the stock plan administrator's CSV", () => {
  it('lists every grant of every holder with the shares accepted, kept and newly promised, and the close’s dates', () => {
    const s = closedOffer();
    const file = join(s.dir, 'administrator.csv');
    expect(s.ok('export', s.ledger, '--csv', file)).toBe(`Wrote the stock plan administrator's CSV to ${file}.\n`);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n')).toEqual([
      `\uFEFF${HEADER}`,
      'E1,Zofia Łukasiewicz,•••-••-5678,B,1985,1998-06-01,9.8750,500,0,500,0,,,,1',
      'E1,Zofia Łukasiewicz,•••-••-5678,A,1994,2000-01-15,12.5000,1000,1000,0,1000,1 new for 1 old,2003-04-01,2003-10-02,1',
      'E1,Zofia Łukasiewicz,•••-••-5678,C,1994,2002-09-16,2.1000,300,300,0,300,1 new for 1 old,2003-04-01,2003-10-02,1',
      "E2,Patrick O'Brien,•••-••-4321,D,1994,2001-05-07,7.4400,2000,1500,500,1500,1 new for 1 old,2003-04-01,2003-10-02,2",
      '',
    ]);
  });

  it('starts with the byte order mark so Excel keeps the accents, and ends every line with CRLF', () => {
    const s = closedOffer();
    const file = join(s.dir, 'administrator.csv');
    s.ok('export', s.ledger, '--csv', file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Łukasiewicz');
    expect(bytes.toString('latin1').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('shows a name that looks like a formula as text instead of running it', () => {
    const s = offerWithElections();
    const roster = ['employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares', 'E9,"=HYPERLINK(""http://x"")",e9@example.com,@home,955-55-5555,Z,1994,2000-01-01,1.00,10'].join('\n');
    s.ok('import-roster', s.ledger, s.writeFile('evil.csv', roster));
    const file = join(s.dir, 'administrator.csv');
    s.ok('export', s.ledger, '--csv', file);
    const row = readFileSync(file, 'utf8').split('\r\n').find((l) => l.startsWith('E9,'));
    expect(row).toBe(`E9,"'=HYPERLINK(""http://x"")",•••-••-5555,Z,1994,2000-01-01,1.00,10,0,10,0,,,,`);
  });

  it('before the close, shows the dates the rules give for the expiration in force', () => {
    const s = offerWithElections();
    const file = join(s.dir, 'draft.csv');
    s.ok('export', s.ledger, '--csv', file);
    expect(readFileSync(file, 'utf8')).toContain('E2,Patrick O\'Brien,•••-••-4321,D,1994,2001-05-07,7.4400,2000,1500,500,1500,1 new for 1 old,2003-04-01,2003-10-02,2');
  });
});

describe('the record of the offer as JSON', () => {
  it('holds the documents, the elections, the letters with the SHA-256 of each PDF, and the whole audit trail', () => {
    const s = closedOffer();
    s.ok('letters', s.ledger, '--due', '--out', join(s.dir, 'letters.pdf'));
    const file = join(s.dir, 'record.json');
    s.ok('export', s.ledger, '--json', file);
    const record = JSON.parse(readFileSync(file, 'utf8')) as {
      offer: { closing: { cancellationDate: string } | null };
      documents: { id: number; assessment: { standing: string } }[];
      elections: { employee_id: string; grant_id: string; shares_tendered: number }[];
      letters: { documentId: number; kind: string; pdfSha256: string; pages: number }[];
      auditEvents: { seq: number; type: string; hash: string; prevHash: string }[];
      holders: { employeeId: string; idNumber: string }[];
    };
    expect(record.offer.closing?.cancellationDate).toBe('2003-04-01');
    expect(record.documents.map((d) => [d.id, d.assessment.standing])).toEqual([[1, 'governing'], [2, 'governing']]);
    expect(record.elections).toContainEqual(expect.objectContaining({ employee_id: 'E2', grant_id: 'D', shares_tendered: 1500 }));
    expect(record.letters.map((l) => [l.documentId, l.kind])).toEqual([[1, 'confirmation'], [2, 'confirmation']]);
    for (const l of record.letters) expect(l.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.letters[0]).not.toHaveProperty('inputJson');
    // The trail is complete and chained, so it can be checked against the ledger's own.
    expect(record.auditEvents.map((e) => e.seq)).toEqual(record.auditEvents.map((_, i) => i + 1));
    for (let i = 1; i < record.auditEvents.length; i += 1) expect(record.auditEvents[i]!.prevHash).toBe(record.auditEvents[i - 1]!.hash);
    expect(record.auditEvents.map((e) => e.type)).toContain('offer.closed');
    expect(record.holders).toEqual([expect.objectContaining({ employeeId: 'E1', idNumber: '•••-••-5678' }), expect.objectContaining({ employeeId: 'E2', idNumber: '•••-••-4321' })]);
  });
});

describe('no export holds an ID number', () => {
  it('neither the JSON, nor the CSV, nor the OCF package contains any roster ID number, with or without dashes', () => {
    const s = closedOffer();
    // The numbers scanned for are the roster's own, as the ledger reveals them with its key.
    const desk = deskOf(s);
    try {
      expect([desk.ledger.revealIdNumber('E1'), desk.ledger.revealIdNumber('E2')]).toEqual(['912-34-5678', '987-65-4321']);
    } finally {
      desk.close();
    }
    for (const kind of ['json', 'csv', 'ocf']) {
      const file = join(s.dir, `export.${kind}`);
      s.ok('export', s.ledger, `--${kind}`, file);
      const bytes = readFileSync(file);
      // The OCF package is deflated: look inside each of its files.
      const texts = kind === 'ocf' ? [...zipEntries(bytes).values()].map((b) => b.toString('utf8')) : [bytes.toString('utf8')];
      for (const text of texts) for (const id of ROSTER_ID_NUMBERS) expect(text, `${id} in the ${kind} export`).not.toContain(id);
    }
  });
});

describe('an export never writes over a file', () => {
  it('is refused naming the file that exists; the file and the ledger are unchanged', () => {
    const s = closedOffer();
    for (const kind of ['json', 'csv', 'ocf']) {
      const file = join(s.dir, `taken.${kind}`);
      writeFileSync(file, 'keep me');
      const stderr = refusedUnchanged(s, ['export', s.ledger, `--${kind}`, file], /already exists/);
      expect(stderr).toContain(file);
      expect(readFileSync(file, 'utf8')).toBe('keep me');
    }
    // No temporary file is left beside them.
    expect(readdirSync(s.dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('cannot be pointed at the ledger itself', () => {
    const s = closedOffer();
    const before = readFileSync(s.ledger);
    refusedUnchanged(s, ['export', s.ledger, '--json', s.ledger], /already exists/);
    expect(readFileSync(s.ledger).equals(before)).toBe(true);
  });
});

describe('an export to a folder that is not there', () => {
  it('is refused in plain words and leaves nothing behind', () => {
    const s = closedOffer();
    const file = join(s.dir, 'no such folder', 'record.json');
    refusedUnchanged(s, ['export', s.ledger, '--json', file], /Cannot write .*record\.json: its folder does not exist; nothing has been written\./);
    expect(existsSync(join(s.dir, 'no such folder'))).toBe(false);
  });
});

describe('exchange terms other than 1-for-1', () => {
  it('the administrator sees the ratio of each accepted grant and the new option shares rounded down', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const desk = deskOf(s, '2003-03-20T15:00:00.000Z');
    try {
      const half: ExchangeTerms = { ratios: [{ plan: '1994', priceFrom: null, priceBelow: null, newShares: 1, oldShares: 2 }, { plan: null, priceFrom: null, priceBelow: null, newShares: 1, oldShares: 1 }], newGrantAfter: { months: 6, days: 1 } };
      desk.ledger.recordExchangeTerms(half, '', { at: '2003-03-20T15:00:00.000Z', operator: 'cfo' });
    } finally {
      desk.close();
    }
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'hand', '--received', '2003-03-20 10:00', '--tender', 'D:1501');
    closeOffer(s);
    const file = join(s.dir, 'administrator.csv');
    s.ok('export', s.ledger, '--csv', file);
    expect(readFileSync(file, 'utf8')).toContain("E2,Patrick O'Brien,•••-••-4321,D,1994,2001-05-07,7.4400,2000,1501,499,750,1 new for 2 old (1994 plan),2003-04-01,2003-10-02,1\r\n");
  });
});

describe('the Open Cap Format export before the close', () => {
  it('is refused in plain words, because options are cancelled only when the offer is closed; no file is written', () => {
    const s = offerWithElections();
    const file = join(s.dir, 'cancellations.ocf.zip');
    const stderr = refusedUnchanged(s, ['export', s.ledger, '--ocf', file], /options are cancelled only when the offer is closed/);
    expect(stderr).toMatch(/Close the offer first/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(s.dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  });
});

describe('exports on a closed ledger', () => {
  it('all three work after the close, and exporting changes nothing in the ledger', () => {
    const s = closedOffer();
    const before = everyRow(s.ledger);
    for (const kind of ['json', 'csv', 'ocf']) s.ok('export', s.ledger, `--${kind}`, join(s.dir, `closed.${kind}`));
    expect(everyRow(s.ledger)).toBe(before);
    expect(s.ok('verify', s.ledger)).toMatch(/The ledger verifies/);
  });
});

describe('export usage', () => {
  it('asks for exactly one kind and one file', () => {
    const s = closedOffer();
    expect(s.cli('export', s.ledger, join(s.dir, 'x'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/exactly one of --json FILE, --csv FILE or --ocf FILE/) });
    expect(s.cli('export', s.ledger, '--json', '--csv', join(s.dir, 'x'))).toMatchObject({ code: 2 });
    expect(s.cli('export', s.ledger, '--csv')).toMatchObject({ code: 2, stderr: expect.stringMatching(/one FILE after --csv/) });
    expect(s.ok('--help')).toMatch(/offer-desk export LEDGER --json FILE \| --csv FILE \| --ocf FILE.ocf.zip/);
  });
});
