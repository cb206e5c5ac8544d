// The bench's roster: a deterministic, seeded CSV of `holders` holders with three grants each, in
// the roster's own columns. Names carry accents and other letters beyond ASCII (the desk folds
// them in search and prints them in letters), addresses carry commas (quoted fields).
import { ROSTER_COLUMNS } from '../main/core/roster';

const FIRST = ['Margaret', 'José', 'Zoë', 'Renée', 'Łukasz', 'Søren', 'Ángel', 'François', 'Björn', 'Ana', 'Patrick', 'Mariá', 'Chloé', 'Jürgen', 'Siobhán', 'Martin', 'Mateo', 'Nuño', 'Inès', 'David'];
const LAST = ['Ellison', 'Müller', 'Núñez', 'Øberg', 'Łukasiewicz', "O'Brien", 'Smith', 'García', 'Dvořák', 'Lefèvre', 'Marsh', 'Kowalczyk', 'Ibáñez', 'Nguyễn', 'Carter', 'Şahin', 'Martínez', 'Brontë', 'Åström', 'Reyes'];
const STREETS = ['Sherburne Road', 'Main Street', 'Mammoth Road', 'Bridge Street', 'Rue de la Paix', 'Lowell Road'];
const TOWNS = ['Pelham NH 03076', 'Dracut MA 01826', 'Hudson NH 03051', 'Nashua NH 03060', 'Lowell MA 01852'];
const PLANS = ['1994', '1985'];

/** mulberry32: a small seeded generator, so every run (and every machine) gets the same roster. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RosterGrant {
  grantId: string;
  shares: number;
}

export interface BenchRoster {
  csv: string;
  /** Employee ids in file order, and each holder's grants: the intake generator tenders from these. */
  holders: { employeeId: string; name: string; grants: RosterGrant[] }[];
  rows: number;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function makeRoster(holderCount: number, grantsPerHolder: number, seed = 20030228): BenchRoster {
  const rand = seeded(seed);
  const width = Math.max(6, String(holderCount).length);
  const lines: string[] = [ROSTER_COLUMNS.join(',')];
  const holders: BenchRoster['holders'] = [];
  for (let h = 1; h <= holderCount; h++) {
    const employeeId = `E${pad(h, width)}`;
    const first = pick(rand, FIRST);
    const last = pick(rand, LAST);
    const name = `${first} ${last}`;
    const email = `${employeeId.toLowerCase()}@alpha-bench.example`;
    const address = `${1 + Math.floor(rand() * 400)} ${pick(rand, STREETS)}, ${pick(rand, TOWNS)}`;
    const idNumber = `${pad(100 + Math.floor(rand() * 800), 3)}-${pad(Math.floor(rand() * 100), 2)}-${pad(Math.floor(rand() * 10000), 4)}`;
    const grants: RosterGrant[] = [];
    for (let g = 1; g <= grantsPerHolder; g++) {
      const grantId = `G-${h}-${g}`;
      const shares = 100 * (1 + Math.floor(rand() * 100));
      const grantDate = `${1995 + Math.floor(rand() * 8)}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
      const price = `${1 + Math.floor(rand() * 12)}.${pad(Math.floor(rand() * 10000), 4)}`;
      lines.push([employeeId, name, email, address, idNumber, grantId, pick(rand, PLANS), grantDate, price, String(shares)].map(csvField).join(','));
      grants.push({ grantId, shares });
    }
    holders.push({ employeeId, name, grants });
  }
  return { csv: `${lines.join('\n')}\n`, holders, rows: lines.length - 1 };
}
