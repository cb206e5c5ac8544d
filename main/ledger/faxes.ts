// Faxes from the inbox folder (format 7): on record the moment the desk saw them, with their bytes
// and receipt window, then filed as a document or set aside as not an offer document. Like
// attachments, a fax's bytes stay out of its audit event (their sha256 stands in) and verify()
// re-hashes them.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { FaxReceipt } from '../core/fax-receipt';
import type { FormCodeReading } from '../core/form-code';
import { FAX_RECEIPT_SOURCES, type FaxReceiptSource, type Instant } from '../core/types';
import { sha256Hex } from './attachments';
import { canonicalJson, type Json } from './canonical-json';
import type { WriteContext } from './ledger';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireInstant, requireOneOf, requireText } from './validate';

export const FAX_MEDIA_TYPES = ['image/tiff', 'application/pdf'] as const;
export type FaxMediaType = (typeof FAX_MEDIA_TYPES)[number];

export const FAXES_TABLE: TableSpec = {
  table: 'faxes',
  key: ['id'],
  columns: [
    'id', 'file_name', 'media_type', 'sha256', 'size', 'pages', 'receipt_source', 'call_started_at', 'received_from',
    'received_to', 'received_at', 'server_zone', 'log_line', 'tiff_date_time', 'code_json', 'seen_at', 'operator',
  ],
  blobColumns: [],
  digest: { content: 'bytes', sha256: 'sha256' },
  describe: (key) => `fax ${String(key['id'])}`,
};

export const FAX_DISPOSITIONS_TABLE: TableSpec = {
  table: 'fax_dispositions',
  key: ['fax_id'],
  columns: ['fax_id', 'document_id', 'not_offer_reason', 'receipt_overridden', 'recorded_at', 'operator'],
  blobColumns: [],
  describe: (key) => `the filing of fax ${String(key['fax_id'])}`,
};

/** A fax as it appeared in the inbox folder, with what the desk worked out about it. */
export interface NewFax {
  fileName: string;
  mediaType: FaxMediaType;
  bytes: Uint8Array;
  pages: number;
  receipt: FaxReceipt;
  /** The fax server's zone and the log line, as read (source 'fax-server-log' only). */
  serverZone: string | null;
  logLine: string | null;
  /** The TIFF's own DateTime tag, as written: corroboration, never the receipt. */
  tiffDateTime: string | null;
  code: FormCodeReading;
  /** When the desk saw the file (the desk's clock). */
  seenAt: Instant;
}

/** Filed as a document, or set aside as not an offer document. Final. */
export interface FaxDisposition {
  documentId: number | null;
  notOfferReason: string | null;
  /** The document's receipt time was typed by the operator rather than taken from the fax record. */
  receiptOverridden: boolean;
  recordedAt: Instant;
  operator: string;
}

/** A fax on record, without its bytes: what was recorded, and what the ledger added. */
export interface FaxRecord extends Omit<NewFax, 'bytes'> {
  id: number;
  sha256: string;
  size: number;
  operator: string;
  disposition: FaxDisposition | null;
}

type FaxRow = {
  id: number;
  file_name: string;
  media_type: string;
  bytes: Buffer;
  sha256: string;
  size: number;
  pages: number;
  receipt_source: string;
  call_started_at: string | null;
  received_from: string;
  received_to: string;
  received_at: string;
  server_zone: string | null;
  log_line: string | null;
  tiff_date_time: string | null;
  code_json: string;
  seen_at: string;
  operator: string;
};

type DispositionRow = {
  fax_id: number;
  document_id: number | null;
  not_offer_reason: string | null;
  receipt_overridden: number;
  recorded_at: string;
  operator: string;
};

type ListedRow = Omit<FaxRow, 'bytes'> & {
  d_document_id: number | null;
  d_not_offer_reason: string | null;
  d_receipt_overridden: number | null;
  d_recorded_at: string | null;
  d_operator: string | null;
};

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

