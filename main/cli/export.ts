// `offer-desk export LEDGER --json FILE | --csv FILE | --ocf FILE`: one export per run, to a file
// that must not exist yet. The flags are switches and FILE the one word after them, because
// `--json` is already the switch of `elections`, `documents` and `confirmations`.
import type { DeskReader } from '../services/desk-parts';
import { EXPORT_KINDS, EXPORT_TITLES, type ExportKind, exportTo } from '../services/exports';

export class ExportUsageError extends Error {}

export function runExport(reader: DeskReader, rest: readonly string[], values: Record<string, unknown>, out: (text: string) => void): number {
  const kinds = EXPORT_KINDS.filter((k) => values[k] === true);
  const [kind] = kinds;
  if (kind === undefined || kinds.length > 1) throw new ExportUsageError('export: say exactly one of --json FILE, --csv FILE or --ocf FILE');
  const [file, ...more] = rest;
  if (file === undefined || more.length > 0) throw new ExportUsageError(`export: give exactly one FILE after --${kind}`);
  exportTo(reader, kind as ExportKind, file);
  out(`Wrote ${EXPORT_TITLES[kind]} to ${file}.\n`);
  return 0;
}
