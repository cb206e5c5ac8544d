// Importing the eligibility roster: holders and their grants, in one transaction with ONE audit
// event, `roster.imported`, recording per table how many rows, their first and last keys and the
// SHA-256 of the rows (format 4, row-digest.ts); each row names the event in `audit_seq`. (Formats
// 1–3 wrote one `holder.imported` event per holder repeating its rows; those events stay as they are.)
// The whole import is refused — nothing written — if any employee or grant id is already in the
// ledger or repeated in the import: a roster is corrected by importing the missing rows, never by
// overwriting what a confirmation letter may already have been based on.

import { OfferDeskError } from '../core/errors';
import type { Grant } from '../core/types';
import type { AuditStore } from './audit';
import { GRANTS_TABLE, type GrantStore, validateGrant } from './grants';
import { HOLDERS_TABLE, type HolderRow, type HolderStore, validateRosterHolder } from './holders';
import type { IdCipher } from './id-cipher';
import type { ImportSummary, RosterHolder, WriteContext } from './ledger';
import { byKey, RowDigester, type RowDigest } from './row-digest';
import type { SqlRow, TableSpec } from './table-spec';

export interface RosterDeps {
  holders: HolderStore;
  grants: GrantStore;
  audit: AuditStore;
  /** Seals an ID number for one employee (the cipher, after the key has been checked). */
  cipher: () => IdCipher;
}

const SHOWN = 20;

/** "E001, E002, … (and 3 more)": enough to act on, short enough to read in a dialog. */
function nameSome(ids: readonly string[]): string {
  const shown = ids.slice(0, SHOWN).join(', ');
  return ids.length > SHOWN ? `${shown} (and ${ids.length - SHOWN} more)` : shown;
}

function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

function refuse(code: 'conflict' | 'not-found', what: string, ids: readonly string[]): never {
  throw new OfferDeskError(code, `${what}: ${nameSome(ids)}. Nothing was imported.`, ids);
}

/** Must run inside a transaction (the ledger's write wrapper provides it). */
export function importRoster(
  deps: RosterDeps,
  rosterHolders: readonly RosterHolder[],
  rosterGrants: readonly Grant[],
  ctx: WriteContext,
): ImportSummary {
  const holders = rosterHolders.map(validateRosterHolder);
  const grants = rosterGrants.map(validateGrant);

  const employeeIds = holders.map((h) => h.holder.employeeId);
  const grantIds = grants.map((g) => g.grant_id);
  const twiceEmployees = repeated(employeeIds);
  if (twiceEmployees.length > 0) refuse('conflict', 'The roster lists these employee ids more than once', twiceEmployees);
  const twiceGrants = repeated(grantIds);
  if (twiceGrants.length > 0) refuse('conflict', 'The roster lists these grant ids more than once', twiceGrants);

  // The first import into an empty roster (the usual one, 400,000 ids at scale) needs no lookups.
  const presentEmployees = deps.holders.isEmpty() ? [] : employeeIds.filter((id) => deps.holders.exists(id));
  if (presentEmployees.length > 0) {
    refuse('conflict', 'These employee ids are already in the ledger', presentEmployees);
  }
  const presentGrants = deps.grants.isEmpty() ? [] : grantIds.filter((id) => deps.grants.exists(id));
  if (presentGrants.length > 0) refuse('conflict', 'These grant ids are already in the ledger', presentGrants);

  const importing = new Set(employeeIds);
  const orphans = grants
    .filter((g) => !importing.has(g.employee_id) && !deps.holders.exists(g.employee_id))
    .map((g) => g.grant_id);
  if (orphans.length > 0) refuse('not-found', 'These grants name an employee who is not on the roster', orphans);

  // One event for the whole import, recording a digest of the rows (which name it in audit_seq)
  // rather than the rows again. Inserting in key order also keeps the b-trees' appends cheap.
  const seq = deps.audit.nextSeq();
  const cipher = deps.cipher();
  const holderRows: HolderRow[] = holders.map(({ holder, idNumber, idLast4 }) => ({
    employee_id: holder.employeeId,
    name: holder.name,
    email: holder.email,
    address: holder.address,
    id_number_enc: cipher.encrypt(idNumber, holder.employeeId),
    id_last4: idLast4,
  }));
  const tables: Record<string, RowDigest> = {};
  const holderDigest = insertInKeyOrder(HOLDERS_TABLE, holderRows, (row) => deps.holders.insert(row, seq));
  if (holderDigest !== null) tables['holders'] = holderDigest;
  const grantDigest = insertInKeyOrder(GRANTS_TABLE, grants, (row) => deps.grants.insert(row, seq));
  if (grantDigest !== null) tables['grants'] = grantDigest;
  if (Object.keys(tables).length > 0) deps.audit.append('roster.imported', {}, ctx, undefined, { seq, tables });
  return { holders: holders.length, grants: grants.length };
}

/** Inserts the rows sorted by key and returns their digest (null for none). */
function insertInKeyOrder<R extends SqlRow>(spec: TableSpec, rows: readonly R[], insert: (row: R) => void): RowDigest | null {
  if (rows.length === 0) return null;
  const digester = new RowDigester(spec);
  for (const row of [...rows].sort(byKey(spec))) {
    insert(row);
    digester.add(row);
  }
  return digester.result();
}
