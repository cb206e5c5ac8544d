// 1,000 generated roster files, from clean to hostile (support/hostile-csv.ts): BOMs, every line
// ending, quotes, formula-looking cells, huge fields, duplicates, bad numbers and dates, control
// characters, lone surrogates as bytes, cp1252 and UTF-16 files, missing and extra columns,
// truncated files. The rule, in the CFO's words: a roster is imported whole or not at all; a
// refused file names its bad rows, shows no ID number, and leaves the ledger exactly as it was.
import { parse } from 'csv-parse/sync';
import { importRoster } from '../../main/services/holders';
import fc from 'fast-check';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOfferDeskError } from '../../main/core/errors';
import type { Desk } from '../../main/services/desk';
import { everyRow } from '../integration/cli-helpers';
import { generatedRoster, type GeneratedRoster } from './support/hostile-csv';
import { openStressDesk, stressLedger } from './support/offer';
import { stressSeed } from './support/seed';

const FILES = 1000;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The data records of a file that was accepted, read independently of the desk's parser. */
function dataRecords(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const records = parse(text, { relax_column_count: true }) as string[][];
  return records.slice(1).filter((r) => !(r.length === 1 && r[0] === ''));
}

describe('hostile roster files', () => {
  it(`each of ${FILES} generated roster files is imported whole, or refused naming its rows with the ledger unchanged`, () => {
    const seed = stressSeed('roster-hostile');
    const l = stressLedger('offer-desk-roster-');
    dirs.push(l.dir);
    const pristine = join(l.dir, 'pristine.ledger');
    copyFileSync(l.path, pristine);
    const pristineRows = everyRow(l.path);
    let desk: Desk = openStressDesk(l);
    const baseHolders = desk.ledger.holders().length;
    const baseGrants = desk.ledger.grants().length;
    const tally = new Map<string, number>();
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    const started = Date.now();

    try {
      fc.assert(
        fc.property(generatedRoster, (file: GeneratedRoster) => {
          let result: { holders: number; grants: number } | null = null;
          let refusal: unknown = null;
          try {
            result = importRoster(desk.parts, file.bytes);
          } catch (e) {
            refusal = e;
          }

          if (result === null) {
            if (!isOfferDeskError(refusal)) throw new Error(`not a typed refusal: ${String(refusal)} (${file.hostile.join(', ')})`);
            count(refusal.code);
            expect(['roster-invalid', 'conflict']).toContain(refusal.code);
            expect(refusal.message).toMatch(/nothing was imported/i);
            if (refusal.code === 'roster-invalid') {
              expect(refusal.details.length).toBeGreaterThan(0);
              for (const d of refusal.details) expect(d).toMatch(/^(row|line) \d+\b/);
            } else {
              // A conflict names the ids already in the ledger or repeated in the file.
              expect(refusal.details.length).toBeGreaterThan(0);
            }
            const said = [refusal.message, ...refusal.details].join('\n');
            for (const id of file.idNumbers) {
              expect(said, 'a refusal showed an ID number').not.toContain(id);
              expect(said.replace(/[\s\-./]/g, ''), 'a refusal showed an ID number').not.toContain(id.replace(/[\s\-./]/g, ''));
            }
            expect(everyRow(l.path), `a refused roster changed the ledger (${file.hostile.join(', ')})`).toBe(pristineRows);
            return;
          }

          // Imported: whole, every row as written (formula-looking cells kept as text), and the chain verifies.
          count(file.hostile.length === 0 ? 'imported (clean)' : 'imported (after changes a roster allows)');
          const records = dataRecords(file.bytes);
          expect(result.grants).toBe(records.length);
          expect(desk.ledger.grants().length).toBe(baseGrants + result.grants);
          expect(desk.ledger.holders().length).toBe(baseHolders + result.holders);
          for (const r of records) {
            const [employeeId, name, , , , grantId, , , , shares] = r.map((v) => v.trim());
            const grant = desk.ledger.grants(employeeId).find((g) => g.grantId === grantId);
            expect(grant?.shares).toBe(Number(shares));
            expect(desk.ledger.holder(employeeId as string)?.name).toBe(name);
          }
          expect(desk.ledger.verify().problems).toEqual([]);

          // Back to the pristine ledger for the next file.
          desk.close();
          for (const suffix of ['-wal', '-shm']) rmSync(`${l.path}${suffix}`, { force: true });
          copyFileSync(pristine, l.path);
          desk = openStressDesk(l);
        }),
        { seed, numRuns: FILES },
      );
    } finally {
      desk.close();
    }
    console.log(
      `[stress] roster-hostile: ${FILES} files in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        [...tally].map(([k, n]) => `${n} ${k}`).join(', '),
    );
  }, 300_000);
});
