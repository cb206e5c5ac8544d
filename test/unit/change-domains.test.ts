// Which answers a write makes stale, by the kind of audit event it appended.
import { describe, expect, it } from 'vitest';
import { CHANGE_DOMAINS, MAPPED_EVENT_KINDS, domainsOfEvents } from '../../main/core/change-domains';
import { AUDIT_EVENT_TYPES } from '../../main/ledger/vocabulary';

describe('what a write touches', () => {
  it('a document recorded touches the paper, not the letters or the offer', () => {
    expect(domainsOfEvents(['document.recorded', 'attachment.added'])).toEqual(['documents']);
  });

  it('an extension or a settings change touches the offer; a waiver touches waivers', () => {
    expect(domainsOfEvents(['extension.recorded'])).toEqual(['offer']);
    expect(domainsOfEvents(['settings.updated', 'waiver.granted'])).toEqual(['offer', 'waivers']);
  });

  it('every kind of event the ledger writes touches something (none is silently ignored)', () => {
    for (const kind of AUDIT_EVENT_TYPES) expect(domainsOfEvents([kind]).length, kind).toBeGreaterThan(0);
  });

  it('every kind of event the ledger writes is named (a roster import refetches the roster, not every screen)', () => {
    expect(AUDIT_EVENT_TYPES.filter((k) => !MAPPED_EVENT_KINDS.includes(k))).toEqual([]);
    expect(domainsOfEvents(['roster.imported'])).toEqual(['roster']);
  });

  it('an event kind it does not know (a newer ledger) touches everything', () => {
    expect(domainsOfEvents(['ledger.something-new'])).toEqual([...CHANGE_DOMAINS]);
  });

  it('nothing written, nothing touched', () => {
    expect(domainsOfEvents([])).toEqual([]);
  });
});
