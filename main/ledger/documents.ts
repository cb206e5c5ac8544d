// Paper as received at the desk: Election Forms and Notices, with the defects found at intake and
// (Election Forms) the shares tendered per grant. One document and its lines are one audit event,
// which records them as digests (format 4, row-digest.ts): the rows name it in `audit_seq`.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import {
  DEFECT_KINDS,
  DELIVERY_VIAS,
  DOCUMENT_KINDS,
  RECEIPT_SOURCES,
  SIGNER_CAPACITIES,
  type ReceivedDocument,
  type Tender,
} from '../core/types';
import type { NewDocument } from './ledger';
import { digestRows, type RowDigest, type RowDigests } from './row-digest';
import type { TableSpec } from './table-spec';
import {
  requireBoolean,
  requireId,
  requireInstant,
  requireOneOf,
  requireOptionalInstant,
  requireOptionalText,
  requireText,
  requireWholeNumber,
} from './validate';

export const DOCUMENTS_TABLE: TableSpec = {
  table: 'documents',
  key: ['id'],
  columns: [
    'id',
    'employee_id',
    'kind',
    'via',
    'received_at',
    'receipt_source',
    'keyed_at',
    'operator',
    'pages',
    'sender_fax',
    'signed_by',
    'signer_capacity',
    'late_keying_reason',
    'keyed_after_expiration',
    'cure_deadline',
    // Format 3
    'name_as_written',
    'corrects',
  ],
  blobColumns: [],
  // Documents recorded before format 3 were all from rostered holders and corrected nothing.
  addedLater: () => ({ name_as_written: null, corrects: null }),
  digested: true,
  describe: (key) => `document ${String(key['id'])}`,
};

export const DOCUMENT_DEFECTS_TABLE: TableSpec = {
  table: 'document_defects',
  key: ['document_id', 'position'],
  columns: ['document_id', 'position', 'defect'],
  blobColumns: [],
  digested: true,
  describe: (key) => `document ${String(key['document_id'])}, defect no. ${Number(key['position']) + 1}`,
};

export const DOCUMENT_TENDERS_TABLE: TableSpec = {
  table: 'document_tenders',
  key: ['document_id', 'position'],
  columns: ['document_id', 'position', 'grant_id', 'shares'],
  blobColumns: [],
  digested: true,
  describe: (key) => `document ${String(key['document_id'])}, tender line no. ${Number(key['position']) + 1}`,
};

export type DocumentRow = {
  id: number;
  employee_id: string;
  kind: string;
  via: string;
  received_at: string;
  receipt_source: string;
  keyed_at: string;
  operator: string;
  pages: number | null;
  sender_fax: string | null;
  signed_by: string | null;
  signer_capacity: string;
  late_keying_reason: string | null;
  keyed_after_expiration: number;
  cure_deadline: string | null;
  name_as_written: string | null;
  corrects: number | null;
};

/** A document row as read, with its void (if any) joined on. */
type ReadRow = DocumentRow & {
  void_reason: string | null;
  voided_at: string | null;
  void_operator: string | null;
  replaced_by: number | null;
};

type DefectRow = { document_id: number; position: number; defect: string };
type TenderRow = { document_id: number; position: number; grant_id: string; shares: number };

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

/** Checks every field and returns a clean copy; duplicates within the document are refused. */
export function validateDocument(doc: NewDocument): NewDocument {
  const what = 'document:';
  const kind = requireOneOf(doc.kind, DOCUMENT_KINDS, `${what} kind`);
  const via = requireOneOf(doc.via, DELIVERY_VIAS, `${what} via`);
  const receiptSource = requireOneOf(doc.receiptSource, RECEIPT_SOURCES, `${what} receiptSource`);
  if (via === 'hand' && receiptSource !== 'desk-stamp') {
    refuse(`${what} a hand delivery has no fax header; its receipt time comes from the desk's stamp`);
  }
  const receivedAt = requireInstant(doc.receivedAt, `${what} receivedAt`);
  const keyedAt = requireInstant(doc.keyedAt, `${what} keyedAt`);
  if (receivedAt > keyedAt) refuse(`${what} received at ${receivedAt}, after it was keyed in at ${keyedAt}`);
  if (!Array.isArray(doc.defects)) refuse(`${what} defects must be a list`);
  const defects = doc.defects.map((d: unknown) => requireOneOf(d, DEFECT_KINDS, `${what} defect`));
  if (new Set(defects).size !== defects.length) refuse(`${what} a defect is listed more than once`);
  if (!Array.isArray(doc.tenders)) refuse(`${what} tenders must be a list`);
  const tenders: Tender[] = doc.tenders.map((t: Tender) => ({
    grantId: requireId(t.grantId, `${what} tender grant id`),
    shares: requireWholeNumber(t.shares, `${what} shares tendered of grant ${String(t.grantId)}`),
  }));
  if (new Set(tenders.map((t) => t.grantId)).size !== tenders.length) refuse(`${what} a grant is tendered twice`);
  if (kind === 'notice' && tenders.length > 0) refuse(`${what} a Notice withdraws everything; it tenders no grants`);
  const nameAsWritten = requireOptionalText(doc.nameAsWritten ?? null, `${what} nameAsWritten`);
  if ((nameAsWritten !== null) !== defects.includes('not-on-roster')) {
    refuse(`${what} paper from someone not on the roster is logged with the name as written and the defect not-on-roster, both or neither`);
  }
  return {
    nameAsWritten,
    employeeId: requireId(doc.employeeId, `${what} employee id`),
    kind,
    via,
    receivedAt,
    receiptSource,
    keyedAt,
    operator: requireText(doc.operator, `${what} operator`),
    pages: doc.pages === null ? null : requireWholeNumber(doc.pages, `${what} pages`, 1),
    senderFax: requireOptionalText(doc.senderFax, `${what} senderFax`),
    signedBy: requireOptionalText(doc.signedBy, `${what} signedBy`),
    signerCapacity: requireOneOf(doc.signerCapacity, SIGNER_CAPACITIES, `${what} signerCapacity`),
    defects,
    tenders,
    lateKeyingReason: requireOptionalText(doc.lateKeyingReason, `${what} lateKeyingReason`),
    keyedAfterExpiration: requireBoolean(doc.keyedAfterExpiration, `${what} keyedAfterExpiration`),
    cureDeadline: requireOptionalInstant(doc.cureDeadline, `${what} cureDeadline`),
  };
}

