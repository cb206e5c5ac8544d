// Scans and fax images of the paper. The bytes live in the ledger (one file is the whole record);
// the audit event records their sha256 and size instead of the bytes, and verify() re-hashes them.

import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { Attachment, AttachmentInfo, NewAttachment, WriteContext } from './ledger';
import { ATTACHMENT_MEDIA_TYPES } from './vocabulary';
import { type AuditRows, type TableSpec, toAuditRow } from './table-spec';
import { requireOneOf, requireText } from './validate';

export const ATTACHMENTS_TABLE: TableSpec = {
  table: 'attachments',
  key: ['id'],
  columns: ['id', 'document_id', 'file_name', 'media_type', 'sha256', 'size', 'added_at', 'operator'],
  blobColumns: [],
  digest: { content: 'bytes', sha256: 'sha256' },
  describe: (key) => `attachment ${String(key['id'])}`,
};

/** Large enough for a long multi-page fax at fine resolution; small enough to keep the ledger movable. */
export const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;

type AttachmentRow = {
  id: number;
  document_id: number;
  file_name: string;
  media_type: string;
  bytes: Buffer;
  sha256: string;
  size: number;
  added_at: string;
  operator: string;
};

/** The file's own first bytes must agree with the declared type: a renamed .exe is not a PDF. */
const SIGNATURES: Record<NewAttachment['mediaType'], readonly (readonly number[])[]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/tiff': [
    [0x49, 0x49, 0x2a, 0x00], // II*\0 little-endian
    [0x4d, 0x4d, 0x00, 0x2a], // MM\0* big-endian
  ],
};

function refuse(message: string): never {
  throw new OfferDeskError('invalid-input', message);
}

export function validateAttachment(a: NewAttachment): { fileName: string; mediaType: NewAttachment['mediaType']; bytes: Buffer } {
  const fileName = requireText(a.fileName, 'attachment: file name');
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(fileName) || fileName.length > 255) {
    refuse(`attachment: file name ${JSON.stringify(fileName)} must be a plain file name (no folders, at most 255 characters)`);
  }
  const mediaType = requireOneOf(a.mediaType, ATTACHMENT_MEDIA_TYPES, 'attachment: media type');
  if (!(a.bytes instanceof Uint8Array) || a.bytes.length === 0) refuse('attachment: the file is empty');
  if (a.bytes.length > MAX_ATTACHMENT_BYTES) {
    refuse(`attachment: the file is ${a.bytes.length} bytes; at most ${MAX_ATTACHMENT_BYTES} bytes are accepted`);
  }
  // A copy: the caller's buffer could change after we hashed it but before SQLite read it.
  const bytes = Buffer.from(a.bytes);
  const matches = SIGNATURES[mediaType].some((sig) => sig.every((byte, i) => bytes[i] === byte));
  if (!matches) refuse(`attachment: ${JSON.stringify(fileName)} does not look like ${mediaType} (its first bytes say otherwise)`);
  return { fileName, mediaType, bytes };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function toInfo(row: Omit<AttachmentRow, 'bytes'>): AttachmentInfo {
  return {
    id: row.id,
    documentId: row.document_id,
    fileName: row.file_name,
    mediaType: row.media_type as AttachmentInfo['mediaType'],
    size: row.size,
    sha256: row.sha256,
    addedAt: row.added_at,
    operator: row.operator,
  };
}

export type AttachmentStore = ReturnType<typeof attachmentStore>;

export function attachmentStore(db: Database.Database) {
  const insertStmt = db.prepare<Omit<AttachmentRow, 'id'>>(
    `INSERT INTO attachments (document_id, file_name, media_type, bytes, sha256, size, added_at, operator)
     VALUES (@document_id, @file_name, @media_type, @bytes, @sha256, @size, @added_at, @operator)`,
  );
  const infoColumns = 'id, document_id, file_name, media_type, sha256, size, added_at, operator';
  const listStmt = db.prepare<[number], Omit<AttachmentRow, 'bytes'>>(
    `SELECT ${infoColumns} FROM attachments WHERE document_id = ? ORDER BY id`,
  );
  const getStmt = db.prepare<[number], AttachmentRow>(`SELECT ${infoColumns}, bytes FROM attachments WHERE id = ?`);
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM attachments');

  return {
    insert(
      documentId: number,
      a: ReturnType<typeof validateAttachment>,
      ctx: WriteContext,
    ): { info: AttachmentInfo; rows: AuditRows } {
      const fields: Omit<AttachmentRow, 'id'> = {
        document_id: documentId,
        file_name: a.fileName,
        media_type: a.mediaType,
        bytes: a.bytes,
        sha256: sha256Hex(a.bytes),
        size: a.bytes.length,
        added_at: ctx.at,
        operator: ctx.operator,
      };
      const id = Number(insertStmt.run(fields).lastInsertRowid);
      const row: AttachmentRow = { id, ...fields };
      return { info: toInfo(row), rows: { attachments: [toAuditRow(ATTACHMENTS_TABLE, row)] } };
    },
    list(documentId: number): AttachmentInfo[] {
      return listStmt.all(documentId).map(toInfo);
    },
    get(id: number): Attachment | null {
      const row = getStmt.get(id);
      return row === undefined ? null : { ...toInfo(row), bytes: row.bytes };
    },
    count(): number {
      return countStmt.get()?.n ?? 0;
    },
  };
}
