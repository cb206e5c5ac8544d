// `offer-desk report LEDGER --out DIR` on Alpha's worked example (domain.md, example 1): Zofia
// tenders A and B, withdraws, tenders A alone at 4:59:59 PM on the last day (the look-back grant
// C goes with it), and a Notice one second after 5:00 PM is late; Patrick's form has no e-mail
// address and stays defective. The report and the Schedule TO paragraph say exactly that, and the
// command never writes over a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../main/ledger/ledger';
import { writeReport } from '../../main/cli/report';
import { deskCall } from '../../main/cli/desk-call';
import { openDesk } from '../../main/services/desk';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { alphaSession, everyRow, refusedUnchanged, type CliSession } from './cli-helpers';
import { pdfText, requirePoppler } from './letters-poppler';

requirePoppler();

function workedExample(): CliSession {
  const s = alphaSession('2003-03-20T15:05:00.000Z');
  const log = (...args: string[]) => s.ok('log', s.ledger, ...args);
  log('--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 10:00', '--tender', 'A,B');
  s.clock.set('2003-03-24T15:05:00.000Z');
  log('--employee', 'E2', '--kind', 'election', '--via', 'fax', '--received', '2003-03-24 10:00', '--tender', 'D', '--defect', 'no-email');
  s.clock.set('2003-03-27T20:05:00.000Z');
  log('--employee', 'E1', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-27 15:00');
  s.clock.set('2003-03-31T21:59:59.500Z');
  log('--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-31 16:59:59', '--tender', 'A');
  s.clock.set('2003-03-31T22:05:00.000Z');
  log('--employee', 'E1', '--kind', 'notice', '--via', 'hand', '--received', '2003-03-31 17:00:01');
  s.clock.set('2003-04-01T15:00:00.000Z');
  return s;
}

const PARAGRAPH =
  'The Offer expired at 5:00 p.m., Eastern Time, on March 31, 2003. Pursuant to the Offer, the Company accepted for exchange options to purchase ' +
  '1,300 shares of common stock from 1 eligible holder, representing 34.2% of the options eligible for exchange. The options accepted were cancelled on April 1, 2003. ' +
  'Subject to the terms and conditions of the Offer, the Company will grant new options to purchase 1,300 shares of common stock on or about October 2, 2003 in exchange for the options accepted.';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('offer-desk report', () => {
  it("writes results.pdf, schedule-to.txt and the administrator's CSV, marked PRELIMINARY before the close, and changes nothing in the ledger", () => {
    const s = workedExample();
    const out = join(s.dir, 'report');
    const before = everyRow(s.ledger);
    const r = s.cli('report', s.ledger, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(everyRow(s.ledger)).toBe(before);
    expect(readdirSync(out).sort()).toEqual(['administrator.csv', 'results.pdf', 'schedule-to.txt']);
    expect(readFileSync(join(out, 'administrator.csv'), 'utf8')).toMatch(/^\ufeffemployee_id,name,id_number,grant_id,/);
    expect(r.stdout).toMatch(/^PRELIMINARY — the offer is not closed\.\nWrote .*results\.pdf \(\d+ pages?, sha256 [0-9a-f]{64}\)\nWrote .*schedule-to\.txt\nWrote .*administrator\.csv\nLedger audit head: event \d+ · [0-9a-f]{16}\n$/);
    const txt = readFileSync(join(out, 'schedule-to.txt'), 'utf8');
    expect(txt).toBe(`PRELIMINARY — the offer is not closed: figures as of 2003-04-01 10:00:00 ET.\n\n${PARAGRAPH}\n\n${/Ledger audit head.*\n$/.exec(r.stdout)?.[0]}`);
    const pdf = flat(pdfText(readFileSync(join(out, 'results.pdf'))));
    expect(pdf).toContain(PARAGRAPH);
    expect(pdf).toContain('PRELIMINARY — the offer is not closed');
    // Zofia: A accepted, B kept, C (look-back) accepted; Patrick's defective form leaves him not responding.
    const layout = pdfText(readFileSync(join(out, 'results.pdf')), { layout: true });
    expect(layout).toMatch(/E1\s+Zofia Łukasiewicz\s+B\s+1985\s+\$9\.8750\s+500\s+0\s+0\s+500\n/);
    expect(layout).toMatch(/\n\s+A\s+1994\s+\$12\.5000\s+1,000\s+1,000\s+1,000\s+0\n/);
    expect(layout).toMatch(/\n\s+C\s+1994\s+\$2\.1000\s+300\s+300\s+300\s+0\n/);
    expect(pdf).toContain('Participating in full 0 Participating in part 1 Declined 0 Not responding 1');
    expect(pdf).toContain('Late documents (1)');
    expect(layout).toMatch(/5\s+E1\s+Zofia Łukasiewicz\s+Notice to Change Election\s+2003-03-31 17:00:01 ET\s+late/);
    expect(pdf).toContain('Documents defective as of now (1)');
    expect(layout).toMatch(/2\s+E2\s+Patrick O'Brien\s+Election Form\s+2003-03-24 10:00:00 ET\s+no e-mail address/);
  });

  it('once the offer is closed, the report carries the close and its dates, without PRELIMINARY', () => {
    const s = workedExample();
    const ledger = openLedger({ path: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`) });
    ledger.recordClosing(
      { closedBy: 'James Polakiewicz', expiresAt: '2003-03-31T22:00:00.000Z', cancellationDate: '2003-04-01', newGrantDate: '2003-10-02', datesReason: null, figures: {} },
      { at: '2003-04-01T15:00:00.000Z', operator: 'cfo' },
    );
    ledger.close();
    const out = join(s.dir, 'final');
    const r = s.cli('report', s.ledger, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('PRELIMINARY');
    expect(readFileSync(join(out, 'schedule-to.txt'), 'utf8')).toMatch(new RegExp(`^${PARAGRAPH.replace(/[.$()]/g, '\\$&')}\n\nLedger audit head: event \\d+ · [0-9a-f]{16}\n$`));
    const pdf = flat(pdfText(readFileSync(join(out, 'results.pdf'))));
    expect(pdf).not.toContain('PRELIMINARY');
    expect(pdf).toContain('CLOSED on 2003-04-01 10:00:00 ET by James Polakiewicz');
    expect(pdf).toContain('Documents defective at the close (1)');
  });

  it('the same ledger at the same moment gives the same PDF, byte for byte', () => {
    const s = workedExample();
    s.ok('report', s.ledger, '--out', join(s.dir, 'one'));
    s.ok('report', s.ledger, '--out', join(s.dir, 'two'));
    expect(readFileSync(join(s.dir, 'two', 'results.pdf')).equals(readFileSync(join(s.dir, 'one', 'results.pdf')))).toBe(true);
  });

  it('a close whose recorded figures the ledger no longer gives is reported, not silently reprinted', () => {
    const s = workedExample();
    const ledger = openLedger({ path: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`) });
    ledger.recordClosing(
      { closedBy: 'James Polakiewicz', expiresAt: '2003-03-31T22:00:00.000Z', cancellationDate: '2003-04-01', newGrantDate: '2003-10-02', datesReason: null, figures: { totals: { sharesAccepted: 1300, newShares: 1250 } } },
      { at: '2003-04-01T15:00:00.000Z', operator: 'cfo' },
    );
    ledger.close();
    const out = join(s.dir, 'odd');
    s.ok('report', s.ledger, '--out', out);
    expect(flat(pdfText(readFileSync(join(out, 'results.pdf'))))).toContain(
      "The figures the close recorded differ from the ledger's: newShares: 1250 at the close, 1300 from the ledger now.",
    );
  });

  it('never writes over a file: a name already taken in DIR is refused, named, and nothing is written', () => {
    const s = workedExample();
    const out = join(s.dir, 'taken');
    s.ok('report', s.ledger, '--out', out);
    const before = readFileSync(join(out, 'results.pdf'));
    refusedUnchanged(s, ['report', s.ledger, '--out', out], /results\.pdf already exists; a report never writes over a file/);
    expect(readFileSync(join(out, 'results.pdf'))).toEqual(before);

    // Only schedule-to.txt is taken (someone's own file): refused too, and no PDF is left beside it.
    const mine = join(s.dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'schedule-to.txt'), 'my draft');
    const stderr = refusedUnchanged(s, ['report', s.ledger, '--out', mine], /schedule-to\.txt already exists/);
    expect(stderr).toContain(join(mine, 'schedule-to.txt'));
    expect(readdirSync(mine)).toEqual(['schedule-to.txt']);
    expect(readFileSync(join(mine, 'schedule-to.txt'), 'utf8')).toBe('my draft');
  });

  it("writes the administrator's CSV beside the report when given one, and with any of the three names taken writes none", () => {
    const s = workedExample();
    const desk = openDesk({ ledgerPath: s.ledger, keyProvider: new FileKeyProvider(`${s.ledger}.key`), clock: s.clock, operator: 'cfo' });
    try {
      const csv = [{ name: 'administrator.csv', content: () => '\ufeffemployee_id\r\nE1\r\n' }];
      const out = join(s.dir, 'with-csv');
      const lines: string[] = [];
      writeReport(deskCall(desk), out, { out: (t) => lines.push(t) }, csv);
      expect(readdirSync(out).sort()).toEqual(['administrator.csv', 'results.pdf', 'schedule-to.txt']);
      expect(lines.join('')).toContain(`Wrote ${join(out, 'administrator.csv')}\n`);
      const taken = join(s.dir, 'csv-taken');
      mkdirSync(taken);
      writeFileSync(join(taken, 'administrator.csv'), 'mine');
      expect(() => writeReport(deskCall(desk), taken, { out: () => undefined }, csv)).toThrow(/administrator\.csv already exists/);
      expect(readdirSync(taken)).toEqual(['administrator.csv']);
    } finally {
      desk.close();
    }
  });

  it('refuses --out naming a file, and asks for --out when it is missing', () => {
    const s = workedExample();
    const file = s.writeFile('not-a-folder', 'x');
    refusedUnchanged(s, ['report', s.ledger, '--out', file], /is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('x');
    refusedUnchanged(s, ['report', s.ledger], /missing --out/, 2);
    expect(existsSync(join(s.dir, 'results.pdf'))).toBe(false);
  });
});
