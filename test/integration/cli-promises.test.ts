// `offer-desk letters LEDGER --promises [--out FILE.pdf]`: after the close, one PDF with a Promise
// to Grant for every holder whose options were accepted and who has none yet, recorded like every
// letter; refused before the close; never a second promise to the same holder.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../main/cli/run';
import { ControllableClock } from '../../main/services/clock';
import { everyRow } from './cli-helpers';
import { pdfPageCount, pdfText, requirePoppler } from './letters-poppler';
import { closedOffer, expiredOffer, type ClosingDesk } from './promise-fixtures';

requirePoppler();

function cli(d: ClosingDesk, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const clock = new ControllableClock(d.clock.now());
  const code = run(args, { clock, env: {}, out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const pdfsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pdf'));

describe('offer-desk letters --promises', () => {
  it('after the close, writes one PDF with a Promise to Grant for each holder whose options were accepted, and records them', () => {
    const d = closedOffer();
    const r = cli(d, 'letters', d.ledgerPath, '--promises', '--operator', 'mary.clerk');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const path = join(d.dir, 'promises-to-grant-2003-04-01.pdf');
    const pdf = readFileSync(path);
    const sha = createHash('sha256').update(pdf).digest('hex');
    const pages = pdfPageCount(pdf);
    expect(r.stdout).toBe(
      `Wrote 3 Promise to Grant letters (${pages} pages) to ${path}\nsha256 ${sha}\n` +
        'Recorded as print run 1: new grant date 2003-10-02; holders E1, E2, E3.\n',
    );
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const name of ['Zofia Łukasiewicz', '田中 太郎', "Patrick O'Brien"]) expect(text).toContain(`Dear ${name}:`);
    expect(text).not.toContain('Anders');
    const letters = d.desk.ledger.letters();
    expect(letters.map((l) => [l.employeeId, l.kind, l.letterDate, l.operator])).toEqual([
      ['E1', 'promise-to-grant', '2003-04-02', 'mary.clerk'],
      ['E2', 'promise-to-grant', '2003-04-02', 'mary.clerk'],
      ['E3', 'promise-to-grant', '2003-04-02', 'mary.clerk'],
    ]);
    expect(d.desk.ledger.printRuns()[0]?.pdfSha256).toBe(sha);
    expect(cli(d, 'verify', d.ledgerPath).code).toBe(0);
  });

  it('a second run writes nothing and says every holder already has a promise (reprint to give the same letter)', () => {
    const d = closedOffer();
    expect(cli(d, 'letters', d.ledgerPath, '--promises', '--out', join(d.dir, 'first.pdf')).code).toBe(0);
    const before = everyRow(d.ledgerPath);
    const r = cli(d, 'letters', d.ledgerPath, '--promises');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Every holder whose options were accepted (3) already has a Promise to Grant; reprint one from the print history to give the same letter again. No file was written.\n');
    expect(everyRow(d.ledgerPath)).toBe(before);
    expect(pdfsIn(d.dir)).toEqual(['first.pdf']);
  });

  it('before the close it is refused in plain words (exit 1), no file is written and nothing changes', () => {
    const d = expiredOffer();
    const before = everyRow(d.ledgerPath);
    const r = cli(d, 'letters', d.ledgerPath, '--promises');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Promise to Grant letters are made at the close: the offer is not closed yet.');
    expect(everyRow(d.ledgerPath)).toBe(before);
    expect(pdfsIn(d.dir)).toEqual([]);
  });

  it('never writes over an existing file: refused, nothing recorded', () => {
    const d = closedOffer();
    const out = join(d.dir, 'taken.pdf');
    writeFileSync(out, 'someone else\'s file');
    const before = everyRow(d.ledgerPath);
    const r = cli(d, 'letters', d.ledgerPath, '--promises', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already exists; letters are never written over a file');
    expect(readFileSync(out, 'utf8')).toBe('someone else\'s file');
    expect(everyRow(d.ledgerPath)).toBe(before);
  });

  it('--due with --promises is a usage error', () => {
    const d = closedOffer();
    const r = cli(d, 'letters', d.ledgerPath, '--due', '--promises');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('say --due or --promises, not both');
  });
});
