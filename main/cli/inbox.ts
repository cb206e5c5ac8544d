// `offer-desk inbox LEDGER --dir DIR [--xferfaxlog FILE] [--server-zone ZONE] [--json]`: puts every
// new fax in the folder on record (as the window's watcher does, in one scan), then lists the faxes
// not yet filed, newest first. Files that are not faxes, and notes on the receipt, go to stderr;
// the folder is only read. Reading a fax's code is asynchronous (a worker), so this command is the
// one that runs as a promise (main/cli/run-cli.ts).
import type { FormCodeReading } from '../core/form-code';
import type { FaxReceiptSource, Instant } from '../core/types';
import type { Desk } from '../services/desk';
import { recordInboxFaxes } from '../services/fax-inbox';
import { checkInboxSettings } from '../services/fax-inbox-settings';
import { deskCall } from './desk-call';
import { utcToSecond } from '../services/views';

export interface InboxOptions {
  dir: string;
  xferfaxlog: string | null;
  /** Null: the offer's zone. */
  serverZone: string | null;
  json: boolean;
}

/** One fax as `inbox --json` prints it (the shape, exactly). */
export interface InboxFaxJson {
  fax_id: number;
  file: string;
  sha256: string;
  pages: number;
  /** YYYY-MM-DDTHH:mm:ssZ: the receipt a filed document takes, to the second. */
  received_at: string;
  received_from: Instant;
  received_to: Instant;
  receipt_source: FaxReceiptSource;
  code: { employee_id: string; kind: 'election' | 'notice' } | null;
  document_id: number | null;
}

function codeJson(reading: FormCodeReading): InboxFaxJson['code'] {
  return reading.status === 'read' ? { employee_id: reading.employeeId, kind: reading.kind } : null;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export async function runInbox(desk: Desk, options: InboxOptions, io: { out: (t: string) => void; err: (t: string) => void }): Promise<number> {
  // The same checks as Settings › Fax inbox: one sentence each, nothing read or written.
  const settings = checkInboxSettings({ dir: options.dir, xferfaxlog: options.xferfaxlog, serverZone: options.serverZone }, desk.ledger.settings().zone);
  const report = await recordInboxFaxes(desk.parts, settings);
  if (report.log?.problem) io.err(`warning: ${report.log.problem}\n`);
  const garbled = report.log?.garbledLines ?? [];
  if (garbled.length > 0) {
    io.err(`warning: ${garbled.length} RECV line(s) of the fax server's log could not be read (line ${garbled.slice(0, 10).join(', ')}${garbled.length > 10 ? ', …' : ''}).\n`);
  }
  for (const s of report.skipped) io.err(`skipped ${s.file}: ${s.reason}\n`);
  for (const n of report.notes) io.err(`note: ${n.file}: ${n.reason}\n`);
  if (report.recorded.length > 0) io.err(`Recorded ${report.recorded.length} new fax(es): ${report.recorded.map((f) => f.fileName).join(', ')}.\n`);

  // The list and its order are the Unfiled faxes screen's (faxes:list): newest first.
  const listed = deskCall(desk)('faxes:list', { which: 'unfiled' }).faxes;
  if (options.json) {
    const rows: InboxFaxJson[] = listed.map((item) => {
      const fax = desk.parts.ledger.fax(item.id);
      if (fax === null) throw new Error(`fax ${item.id} vanished while it was listed`);
      return {
        fax_id: fax.id,
        file: fax.fileName,
        sha256: fax.sha256,
        pages: fax.pages,
        // To the second, as documents --json prints a document's receipt (the window's edges keep their milliseconds).
        received_at: utcToSecond(fax.receipt.receivedAt),
        received_from: fax.receipt.receivedFrom,
        received_to: fax.receipt.receivedTo,
        receipt_source: fax.receipt.source,
        code: codeJson(fax.code),
        document_id: fax.disposition?.documentId ?? null,
      };
    });
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (listed.length === 0) {
    io.out('No unfiled faxes.\n');
    return 0;
  }
  const lines = [`${pad('FAX', 5)} ${pad('FILE', 24)} ${pad('PAGES', 5)} RECEIVED`];
  for (const f of listed) {
    lines.push(`${pad(String(f.id), 5)} ${pad(f.fileName, 24)} ${pad(String(f.pages), 5)} ${f.windowText}`);
    if (f.straddles) lines.push(`${' '.repeat(36)}STRADDLES THE EXPIRATION: the CFO decides whether it was received in time`);
    lines.push(`${' '.repeat(36)}${f.codeSentence}`);
  }
  io.out(`${lines.join('\n')}\n${listed.length} unfiled fax(es). File one with: offer-desk log LEDGER --fax ID --employee ID --kind election|notice …\n`);
  return 0;
}
