// The first start: with no ledger in the user-data folder, the desk creates one holding the seed
// offer and the demo roster, so the app shows something real at once; later starts reuse it.
import { mkdtempSync, statSync } from 'node:fs';
import { on } from '../support/desk-call';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { ensureDefaultLedger, keyFileFor, repoResourcesDir, resolveDataDir } from '../../main/services/data-dir';
import { openDesk } from '../../main/services/desk';

describe('the first start', () => {
  it('creates a ledger with the Alpha offer (5:00 PM ET, March 31, 2003) and 50 demo holders', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'offer-desk-first-')), 'data');
    const clock = new ControllableClock('2026-11-25T12:00:00.000Z');
    const path = ensureDefaultLedger({ dataDir, keyProvider: new FileKeyProvider(join(dataDir, 'offer.ledger.key')), clock, operator: 'setup', resourcesDir: repoResourcesDir() });
    expect(path).toBe(join(dataDir, 'offer.ledger'));
    const desk = openDesk({ ledgerPath: path, keyProvider: new FileKeyProvider(`${path}.key`), clock, operator: 'cfo' });
    try {
      const offer = on(desk)('offer:get', {});
      expect(offer.settings.company).toBe('Alpha Technologies Group, Inc.');
      expect(offer.settings.cfoName).toBe('James Polakiewicz');
      expect(offer.settings.fax).toBe('(603) 635-5260');
      expect(offer.settings.plans).toEqual(['1994', '1985']);
      expect(offer.expiresAtText).toBe('2003-03-31 17:00:00 ET');
      expect(offer.intakeOpen).toBe(false);
      const holders = on(desk)('holders:list', { query: '', filter: 'all', offset: 0, limit: 1000 });
      expect(holders.total).toBe(50);
      expect(holders.rows.map((r) => r.name)).toContain('Zofia Łukasiewicz');
      expect(holders.rows.map((r) => r.name)).toContain('田中 太郎');
      expect(desk.ledger.verify().ok).toBe(true);
    } finally {
      desk.close();
    }
    const modified = statSync(path).mtimeMs;
    ensureDefaultLedger({ dataDir, keyProvider: new FileKeyProvider(`${path}.key`), clock, operator: 'setup', resourcesDir: repoResourcesDir() });
    expect(statSync(path).mtimeMs).toBe(modified);
  });

  it('uses OFFER_DESK_DATA_DIR when it is set, else the Electron user-data folder', () => {
    expect(resolveDataDir({ OFFER_DESK_DATA_DIR: '/srv/offer' }, '/home/cfo/.config/Offer Desk')).toBe('/srv/offer');
    expect(resolveDataDir({}, '/home/cfo/.config/Offer Desk')).toBe('/home/cfo/.config/Offer Desk');
    expect(() => resolveDataDir({})).toThrow(/OFFER_DESK_DATA_DIR/);
  });

  it('keeps the key file beside the ledger unless OFFER_DESK_KEY_FILE names one', () => {
    expect(keyFileFor('/srv/offer/alpha.ledger', {})).toBe('/srv/offer/alpha.ledger.key');
    expect(keyFileFor('/srv/offer/alpha.ledger', { OFFER_DESK_KEY_FILE: '/secure/alpha.key' })).toBe('/secure/alpha.key');
  });
});
