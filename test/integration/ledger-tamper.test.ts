// Someone edits the ledger file outside the app — a plain SQLite connection, the guard triggers
// dropped first. verify() must notice, and say in words what was changed, where, and which audit
// event proves the original.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventHash } from '../../main/ledger/audit';
import { canonicalJson, parseJson } from '../../main/ledger/canonical-json';
import { PDF_BYTES, PNG_BYTES, at, auditorsDigest, ledgerWithOneOfEverything, notice, peek, tamper } from './ledger-fixtures';

/** The SHA-256 a compact event records for one table's rows. */
function recordedSha(payloadText: string, table: string): string {
  const payload = parseJson(payloadText) as { digests: Record<string, { sha256: string }> };
  return payload.digests[table]!.sha256;
}

/** What a forger computes for rows as they now stand (the recipe in row-digest.ts). */
function rowsSha(path: string, table: 'documents' | 'document_tenders', where: string): string {
  const order = table === 'documents' ? 'id' : 'document_id, position';
  return auditorsDigest(path, `SELECT * FROM ${table} WHERE ${where} ORDER BY ${order}`);
}

/**
 * Ten events: 1 offer.created, 2–4 holders E001–E003, 5 document 1 (Ann's Election Form),
 * 6 attachment 1, 7 cure 1, 8 waiver 1, 9 extension 1, 10 document 2 (Bob's Notice).
 */
function busyLedgerFile() {
  const fx = ledgerWithOneOfEverything({ receivedAt: '2003-03-31T21:00:00.000Z', keyedAt: '2003-04-02T12:00:00.000Z' });
  expect(fx.ledger.verify().ok).toBe(true);
  fx.ledger.close();
  return fx;
}

function verifyAfter(sql: string, ...params: unknown[]) {
  const fx = busyLedgerFile();
  tamper(fx.path, sql, ...params);
  const report = fx.reopen().verify();
  expect(report.ok).toBe(false);
  return report;
}

/** The problems other than the dropped triggers (every tampering here drops them first). */
function beyondTriggers(problems: readonly string[]): string[] {
  return problems.filter((p) => !p.startsWith('the safeguard '));
}

