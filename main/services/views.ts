// Shapes the facts and their assessment into what screens, letters and `--json` show.
import { confirmationDueDate } from '../core/business-days';
import { grantsWithoutPaper } from '../core/elections';
import { receiptWindowText } from '../core/fax-receipt';
import { formatInZone } from '../core/time';
import type { FaxRecord } from '../ledger/ledger';
import type { DocumentAssessment, Grant, HolderElection, Instant, ReceivedDocument } from '../core/types';
import type { AttachmentInfo, DocumentRow, DocumentView, ElectionRow, HolderRow } from './holder-types';
import type { Snapshot } from './snapshot';

export function assessmentOf(election: HolderElection, documentId: number): DocumentAssessment {
  const found = election.documents.find((d) => d.documentId === documentId);
  if (!found) throw new Error(`document ${documentId} was not assessed`);
  return found;
}

export function toDocumentView(doc: ReceivedDocument, election: HolderElection, zone: string, attachments: AttachmentInfo[], fax: FaxRecord | null = null): DocumentView {
  const { defects: _asKeyed, nameAsWritten, corrects, voided, ...facts } = doc;
  return {
    ...facts,
    nameAsWritten: nameAsWritten ?? null,
    corrects: corrects ?? null,
    voided: voided ?? null,
    receivedAtText: formatInZone(doc.receivedAt, zone),
    assessment: assessmentOf(election, doc.id),
    confirmationDue: confirmationDueDate(doc.receivedAt, zone),
    attachments,
    fromFax:
      fax === null
        ? null
        : { faxId: fax.id, fileName: fax.fileName, windowText: receiptWindowText(fax.receipt, zone), receiptOverridden: fax.disposition?.receiptOverridden ?? false },
  };
}

/** `2003-03-31T22:00:00Z`: UTC to the second, as the CLI promises. */
export function utcToSecond(instant: Instant): string {
  return `${instant.slice(0, 19)}Z`;
}

export function toDocumentRow(doc: ReceivedDocument, election: HolderElection, zone: string): DocumentRow {
  const a = assessmentOf(election, doc.id);
  return {
    id: doc.id,
    employee_id: doc.employeeId,
    kind: doc.kind,
    via: doc.via,
    received_at: utcToSecond(doc.receivedAt),
    timely: a.timely,
    properly_made: a.properlyMade,
    governing: a.standing === 'governing',
    keyed_after_expiration: doc.keyedAfterExpiration,
    confirmation_due: confirmationDueDate(doc.receivedAt, zone),
    void: Boolean(doc.voided),
    void_reason: doc.voided?.reason ?? null,
  };
}

/**
 * `offer-desk elections`: every holder's grants, in roster order. Nine holders in ten have no paper
 * and elect nothing, so their rows come straight from their grants instead of from a judgment.
 */
export function electionRowsOf(snap: Snapshot): ElectionRow[] {
  const rows: ElectionRow[] = [];
  for (const holder of snap.holders) {
    const judged = snap.elections.get(holder.employeeId);
    if (judged) {
      rows.push(...toElectionRows(judged));
      continue;
    }
    for (const g of grantsWithoutPaper(snap.grantsByHolder.get(holder.employeeId) ?? [], snap.settings.lookbackFrom)) {
      rows.push({ employee_id: holder.employeeId, grant_id: g.grantId, shares_eligible: g.sharesEligible, shares_tendered: g.sharesTendered, required: g.required, governing_document: null });
    }
  }
  return rows;
}

export function toElectionRows(election: HolderElection): ElectionRow[] {
  return election.grants.map((g) => ({
    employee_id: election.employeeId,
    grant_id: g.grantId,
    shares_eligible: g.sharesEligible,
    shares_tendered: g.sharesTendered,
    required: g.required,
    governing_document: election.governingDocumentId,
  }));
}

export function toHolderRow(name: string, grants: Grant[], documents: number, election: HolderElection): HolderRow {
  let sharesEligible = 0;
  let sharesTendered = 0;
  for (const g of election.grants) {
    sharesEligible += g.sharesEligible;
    sharesTendered += g.sharesTendered;
  }
  const openDefects = election.documents.filter((d) => d.timely && d.defects.some((x) => x.state === 'open' || x.state === 'cure-late')).length;
  return { employeeId: election.employeeId, name, state: election.state, grants: grants.length, sharesEligible, sharesTendered, documents, openDefects };
}
