import { describe, expect, it } from 'vitest';
import { OfferDeskError } from '../../main/core/errors';
import { idLast4, parseRosterCsv } from '../../main/core/roster';

const HEADER = 'employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares';
const PLANS = ['1994', '1985'];

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

/** A good row for employee `id`; `over` replaces columns by name. */
function row(id: string, grantId: string, over: Partial<Record<string, string>> = {}): string {
  const v: Record<string, string> = {
    employee_id: id,
    name: `Holder ${id}`,
    email: `${id.toLowerCase()}@alpha.example`,
    address: '"33 Bridge Street, Pelham NH 03076"',
    id_number: '123-45-6789',
    grant_id: grantId,
    plan: '1994',
    grant_date: '2001-05-07',
    exercise_price: '3.2500',
    shares: '1000',
    ...over,
  };
  return HEADER.split(',').map((c) => v[c]).join(',');
}

function refusal(text: string, plans = PLANS): OfferDeskError {
  try {
    parseRosterCsv(text, plans);
  } catch (e) {
    if (e instanceof OfferDeskError) return e;
    throw e;
  }
  throw new Error('expected the roster to be refused');
}

describe('reading a good roster', () => {
  it('gives one holder per employee and one grant per row, in file order', () => {
    const r = parseRosterCsv(csv(row('E001', 'G-1'), row('E002', 'G-2'), row('E001', 'G-3', { plan: '1985', shares: '250' })), PLANS);
    expect(r.holders).toEqual([
      { employeeId: 'E001', name: 'Holder E001', email: 'e001@alpha.example', address: '33 Bridge Street, Pelham NH 03076', idNumber: '123-45-6789' },
      { employeeId: 'E002', name: 'Holder E002', email: 'e002@alpha.example', address: '33 Bridge Street, Pelham NH 03076', idNumber: '123-45-6789' },
    ]);
    expect(r.grants).toEqual([
      { grantId: 'G-1', employeeId: 'E001', plan: '1994', grantDate: '2001-05-07', exercisePrice: '3.2500', shares: 1000 },
      { grantId: 'G-2', employeeId: 'E002', plan: '1994', grantDate: '2001-05-07', exercisePrice: '3.2500', shares: 1000 },
      { grantId: 'G-3', employeeId: 'E001', plan: '1985', grantDate: '2001-05-07', exercisePrice: '3.2500', shares: 250 },
    ]);
  });

  it('keeps every character of a name: accents, apostrophes, commas, 田中 and Łukasiewicz', () => {
    const names = ['Zofia Łukasiewicz', "Patrick O'Brien", 'Müller, Jürgen', '田中 太郎', 'José "Pepe" Núñez'];
    const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const r = parseRosterCsv(csv(...names.map((n, i) => row(`E${i}`, `G${i}`, { name: quoted(n) }))), PLANS);
    expect(r.holders.map((h) => h.name)).toEqual(names);
  });

  it('strips a leading byte-order mark and accepts Windows line endings', () => {
    const text = `\uFEFF${[HEADER, row('E001', 'G-1')].join('\r\n')}\r\n`;
    expect(parseRosterCsv(text, PLANS).grants).toHaveLength(1);
  });

  it('keeps an address written on two lines inside quotes, and counts rows by file line after it', () => {
    const text = csv(row('E001', 'G-1', { address: '"33 Bridge Street\nPelham NH 03076"' }), row('E002', 'G-2', { shares: '0' }));
    const e = refusal(text);
    // The header is line 1, the first record spans lines 2-3, so the bad record is on line 4.
    expect(e.details).toEqual(['row 4 (employee E002), shares: "0" must be at least 1']);
    const good = parseRosterCsv(csv(row('E001', 'G-1', { address: '"33 Bridge Street\nPelham NH 03076"' })), PLANS);
    expect(good.holders[0]?.address).toBe('33 Bridge Street\nPelham NH 03076');
  });

  it('keeps the exercise price as the decimal printed, only dropping leading zeros', () => {
    const r = parseRosterCsv(
      csv(row('E1', 'G1', { exercise_price: '3.2500' }), row('E1', 'G2', { exercise_price: '03.25' }), row('E1', 'G3', { exercise_price: '.5' }), row('E1', 'G4', { exercise_price: '12' })),
      PLANS,
    );
    expect(r.grants.map((g) => g.exercisePrice)).toEqual(['3.2500', '3.25', '0.5', '12']);
  });

  it('ignores blank lines and trims spaces around values', () => {
    const r = parseRosterCsv(`${HEADER}\n\n${row('E1', 'G1', { name: '  Ann Lee ' })}\n\n\n`, PLANS);
    expect(r.holders[0]?.name).toBe('Ann Lee');
  });

  // How fast the full 100,000-holder roster parses is a figure for `npm run bench` (import), not a test.
  it('reads a roster of many holders with three grants each whole, each grant under its holder', () => {
    const lines = [HEADER];
    for (let i = 0; i < 3_000; i++) {
      const h = Math.floor(i / 3);
      lines.push(`E${h},"Łukasiewicz, Zofia ${h}",z${h}@alpha.example,"${h} Bridge Street, Pelham NH 03076",${100_000_000 + h},G${i},1994,2001-05-07,3.2500,${1000 + i}`);
    }
    const r = parseRosterCsv(lines.join('\n'), PLANS);
    expect(r.holders).toHaveLength(1_000);
    expect(r.grants).toHaveLength(3_000);
    expect(r.grants[2_999]).toMatchObject({ grantId: 'G2999', employeeId: 'E999', shares: 3_999 });
  });
});

