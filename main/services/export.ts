// File > Export…: the holders' current elections, grant by grant, as a CSV a spreadsheet opens.
// ID numbers never leave the ledger this way (only the last four, as on every screen).
import { writeFileSync } from 'node:fs';
import type { Desk } from './desk';
import { csvField } from './csv-field';
import { electionOf } from './snapshot';

export const EXPORT_COLUMNS = [
  'employee_id', 'name', 'id_last4', 'grant_id', 'plan', 'grant_date', 'exercise_price',
  'shares_eligible', 'shares_tendered', 'required', 'election_state', 'governing_document',
] as const;

export function electionsCsv(desk: Desk): string {
  const snap = desk.snapshot();
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const holder of snap.holders) {
    const election = electionOf(snap, holder.employeeId);
    const grants = new Map((snap.grantsByHolder.get(holder.employeeId) ?? []).map((g) => [g.grantId, g]));
    for (const g of election.grants) {
      const grant = grants.get(g.grantId);
      lines.push(
        [holder.employeeId, holder.name, holder.idLast4, g.grantId, grant?.plan ?? '', grant?.grantDate ?? '', grant?.exercisePrice ?? '',
          g.sharesEligible, g.sharesTendered, g.required, election.state, election.governingDocumentId]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function exportElections(desk: Desk, destPath: string): void {
  // The save dialog has already asked before replacing a file, and refuses the open ledger.
  writeFileSync(destPath, electionsCsv(desk), 'utf8');
}
