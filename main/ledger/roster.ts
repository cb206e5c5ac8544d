// Importing the eligibility roster: holders and their grants, in one transaction, each holder with
// one audit event that records the holder's row and the rows of the grants imported with it.
// The whole import is refused — nothing written — if any employee or grant id is already in the
// ledger or repeated in the import: a roster is corrected by importing the missing rows, never by
// overwriting what a confirmation letter may already have been based on.

import { OfferDeskError } from '../core/errors';
import type { Grant } from '../core/types';
import type { AuditStore } from './audit';
import { GRANTS_TABLE, type GrantRow, type GrantStore, validateGrant } from './grants';
import { HOLDERS_TABLE, type HolderRow, type HolderStore, validateRosterHolder } from './holders';
import type { IdCipher } from './id-cipher';
import type { ImportSummary, RosterHolder, WriteContext } from './ledger';
import { toAuditRow } from './table-spec';

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

  const presentEmployees = employeeIds.filter((id) => deps.holders.exists(id));
  if (presentEmployees.length > 0) {
    refuse('conflict', 'These employee ids are already in the ledger', presentEmployees);
  }
  const presentGrants = grantIds.filter((id) => deps.grants.exists(id));
  if (presentGrants.length > 0) refuse('conflict', 'These grant ids are already in the ledger', presentGrants);

  // Grants travel with their holder's event; grants for holders imported earlier get their own.
  const importing = new Set(employeeIds);
  const grantsByHolder = new Map<string, GrantRow[]>();
  const orphans: string[] = [];
  for (const grant of grants) {
    if (!importing.has(grant.employee_id) && !deps.holders.exists(grant.employee_id)) {
      orphans.push(grant.grant_id);
      continue;
    }
    const list = grantsByHolder.get(grant.employee_id) ?? [];
    list.push(grant);
    grantsByHolder.set(grant.employee_id, list);
  }
  if (orphans.length > 0) refuse('not-found', 'These grants name an employee who is not on the roster', orphans);

  const cipher = deps.cipher();
  for (const { holder, idNumber, idLast4 } of holders) {
    const row: HolderRow = {
      employee_id: holder.employeeId,
      name: holder.name,
      email: holder.email,
      address: holder.address,
      id_number_enc: cipher.encrypt(idNumber, holder.employeeId),
      id_last4: idLast4,
    };
    deps.holders.insert(row);
    const own = grantsByHolder.get(holder.employeeId) ?? [];
    for (const grant of own) deps.grants.insert(grant);
    grantsByHolder.delete(holder.employeeId);
    deps.audit.append(
      'holder.imported',
      { holders: [toAuditRow(HOLDERS_TABLE, row)], grants: own.map((g) => toAuditRow(GRANTS_TABLE, g)) },
      ctx,
    );
  }
  for (const own of grantsByHolder.values()) {
    for (const grant of own) deps.grants.insert(grant);
    deps.audit.append('grant.imported', { grants: own.map((g) => toAuditRow(GRANTS_TABLE, g)) }, ctx);
  }
  return { holders: holders.length, grants: grants.length };
}