describe('the last four of an ID number', () => {
  it('are the last four characters once separators are removed', () => {
    expect(idLast4('123-45-6789')).toBe('6789');
    expect(idLast4('AB 12 34 56 C')).toBe('456C');
    expect(idLast4('12.345.678/0001-95')).toBe('0195');
  });
});

describe('a roster with any bad row is refused whole', () => {
  it('one bad row among good ones: nothing is imported, and the row is named', () => {
    const e = refusal(csv(row('E001', 'G-1'), row('E002', 'G-2'), row('E003', 'G-3', { grant_date: '1999-02-30' }), row('E004', 'G-4')));
    expect(e.code).toBe('roster-invalid');
    expect(e.message).toBe('The roster has 1 bad row; nothing was imported.');
    expect(e.details).toEqual(['row 4 (employee E003), grant_date: "1999-02-30" is not a real date (February 1999 has 28 days)']);
  });

  it('every problem is listed, each by row, employee and column', () => {
    const e = refusal(
      csv(
        row('E001', 'G-1', { email: 'not-an-email' }), // row 2
        row('E002', 'G-2', { exercise_price: '$3.25', shares: '-5' }), // row 3
        row('E003', 'G-3', { plan: '1999' }), // row 4
        row('E004', 'G-4', { name: '' }), // row 5
        row('E005', 'G-5'), // row 6 (good)
        row('E006', 'G-6', { grant_date: '05/07/2001' }), // row 7
      ),
    );
    expect(e.message).toBe('The roster has 5 bad rows; nothing was imported.');
    expect(e.details).toEqual([
      'row 2 (employee E001), email: "not-an-email" is not an e-mail address',
      'row 3 (employee E002), exercise_price: "$3.25" is not a positive decimal (digits with an optional decimal point, e.g. 3.25; no $ or commas)',
      'row 3 (employee E002), shares: "-5" is not a positive whole number (digits only, e.g. 1500)',
      'row 4 (employee E003), plan: "1999" is not an eligible plan (eligible plans: 1994, 1985)',
      'row 5 (employee E004), name: is empty',
      'row 7 (employee E006), grant_date: "05/07/2001" is not a date in the form YYYY-MM-DD',
    ]);
  });

  it('shares must be a positive whole number: -5, 2.5, 0 and 1e3 are refused', () => {
    const e = refusal(csv(...['-5', '2.5', '0', '1e3', '1,000'].map((s, i) => row(`E${i}`, `G${i}`, { shares: s.includes(',') ? `"${s}"` : s }))));
    expect(e.details).toEqual([
      'row 2 (employee E0), shares: "-5" is not a positive whole number (digits only, e.g. 1500)',
      'row 3 (employee E1), shares: "2.5" is not a positive whole number (digits only, e.g. 1500)',
      'row 4 (employee E2), shares: "0" must be at least 1',
      'row 5 (employee E3), shares: "1e3" is not a positive whole number (digits only, e.g. 1500)',
      'row 6 (employee E4), shares: "1,000" is not a positive whole number (digits only, e.g. 1500)',
    ]);
  });

  it('the exercise price must be a positive decimal', () => {
    const e = refusal(csv(row('E1', 'G1', { exercise_price: '0.00' }), row('E2', 'G2', { exercise_price: '-1.5' }), row('E3', 'G3', { exercise_price: '1e2' })));
    expect(e.details).toEqual([
      'row 2 (employee E1), exercise_price: "0.00" must be more than zero',
      'row 3 (employee E2), exercise_price: "-1.5" is not a positive decimal (digits with an optional decimal point, e.g. 3.25; no $ or commas)',
      'row 4 (employee E3), exercise_price: "1e2" is not a positive decimal (digits with an optional decimal point, e.g. 3.25; no $ or commas)',
    ]);
  });

  it('a grant id may appear only once', () => {
    const e = refusal(csv(row('E1', 'G-100'), row('E2', 'G-101'), row('E3', 'G-100')));
    expect(e.details).toEqual(['row 4 (employee E3), grant_id: "G-100" is already used on row 2; each grant must appear once']);
  });

  it('one employee with two names is refused, naming both rows', () => {
    const e = refusal(csv(row('E003', 'G1', { name: 'Jane Doe' }), row('E003', 'G2', { name: 'Jane Roe' })));
    expect(e.details).toEqual(['row 3 (employee E003), name: "Jane Roe" differs from "Jane Doe" on row 2; every row of one employee must agree']);
  });

  it('two spellings of one name that look alike but are encoded differently are refused, and the desk is told why', () => {
    const composed = 'Jos\u00e9 N\u00fa\u00f1ez';
    const decomposed = composed.normalize('NFD');
    const e = refusal(csv(row('E1', 'G1', { name: composed }), row('E1', 'G2', { name: decomposed })));
    expect(e.details).toHaveLength(1);
    expect(e.details[0]).toContain('row 3 (employee E1), name:');
    expect(e.details[0]).toContain('(they look alike but their accented letters are encoded differently)');
  });

  it('one employee with two e-mails, two addresses or two ID numbers is refused, and the ID numbers are not shown', () => {
    const e = refusal(
      csv(
        row('E1', 'G1'),
        row('E1', 'G2', { email: 'other@alpha.example' }),
        row('E1', 'G3', { address: 'Somewhere else' }),
        row('E1', 'G4', { id_number: '987-65-4321' }),
      ),
    );
    expect(e.details).toEqual([
      'row 3 (employee E1), email: "other@alpha.example" differs from "e1@alpha.example" on row 2; every row of one employee must agree',
      'row 4 (employee E1), address: "Somewhere else" differs from "33 Bridge Street, Pelham NH 03076" on row 2; every row of one employee must agree',
      'row 5 (employee E1), id_number: differs from the ID number on row 2 (neither is shown: ID numbers are sensitive); every row of one employee must agree',
    ]);
    expect(e.details.join('\n')).not.toContain('4321');
  });

  it('an ID number too short or with stray characters is refused without quoting it', () => {
    const e = refusal(csv(row('E1', 'G1', { id_number: '12-3' }), row('E2', 'G2', { id_number: '123#456' })));
    expect(e.details).toEqual([
      'row 2 (employee E1), id_number: has fewer than 6 letters or digits (surrounding spaces and the separators - . / do not count), so its last four would show it almost whole (the value is not shown: ID numbers are sensitive)',
      'row 3 (employee E2), id_number: may hold only letters and digits, with spaces, hyphens, dots or slashes between them (the value is not shown: ID numbers are sensitive)',
    ]);
  });

  it('a row with the wrong number of values is named, with a hint about commas', () => {
    const e = refusal(csv(row('E1', 'G1'), 'E2,Ann Lee,ann@alpha.example,33 Bridge Street, Pelham NH,123456789,G2,1994,2001-05-07,3.25,100'));
    expect(e.details).toEqual([
      'row 3 (employee E2): has 11 values; expected 10 (employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares); a value containing a comma must be in quotes',
    ]);
  });

  it('a tab or other control character inside a value is refused', () => {
    const e = refusal(csv(row('E1', 'G1', { name: 'Ann\tLee' })));
    expect(e.details).toEqual(['row 2 (employee E1), name: the value contains a tab (U+0009) at character 4; remove it (it must be one line)']);
  });

  it('broken quoting is named by the row where the bad record starts', () => {
    const e = refusal(csv(row('E1', 'G1'), row('E2', 'G2', { name: '"Ann "Red" Lee"' }), row('E3', 'G3')));
    expect(e.message).toBe('The roster has 1 bad row; nothing was imported.');
    expect(e.details).toEqual(['row 3: a quoted value is followed by more text before the comma; inside quotes write a quote twice ("")']);
  });

  it('a quote never closed is named by the row where it opens', () => {
    const unquoted = { address: 'Pelham NH' };
    const e = refusal(csv(row('E1', 'G1', unquoted), row('E2', 'G2', { ...unquoted, name: '"Ann Lee' }), row('E3', 'G3', unquoted), row('E4', 'G4', unquoted)));
    expect(e.details).toEqual(['row 3: a quoted value starts here and its closing quote never comes, so the rest of the file cannot be read']);
  });

  it('a plan not offered in this offer is refused even if the roster has it', () => {
    const e = refusal(csv(row('E1', 'G1', { plan: '1985' })), ['1994']);
    expect(e.details).toEqual(['row 2 (employee E1), plan: "1985" is not an eligible plan (eligible plans: 1994)']);
  });
});

