// Shared test fixtures: the Alpha offer of the seed and builders for the paper that arrives.
// Times are written as the desk reads them (New York wall clock) and converted once here.

import { parseInstantInput } from '../../main/core/time';
import type { Cure, DefectKind, Grant, Instant, OfferSettings, ReceivedDocument, Tender, Waiver } from '../../main/core/types';

export const ET = 'America/New_York';

/** "2003-03-31 16:59:59" on the New York clock, as an instant. */
export function et(text: string): Instant {
  return parseInstantInput(text, ET);
}

export const ALPHA: OfferSettings = {
  company: 'Alpha Technologies Group, Inc.',
  cfoName: 'James Polakiewicz',
  cfoTitle: 'Chief Financial Officer',
  addressLines: ['33 Bridge Street', 'Pelham NH 03076'],
  phone: '(603) 635-5160',
  fax: '(603) 635-5260',
  commencedOn: '2003-02-28',
  originalExpiresAt: '2003-03-31T22:00:00.000Z',
  zone: ET,
  plans: ['1994', '1985'],
  lookbackFrom: '2002-08-28',
};

export const EXPIRES = ALPHA.originalExpiresAt;

export function grant(employeeId: string, grantId: string, grantDate: string, shares: number): Grant {
  return { grantId, employeeId, plan: '1994', grantDate, exercisePrice: '3.2500', shares };
}

interface DocOptions {
  defects?: DefectKind[];
  cureDeadline?: Instant | null;
}

function doc(id: number, employeeId: string, kind: 'election' | 'notice', receivedEt: string, tenders: Tender[], opts: DocOptions): ReceivedDocument {
  const receivedAt = et(receivedEt);
  return {
    id,
    employeeId,
    kind,
    via: 'fax',
    receivedAt,
    receiptSource: 'fax-header',
    keyedAt: receivedAt,
    operator: 'desk',
    pages: 2,
    senderFax: '(603) 555-0100',
    signedBy: 'the holder',
    signerCapacity: 'holder',
    defects: opts.defects ?? [],
    tenders,
    lateKeyingReason: null,
    keyedAfterExpiration: false,
    cureDeadline: opts.cureDeadline ?? null,
  };
}

export function electionForm(id: number, employeeId: string, receivedEt: string, tenders: Tender[], opts: DocOptions = {}): ReceivedDocument {
  return doc(id, employeeId, 'election', receivedEt, tenders, opts);
}

export function notice(id: number, employeeId: string, receivedEt: string, opts: DocOptions = {}): ReceivedDocument {
  return doc(id, employeeId, 'notice', receivedEt, [], opts);
}

export function cure(id: number, documentId: number, defect: DefectKind, curedEt: string): Cure {
  const curedAt = et(curedEt);
  return { id, documentId, defect, curedAt, recordedAt: curedAt, operator: 'desk' };
}

export function waiver(id: number, defect: DefectKind, grantedEt: string): Waiver {
  return { id, defect, reason: 'The Company waives this condition for all options.', grantedAt: et(grantedEt), operator: 'cfo' };
}
