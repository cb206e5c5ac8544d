// The eligibility roster: one CSV row per eligible grant, read all or nothing.
//
// A roster that is half imported would leave the desk deciding eligibility from a list nobody
// approved, so every problem in the file is collected and the whole file is refused, each
// problem named by row (the file's line number; the header is row 1), employee, column and
// reason, so the person who prepared it can fix them all in one pass. ID numbers are sensitive
// personal data: no message ever quotes one, nor any value that holds the row's ID number or
// looks like one (an ID number typed in the wrong column), nor a whole row; any other value is
// quoted to at most 60 characters. Each value obeys the one text rule (main/core/text.ts): its
// column's length limit, well-formed Unicode, no control characters (line breaks only in the
// address, which is often written on several lines).

import { calendarDateProblem } from './calendar-date';
import { readCsvRows } from './csv-rows';
import { OfferDeskError } from './errors';
import {
  ADDRESS_MAX,
  CODE_MAX,
  EMAIL_MAX,
  ID_NUMBER_MAX,
  ID_NUMBER_MIN,
  NAME_MAX,
  quoteText,
  textProblem,
  type TextField,
} from './text';
import type { Grant, Holder } from './types';

export const ROSTER_COLUMNS = [
  'employee_id',
  'name',
  'email',
  'address',
  'id_number',
  'grant_id',
  'plan',
  'grant_date',
  'exercise_price',
  'shares',
] as const;
type Column = (typeof ROSTER_COLUMNS)[number];

/** A holder as the roster gives it: the full ID number, to be sealed by the ledger. */
export type RosterHolder = Omit<Holder, 'idLast4'> & { idNumber: string };

export interface ParsedRoster {
  holders: RosterHolder[];
  grants: Grant[];
}

/** Separators people type inside ID numbers ("123-45-6789"); not part of the number. */
const ID_SEPARATORS = /[\s\-./]/g;

