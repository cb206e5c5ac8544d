// Plain-text tables for a person at a terminal; `--json` is the machine-readable form.
import type { DocumentRow, ElectionRow } from '../ipc/dto';

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export function formatElectionsTable(rows: ElectionRow[]): string {
  return table(
    ['employee', 'grant', 'eligible', 'tendered', 'required', 'governing doc'],
    rows.map((r) => [r.employee_id, r.grant_id, String(r.shares_eligible), String(r.shares_tendered), r.required ? 'yes' : '', r.governing_document === null ? '' : String(r.governing_document)]),
  );
}

export function formatDocumentsTable(rows: DocumentRow[]): string {
  return table(
    ['id', 'employee', 'kind', 'via', 'received (UTC)', 'timely', 'proper', 'governs', 'keyed late', 'confirm by', 'void'],
    rows.map((r) => [String(r.id), r.employee_id, r.kind, r.via, r.received_at, r.timely ? 'yes' : 'LATE', r.properly_made ? 'yes' : 'NO', r.governing ? 'yes' : '', r.keyed_after_expiration ? 'yes' : '', r.void ? '' : r.confirmation_due, r.void ? `VOID: ${r.void_reason ?? ''}` : '']),
  );
}
