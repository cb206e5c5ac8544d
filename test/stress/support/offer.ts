// The offer every stress test works on: the seed offer (expires 2003-03-31 5:00 PM New York), a
// small roster, and a fixed clock well before the expiration, so every document is timely and no
// test depends on the machine's clock or time zone.
import { mkdtempSync } from 'node:fs';
import { importRoster } from '../../../main/services/holders';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileKeyProvider } from '../../../main/ledger/key-provider';
import { ControllableClock } from '../../../main/services/clock';
import { createLedgerFile, repoResourcesDir } from '../../../main/services/data-dir';
import { openDesk, type Desk } from '../../../main/services/desk';

/** The desk's "now" in every stress test: Thursday 2003-03-20, 10:00 AM in New York. */
export const RECORDER_NOW = '2003-03-20T15:00:00.000Z';

export const ROSTER_HEADER = 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares';

/** Three holders, four grants (all before the look-back date, so all eligible). */
export const STRESS_ROSTER = [
  ROSTER_HEADER,
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,A,1994,2000-01-15,12.5000,1000',
  'E1,Zofia Łukasiewicz,zofia@example.com,"33 Main St, Pelham NH",912-34-5678,B,1985,1998-06-01,9.8750,500',
  "E2,Patrick O'Brien,pob@example.com,\"1 Bridge St, Salem NH\",987-65-4321,D,1994,2001-05-07,7.4400,2000",
  'E3,田中 太郎,taro@example.com,"東京都千代田区丸の内1-1-1",881-22-0042,F,1994,1999-03-03,4.0000,750',
].join('\n');

/** Who the recorder child keys documents for, each tendering every grant in full. */
export const RECORDER_HOLDERS = [
  { employeeId: 'E1', tenders: [{ grantId: 'A', shares: 1000 }, { grantId: 'B', shares: 500 }] },
  { employeeId: 'E2', tenders: [{ grantId: 'D', shares: 2000 }] },
  { employeeId: 'E3', tenders: [{ grantId: 'F', shares: 750 }] },
] as const;

export const OPERATOR = 'stress.tester';

export interface StressLedger {
  dir: string;
  path: string;
  keyProvider: FileKeyProvider;
  clock: ControllableClock;
}

/** A new ledger in a new temp dir, with the stress roster imported. */
export function stressLedger(prefix = 'offer-desk-stress-'): StressLedger {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'alpha.ledger');
  const keyProvider = new FileKeyProvider(`${path}.key`);
  const clock = new ControllableClock(RECORDER_NOW);
  createLedgerFile({ path, keyProvider, clock, operator: 'setup', resourcesDir: repoResourcesDir(), withDemoRoster: false });
  const desk = openDesk({ ledgerPath: path, keyProvider, clock, operator: OPERATOR });
  try {
    importRoster(desk.parts, STRESS_ROSTER);
  } finally {
    desk.close();
  }
  return { dir, path, keyProvider, clock };
}

export function openStressDesk(l: StressLedger): Desk {
  return openDesk({ ledgerPath: l.path, keyProvider: l.keyProvider, clock: l.clock, operator: OPERATOR });
}