export function validateFax(f: NewFax): NewFax & { bytes: Buffer } {
  const fileName = requireText(f.fileName, 'fax: file name');
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(fileName) || fileName.length > 255) refuse(`fax: file name ${JSON.stringify(fileName)} must be a plain file name`);
  const mediaType = requireOneOf(f.mediaType, FAX_MEDIA_TYPES, 'fax: media type');
  if (!(f.bytes instanceof Uint8Array) || f.bytes.length === 0) refuse(`fax: ${fileName} is empty`);
  if (!Number.isInteger(f.pages) || f.pages < 1) refuse(`fax: ${fileName} has no pages`);
  const r = f.receipt;
  const source = requireOneOf(r.source, FAX_RECEIPT_SOURCES, 'fax: receipt source');
  const receipt: FaxReceipt = {
    source,
    callStartedAt: r.callStartedAt === null ? null : requireInstant(r.callStartedAt, 'fax: call start'),
    receivedFrom: requireInstant(r.receivedFrom, 'fax: received from'),
    receivedTo: requireInstant(r.receivedTo, 'fax: received to'),
    receivedAt: requireInstant(r.receivedAt, 'fax: received at'),
  };
  if (!(receipt.receivedFrom <= receipt.receivedTo && receipt.receivedTo <= receipt.receivedAt)) refuse('fax: the receipt window is out of order');
  const fromLog = source === 'fax-server-log';
  if (fromLog !== (f.logLine !== null && f.serverZone !== null && receipt.callStartedAt !== null)) {
    refuse("fax: a receipt from the fax server's log keeps the log line, the server's zone and the call's start (and only then)");
  }
  if (typeof f.code !== 'object' || f.code === null) refuse('fax: the code reading is missing');
  return {
    ...f,
    fileName,
    mediaType,
    bytes: Buffer.from(f.bytes),
    receipt,
    seenAt: requireInstant(f.seenAt, 'fax: seen at'),
  };
}

function toDisposition(row: ListedRow): FaxDisposition | null {
  if (row.d_recorded_at === null || row.d_operator === null) return null;
  return {
    documentId: row.d_document_id,
    notOfferReason: row.d_not_offer_reason,
    receiptOverridden: row.d_receipt_overridden === 1,
    recordedAt: row.d_recorded_at,
    operator: row.d_operator,
  };
}

function toRecord(row: ListedRow): FaxRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type as FaxMediaType,
    sha256: row.sha256,
    size: row.size,
    pages: row.pages,
    receipt: {
      source: row.receipt_source as FaxReceiptSource,
      callStartedAt: row.call_started_at,
      receivedFrom: row.received_from,
      receivedTo: row.received_to,
      receivedAt: row.received_at,
    },
    serverZone: row.server_zone,
    logLine: row.log_line,
    tiffDateTime: row.tiff_date_time,
    code: JSON.parse(row.code_json) as FormCodeReading,
    seenAt: row.seen_at,
    operator: row.operator,
    disposition: toDisposition(row),
  };
}

export type FaxStore = ReturnType<typeof faxStore>;