function toDocument(row: ReadRow, defects: readonly DefectRow[], tenders: readonly TenderRow[]): ReceivedDocument {
  return {
    id: row.id,
    employeeId: row.employee_id,
    kind: row.kind as ReceivedDocument['kind'],
    via: row.via as ReceivedDocument['via'],
    receivedAt: row.received_at,
    receiptSource: row.receipt_source as ReceivedDocument['receiptSource'],
    keyedAt: row.keyed_at,
    operator: row.operator,
    pages: row.pages,
    senderFax: row.sender_fax,
    signedBy: row.signed_by,
    signerCapacity: row.signer_capacity as ReceivedDocument['signerCapacity'],
    defects: defects.map((d) => d.defect as ReceivedDocument['defects'][number]),
    tenders: tenders.map((t) => ({ grantId: t.grant_id, shares: t.shares })),
    lateKeyingReason: row.late_keying_reason,
    keyedAfterExpiration: row.keyed_after_expiration === 1,
    cureDeadline: row.cure_deadline,
    nameAsWritten: row.name_as_written,
    corrects: row.corrects,
    voided:
      row.void_reason === null || row.voided_at === null || row.void_operator === null
        ? null
        : { reason: row.void_reason, voidedAt: row.voided_at, operator: row.void_operator, replacedBy: row.replaced_by },
  };
}

const NOT_VOID = { void_reason: null, voided_at: null, void_operator: null, replaced_by: null } as const;
const READ = `SELECT doc.*, v.reason AS void_reason, v.voided_at, v.operator AS void_operator, v.replaced_by
  FROM documents doc LEFT JOIN document_voids v ON v.document_id = doc.id`;

function groupByDocument<R extends { document_id: number }>(rows: readonly R[]): Map<number, R[]> {
  const map = new Map<number, R[]>();
  for (const row of rows) {
    const list = map.get(row.document_id) ?? [];
    list.push(row);
    map.set(row.document_id, list);
  }
  return map;
}

export type DocumentStore = ReturnType<typeof documentStore>;

