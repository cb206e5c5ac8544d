// File > Save a backup copy… and File > Export…, on real ledger files.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { on } from '../support/desk-call';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { createBackup } from '../../main/services/backup';
import { openDesk } from '../../main/services/desk';
import { electionsCsv } from '../../main/services/export';
import { alphaSession } from './cli-helpers';

function deskFor(ledger: string, now = '2003-03-20T15:00:00.000Z') {
  return openDesk({ ledgerPath: ledger, keyProvider: new FileKeyProvider(`${ledger}.key`), clock: { now: () => now }, operator: 'test' });
}

describe('a backup copy of the ledger', () => {
  it('is a complete, verified copy that ends with the same audit event as the ledger', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E1', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'A');
    const desk = deskFor(s.ledger);
    try {
      const dest = join(s.dir, 'backup.ledger');
      const result = createBackup(desk, dest);
      expect(result.events).toBe(desk.ledger.auditHead().seq);
      const copy = deskFor(dest);
      try {
        expect(copy.ledger.verify().ok).toBe(true);
        expect(on(copy)('documents:rows', {})).toEqual(on(desk)('documents:rows', {}));
        expect(copy.ledger.auditHead()).toEqual(desk.ledger.auditHead());
      } finally {
        copy.close();
      }
      expect(existsSync(`${dest}.partial-${process.pid}`)).toBe(false);
    } finally {
      desk.close();
    }
  });

  it('is never written over the ledger it copies', () => {
    const s = alphaSession();
    const before = readFileSync(s.ledger);
    const desk = deskFor(s.ledger);
    try {
      expect(() => createBackup(desk, s.ledger)).toThrow(/cannot be written over the ledger/);
    } finally {
      desk.close();
    }
    expect(readFileSync(s.ledger).equals(before)).toBe(true);
  });

  it('replaces an older file the operator chose to overwrite', () => {
    const s = alphaSession();
    const dest = join(s.dir, 'old.ledger');
    writeFileSync(dest, 'an older backup');
    const desk = deskFor(s.ledger);
    try {
      createBackup(desk, dest);
    } finally {
      desk.close();
    }
    const db = new Database(dest, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM holders').get() as { n: number }).n).toBe(2);
    db.close();
  });
});

describe('the elections export', () => {
  it('lists every grant with its election, names intact, and never an ID number', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    s.ok('log', s.ledger, '--employee', 'E2', '--kind', 'election', '--via', 'fax', '--received', '2003-03-20 09:00', '--tender', 'D:1500');
    const desk = deskFor(s.ledger);
    try {
      const csv = electionsCsv(desk);
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('employee_id,name,id_last4,grant_id,plan,grant_date,exercise_price,shares_eligible,shares_tendered,required,election_state,governing_document');
      expect(lines).toHaveLength(5);
      expect(csv).toContain('E1,Zofia Łukasiewicz,5678,C,1994,2002-09-16,2.1000,300,0,true,tendered-none,');
      expect(csv).toContain("E2,Patrick O'Brien,4321,D,1994,2001-05-07,7.4400,2000,1500,false,tendered-part,1");
      expect(csv).not.toMatch(/912-34-5678|987-65-4321|912345678/);
    } finally {
      desk.close();
    }
  });
});

describe('the elections export opened in a spreadsheet', () => {
  it('shows a name that looks like a formula as text instead of running it', () => {
    const s = alphaSession('2003-03-20T15:00:00.000Z');
    const roster = ['employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares', 'E9,"=HYPERLINK(""http://x"")",e9@example.com,@home,955-55-5555,Z,1994,2000-01-01,1.00,10'].join('\n');
    s.ok('import-roster', s.ledger, s.writeFile('evil.csv', roster));
    const desk = deskFor(s.ledger);
    try {
      const row = electionsCsv(desk).split('\r\n').find((l) => l.startsWith('E9,'));
      expect(row).toBe(`E9,"'=HYPERLINK(""http://x"")",5555,Z,1994,2000-01-01,1.00,10,0,false,tendered-none,`);
    } finally {
      desk.close();
    }
  });
});
