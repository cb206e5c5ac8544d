// Finding a holder at the desk, through the service the picker and the Roster both call, on the
// demo roster (García, Ångström, Łukasiewicz, 田中 …).
import { mkdtempSync } from 'node:fs';
import { on } from '../support/desk-call';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { ensureDefaultLedger, repoResourcesDir } from '../../main/services/data-dir';
import { openDesk, type Desk } from '../../main/services/desk';

let desk: Desk;
beforeAll(() => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'offer-desk-search-')), 'data');
  const clock = new ControllableClock('2003-03-24T14:00:00.000Z');
  const path = ensureDefaultLedger({ dataDir, keyProvider: new FileKeyProvider(join(dataDir, 'offer.ledger.key')), clock, operator: 'setup', resourcesDir: repoResourcesDir() });
  desk = openDesk({ ledgerPath: path, keyProvider: new FileKeyProvider(`${path}.key`), clock, operator: 'desk' });
});
afterAll(() => desk?.close());

const find = (query: string) => on(desk)('holders:list', { query, filter: 'all', offset: 0, limit: 100 }).rows.map((r) => r.employeeId);

describe('holder search', () => {
  it('"garcia" finds José García-Márquez and "angstrom" finds Anders Ångström, whatever the case', () => {
    expect(find('garcia')).toEqual(['E0006']);
    expect(find('GARCÍA')).toEqual(['E0006']);
    expect(find('angstrom')).toEqual(['E0004']);
    expect(find('lukasiewicz')).toEqual(['E0003']);
    expect(find('田中')).toEqual(['E0005']);
  });

  it('every word typed must match, in any order', () => {
    expect(find('marquez jose')).toEqual(['E0006']);
    expect(find('jose nobody')).toEqual([]);
  });

  it('finds a holder by one of his grant ids', () => {
    expect(find('G-112')).toEqual(['E0006']);
    expect(find('g-108')).toEqual(['E0004']);
  });

  it('finds a holder by the last four of the ID number, and only by all four', () => {
    expect(find('7838')).toEqual(['E0004']);
    expect(find('783')).not.toContain('E0004');
  });

  it('an exact employee id comes first, before holders whose ids merely contain it', () => {
    expect(find('E0001')[0]).toBe('E0001');
    expect(find('e0010')[0]).toBe('E0010');
    const all = find('E001');
    expect(all.length).toBeGreaterThan(1);
  });

  it('nothing matching is an empty page with total 0, not an error', () => {
    expect(on(desk)('holders:list', { query: 'zzzz-nobody', filter: 'all', offset: 0, limit: 10 })).toEqual({ total: 0, offset: 0, rows: [] });
  });
});
