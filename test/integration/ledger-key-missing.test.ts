// The key that seals a ledger's ID numbers lives outside the ledger. When its file is gone, the
// desk says so, naming the file, and never makes a new key in its place: a new key could read none
// of the ID numbers, and ID numbers sealed with it would need a second key forever after.
// Everything else in the ledger stays readable without the key.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOfferDeskError } from '../../main/core/errors';
import { chooseKeyProvider, SAFE_KEY_FILE } from '../../main/app/safe-storage-key-provider';
import { ControllableClock } from '../../main/services/clock';
import { createLedgerFile, repoResourcesDir } from '../../main/services/data-dir';
import { openDesk } from '../../main/services/desk';
import { importRoster } from '../../main/services/holders';
import { FakeSafeStorage } from './app-fake-electron';
import { ROSTER_HEADER, alphaSession, cliSession, everyRow } from './cli-helpers';

const MORE = [ROSTER_HEADER, 'E3,Dee Dunn,dee@example.com,"5 Elm St, Salem NH",111-22-3333,F,1994,2000-01-15,12.5000,100'].join('\n');

function missingKeyMessage(path: string): string {
  return (
    `The ID-number key for this ledger is missing: ${path}. The ledger's ID numbers are sealed with that key and no other key ` +
    'can read them, so a new one is not made. Nothing was changed. Put the key file back from its backup ' +
    '(the copy saved with File › Save a copy of the ID-number key, or beside a backup of the ledger).'
  );
}

describe('a missing ID-number key file', () => {
  it('importing holders into a ledger that holds ID numbers is refused, naming the key file, and no new key is made', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const keyFile = `${s.ledger}.key`;
    rmSync(keyFile);
    const before = everyRow(s.ledger);
    const r = s.cli('import-roster', s.ledger, s.writeFile('more.csv', MORE));
    expect(r).toEqual({ code: 1, stdout: '', stderr: `offer-desk: ${missingKeyMessage(keyFile)}\n` });
    expect(existsSync(keyFile)).toBe(false);
    expect(everyRow(s.ledger)).toBe(before);
  });

  it('everything but the ID numbers still reads and records without the key: elections, documents, verify, intake', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    rmSync(`${s.ledger}.key`);
    expect(s.cli('elections', s.ledger).code).toBe(0);
    expect(s.cli('verify', s.ledger).code).toBe(0);
    expect(s.cli('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A').code).toBe(0);
    expect(s.cli('documents', s.ledger).stdout).toMatch(/\n\s*1\s+E1\s+election/);
    expect(existsSync(`${s.ledger}.key`)).toBe(false);
  });

  it('a ledger set up but with no holders yet is not given a new key either: it already holds the check of its own', () => {
    const s = cliSession('2003-03-01T15:00:00.000Z');
    s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
    rmSync(`${s.ledger}.key`);
    const r = s.cli('import-roster', s.ledger, s.writeFile('roster.csv', MORE));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`offer-desk: ${missingKeyMessage(`${s.ledger}.key`)}\n`);
    expect(existsSync(`${s.ledger}.key`)).toBe(false);
  });

  it('a brand-new ledger still gets its key, readable by its owner only', () => {
    const s = cliSession('2003-03-01T15:00:00.000Z');
    s.ok('init', s.ledger, '--commenced', '2003-02-28', '--expires', '2003-03-31 17:00', '--zone', 'America/New_York');
    expect(existsSync(`${s.ledger}.key`)).toBe(true);
  });

  it("the window's key, kept by the operating system's secret store, is never silently remade either", () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'offer-desk-key-'));
    const safeStorage = new FakeSafeStorage();
    const clock = new ControllableClock('2003-03-20T15:00:00.000Z');
    const ledgerPath = join(dataDir, 'offer.ledger');
    const first = chooseKeyProvider(safeStorage, dataDir, 'linux');
    createLedgerFile({ path: ledgerPath, keyProvider: first.provider, clock, operator: 'setup', resourcesDir: repoResourcesDir(), withDemoRoster: true });
    const keyPath = join(dataDir, SAFE_KEY_FILE);
    expect(first.path).toBe(keyPath);
    rmSync(keyPath);

    const again = chooseKeyProvider(safeStorage, dataDir, 'linux');
    const desk = openDesk({ ledgerPath, keyProvider: again.provider, clock, operator: 'cfo' });
    try {
      const before = everyRow(ledgerPath);
      let refused: unknown = null;
      try {
        importRoster(desk.parts, Buffer.from(MORE, 'utf8'));
      } catch (e) {
        refused = e;
      }
      expect(isOfferDeskError(refused) && [refused.code, refused.message]).toEqual(['key-missing', missingKeyMessage(keyPath)]);
      expect(existsSync(keyPath)).toBe(false);
      expect(everyRow(ledgerPath)).toBe(before);
    } finally {
      desk.close();
    }
  });
});