/** The last four characters of an ID number once separators are removed ("123-45-6789" -> "6789"). */
export function idLast4(idNumber: string): string {
  return idNumber.replace(ID_SEPARATORS, '').slice(-4);
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const DECIMAL = /^(\d*)(?:\.(\d*))?$/;
const WHOLE = /^\d+$/;
const ID_CHARACTERS = /^[\p{L}\p{N}]+$/u;
/** A US SSN or similar as typed (123-45-6789, 123 45 6789) or nine or more digits in a row. */
const LOOKS_LIKE_AN_ID_NUMBER = /\d{3}[\s\-./]\d{2}[\s\-./]\d{4}|\d{9,}/;

/** The text rule for each column: its limit; only the address may hold line breaks. */
const FIELDS: Record<Column, TextField> = {
  employee_id: { label: 'the value', max: CODE_MAX },
  name: { label: 'the value', max: NAME_MAX },
  email: { label: 'the value', max: EMAIL_MAX },
  address: { label: 'the value', max: ADDRESS_MAX, lines: 'many' },
  id_number: { label: 'the value', max: ID_NUMBER_MAX },
  grant_id: { label: 'the value', max: CODE_MAX },
  plan: { label: 'the value', max: CODE_MAX },
  grant_date: { label: 'the value', max: CODE_MAX },
  exercise_price: { label: 'the value', max: CODE_MAX },
  shares: { label: 'the value', max: CODE_MAX },
};

/**
 * A value as a roster message may show it: never when it holds the row's ID number or looks
 * like an ID number; otherwise at most 60 characters.
 */
function quote(value: string, rowIdNumber = ''): string {
  if (mayHoldIdNumber(value, rowIdNumber)) return '(a value not shown: it may hold an ID number)';
  return quoteText(value);
}

function mayHoldIdNumber(value: string, rowIdNumber: string): boolean {
  const compactId = rowIdNumber.replace(ID_SEPARATORS, '');
  if (compactId.length >= 4 && value.replace(ID_SEPARATORS, '').includes(compactId)) return true;
  return LOOKS_LIKE_AN_ID_NUMBER.test(value);
}

/** "3.2500" stays "3.2500" (as printed on the agreement); "03.25" -> "3.25"; ".5" -> "0.5". */
function normalizePrice(text: string): string | null {
  const m = DECIMAL.exec(text);
  if (m === null) return null;
  const whole = m[1] ?? '';
  const fraction = m[2] ?? '';
  if (whole.length === 0 && fraction.length === 0) return null;
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  return fraction.length > 0 ? `${w}.${fraction}` : w;
}

interface Seen {
  value: string;
  row: number;
}

class Problems {
  readonly details: string[] = [];
  readonly badRows = new Set<number>();
  /** The ID number of the row being read: no message about that row may show it. */
  rowIdNumber = '';

  quote(value: string): string {
    return quote(value, this.rowIdNumber);
  }

  add(row: number, employeeId: string, column: Column | null, reason: string): void {
    const shown = employeeId.length > 40 || mayHoldIdNumber(employeeId, this.rowIdNumber) || textProblem(employeeId, FIELDS.employee_id) !== null ? null : employeeId;
    const who = employeeId.length === 0 ? '' : shown === null ? ' (employee id not shown)' : ` (employee ${shown})`;
    this.details.push(column === null ? `row ${row}${who}: ${reason}` : `row ${row}${who}, ${column}: ${reason}`);
    this.badRows.add(row);
  }
}

function refuse(message: string, details: readonly string[]): never {
  throw new OfferDeskError('roster-invalid', message, details);
}

function headerProblem(found: readonly string[]): string | null {
  if (found.length === ROSTER_COLUMNS.length && found.every((f, i) => f === ROSTER_COLUMNS[i])) return null;
  const expected = ROSTER_COLUMNS.join(',');
  const known = new Set<string>(ROSTER_COLUMNS);
  const present = found.filter((f) => known.has(f));
  // A first line without a single column name is data (perhaps with an ID number in it), so it
  // is described, never quoted.
  if (present.length === 0) return `row 1: the first line is not the header; the file must start with the line ${expected}`;
  const missing = ROSTER_COLUMNS.filter((c) => !found.includes(c));
  const unexpected = found.filter((f) => !known.has(f));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${missing.join(', ')}`);
  if (unexpected.length > 0) parts.push(`unexpected ${unexpected.map((u) => quote(u)).join(', ')}`);
  if (parts.length === 0) parts.push('the columns are repeated or in a different order');
  return `row 1: the header must be exactly ${expected} (${parts.join('; ')})`;
}

/**
 * Reads a roster CSV (RFC 4180, UTF-8, optional BOM) into holders and grants, or refuses the
 * whole file with `roster-invalid` listing every bad row. Values are trimmed of surrounding
 * spaces; every other character is kept as written (accents, apostrophes, commas, any script).
 */
export function parseRosterCsv(text: string, plans: string[]): ParsedRoster {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim().length === 0) {
    refuse('The roster file is empty; nothing was imported.', [
      `row 1: the file is empty; it must start with the header ${ROSTER_COLUMNS.join(',')}`,
    ]);
  }
  const { rows, syntaxError } = readCsvRows(body);
  const header = rows[0];
  if (header !== undefined) {
    const hp = headerProblem(header.fields);
    if (hp !== null) refuse('The roster has 1 bad row; nothing was imported.', [hp]);
  }
  const state: RosterState = {
    plans,
    plansSet: new Set(plans),
    problems: new Problems(),
    grantRows: new Map(),
    identities: new Map(),
    holders: [],
    grants: [],
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row !== undefined) checkRow(state, row.line, row.fields);
  }
  const { problems, holders, grants } = state;
  if (syntaxError !== null) {
    problems.details.push(`row ${syntaxError.line}: ${syntaxError.reason}`);
    problems.badRows.add(syntaxError.line);
  }
  const bad = problems.badRows.size;
  if (bad > 0) refuse(`The roster has ${bad} bad row${bad === 1 ? '' : 's'}; nothing was imported.`, problems.details);
  if (grants.length === 0) {
    refuse('The roster has no grants; nothing was imported.', ['row 1: the header is there but no grant rows follow it']);
  }
  return { holders, grants };
}

type Values = Record<Column, string>;
const IDENTITY_COLUMNS = ['name', 'email', 'address', 'id_number'] as const;
type IdentityColumn = (typeof IDENTITY_COLUMNS)[number];

interface RosterState {
  plans: readonly string[];
  plansSet: ReadonlySet<string>;
  problems: Problems;
  /** Row on which each grant id first appeared. */
  grantRows: Map<string, number>;
  /** Per employee, the first non-empty value of each identity column and its row. */
  identities: Map<string, Partial<Record<IdentityColumn, Seen>>>;
  holders: RosterHolder[];
  grants: Grant[];
}

function valuesOf(f: readonly string[]): Values {
  // A literal of fixed shape: cheaper than building the record key by key 300,000 times.
  return {
    employee_id: (f[0] ?? '').trim(),
    name: (f[1] ?? '').trim(),
    email: (f[2] ?? '').trim(),
    address: (f[3] ?? '').trim(),
    id_number: (f[4] ?? '').trim(),
    grant_id: (f[5] ?? '').trim(),
    plan: (f[6] ?? '').trim(),
    grant_date: (f[7] ?? '').trim(),
    exercise_price: (f[8] ?? '').trim(),
    shares: (f[9] ?? '').trim(),
  };
}

function checkRow(state: RosterState, line: number, fields: readonly string[]): void {
  if (fields.length === 1 && fields[0] === '') return; // a blank line carries nothing
  const { problems } = state;
  const employeeId = (fields[0] ?? '').trim();
  problems.rowIdNumber = (fields[4] ?? '').trim();
  if (fields.length !== ROSTER_COLUMNS.length) {
    problems.add(line, employeeId, null, `has ${fields.length} value${fields.length === 1 ? '' : 's'}; expected ${ROSTER_COLUMNS.length} (${ROSTER_COLUMNS.join(',')}); a value containing a comma must be in quotes`);
    return;
  }
  const v = valuesOf(fields);
  let unreadable = false;
  for (const column of ROSTER_COLUMNS) {
    const value = v[column];
    if (value.length === 0) problems.add(line, employeeId, column, 'is empty');
    else {
      const problem = textProblem(value, FIELDS[column]);
      if (problem !== null) {
        problems.add(line, employeeId, column, problem);
        unreadable = true;
      }
    }
  }
  // A value that breaks the text rule is not checked further (nor quoted, nor kept).
  if (unreadable) return;
  if (v.email.length > 0 && !EMAIL.test(v.email)) problems.add(line, employeeId, 'email', `${problems.quote(v.email)} is not an e-mail address`);
  if (v.id_number.length > 0) {
    const compact = v.id_number.replace(ID_SEPARATORS, '');
    if (!ID_CHARACTERS.test(compact)) {
      problems.add(line, employeeId, 'id_number', 'may hold only letters and digits, with spaces, hyphens, dots or slashes between them (the value is not shown: ID numbers are sensitive)');
    } else if (compact.length < ID_NUMBER_MIN) {
      problems.add(
        line,
        employeeId,
        'id_number',
        `has fewer than ${ID_NUMBER_MIN} letters or digits (surrounding spaces and the separators - . / do not count), so its last four would show it almost whole (the value is not shown: ID numbers are sensitive)`,
      );
    }
  }
  if (v.grant_id.length > 0) {
    const first = state.grantRows.get(v.grant_id);
    if (first !== undefined) problems.add(line, employeeId, 'grant_id', `${problems.quote(v.grant_id)} is already used on row ${first}; each grant must appear once`);
    else state.grantRows.set(v.grant_id, line);
  }
  if (v.plan.length > 0 && !state.plansSet.has(v.plan)) {
    const eligible = state.plans.length > 0 ? `eligible plans: ${state.plans.join(', ')}` : 'the offer names no eligible plans';
    problems.add(line, employeeId, 'plan', `${problems.quote(v.plan)} is not an eligible plan (${eligible})`);
  }
  const dateProblem = v.grant_date.length > 0 ? calendarDateProblem(v.grant_date) : null;
  if (dateProblem !== null) problems.add(line, employeeId, 'grant_date', dateProblem);
  const price = v.exercise_price.length > 0 ? normalizePrice(v.exercise_price) : null;
  if (v.exercise_price.length > 0) {
    if (price === null) problems.add(line, employeeId, 'exercise_price', `${problems.quote(v.exercise_price)} is not a positive decimal (digits with an optional decimal point, e.g. 3.25; no $ or commas)`);
    else if (!/[1-9]/.test(price)) problems.add(line, employeeId, 'exercise_price', `${problems.quote(v.exercise_price)} must be more than zero`);
  }
  const whole = WHOLE.test(v.shares);
  const shares = whole ? Number(v.shares) : Number.NaN;
  if (v.shares.length > 0) {
    if (!whole) problems.add(line, employeeId, 'shares', `${problems.quote(v.shares)} is not a positive whole number (digits only, e.g. 1500)`);
    else if (shares === 0) problems.add(line, employeeId, 'shares', `${problems.quote(v.shares)} must be at least 1`);
    else if (!Number.isSafeInteger(shares)) problems.add(line, employeeId, 'shares', `${problems.quote(v.shares)} is too large`);
  }
  if (employeeId.length > 0) checkIdentity(state, line, v);
  if (price !== null && !problems.badRows.has(line)) {
    state.grants.push({ grantId: v.grant_id, employeeId, plan: v.plan, grantDate: v.grant_date, exercisePrice: price, shares });
  }
}

/**
 * Every row of one employee must give the same name, e-mail, address and ID number: letters
 * and the name check at intake rely on exactly one of each. The first non-empty value of each
 * is the reference (so an empty cell is reported once, as empty, and not again as a
 * difference); the holder is recorded from the employee's first row.
 */
function checkIdentity(state: RosterState, line: number, v: Values): void {
  const employeeId = v.employee_id;
  let seen = state.identities.get(employeeId);
  if (seen === undefined) {
    seen = {};
    state.identities.set(employeeId, seen);
    state.holders.push({ employeeId, name: v.name, email: v.email, address: v.address, idNumber: v.id_number });
  }
  for (const column of IDENTITY_COLUMNS) {
    const value = v[column];
    if (value.length === 0) continue;
    const first = seen[column];
    if (first === undefined) {
      seen[column] = { value, row: line };
      continue;
    }
    if (first.value === value) continue;
    if (column === 'id_number') {
      state.problems.add(line, employeeId, column, `differs from the ID number on row ${first.row} (neither is shown: ID numbers are sensitive); every row of one employee must agree`);
      continue;
    }
    const encoding =
      first.value.normalize('NFC') === value.normalize('NFC') ? ' (they look alike but their accented letters are encoded differently)' : '';
    state.problems.add(line, employeeId, column, `${state.problems.quote(value)} differs from ${state.problems.quote(first.value)} on row ${first.row}${encoding}; every row of one employee must agree`);
  }
}
