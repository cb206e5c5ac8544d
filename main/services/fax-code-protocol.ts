// What passes between the code reader (main/services/fax-code-reader.ts) and its worker
// (main/services/fax-code-worker.ts): the fax's bytes and the offer in, each page's verdict out.
import type { PageReading } from './fax-code-scan';

export interface FaxCodeWorkerData {
  bytes: Uint8Array;
  ledgerId: string;
}

export type FaxCodeWorkerReply = { type: 'read'; pages: PageReading[] } | { type: 'failed'; detail: string };