export function documentStore(db: Database.Database) {
  type Seq = { audit_seq: number };
  const insertStmt = db.prepare<Omit<DocumentRow, 'id'> & Seq>(
    `INSERT INTO documents (employee_id, kind, via, received_at, receipt_source, keyed_at, operator, pages,
       sender_fax, signed_by, signer_capacity, late_keying_reason, keyed_after_expiration, cure_deadline, name_as_written, corrects, audit_seq)
     VALUES (@employee_id, @kind, @via, @received_at, @receipt_source, @keyed_at, @operator, @pages,
       @sender_fax, @signed_by, @signer_capacity, @late_keying_reason, @keyed_after_expiration, @cure_deadline, @name_as_written, @corrects, @audit_seq)`,
  );
  const insertDefectStmt = db.prepare<DefectRow & Seq>(
    'INSERT INTO document_defects (document_id, position, defect, audit_seq) VALUES (@document_id, @position, @defect, @audit_seq)',
  );
  const insertTenderStmt = db.prepare<TenderRow & Seq>(
    `INSERT INTO document_tenders (document_id, position, grant_id, shares, audit_seq)
     VALUES (@document_id, @position, @grant_id, @shares, @audit_seq)`,
  );
  const getStmt = db.prepare<[number], ReadRow>(`${READ} WHERE doc.id = ?`);
  const listStmt = db.prepare<[], ReadRow>(`${READ} ORDER BY doc.id`);
  const byHolderStmt = db.prepare<[string], ReadRow>(`${READ} WHERE doc.employee_id = ? ORDER BY doc.id`);
  const defectsOfStmt = db.prepare<[number], DefectRow>(
    'SELECT document_id, position, defect FROM document_defects WHERE document_id = ? ORDER BY position',
  );
  const tendersOfStmt = db.prepare<[number], TenderRow>(
    'SELECT document_id, position, grant_id, shares FROM document_tenders WHERE document_id = ? ORDER BY position',
  );
  const allDefectsStmt = db.prepare<[], DefectRow>(
    'SELECT document_id, position, defect FROM document_defects ORDER BY document_id, position',
  );
  const allTendersStmt = db.prepare<[], TenderRow>(
    'SELECT document_id, position, grant_id, shares FROM document_tenders ORDER BY document_id, position',
  );
  const holderDefectsStmt = db.prepare<[string], DefectRow>(
    `SELECT d.document_id, d.position, d.defect FROM document_defects d JOIN documents doc ON doc.id = d.document_id
     WHERE doc.employee_id = ? ORDER BY d.document_id, d.position`,
  );
  const holderTendersStmt = db.prepare<[string], TenderRow>(
    `SELECT t.document_id, t.position, t.grant_id, t.shares FROM document_tenders t JOIN documents doc ON doc.id = t.document_id
     WHERE doc.employee_id = ? ORDER BY t.document_id, t.position`,
  );
  const existsStmt = db.prepare<[number], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?');
  const holderOfStmt = db.prepare<[number], { employee_id: string }>('SELECT employee_id FROM documents WHERE id = ?');
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');

  return {
    /**
     * Inserts a validated document with its lines, naming `auditSeq` (the event about to record
     * them); returns it with its id, and the digests for that event. `corrects`: the document this
     * one corrects (its void, written next, names this one).
     */
    insert(doc: NewDocument, auditSeq: number, corrects: number | null = null): { document: ReceivedDocument; digests: RowDigests } {
      const fields: Omit<DocumentRow, 'id'> = {
        employee_id: doc.employeeId,
        kind: doc.kind,
        via: doc.via,
        received_at: doc.receivedAt,
        receipt_source: doc.receiptSource,
        keyed_at: doc.keyedAt,
        operator: doc.operator,
        pages: doc.pages,
        sender_fax: doc.senderFax,
        signed_by: doc.signedBy,
        signer_capacity: doc.signerCapacity,
        late_keying_reason: doc.lateKeyingReason,
        keyed_after_expiration: doc.keyedAfterExpiration ? 1 : 0,
        cure_deadline: doc.cureDeadline,
        name_as_written: doc.nameAsWritten ?? null,
        corrects,
      };
      const id = Number(insertStmt.run({ ...fields, audit_seq: auditSeq }).lastInsertRowid);
      const row: DocumentRow = { id, ...fields };
      const defects = doc.defects.map((defect, position): DefectRow => ({ document_id: id, position, defect }));
      const tenders = doc.tenders.map(
        (t, position): TenderRow => ({ document_id: id, position, grant_id: t.grantId, shares: t.shares }),
      );
      for (const d of defects) insertDefectStmt.run({ ...d, audit_seq: auditSeq });
      for (const t of tenders) insertTenderStmt.run({ ...t, audit_seq: auditSeq });
      const digests: Record<string, RowDigest> = {};
      for (const [spec, rows] of [
        [DOCUMENTS_TABLE, [row]],
        [DOCUMENT_DEFECTS_TABLE, defects],
        [DOCUMENT_TENDERS_TABLE, tenders],
      ] as const) {
        const digest = digestRows(spec, rows);
        if (digest !== null) digests[spec.table] = digest;
      }
      return { document: toDocument({ ...row, ...NOT_VOID }, defects, tenders), digests };
    },
    get(id: number): ReceivedDocument | null {
      const row = getStmt.get(id);
      return row === undefined ? null : toDocument(row, defectsOfStmt.all(id), tendersOfStmt.all(id));
    },
    /** Three queries whatever the number of documents, not one per document. */
    list(employeeId?: string): ReceivedDocument[] {
      const rows = employeeId === undefined ? listStmt.all() : byHolderStmt.all(employeeId);
      const defects = groupByDocument(employeeId === undefined ? allDefectsStmt.all() : holderDefectsStmt.all(employeeId));
      const tenders = groupByDocument(employeeId === undefined ? allTendersStmt.all() : holderTendersStmt.all(employeeId));
      return rows.map((row) => toDocument(row, defects.get(row.id) ?? [], tenders.get(row.id) ?? []));
    },
    exists(id: number): boolean {
      return existsStmt.get(id) !== undefined;
    },
    /** The employee id of the document's holder, or null when there is no such document. */
    holderOf(id: number): string | null {
      return holderOfStmt.get(id)?.employee_id ?? null;
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
