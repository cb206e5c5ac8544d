// Generated roster files, from clean to hostile: what Excel, a payroll export, a hand edit or a
// broken transfer can make of a roster. A clean file (well-formed rows, consistent identities,
// unique grant ids, dressed up with a BOM, any line ending, quotes, formula-looking cells, blank
// lines, any script) should import whole; each hostile change below should make the desk refuse
// the whole file, naming rows. The test does not trust this classification: it only checks that
// each file is either imported whole or refused with nothing changed (see roster-hostile.test.ts).
import fc from 'fast-check';
import { ROSTER_HEADER } from './offer';

const COLUMNS = ROSTER_HEADER.split(',');

export interface GeneratedRoster {
  /** The file as it reaches the desk. */
  bytes: Buffer;
  /** The changes made to a clean file (for the report and for a failing case's description). */
  hostile: string[];
  /** ID numbers written in the file: no refusal may show one. */
  idNumbers: string[];
}

// ---- clean values ---------------------------------------------------------------------------

/** Text people put in names and addresses: accents, other scripts, apostrophes, commas, quotes. */
const humanText = fc
  .array(
    fc.constantFrom(
      'Zofia', 'Łukasiewicz', "O'Brien", 'José', 'García-Márquez', '田中', '太郎', 'Ångström', 'Ñandú', 'Ποσειδῶν',
      'Иван', 'محمد', '김', 'Smith, Jr.', 'the "Boss"', '😀', 'e\u0301', 'Straße', 'ǅ', '-', '&', '#1',
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((words) => words.join(' '));

/** Cells a spreadsheet would take for a formula; the roster keeps them as the text they are. */
const formulaLooking = fc.constantFrom('=SUM(A1:A9)', '+1-555-0100', '-2+3', '@HYPERLINK("http://x.invalid","y")', '=cmd|\' /C calc\'!A0');

const idNumber = fc
  .tuple(fc.integer({ min: 100, max: 899 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('-', ' ', '.', '/', ''))
  .map(([a, b, c, sep]) => `9${String(a).slice(1)}${sep}${b}${sep}${c}`);

interface Identity {
  employeeId: string;
  name: string;
  email: string;
  address: string;
  idNumber: string;
}

const identity = (index: number) =>
  fc
    .record({
      name: fc.oneof({ weight: 4, arbitrary: humanText }, { weight: 1, arbitrary: formulaLooking }),
      emailUser: fc.constantFrom('a', 'zofia.l', 'pob+roster', 'x_y'),
      address: fc.tuple(humanText, fc.constantFrom('', '\n', '\r\n'), humanText).map(([a, br, b]) => `${a}${br}${b}`),
      idNumber,
      idSuffix: fc.constantFrom('', 'ü', 'X'),
    })
    .map(
      (r): Identity => ({
        employeeId: `N${index}${r.idSuffix}`,
        name: r.name,
        email: `${r.emailUser}@example.com`,
        address: r.address,
        idNumber: r.idNumber,
      }),
    );

const grantValues = fc.record({
  plan: fc.constantFrom('1994', '1985'),
  grantDate: fc.date({ min: new Date('1985-01-01T00:00:00Z'), max: new Date('2002-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  price: fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9999 })).map(([w, f]) => `${w}.${String(f).padStart(4, '0')}`),
  shares: fc.integer({ min: 1, max: 10_000_000 }).map(String),
});

/** A clean roster: rows of values (not yet CSV). */
const cleanRows = fc
  .integer({ min: 1, max: 5 })
  .chain((holders) => fc.tuple(fc.tuple(...Array.from({ length: holders }, (_, i) => identity(i + 1))), fc.array(fc.tuple(fc.nat(), grantValues), { minLength: 1, maxLength: 12 })))
  .map(([ids, grants]) =>
    grants.map(([pick, g], n) => {
      const who = ids[pick % ids.length] as Identity;
      return [who.employeeId, who.name, who.email, who.address, who.idNumber, `G${n + 1}`, g.plan, g.grantDate, g.price, g.shares];
    }),
  );

// ---- hostile changes to the rows -------------------------------------------------------------

type Rows = string[][];
type Change = { name: string; apply: (rows: Rows, at: number, value: string) => Rows };

const column = (name: string) => COLUMNS.indexOf(name);
const setCell = (rows: Rows, at: number, col: number, value: string): Rows =>
  rows.map((r, i) => (i === at % rows.length ? r.map((v, c) => (c === col ? value : v)) : r));

const badValues: Record<string, readonly string[]> = {
  shares: ['0', '-5', '1.5', '1,500', '99999999999999999999', 'ten', '', '1e3', '٣'],
  exercise_price: ['0', '0.0000', '-1.25', '$3.25', '3,25', '1e5', '', '.', 'NaN'],
  grant_date: ['2001-02-30', '13/45/2001', '2001-13-01', '', 'yesterday', '0000-00-00'],
  plan: ['1999', '', '=1994', '1994 '.repeat(20)],
  email: ['nobody', 'a@b', '@example.com', 'two@@example.com', ''],
  id_number: ['12345', '', '9--9', '12 3/4', 'ü', '#########'],
  employee_id: ['', 'E\u0000', 'x'.repeat(65)],
  grant_id: ['', 'G 1\u0007', 'y'.repeat(65)],
  name: ['', 'bell\u0007', 'esc\u001b[31m', 'nul\u0000', 'del\u007f', 'c1\u0085', 'line\nbreak', 'mis-decoded \ufffd', 'z'.repeat(201)],
};

const changes: Change[] = [
  ...Object.entries(badValues).map(([col, values]) => ({
    name: `bad ${col}`,
    apply: (rows: Rows, at: number, value: string) => setCell(rows, at, column(col), values[Number(value) % values.length] as string),
  })),
  { name: 'duplicate grant row', apply: (rows, at) => [...rows, [...(rows[at % rows.length] as string[])]] },
  {
    name: 'same employee, different name',
    apply: (rows, at) => [...rows, (rows[at % rows.length] as string[]).map((v, c) => (c === column('name') ? `${v} II` : c === column('grant_id') ? `${v}-dup` : v))],
  },
  {
    name: 'same employee, different ID number',
    apply: (rows, at) => [...rows, (rows[at % rows.length] as string[]).map((v, c) => (c === column('id_number') ? '977-00-1234' : c === column('grant_id') ? `${v}-id` : v))],
  },
  { name: 'employee already on the ledger', apply: (rows, at) => setCell(rows, at, column('employee_id'), 'E1') },
  { name: 'grant already on the ledger', apply: (rows, at) => setCell(rows, at, column('grant_id'), 'D') },
  { name: 'missing column in a row', apply: (rows, at) => rows.map((r, i) => (i === at % rows.length ? r.slice(0, -1) : r)) },
  { name: 'extra column in a row', apply: (rows, at) => rows.map((r, i) => (i === at % rows.length ? [...r, 'extra'] : r)) },
  { name: 'ID number in the name column', apply: (rows, at) => setCell(rows, at, column('name'), (rows[at % rows.length] as string[])[column('id_number')] as string) },
  { name: 'huge field (300 KB)', apply: (rows, at) => setCell(rows, at, column('address'), 'A'.repeat(300_000)) },
  { name: 'huge name (10 KB)', apply: (rows, at) => setCell(rows, at, column('name'), 'Ł'.repeat(10_000)) },
  { name: 'NFD name differing from NFC on another row', apply: (rows, at) => [...rows, (rows[at % rows.length] as string[]).map((v, c) => (c === column('name') ? 'José'.normalize('NFD') : c === column('grant_id') ? `${v}-nfd` : v))].map((r, i) => (i === at % rows.length ? r.map((v, c) => (c === column('name') ? 'José'.normalize('NFC') : v)) : r)) },
];

// ---- CSV text and bytes -------------------------------------------------------------------------

const headerVariants: readonly ((h: string) => string)[] = [
  (h) => h.split(',').slice(0, -1).join(','), // a missing column
  (h) => `${h},notes`, // an extra column
  (h) => h.toUpperCase(),
  (h) => h.split(',').reverse().join(','),
  () => '', // no header at all (the first row is data)
  (h) => h.replace('shares', 'shares '), // a stray space kept inside quotes below
  (h) => `"${h.replace(/,/g, '","')}"`, // every name quoted: still the same header (not hostile)
];

function cellText(value: string, quoteAll: boolean): string {
  return quoteAll || /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

const byteAttacks: { name: string; apply: (b: Buffer, at: number) => Buffer }[] = [
  { name: 'cp1252 bytes', apply: (b) => Buffer.from(b.toString('utf8').replace(/\uFEFF/g, '') + 'E9,Ana Peña,ana@example.com,x,912-00-0000,Z9,1994,2001-05-07,3.25,1\n', 'latin1') },
  { name: 'lone surrogate as bytes (ED A0 80)', apply: (b, at) => Buffer.concat([b.subarray(0, at % b.length), Buffer.from([0xed, 0xa0, 0x80]), b.subarray(at % b.length)]) },
  { name: 'UTF-16 file', apply: (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]) },
  { name: 'truncated mid-file', apply: (b, at) => b.subarray(0, Math.max(1, at % b.length)) },
  { name: 'NUL byte', apply: (b, at) => Buffer.concat([b.subarray(0, at % b.length), Buffer.from([0]), b.subarray(at % b.length)]) },
  { name: 'stray 0xFF byte', apply: (b, at) => Buffer.concat([b.subarray(0, at % b.length), Buffer.from([0xff]), b.subarray(at % b.length)]) },
  { name: 'quote left open', apply: (b, at) => Buffer.concat([b.subarray(0, at % b.length), Buffer.from('"'), b.subarray(at % b.length)]) },
  { name: 'empty file', apply: () => Buffer.alloc(0) },
  { name: 'only a BOM and blank lines', apply: () => Buffer.from('\uFEFF\r\n\r\n', 'utf8') },
];

/** A roster file: clean (about a third of them) or with one to three hostile changes. */
export const generatedRoster: fc.Arbitrary<GeneratedRoster> = fc
  .record({
    rows: cleanRows,
    rowChanges: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(fc.tuple(fc.nat(changes.length - 1), fc.nat(), fc.nat(99)), { minLength: 1, maxLength: 3 }) }),
    header: fc.oneof({ weight: 12, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat(headerVariants.length - 1) }),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    quoteAll: fc.boolean(),
    blankLines: fc.boolean(),
    trailingEol: fc.boolean(),
    byteAttack: fc.oneof({ weight: 8, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat(byteAttacks.length - 1) }),
    byteAt: fc.nat(),
  })
  .map((g) => {
    const hostile: string[] = [];
    let rows = g.rows;
    for (const [which, at, value] of g.rowChanges) {
      const change = changes[which] as Change;
      hostile.push(change.name);
      rows = change.apply(rows, at, String(value));
    }
    const variant = g.header >= 0 ? headerVariants[g.header] : undefined;
    if (variant) hostile.push(`header variant ${g.header}`);
    const header = variant ? variant(ROSTER_HEADER) : ROSTER_HEADER;
    const lines = [header, ...rows.map((r) => r.map((v) => cellText(v, g.quoteAll)).join(','))];
    if (g.blankLines) lines.splice(Math.min(2, lines.length), 0, '', '');
    const eol = (i: number) => (g.eol === 'mixed' ? (['\n', '\r\n', '\r'][i % 3] as string) : g.eol);
    let text = lines.map((line, i) => (i < lines.length - 1 || g.trailingEol ? line + eol(i) : line)).join('');
    if (g.bom) text = `\uFEFF${text}`;
    let bytes: Buffer = Buffer.from(text, 'utf8');
    const attack = g.byteAttack >= 0 ? byteAttacks[g.byteAttack] : undefined;
    if (attack) {
      hostile.push(attack.name);
      bytes = attack.apply(bytes, g.byteAt);
    }
    const idNumbers = [...new Set(rows.map((r) => r[column('id_number')] ?? ''))].filter((id) => /^[\p{L}\p{N}]{6,}$/u.test(id.replace(/[\s\-./]/g, '')));
    return { bytes, hostile, idNumbers };
  });