describe('the header and empty files', () => {
  it('an empty file is refused', () => {
    const e = refusal('');
    expect(e.code).toBe('roster-invalid');
    expect(e.message).toBe('The roster file is empty; nothing was imported.');
    expect(refusal('\uFEFF\n').message).toBe('The roster file is empty; nothing was imported.');
  });

  it('a header with no rows under it is refused', () => {
    const e = refusal(`${HEADER}\n`);
    expect(e.message).toBe('The roster has no grants; nothing was imported.');
  });

  it('a header missing a column is refused, naming the column', () => {
    const e = refusal('employee_id,name,email,address,grant_id,plan,grant_date,exercise_price,shares\nE1,Ann,a@b.example,x,G1,1994,2001-05-07,1,1\n');
    expect(e.message).toBe('The roster has 1 bad row; nothing was imported.');
    expect(e.details).toEqual([
      'row 1: the header must be exactly employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares (missing id_number)',
    ]);
  });

  it('a header with a misspelt or reordered column is refused', () => {
    expect(refusal(csv(row('E1', 'G1')).replace('employee_id', 'Employee_ID')).details[0]).toContain('(missing employee_id; unexpected "Employee_ID")');
    expect(refusal(csv(row('E1', 'G1')).replace('name,email', 'email,name')).details[0]).toContain('(the columns are repeated or in a different order)');
  });

  it('a file that starts with data instead of the header is refused without quoting the data', () => {
    const e = refusal(`${row('E1', 'G1')}\n`);
    expect(e.details).toEqual([
      'row 1: the first line is not the header; the file must start with the line employee_id,name,email,address,id_number,grant_id,plan,grant_date,exercise_price,shares',
    ]);
  });
});