export function faxStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<FaxRow, 'id'>>(
    `INSERT INTO faxes (file_name, media_type, bytes, sha256, size, pages, receipt_source, call_started_at, received_from,
       received_to, received_at, server_zone, log_line, tiff_date_time, code_json, seen_at, operator)
     VALUES (@file_name, @media_type, @bytes, @sha256, @size, @pages, @receipt_source, @call_started_at, @received_from,
       @received_to, @received_at, @server_zone, @log_line, @tiff_date_time, @code_json, @seen_at, @operator)`,
  );
  const insertDispositionStmt = db.prepare<DispositionRow>(
    `INSERT INTO fax_dispositions (fax_id, document_id, not_offer_reason, receipt_overridden, recorded_at, operator)
     VALUES (@fax_id, @document_id, @not_offer_reason, @receipt_overridden, @recorded_at, @operator)`,
  );
  const select = `SELECT f.id, f.file_name, f.media_type, f.sha256, f.size, f.pages, f.receipt_source, f.call_started_at,
      f.received_from, f.received_to, f.received_at, f.server_zone, f.log_line, f.tiff_date_time, f.code_json, f.seen_at,
      f.operator, d.document_id AS d_document_id, d.not_offer_reason AS d_not_offer_reason,
      d.receipt_overridden AS d_receipt_overridden, d.recorded_at AS d_recorded_at, d.operator AS d_operator
    FROM faxes f LEFT JOIN fax_dispositions d ON d.fax_id = f.id`;
  const listStmt = db.prepare<[], ListedRow>(`${select} ORDER BY f.id`);
  const getStmt = db.prepare<[number], ListedRow>(`${select} WHERE f.id = ?`);
  const bySha = db.prepare<[string], ListedRow>(`${select} WHERE f.sha256 = ?`);
  const byDocument = db.prepare<[number], ListedRow>(`${select} WHERE d.document_id = ?`);
  const unfiledStmt = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM faxes f WHERE NOT EXISTS (SELECT 1 FROM fax_dispositions d WHERE d.fax_id = f.id)',
  );
  const bytesStmt = db.prepare<[number], { bytes: Buffer }>('SELECT bytes FROM faxes WHERE id = ?');

  return {
    insert(f: ReturnType<typeof validateFax>, ctx: WriteContext): { fax: FaxRecord; rows: AuditRows } {
      const fields: Omit<FaxRow, 'id'> = {
        file_name: f.fileName,
        media_type: f.mediaType,
        bytes: f.bytes,
        sha256: sha256Hex(f.bytes),
        size: f.bytes.length,
        pages: f.pages,
        receipt_source: f.receipt.source,
        call_started_at: f.receipt.callStartedAt,
        received_from: f.receipt.receivedFrom,
        received_to: f.receipt.receivedTo,
        received_at: f.receipt.receivedAt,
        server_zone: f.serverZone,
        log_line: f.logLine,
        tiff_date_time: f.tiffDateTime,
        code_json: canonicalJson(f.code as unknown as Json),
        seen_at: f.seenAt,
        operator: ctx.operator,
      };
      const id = Number(insertStmt.run(fields).lastInsertRowid);
      const row: FaxRow = { id, ...fields };
      const listed = getStmt.get(id);
      if (listed === undefined) throw new OfferDeskError('internal', `fax ${id} vanished after it was recorded`);
      return { fax: toRecord(listed), rows: { faxes: [toAuditRow(FAXES_TABLE, row)] } };
    },
    dispose(faxId: number, d: Omit<FaxDisposition, 'recordedAt' | 'operator'>, ctx: WriteContext): AuditRows {
      const row: DispositionRow = {
        fax_id: faxId,
        document_id: d.documentId,
        not_offer_reason: d.notOfferReason,
        receipt_overridden: d.receiptOverridden ? 1 : 0,
        recorded_at: ctx.at,
        operator: ctx.operator,
      };
      insertDispositionStmt.run(row);
      return { fax_dispositions: [toAuditRow(FAX_DISPOSITIONS_TABLE, row)] };
    },
    list(): FaxRecord[] {
      return listStmt.all().map(toRecord);
    },
    get(id: number): FaxRecord | null {
      const row = getStmt.get(id);
      return row === undefined ? null : toRecord(row);
    },
    bySha256(sha256: string): FaxRecord | null {
      const row = bySha.get(sha256);
      return row === undefined ? null : toRecord(row);
    },
    ofDocument(documentId: number): FaxRecord | null {
      const row = byDocument.get(documentId);
      return row === undefined ? null : toRecord(row);
    },
    unfiledCount(): number {
      return unfiledStmt.get()?.n ?? 0;
    },
    bytes(id: number): Buffer | null {
      return bytesStmt.get(id)?.bytes ?? null;
    },
  };
}
