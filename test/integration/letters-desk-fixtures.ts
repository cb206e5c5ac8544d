// A desk on a real ledger file for the confirmation-letter tests: the seed offer (expires
// 2003-03-31 5:00 PM ET), a controllable clock, and holders whose names need more than Latin-1
// (Łukasiewicz, 田中) or whose letter runs over pages (40 grants).
import { mkdtempSync, rmSync } from 'node:fs';
import { importRoster } from '../../main/services/holders';
import { on } from '../support/desk-call';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { documentDraft, type DocumentDraft } from '../../main/ipc/contract';
import { FileKeyProvider } from '../../main/ledger/key-provider';
import { ControllableClock } from '../../main/services/clock';
import { createLedgerFile, repoResourcesDir } from '../../main/services/data-dir';
import { openDesk, type Desk } from '../../main/services/desk';

const HEADER = 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares';

function rosterCsv(): string {
  const zofia = 'E1,Zofia Łukasiewicz,zofia@alpha.example,"160 Mammoth Road, Hudson NH 03051",966-53-8536';
  const taro = 'E2,田中 太郎,taro@alpha.example,"東京都千代田区丸の内1-1-1, Tokyo 100-0005",881-22-0042';
  const patrick = "E3,Patrick O'Brien,pob@alpha.example,\"17 Main Street, Dracut MA 01826\",928-94-1460";
  const anders = 'E4,Anders Ångström,anders@alpha.example,"Storgatan 12, 753 20 Uppsala",912-11-4410';
  const forty = Array.from({ length: 40 }, (_, i) => {
    const n = i + 1;
    const date = n % 7 === 0 ? '2002-10-15' : `199${n % 10}-0${(n % 9) + 1}-1${n % 10}`;
    return `${anders},G-${String(n).padStart(3, '0')},${n % 3 === 0 ? '1985' : '1994'},${date},${(n % 12) + 1}.${String((n * 37) % 10000).padStart(4, '0')},${500 + n * 125}`;
  });
  return [
    HEADER,
    `${zofia},A,1994,2000-01-15,12.5000,1000`,
    `${zofia},B,1985,1998-06-01,9.8750,500`,
    `${zofia},C,1994,2002-09-16,2.1000,300`,
    `${taro},D,1994,2001-05-07,7.4400,2000`,
    `${patrick},E,1985,1999-02-01,20.0000,2500`,
    ...forty,
  ].join('\n');
}

export interface LetterDesk {
  dir: string;
  ledgerPath: string;
  clock: ControllableClock;
  desk: Desk;
  /** Reopens the ledger (after the test edited the file from outside). */
  reopen(): Desk;
  /** Sets the clock to a wall-clock time in New York, e.g. "2003-03-27 12:00" (EST until April 6). */
  at(etWallClock: string): void;
  /** Records a document received at a wall-clock time in New York. */
  receive(draft: Partial<DocumentDraft> & Pick<DocumentDraft, 'employeeId' | 'receivedAt'>): number;
}

const open: Desk[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const desk of open.splice(0)) desk.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** New York wall clock to UTC for dates in this offer (EST before 2003-04-06, EDT after). */
export function et(wall: string): string {
  const [date, time = '00:00'] = wall.split(' ');
  const offset = (date ?? '') >= '2003-04-06' && (date ?? '') < '2003-10-26' ? '-04:00' : '-05:00';
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}${offset}`).toISOString();
}

export function letterDesk(start = '2003-03-10 09:00'): LetterDesk {
  const dir = mkdtempSync(join(tmpdir(), 'offer-desk-letters-'));
  dirs.push(dir);
  const ledgerPath = join(dir, 'alpha.ledger');
  const keyProvider = new FileKeyProvider(`${ledgerPath}.key`);
  const clock = new ControllableClock(et(start));
  createLedgerFile({ path: ledgerPath, keyProvider, clock, operator: 'setup', resourcesDir: repoResourcesDir(), withDemoRoster: false });
  const openOne = () => {
    const desk = openDesk({ ledgerPath, keyProvider, clock, operator: 'mary.clerk' });
    open.push(desk);
    return desk;
  };
  const desk = openOne();
  importRoster(desk.parts, rosterCsv());
  return {
    dir,
    ledgerPath,
    clock,
    desk,
    reopen: openOne,
    at: (wall) => clock.set(et(wall)),
    receive(draft) {
      const tenders = draft.tenders ?? [];
      const parsed = documentDraft.parse({
        kind: 'election',
        via: 'fax',
        ...draft,
        receivedAt: et(draft.receivedAt),
        tenders: (draft.kind ?? 'election') === 'election' && tenders.length === 0 ? allGrantsOf(desk, draft.employeeId) : tenders,
      });
      return on(desk)('intake:record', { draft: parsed }).document.id;
    },
  };
}

function allGrantsOf(desk: Desk, employeeId: string) {
  return on(desk)('holders:get', { employeeId: employeeId }).grants.map((g) => ({ grantId: g.grantId, shares: g.shares }));
}

/**
 * The offer's paper, received before the expiration unless said otherwise:
 *  1  Zofia Łukasiewicz, Election Form, fax, Fri 2003-03-14 10:00 → confirmation due Fri 03-21
 *  2  田中 太郎, Election Form, by hand, Thu 03-20 11:00 → due Thu 03-27
 *  3  Patrick O'Brien, Election Form without an e-mail address (defective), Mon 03-24 → due Mon 03-31
 *  4  Anders Ångström, Election Form tendering all 40 grants, Fri 03-28 → due Fri 04-04
 */
export function paperOnTheDesk(start = '2003-03-10 09:00'): LetterDesk {
  const d = letterDesk(start);
  d.at('2003-03-14 10:05');
  d.receive({ employeeId: 'E1', receivedAt: '2003-03-14 10:00', tenders: [{ grantId: 'A', shares: 1000 }] });
  d.at('2003-03-20 11:05');
  d.receive({ employeeId: 'E2', via: 'hand', receivedAt: '2003-03-20 11:00' });
  d.at('2003-03-24 09:35');
  d.receive({ employeeId: 'E3', receivedAt: '2003-03-24 09:30', defects: ['no-email'] });
  d.at('2003-03-28 14:05');
  d.receive({ employeeId: 'E4', receivedAt: '2003-03-28 14:00' });
  return d;
}

export function pdfOf(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}