describe('verify names what was changed outside the app', () => {
  // Documents and the roster are recorded compactly (format 4): the event holds the SHA-256 of the
  // rows, not the rows, so verify names the record and the event that proves it was changed; the
  // original value is in the backups (and, for records from before format 4, in their events).
  it('a receipt time edited outside the app is detected and named', () => {
    const report = verifyAfter("UPDATE documents SET received_at = '2003-03-31T21:59:59.000Z' WHERE id = 2");
    expect(beyondTriggers(report.problems)).toEqual([
      'document 2 has been changed since audit event 10 recorded it: the row no longer matches the SHA-256 the event recorded',
    ]);
  });

  it('a deleted document is detected and named, with the event that recorded it', () => {
    const report = verifyAfter('DELETE FROM documents WHERE id = 2');
    expect(beyondTriggers(report.problems)).toEqual(['document 2 is missing from the table (recorded by audit event 10)']);
  });

  it('a deleted audit event is detected as a gap in the sequence, and the record it covered is named', () => {
    const report = verifyAfter('DELETE FROM audit_events WHERE seq = 7');
    expect(report.events).toBe(9);
    expect(beyondTriggers(report.problems)).toEqual([
      'audit event 7 is missing (sequence jumps from 6 to 8)',
      'cure 1 in the table has no audit event',
    ]);
  });

  it('deleting the very first event is detected', () => {
    const report = verifyAfter('DELETE FROM audit_events WHERE seq = 1');
    expect(beyondTriggers(report.problems)).toEqual([
      'audit event 1 is missing (the audit log starts at event 2)',
      "the ledger's identity record (meta) in the table has no audit event",
      'the offer settings (version 1) in the table has no audit event',
    ]);
  });

  it("an event's payload rewritten to match an edited record is detected: the event no longer matches its hash", () => {
    const fx = busyLedgerFile();
    tamper(fx.path, "UPDATE documents SET received_at = '2003-03-31T21:59:59.000Z' WHERE id = 2");
    // The forger writes into the event the SHA-256 of the edited row, as the ledger would have.
    const [event] = peek<{ payload: string }>(fx.path, 'SELECT payload FROM audit_events WHERE seq = 10');
    const forged = event!.payload.replace(recordedSha(event!.payload, 'documents'), rowsSha(fx.path, 'documents', 'id = 2'));
    tamper(fx.path, 'UPDATE audit_events SET payload = ? WHERE seq = 10', forged);
    const report = fx.reopen().verify();
    expect(beyondTriggers(report.problems)).toEqual([
      'audit event 10 (document.recorded) has been altered: its contents no longer match its hash',
    ]);
  });

  it('a forged event with a freshly computed hash is detected by the next event, which no longer links to it', () => {
    const fx = busyLedgerFile();
    const [event] = peek<{ seq: number; at: string; operator: string; type: string; payload: string; prev_hash: string }>(
      fx.path,
      'SELECT * FROM audit_events WHERE seq = 5',
    );
    tamper(fx.path, "UPDATE document_tenders SET shares = 0 WHERE document_id = 1 AND grant_id = 'G-102'");
    const sha = rowsSha(fx.path, 'document_tenders', 'document_id = 1');
    const payload = parseJson(event!.payload.replace(recordedSha(event!.payload, 'document_tenders'), sha));
    const hash = eventHash(event!.prev_hash, { ...event!, payload });
    tamper(fx.path, 'UPDATE audit_events SET payload = ?, hash = ? WHERE seq = 5', canonicalJson(payload), hash);
    const report = fx.reopen().verify();
    expect(beyondTriggers(report.problems)).toEqual([
      "audit event 6 does not follow audit event 5: its prev_hash is not that event's hash",
    ]);
  });

  it('swapped attachment bytes are detected: they no longer match the sha256 in the audit event', () => {
    // A forged scan of the same length (the table's own CHECK ties size to the bytes).
    const forged = Buffer.from(PDF_BYTES.toString('latin1').replace('Catalog', 'Catalox'), 'latin1');
    const report = verifyAfter('UPDATE attachments SET bytes = ? WHERE id = 1', forged);
    const recorded = createHash('sha256').update(PDF_BYTES).digest('hex');
    const now = createHash('sha256').update(forged).digest('hex');
    expect(beyondTriggers(report.problems)).toEqual([
      `attachment 1: its bytes no longer match the sha256 recorded in audit event 6 (recorded "${recorded}", the stored bytes hash to "${now}")`,
    ]);
  });

  it('swapped bytes with a matching sha256 and size written beside them are still detected', () => {
    const now = createHash('sha256').update(PNG_BYTES).digest('hex');
    const report = verifyAfter('UPDATE attachments SET bytes = ?, sha256 = ?, size = ? WHERE id = 1', PNG_BYTES, now, PNG_BYTES.length);
    const problems = beyondTriggers(report.problems);
    expect(problems).toContainEqual(expect.stringMatching(/^attachment 1: sha256 is "[0-9a-f]{64}" in the table but "[0-9a-f]{64}" in audit event 6$/));
    expect(problems).toContain(`attachment 1: size is ${PNG_BYTES.length} in the table but ${PDF_BYTES.length} in audit event 6`);
    expect(problems).toContainEqual(expect.stringMatching(/^attachment 1: its bytes no longer match the sha256 recorded in audit event 6/));
  });

  it("a holder's name changed on the roster is detected and named", () => {
    const report = verifyAfter("UPDATE holders SET name = 'Ann Smith' WHERE employee_id = 'E001'");
    expect(beyondTriggers(report.problems)).toEqual([
      'holder E001 has been changed since audit event 2 recorded it: the row no longer matches the SHA-256 the event recorded',
    ]);
  });

  it('a holder slipped onto the roster outside the app is detected: it has no audit event', () => {
    const report = verifyAfter(
      "INSERT INTO holders (employee_id, name, email, address, id_number_enc, id_last4) VALUES ('E007', 'Mallory', '', '', randomblob(40), '0007')",
    );
    expect(beyondTriggers(report.problems)).toEqual(['holder E007 in the table has no audit event']);
  });

  it('shares tendered on a form, changed outside the app, are detected and named', () => {
    const report = verifyAfter("UPDATE document_tenders SET shares = 0 WHERE document_id = 1 AND grant_id = 'G-102'");
    expect(beyondTriggers(report.problems)).toEqual([
      'the 2 document_tenders rows recorded by audit event 5 (document 1, tender line no. 1 to document 1, tender line no. 2) ' +
        'no longer match the SHA-256 the event recorded: at least one was changed outside the app',
      'document 1, tender line no. 2: its row matches none of the rows audit event 5 recorded (changed or added outside the app)',
    ]);
  });

  it('a defect removed from a document is detected', () => {
    const report = verifyAfter('DELETE FROM document_defects WHERE document_id = 1');
    expect(beyondTriggers(report.problems)).toEqual(['document 1, defect no. 1 is missing from the table (recorded by audit event 5)']);
  });

  it('a waiver backdated, and an extension stretched, are each named', () => {
    const fx = busyLedgerFile();
    tamper(fx.path, "UPDATE waivers SET granted_at = '2003-03-01T15:00:00.000Z' WHERE id = 1");
    tamper(fx.path, "UPDATE extensions SET to_expires_at = '2003-04-30T21:00:00.000Z' WHERE id = 1");
    expect(beyondTriggers(fx.reopen().verify().problems)).toEqual([
      'waiver 1: granted_at is "2003-03-01T15:00:00.000Z" in the table but "2003-03-22T15:00:00.000Z" in audit event 8',
      'extension 1: to_expires_at is "2003-04-30T21:00:00.000Z" in the table but "2003-04-14T21:00:00.000Z" in audit event 9',
    ]);
  });

  it('dropping the guard triggers alone is reported, trigger by trigger', () => {
    const report = verifyAfter('SELECT 1');
    expect(report.problems).toContain('the safeguard against edits of documents has been removed (trigger documents_no_update)');
    expect(report.problems).toContain('the safeguard against deletions of audit_events has been removed (trigger audit_events_no_delete)');
    expect(report.problems).toContain(
      'the safeguard that cures answer only defects the document was found to have has been removed (trigger cures_answer_a_defect)',
    );
    expect(beyondTriggers(report.problems)).toEqual([]);
  });

  it('several changes at once are all named, not just the first', () => {
    const fx = busyLedgerFile();
    tamper(fx.path, "UPDATE documents SET received_at = '2003-03-31T21:59:59.000Z' WHERE id = 2");
    tamper(fx.path, 'DELETE FROM cures WHERE id = 1');
    tamper(fx.path, 'DELETE FROM audit_events WHERE seq = 8');
    expect(beyondTriggers(fx.reopen().verify().problems)).toEqual([
      // The chain first, then table by table.
      'audit event 8 is missing (sequence jumps from 7 to 9)',
      'document 2 has been changed since audit event 10 recorded it: the row no longer matches the SHA-256 the event recorded',
      'cure 1 is missing from the table (recorded by audit event 7)',
      'waiver 1 in the table has no audit event',
    ]);
  });
});

describe('what the chain cannot see by itself', () => {
  it('the newest events deleted together with their records leave a consistent, shorter file: only the head kept elsewhere reveals it', () => {
    const fx = busyLedgerFile();
    const head = fx.reopen().auditHead();
    tamper(fx.path, 'DELETE FROM documents WHERE id = 2');
    tamper(fx.path, 'DELETE FROM audit_events WHERE seq = 10');
    const again = fx.reopen();
    expect(beyondTriggers(again.verify().problems)).toEqual([]);
    // The limit, stated: a head (seq, hash) anchored outside the file is what would catch this.
    expect(again.auditHead().seq).toBe(head.seq - 1);
    expect(again.auditHead().hash).not.toBe(head.hash);
  });
});

