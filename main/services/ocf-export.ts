// `export --ocf`: the close's cancellations as an Open Cap Format package. OCF's schemas define a
// package as a manifest (OCF_MANIFEST_FILE: the issuer, as-of date, and for each kind of object
// the files holding them, by path "within the OCF container" and MD5) plus one file per kind
// (OCF_STAKEHOLDERS_FILE, OCF_TRANSACTIONS_FILE, ...); the coalition's reference implementation
// puts them in a ZIP archive. So that is what this writes: one .ocf.zip holding Manifest.ocf.json
// and the files it lists, rather than one invented JSON wrapping them, which no OCF reader would
// know. Refused before the close: the cancellations exist only once the offer is closed.
import { createHash } from 'node:crypto';
import { OfferDeskError } from '../core/errors';
import type { DeskReader } from './desk-parts';
import { ocfCancellationObjects, OCF_VERSION, type OcfObject } from './ocf-objects';
import { resultsOf } from './offer-results';
import { zipArchive } from './zip-file';

export interface OcfFile {
  path: string;
  /** The parsed content, as written (the test validates it). */
  json: { [field: string]: unknown };
}

export const NOT_CLOSED_FOR_OCF =
  'The Open Cap Format export records the cancellation of the tendered options, and options are cancelled only when the offer is closed. Close the offer first (offer-desk close, or Settings › Close the offer…); nothing has been written.';

function fileOf(path: string, fileType: string, items: OcfObject[]): OcfFile {
  return { path, json: { file_type: fileType, items } };
}

const bytesOf = (file: OcfFile): Buffer => Buffer.from(`${JSON.stringify(file.json, null, 2)}\n`, 'utf8');
const md5 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('hex');

/** The package's files, manifest first. Refused with 'conflict' while the offer is open. */
export function ocfFiles(reader: DeskReader): OcfFile[] {
  const closing = reader.ledger.closing();
  if (closing === null) throw new OfferDeskError('conflict', NOT_CLOSED_FOR_OCF);
  const settings = reader.snapshot().settings;
  const objects = ocfCancellationObjects({ settings, results: resultsOf(reader), cancellationDate: closing.cancellationDate });
  const files = [
    fileOf('StockClasses.ocf.json', 'OCF_STOCK_CLASSES_FILE', objects.stockClasses),
    fileOf('StockPlans.ocf.json', 'OCF_STOCK_PLANS_FILE', objects.stockPlans),
    fileOf('Stakeholders.ocf.json', 'OCF_STAKEHOLDERS_FILE', objects.stakeholders),
    fileOf('Transactions.ocf.json', 'OCF_TRANSACTIONS_FILE', objects.transactions),
  ];
  const ref = (file: OcfFile) => [{ filepath: file.path, md5: md5(bytesOf(file)) }];
  const [classes, plans, stakeholders, transactions] = files as [OcfFile, OcfFile, OcfFile, OcfFile];
  const manifest: OcfFile = {
    path: 'Manifest.ocf.json',
    json: {
      ocf_version: OCF_VERSION,
      file_type: 'OCF_MANIFEST_FILE',
      issuer: objects.issuer,
      as_of: closing.cancellationDate,
      generated_at: reader.now(),
      comments: [
        `The options cancelled in exchange under the ${settings.company} Offer to Exchange Options commenced ${settings.commencedOn}, closed ${closing.closedAt} by ${closing.closedBy}; cancelled ${closing.cancellationDate}. ` +
          `The new options (to be granted on or about ${closing.newGrantDate}) are not included. Exported by Offer Desk.`,
      ],
      stock_plans_files: ref(plans),
      stock_legend_templates_files: [],
      stock_classes_files: ref(classes),
      vesting_terms_files: [],
      valuations_files: [],
      transactions_files: ref(transactions),
      stakeholders_files: ref(stakeholders),
    },
  };
  return [manifest, ...files];
}

/** The package as the bytes of its ZIP archive. */
export function ocfPackage(reader: DeskReader): Uint8Array {
  const files = ocfFiles(reader);
  return zipArchive(
    files.map((f) => ({ name: f.path, content: bytesOf(f) })),
    new Date(reader.now()),
  );
}
