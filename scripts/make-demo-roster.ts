// Writes resources/demo-roster.csv: a fictitious roster of 50 holders for the first start, so the
// app shows something real at once. Deterministic (seeded), so the committed file is reproducible.
// ID numbers use the 9xx area, which the SSA never issues: plainly fake.
import { writeFileSync } from 'node:fs';

const names = [
  'Margaret Ellison', "Patrick O'Brien", 'Zofia Łukasiewicz', 'Anders Ångström', '田中 太郎',
  'José García-Márquez', 'Chloé Dubois', 'Nguyễn Thị Mai', 'Robert "Bob" Kline', 'Aisha Rahman',
  'Henrik Müller', 'Priya Venkataraman', 'Seán Ó Briain', 'Olga Ivanova', 'William Chen',
  'Fatima Al-Sayed', 'Derek Thompson', 'Ingrid Sørensen', 'Kenji Watanabe', 'Lucía Fernández',
  'Thomas Whitaker', 'Mei-Ling Wu', 'Grzegorz Brzęczyszczykiewicz', 'Eleanor Vance', 'Samuel Adeyemi',
  'Hannah Goldberg', 'Marco Rossi', 'Björn Lindqvist', 'Catherine Walsh', 'Dmitri Sokolov',
  'Amélie Laurent', 'Rajesh Kapoor', 'Susan Park', 'Jürgen Schäfer', 'Teresa Kowalczyk',
  'Michael Brennan', 'Yuki Nakamura', 'Gabriel Santos', 'Helen Papadopoulos', 'Ahmed Hassan',
  'Laura Bianchi', 'Christopher Doyle', 'Françoise Lefèvre', 'Jin-woo Kim', 'Nora Fitzgerald',
  'Paul Lemaire', 'Rosa Jiménez', 'Stefan Novak', 'Diane McAllister', 'Victor Petrov',
];
const streets = ['Bridge Street', 'Main Street', 'Mammoth Road', 'Old Lowell Road', 'Windham Road', 'Sherburne Road'];
const towns = ['Pelham NH 03076', 'Windham NH 03087', 'Salem NH 03079', 'Hudson NH 03051', 'Dracut MA 01826'];
// Grant dates: most long before the offer; some within the six-month look-back (on/after 2002-08-28).
const grantDates = ['1996-03-15', '1998-06-01', '1999-11-19', '2000-02-14', '2000-09-29', '2001-05-07', '2001-12-03', '2002-04-22', '2002-09-16', '2002-12-09'];
const prices = ['12.5000', '9.8750', '15.2500', '22.0000', '18.6250', '7.4400', '4.1300', '3.2500', '2.1000', '1.9500'];

// mulberry32: a tiny seeded generator whose low bits are usable (a plain LCG's are not).
let seed = 20030228;
const rand = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const lines = ['employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares'];
let grantNo = 100;
names.forEach((name, i) => {
  const employeeId = `E${String(i + 1).padStart(4, '0')}`;
  const local = name.normalize('NFD').replace(/[^A-Za-z ]/g, '').trim().toLowerCase().split(/\s+/).join('.') || `employee${i + 1}`;
  const email = `${local || employeeId.toLowerCase()}@alpha-demo.example`;
  const address = `${10 + rand(290)} ${streets[rand(streets.length)]}, ${towns[rand(towns.length)]}`;
  const idNumber = `9${String(10 + rand(89)).padStart(2, '0')}-${String(10 + rand(89))}-${String(1000 + rand(8999))}`;
  const grants = 1 + rand(4);
  const used = new Set<number>();
  for (let g = 0; g < grants; g++) {
    let d = rand(grantDates.length);
    while (used.has(d)) d = (d + 1) % grantDates.length;
    used.add(d);
    const plan = d < 3 ? '1985' : '1994';
    const shares = (1 + rand(40)) * 250;
    grantNo += 1;
    lines.push([employeeId, name, email, address, idNumber, `G-${grantNo}`, plan, grantDates[d]!, prices[d]!, String(shares)].map(quote).join(','));
  }
});
writeFileSync(new URL('../resources/demo-roster.csv', import.meta.url), lines.join('\r\n') + '\r\n', 'utf8');
console.log(`wrote ${lines.length - 1} grants for ${names.length} holders`);
