// The two inputs whose shape is changing in other branches, built in ONE place each so the lead
// can switch them without touching the measures:
// - `roster:import` takes the file's bytes (base64).
// - an Election Form's draft: the form now names each grant with the shares it tenders.
import type { Input } from '../main/ipc/contract';
import type { RosterGrant } from './roster-csv';

/** The `roster:import` payload for a roster file's text. */
export function rosterImportInput(csv: string): Input<'roster:import'> {
  // The window sends the file's bytes; the desk decodes them (strict UTF-8).
  return { base64: Buffer.from(csv, 'utf8').toString('base64') };
}

export type Tendering = 'all' | 'some' | 'part';

export interface DraftSpec {
  employeeId: string;
  holderName: string;
  kind: 'election' | 'notice';
  receivedAt: string;
  /** Which grants an Election Form names: every grant in full, the first two in full, or half of the first. */
  tendering: Tendering;
  grants: readonly RosterGrant[];
  /** A defect found on the form (the confirmations queue and dashboard then have some to show). */
  defective: boolean;
}

function tenders(spec: DraftSpec): { grantId: string; shares: number }[] {
  if (spec.kind === 'notice') return [];
  switch (spec.tendering) {
    case 'all':
      return spec.grants.map((g) => ({ grantId: g.grantId, shares: g.shares }));
    case 'some':
      return spec.grants.slice(0, 2).map((g) => ({ grantId: g.grantId, shares: g.shares }));
    case 'part':
      return spec.grants.slice(0, 1).map((g) => ({ grantId: g.grantId, shares: Math.floor(g.shares / 2) }));
  }
}

/** The `intake:record` payload for one faxed document, signed by the holder. */
export function intakeRecordInput(spec: DraftSpec): Input<'intake:record'> {
  return {
    draft: {
      employeeId: spec.employeeId,
      kind: spec.kind,
      via: 'fax',
      receivedAt: spec.receivedAt,
      pages: 2,
      senderFax: '(603) 555-0100',
      signedBy: spec.holderName,
      signerCapacity: 'holder',
      defects: spec.defective ? ['no-id-number'] : [],
      tenders: tenders(spec),
      lateKeyingReason: null,
      cureDeadline: null,
    },
    attachments: [],
  };
}
