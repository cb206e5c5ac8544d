// What the window and the CLI are told about faxes from the inbox. Plain JSON-safe data; re-exported
// by main/ipc/dto.ts as the contract's output types.
import type { FormCodeReading } from '../core/form-code';
import type { DocumentKind, FaxReceiptSource, Instant } from '../core/types';

export type FaxStatus = 'unfiled' | 'filed' | 'set-aside';

/** One fax in a list. */
export interface FaxListItem {
  id: number;
  fileName: string;
  mediaType: 'image/tiff' | 'application/pdf';
  pages: number;
  seenAt: Instant;
  seenAtText: string;
  /** What a document filed from it is received at (the window's latest edge, to the second). */
  receivedAt: Instant;
  receivedAtText: string;
  receiptSource: FaxReceiptSource;
  /** "between 2003-03-31 16:59 ET and 2003-03-31 17:01 ET (the fax server's log)". */
  windowText: string;
  /** Started by the expiration in force and finished after it: the CFO's decision. */
  straddles: boolean;
  /** The holder and form the page's code names, when it is this offer's and the holder is on the roster. */
  code: { employeeId: string; kind: DocumentKind; holderName: string } | null;
  codeReading: FormCodeReading;
  codeSentence: string;
  status: FaxStatus;
  documentId: number | null;
  /** Whose document it became (the employee id on the document), to link to the holder's screen. */
  documentEmployeeId: string | null;
}

/** One fax opened: everything on its record, and what the intake form starts from. */
export interface FaxView extends FaxListItem {
  sha256: string;
  size: number;
  receivedFromText: string;
  receivedToText: string;
  /** The call's logged start (the earliest it can have begun), from the fax server's log. */
  callStartedAtText: string | null;
  serverZone: string | null;
  logLine: string | null;
  /** The TIFF's own DateTime tag as written: corroboration only, never the receipt. */
  tiffDateTime: string | null;
  /** The flag's sentence, naming both instants, when the reception straddles the expiration. */
  straddleText: string | null;
  /** What the intake form is prefilled with. */
  prefill: {
    employeeId: string;
    kind: DocumentKind | null;
    /** The receipt time as the time field shows it (core's reader reads it back to the same instant). */
    receivedAt: string;
    pages: number;
  };
  /** Filed or set aside: by whom, when, and how. */
  disposition: {
    documentId: number | null;
    notOfferReason: string | null;
    receiptOverridden: boolean;
    recordedAtText: string;
    operator: string;
  } | null;
}

export interface FaxList {
  faxes: FaxListItem[];
  unfiled: number;
  total: number;
}

export interface FaxContent {
  id: number;
  fileName: string;
  mediaType: 'image/tiff' | 'application/pdf';
  base64: string;
}
