// The writes of format 3 — voids of documents, extensions and waivers, and corrections — each with
// its audit event, inside the SqliteLedger's transaction. Each checks what the ledger holds first:
// a record already void is refused as 'conflict' (one void per record), and only the extension in
// force can be voided, so the expiration reverts step by step.

import { OfferDeskError } from '../core/errors';
import { newestExtension } from '../core/schedule';
import type { Extension, ReceivedDocument, Waiver } from '../core/types';
import type { NewDocument, WriteContext } from './ledger';
import type { Stores } from './sqlite-ledger';
import type { NewVoid } from './voids';
import { validateDocument } from './documents';

type CleanDocument = ReturnType<typeof validateDocument>;

/** A rostered holder; or, for paper logged as from someone not on the roster, someone who is not. */
export function requireSender(stores: Stores, doc: NewDocument): void {
  const onRoster = stores.holders.exists(doc.employeeId);
  if ((doc.nameAsWritten ?? null) === null && !onRoster) {
    throw new OfferDeskError('not-found', `No holder ${doc.employeeId} on the roster; the document was not recorded.`);
  }
  if ((doc.nameAsWritten ?? null) !== null && onRoster) {
    throw new OfferDeskError('conflict', `${doc.employeeId} is on the roster; the document is logged as theirs, not as paper from someone not on the roster.`);
  }
}

function requireUnvoidedDocument(stores: Stores, id: number): void {
  const doc = stores.documents.get(id);
  if (doc === null) throw new OfferDeskError('not-found', `No document ${id} in the ledger.`);
  if (doc.voided) throw new OfferDeskError('conflict', `Document ${id} is already void (${doc.voided.reason}).`);
}

export function writeDocumentVoid(stores: Stores, v: NewVoid, ctx: WriteContext): ReceivedDocument {
  requireUnvoidedDocument(stores, v.id);
  const { rows } = stores.voids.voidDocument(v.id, v.reason, null, ctx);
  stores.audit.append('document.voided', rows, ctx);
  return stores.documents.get(v.id) as ReceivedDocument;
}

/** B first (it records that it corrects A), then A's void naming B: both in one event. Returns [A, B]. */
export function writeCorrection(stores: Stores, v: NewVoid, doc: CleanDocument, ctx: WriteContext): [ReceivedDocument, ReceivedDocument] {
  requireUnvoidedDocument(stores, v.id);
  requireSender(stores, doc);
  const seq = stores.audit.nextSeq();
  const added = stores.documents.insert(doc, seq, v.id);
  const voided = stores.voids.voidDocument(v.id, v.reason, added.document.id, ctx);
  stores.audit.append('document.corrected', voided.rows, ctx, undefined, { seq, tables: added.digests });
  return [stores.documents.get(v.id) as ReceivedDocument, stores.documents.get(added.document.id) as ReceivedDocument];
}

export function writeExtensionVoid(stores: Stores, v: NewVoid, ctx: WriteContext): Extension {
  const all = () => stores.extensions.list(stores.voids.extensionVoids());
  const target = all().find((e) => e.id === v.id);
  if (target === undefined) throw new OfferDeskError('not-found', `No extension ${v.id} in the ledger.`);
  if (target.voided) throw new OfferDeskError('conflict', `Extension ${v.id} is already void (${target.voided.reason}).`);
  const newest = newestExtension(all());
  if (newest !== undefined && newest.id !== target.id) {
    throw new OfferDeskError(
      'invalid-input',
      `Extension ${v.id} is not the newest extension in force (extension ${newest.id} is); only the newest can be voided, ` +
        'so that the expiration reverts to the one before it. Void the later extensions first.',
    );
  }
  const { rows } = stores.voids.voidExtension(v.id, v.reason, ctx);
  stores.audit.append('extension.voided', rows, ctx);
  return all().find((e) => e.id === v.id) as Extension;
}

export function writeWaiverVoid(stores: Stores, v: NewVoid, ctx: WriteContext): Waiver {
  const all = () => stores.waivers.list(stores.voids.waiverVoids());
  const target = all().find((w) => w.id === v.id);
  if (target === undefined) throw new OfferDeskError('not-found', `No waiver ${v.id} in the ledger.`);
  if (target.voided) throw new OfferDeskError('conflict', `Waiver ${v.id} is already void (${target.voided.reason}).`);
  const { rows } = stores.voids.voidWaiver(v.id, v.reason, ctx);
  stores.audit.append('waiver.voided', rows, ctx);
  return all().find((w) => w.id === v.id) as Waiver;
}
