// The intake form's state and how it becomes a `DocumentDraft` for the API. Pure: the screen
// owns the state; this file decides what is sent and what is still missing.
import type {
  DefectKind,
  DeliveryVia,
  DocumentKind,
  Grant,
  Instant,
  ReceiptSource,
  SignerCapacity,
} from '../../../../main/core/types';
import type { DocumentDraft } from '../../../../main/ipc/contract';
import { applicableDefects } from '../../../../main/core/defects';
import { readInstantInput } from '../../../../main/core/time';

export interface IntakeForm {
  employeeId: string | null;
  kind: DocumentKind;
  via: DeliveryVia;
  /** Wall-clock time in the offer's zone, "YYYY-MM-DD HH:mm:ss". */
  receivedAt: string;
  receiptSource: ReceiptSource;
  pages: number | '';
  senderFax: string;
  signedBy: string;
  signerCapacity: SignerCapacity;
  defects: DefectKind[];
  /** grantId -> shares tendered on the form; a grant not present means "whole grant". */
  tenders: Record<string, number | ''>;
  files: File[];
  lateKeyingReason: string;
}

export function emptyForm(employeeId: string | null, receivedAt: string): IntakeForm {
  return {
    employeeId,
    kind: 'election',
    via: 'fax',
    receivedAt,
    receiptSource: 'fax-header',
    pages: 1,
    senderFax: '',
    signedBy: '',
    signerCapacity: 'holder',
    defects: [],
    tenders: {},
    files: [],
    lateKeyingReason: '',
  };
}

/** The receipt source follows the delivery unless someone changed it: a fax has a header, a hand delivery a stamp. */
export function sourceFor(via: DeliveryVia): ReceiptSource {
  return via === 'fax' ? 'fax-header' : 'desk-stamp';
}

export function sharesOnForm(form: IntakeForm, grant: Grant): number {
  const v = form.tenders[grant.grantId];
  if (v === undefined) return grant.shares;
  return v === '' ? 0 : v;
}

export interface DraftCheck {
  draft: DocumentDraft | null;
  /** What keeps the form from being sent, in the desk's words. */
  missing: string[];
  /** Keyed after the expiration with a receipt time at or before it: counts, but only with a written reason. */
  needsReason: boolean;
  /** Received after the expiration: logged as late, changes nothing, needs no reason. */
  lateArrival: boolean;
}

/**
 * `keyedLate` is true once the expiration has passed (the late-keying path). The reason is asked
 * for only where it means something: a timely document keyed late. A late arrival is simply logged.
 */
export function buildDraft(form: IntakeForm, zone: string, grants: Grant[], keyedLate: boolean, expiresAt: Instant | null): DraftCheck {
  const missing: string[] = [];
  if (!form.employeeId) missing.push('Choose the holder.');
  // Core reads the receipt time (the same rule as the desk and the CLI); unreadable text is what is missing.
  const read = readInstantInput(form.receivedAt, zone);
  if (!read.ok) missing.push(form.receivedAt.trim() === '' ? 'Enter when the document was received (Eastern time).' : read.message);
  const received = read.ok ? read : null;
  const lateArrival = received !== null && expiresAt !== null && received.instant > expiresAt;
  const needsReason = keyedLate && !lateArrival;
  const reason = form.lateKeyingReason.trim();
  if (needsReason && reason === '') missing.push('Write why this document is keyed after the expiration.');
  if (!form.employeeId || !received || missing.length > 0) return { draft: null, missing, needsReason, lateArrival };

  const draft: DocumentDraft = {
    employeeId: form.employeeId,
    kind: form.kind,
    via: form.via,
    receivedAt: received.instant,
    receiptSource: form.receiptSource,
    pages: form.pages === '' ? null : form.pages,
    senderFax: form.via === 'fax' && form.senderFax.trim() !== '' ? form.senderFax.trim() : null,
    signedBy: form.signedBy.trim() === '' ? null : form.signedBy.trim(),
    signerCapacity: form.signerCapacity,
    defects: form.defects.filter((d) => applicableDefects(form.kind, form.signerCapacity).includes(d)),
    // Every grant is listed explicitly, so "0" on the form is never mistaken for "all".
    tenders: form.kind === 'election' ? grants.map((g) => ({ grantId: g.grantId, shares: sharesOnForm(form, g) })) : [],
    lateKeyingReason: needsReason ? reason : null,
    cureDeadline: null,
  };
  return { draft, missing, needsReason, lateArrival };
}
