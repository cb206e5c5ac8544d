// Attachments travel as base64 inside the JSON call; the desk stores the bytes and their hash.
import { ATTACHMENT_MAX_BYTES } from '../../../../main/core/text';
import { readFileBase64 } from '../../api/file-base64';

type MediaType = 'application/pdf' | 'image/tiff' | 'image/png' | 'image/jpeg';

const BY_EXTENSION: Record<string, MediaType> = {
  pdf: 'application/pdf',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The browser's guess, else the extension's; null for anything the desk does not keep. */
export function mediaTypeOf(file: File): MediaType | null {
  const fromType = Object.values(BY_EXTENSION).find((t) => t === file.type);
  if (fromType) return fromType;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? null;
}

export function fileProblem(file: File): string | null {
  if (!mediaTypeOf(file)) return `${file.name}: only PDF, TIFF, PNG and JPEG scans can be attached.`;
  if (file.size > ATTACHMENT_MAX_BYTES) return `${file.name}: larger than ${ATTACHMENT_MAX_BYTES / 1048576} MB.`;
  if (file.size === 0) return `${file.name}: the file is empty.`;
  return null;
}

export async function readAttachment(file: File): Promise<{ fileName: string; mediaType: MediaType; base64: string }> {
  const mediaType = mediaTypeOf(file);
  if (!mediaType) throw new Error(`${file.name}: unsupported file type`);
  return { fileName: file.name, mediaType, base64: await readFileBase64(file) };
}
