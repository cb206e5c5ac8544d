// The spelling a compact event's digest is computed over must be exactly the row a format-1 event
// recorded, and its order exactly SQLite's, or an honest ledger would fail to verify (and an
// auditor's recomputation with sqlite3 and sha256sum would disagree with ours).

import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../main/ledger/canonical-json';
import { DOCUMENTS_TABLE } from '../../main/ledger/documents';
import { HOLDERS_TABLE } from '../../main/ledger/holders';
import { byKey, canonicalRowLine, compareText } from '../../main/ledger/row-digest';
import { toAuditRow } from '../../main/ledger/table-spec';

describe('the rows a compact event digests', () => {
  it('a row is spelled exactly as a format-1 event recorded it: canonical JSON, BLOBs in lowercase hex', () => {
    const holder = { employee_id: 'E7', name: 'Zoë "Z" Øberg', email: '', address: '1 Rue de la Paix\nParis', id_number_enc: Buffer.from([1, 0xab, 0xff]), id_last4: '0007' };
    expect(canonicalRowLine(HOLDERS_TABLE, holder)).toBe(canonicalJson(toAuditRow(HOLDERS_TABLE, holder)));
    const document = {
      id: 3, employee_id: 'E7', kind: 'election', via: 'fax', received_at: '2003-03-20T15:00:00.000Z', receipt_source: 'fax-header',
      keyed_at: '2003-03-20T15:10:00.000Z', operator: 'mary', pages: null, sender_fax: null, signed_by: 'Zoë', signer_capacity: 'holder',
      late_keying_reason: null, keyed_after_expiration: 0, cure_deadline: null, name_as_written: null, corrects: null,
    };
    expect(canonicalRowLine(DOCUMENTS_TABLE, document)).toBe(canonicalJson(toAuditRow(DOCUMENTS_TABLE, document)));
  });

  it('text is ordered by code point, as SQLite orders UTF-8 bytes, not by UTF-16 units', () => {
    const texts = ['E-😀', 'E-ＺＺ', 'E-é', 'E-z', 'E-Z', 'E-', 'E-\u{10000}', 'E-\uffff', 'E-\ue000', 'E-a😀', 'E-a'];
    const byBytes = [...texts].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
    expect([...texts].sort(compareText)).toEqual(byBytes);
  });

  it('rows with a two-column key are ordered column by column, numbers by value', () => {
    const spec = { ...HOLDERS_TABLE, key: ['document_id', 'position'] };
    const rows = [
      { document_id: 10, position: 0 },
      { document_id: 9, position: 2 },
      { document_id: 9, position: 10 },
    ];
    expect([...rows].sort(byKey(spec))).toEqual([rows[1], rows[2], rows[0]]);
  });
});
