// A scan sent with a document: base64 from the window, checked to be what it claims to be.
import { OfferDeskError } from '../core/errors';
import { ATTACHMENT_MAX_BYTES } from '../core/text';
import type { AttachmentMediaType } from '../ledger/vocabulary';

export interface AttachmentUpload {
  fileName: string;
  mediaType: AttachmentMediaType;
  base64: string;
}

/** The first bytes of each kind of scan we accept: a file must be what it claims to be. */
const MAGIC: Record<AttachmentMediaType, readonly (readonly number[])[]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/tiff': [[0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]], // little- and big-endian
};

export function decodeAttachment(a: AttachmentUpload): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.base64)) {
    throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is not valid base64.`);
  }
  const bytes = Buffer.from(a.base64, 'base64');
  if (bytes.length === 0) throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is empty.`);
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is ${(bytes.length / 1048576).toFixed(1)} MiB; the limit is ${ATTACHMENT_MAX_BYTES / 1048576} MiB.`);
  }
  const ok = MAGIC[a.mediaType].some((sig) => sig.every((b, i) => bytes[i] === b));
  if (!ok) throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is not a ${a.mediaType} file (its contents say otherwise).`);
  return bytes;
}
