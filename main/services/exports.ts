// The three exports of issue 10 behind one call, for the CLI (`export --json/--csv/--ocf`) and the
// window's File › Export: each builds its content from the ledger as it stands (closed or not;
// reading is never refused) and writes it as a new file (export-file.ts). They are not IPC
// channels: the window's main process asks for the path with the system's dialog and calls this
// directly, so the renderer never names a file to write.
import type { DeskReader } from './desk-parts';
import { administratorCsv } from './administrator-csv';
import { writeNewFile } from './export-file';
import { ledgerJson } from './ledger-json';
import { ocfPackage } from './ocf-export';

export const EXPORT_KINDS = ['json', 'csv', 'ocf'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** What each export is, in the words the CLI and the File menu use. */
export const EXPORT_TITLES: Record<ExportKind, string> = {
  json: 'the record of the offer (JSON)',
  csv: "the stock plan administrator's CSV",
  ocf: 'the cancellations in Open Cap Format',
};

export function exportContent(reader: DeskReader, kind: ExportKind): string | Uint8Array {
  switch (kind) {
    case 'json':
      return ledgerJson(reader);
    case 'csv':
      return administratorCsv(reader);
    case 'ocf':
      return ocfPackage(reader);
  }
}

/** Builds the export and writes it to `path`, which must not exist. Content first: a refusal writes nothing. */
export function exportTo(reader: DeskReader, kind: ExportKind, path: string): void {
  writeNewFile(path, exportContent(reader, kind));
}
