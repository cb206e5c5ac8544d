// The `offer-desk` command: the desk's services from a terminal. `run` takes its arguments, clock,
// environment and output streams from the caller, so tests drive it in-process with a fixed clock.
// Exit 0 on success; 1 when the desk refuses (one line on stderr, nothing changed); 2 for usage.
import { userInfo } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OfferDeskError, isOfferDeskError } from '../core/errors';
import { formatInZone } from '../core/time';
import type { Clock } from '../services/clock';
import { openDesk, type Desk } from '../services/desk';
import { keyFileFor, repoResourcesDir } from '../services/data-dir';
import { FileKeyProvider } from '../services/shell-support';
import { letterFontPaths, plainSqliteError } from '../services/shell-support';
import { inputs } from '../ipc/contract';
import { parseOrRefuse } from '../services/parse-input';
import { initLedger } from './init';
import { formatConfirmationsTable, markSent, produceDueLetters } from './letters';
import { producePromiseLetters } from './promises';
import { writeReport } from './report';
import { administratorCsv } from '../services/administrator-csv';
import { parseDefects, parseTenders, parseKind, parseVia, parseRecordId } from './parse-options';
import { notOnRosterError } from '../services/intake';
import { deskCall, type DeskCall } from './desk-call';
import { printStandingChanges, runVoid } from './void';
import { formatDocumentsTable, formatElectionsTable } from './tables';
import { USAGE } from './usage';
import { ExportUsageError, runExport } from './export';
import { runBackup, runRestore, runVerify } from './backup-commands';
import { runClose } from './close';
import { printForms } from './forms';

export interface CliIo {
  clock: Clock;
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  resourcesDir?: string;
}

class UsageError extends Error {}

type Values = Record<string, string | boolean | undefined>;

function need(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`missing --${name}`);
  return v;
}

function optional(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export const OPTIONS = {
  commenced: { type: 'string' },
  expires: { type: 'string' },
  zone: { type: 'string' },
  company: { type: 'string' },
  officer: { type: 'string' },
  'officer-title': { type: 'string' },
  address: { type: 'string' },
  phone: { type: 'string' },
  fax: { type: 'string' },
  'look-back': { type: 'string' },
  ratio: { type: 'string' },
  offer: { type: 'string' },
  plans: { type: 'string' },
  employee: { type: 'string' },
  kind: { type: 'string' },
  via: { type: 'string' },
  received: { type: 'string' },
  tender: { type: 'string' },
  defect: { type: 'string' },
  reason: { type: 'string' },
  operator: { type: 'string' },
  at: { type: 'string' },
  to: { type: 'string' },
  due: { type: 'boolean' },
  promises: { type: 'boolean' },
  out: { type: 'string' },
  document: { type: 'string' },
  on: { type: 'string' },
  how: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  ocf: { type: 'boolean' },
  'not-on-roster': { type: 'string' },
  extension: { type: 'string' },
  waiver: { type: 'string' },
  decided: { type: 'string' },
  announced: { type: 'string' },
  'late-reason': { type: 'string' },
  replace: { type: 'boolean' },
  anchor: { type: 'string' },
  'data-dir': { type: 'string' },
  by: { type: 'string' },
  cancellation: { type: 'string' },
  'new-grant': { type: 'string' },
  // inbox (main/cli/inbox.ts, run through run-cli.ts)
  dir: { type: 'string' },
  xferfaxlog: { type: 'string' },
  'server-zone': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The commands that only read: they work on a ledger open for reading only, with a warning saying why. */
const READ_COMMANDS: ReadonlySet<string> = new Set(['elections', 'documents', 'verify', 'confirmations', 'forms']);

export function run(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e: unknown) {
    io.err(`offer-desk: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ledgerPath, ...rest] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  try {
    if (!ledgerPath) throw new UsageError(`${command}: missing LEDGER`);
    // The operator is recorded with every entry: the same text rule as the window's operator field.
    const { operator } = parseOrRefuse(inputs['session:setOperator'], { operator: optional(values, 'operator') ?? userInfo().username }, '--operator');
    // restore BACKUP LEDGER: the ledger may not exist yet, and the backup is proven before it is used.
    if (command === 'restore') {
      if (rest.length !== 1 || !rest[0]) throw new UsageError('restore: give BACKUP and LEDGER');
      return runRestore(ledgerPath, rest[0], values.replace === true, operator, io);
    }
    const keyProvider = new FileKeyProvider(keyFileFor(ledgerPath, io.env));
    if (command === 'init') {
      if (rest.length) throw new UsageError(`init: unexpected ${rest.join(' ')}`);
      const summary = initLedger({
        path: ledgerPath,
        keyProvider,
        clock: io.clock,
        operator,
        resourcesDir: io.resourcesDir ?? repoResourcesDir(),
        // With --offer FILE.json the dates may come from the file instead.
        commenced: optional(values, 'offer') === undefined ? need(values, 'commenced') : optional(values, 'commenced'),
        expires: optional(values, 'offer') === undefined ? need(values, 'expires') : optional(values, 'expires'),
        zone: optional(values, 'offer') === undefined ? need(values, 'zone') : optional(values, 'zone'),
        company: optional(values, 'company'),
        officer: optional(values, 'officer'),
        officerTitle: optional(values, 'officer-title'),
        address: optional(values, 'address'),
        phone: optional(values, 'phone'),
        fax: optional(values, 'fax'),
        plans: optional(values, 'plans'),
        lookBack: optional(values, 'look-back'),
        ratio: optional(values, 'ratio'),
        offerFile: optional(values, 'offer'),
      });
      for (const w of summary.warnings) io.err(`warning: ${w}\n`);
      io.out(`${summary.message}\n`);
      return 0;
    }
    const letterFonts = io.resourcesDir === undefined ? undefined : letterFontPaths({ fontsDir: join(io.resourcesDir, 'fonts') });
    const desk = openDesk({ ledgerPath, keyProvider, clock: io.clock, operator, ...(letterFonts ? { letterFonts } : {}) });
    try {
      // A ledger on read-only media or a damaged one still answers every read; the reader is told
      // once why it cannot be written (and, if damaged, which backup to restore). A write is
      // refused with its own one sentence instead.
      const { notice } = desk.access();
      if (READ_COMMANDS.has(command)) {
        if (notice !== null) io.err(`warning: ${notice}\n`);
      } else {
        desk.assertWritable();
      }
      return runOnDesk(command, ledgerPath, rest, values, desk, io);
    } finally {
      desk.close();
    }
  } catch (thrown: unknown) {
    return reportFailure(thrown, io);
  }
}

/**
 * What a command that failed prints and exits with: a usage error (2), a refusal in one plain
 * sentence (1; a full disk, a read-only or damaged file, a failing drive included), or an internal error (3).
 */
export function reportFailure(thrown: unknown, io: CliIo): number {
  const e = plainSqliteError(thrown);
  if (e instanceof UsageError || e instanceof ExportUsageError) {
    io.err(`offer-desk: ${e.message} (see offer-desk --help)\n`);
    return 2;
  }
  if (isOfferDeskError(e)) {
    io.err(`offer-desk: ${e.message}\n`);
    // Roster problems name every bad row; each goes on its own line after the reason.
    for (const d of e.details) io.err(`  ${d}\n`);
    return 1;
  }
  io.err(`offer-desk: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 3;
}

function runOnDesk(command: string, ledgerPath: string, rest: string[], values: Values, desk: Desk, io: CliIo): number {
  const call = deskCall(desk);
  // Read when needed, not up front: `verify` must report on a damaged ledger whose records cannot all be read.
  const zone = () => desk.ledger.settings().zone;
  const noExtra = () => {
    if (rest.length) throw new UsageError(`${command}: unexpected ${rest.join(' ')}`);
  };
  switch (command) {
    case 'import-roster': {
      const [file, ...more] = rest;
      if (!file || more.length) throw new UsageError('import-roster: give exactly one ROSTER.csv');
      // Bytes, not text: the desk decides the encoding (strict UTF-8), as for the window's upload.
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new OfferDeskError('not-found', `Cannot read the roster file ${file}.`);
      }
      const r = call('roster:import', { base64: Buffer.from(bytes).toString('base64') });
      io.out(`Imported ${r.holders} holders and ${r.grants} eligible grants.\n`);
      return 0;
    }
    case 'log': {
      noExtra();
      const kind = parseKind(need(values, 'kind'));
      const employeeId = need(values, 'employee');
      // --fax ID files that fax from the inbox: by fax, received when its record says unless
      // --received is given (then flagged as overridden by the desk).
      const faxText = optional(values, 'fax');
      const faxId = faxText === undefined ? null : parseRecordId(faxText, '--fax');
      const via = faxId !== null && optional(values, 'via') === undefined ? 'fax' : parseVia(need(values, 'via'));
      const receivedAt = faxId !== null && optional(values, 'received') === undefined ? call('faxes:get', { id: faxId }).prefill.receivedAt : need(values, 'received');
      const notOnRosterName = optional(values, 'not-on-roster') ?? null;
      // An unknown id is refused first (a likely typo), saying how to log such paper anyway.
      const grants = notOnRosterName === null ? rosterGrants(call, employeeId) : new Map<string, number>();
      const tenderText = optional(values, 'tender');
      if (kind === 'election' && tenderText === undefined) {
        throw new OfferDeskError(
          'invalid-input',
          'An Election Form must say what it tenders: name each grant with --tender GRANT[:SHARES],... (a grant not named keeps its options), or --tender none.',
        );
      }
      const result = call('intake:record', {
        draft: {
          employeeId,
          notOnRosterName,
          kind,
          via,
          receivedAt,
          pages: null,
          senderFax: null,
          signedBy: null,
          signerCapacity: 'holder',
          defects: parseDefects(optional(values, 'defect')),
          tenders: parseTenders(tenderText, grants, employeeId),
          lateKeyingReason: optional(values, 'reason') ?? null,
          cureDeadline: null,
        },
        faxId,
      });
      for (const w of result.warnings) io.err(`warning: ${w}\n`);
      const a = result.document.assessment;
      io.out(`Logged document ${result.document.id}: ${a.explanation}\n`);
      return 0;
    }
    case 'cure': {
      noExtra();
      // Two papers received in the same second can only be told apart by their ids.
      const byId = optional(values, 'document');
      const documentId = byId !== undefined ? parseRecordId(byId, '--document') : call('documents:find', { employeeId: need(values, 'employee'), receivedAt: need(values, 'received') }).documentId;
      const defects = parseDefects(need(values, 'defect'));
      if (defects.length !== 1) throw new UsageError('cure: name exactly one --defect');
      const result = call('defects:cure', { documentId, defect: defects[0] as (typeof defects)[number], curedAt: need(values, 'at') });
      for (const w of result.warnings) io.err(`warning: ${w}\n`);
      const now = result.detail.documents.find((d) => d.id === documentId);
      io.out(`Recorded the cure of ${defects[0]} on document ${documentId}. ${now?.assessment.explanation ?? ''}\n`);
      return 0;
    }
    case 'waive': {
      noExtra();
      const [defect] = parseDefects(need(values, 'defect'));
      if (!defect) throw new UsageError('waive: name one --defect');
      const r = call('waivers:grant', { defect, reason: need(values, 'reason') });
      io.out(`Waived ${defect} offer-wide; it settles ${r.affected.length} document(s).\n`);
      return 0;
    }
    case 'extend': {
      noExtra();
      const r = call('extensions:record', {
        to: need(values, 'to'),
        reason: need(values, 'reason'),
        decidedAt: optional(values, 'decided') ?? null,
        announcedAt: optional(values, 'announced') ?? null,
        afterTheFactReason: optional(values, 'late-reason') ?? null,
      });
      if (r.warning) io.err(`warning: ${r.warning}\n`);
      io.out(`Extended the offer from ${formatInZone(r.extension.fromExpiresAt, zone())} to ${formatInZone(r.extension.toExpiresAt, zone())}.\n`);
      printStandingChanges(r.affected, io);
      return 0;
    }
    case 'void': {
      noExtra();
      return runVoid(call, values, io);
    }
    case 'elections': {
      noExtra();
      const rows = call('elections:rows', {});
      io.out(values.json ? `${JSON.stringify(rows, null, 2)}\n` : formatElectionsTable(rows));
      return 0;
    }
    case 'documents': {
      noExtra();
      const rows = call('documents:rows', {});
      io.out(values.json ? `${JSON.stringify(rows, null, 2)}\n` : formatDocumentsTable(rows));
      return 0;
    }
    case 'verify': {
      noExtra();
      // Compared with every anchor found: backups beside the ledger, the app's state, --anchor.
      return runVerify(desk, optional(values, 'anchor'), optional(values, 'data-dir') ?? (io.env.OFFER_DESK_DATA_DIR?.trim() || undefined), io);
    }
    case 'backup': {
      if (rest.length !== 1 || !rest[0]) throw new UsageError('backup: give LEDGER and the FILE to save the backup to');
      return runBackup(desk, rest[0], io);
    }
    case 'report': {
      noExtra();
      // The stock plan administrator's CSV is written with the report's two, all or none, never over a file.
      return writeReport(call, need(values, 'out'), io, [{ name: 'administrator.csv', content: () => administratorCsv(desk.parts) }]);
    }
    case 'letters': {
      noExtra();
      if (values.promises === true && values.due === true) throw new UsageError('letters: say --due or --promises, not both');
      if (values.promises === true) return producePromiseLetters(desk, call, ledgerPath, optional(values, 'out'), io);
      if (values.due !== true) throw new UsageError('letters: say --due (every unsent confirmation due today or earlier)');
      return produceDueLetters(desk, ledgerPath, optional(values, 'out'), io);
    }
    case 'confirmations': {
      noExtra();
      io.out(values.json ? `${JSON.stringify(call('confirmations:json', {}), null, 2)}\n` : formatConfirmationsTable(desk.letters.queue('all').rows));
      return 0;
    }
    case 'mark-sent': {
      noExtra();
      return markSent(call, need(values, 'document'), need(values, 'on'), need(values, 'how'), io);
    }
    case 'export':
      return runExport(desk.parts, rest, values, io.out);
    case 'close': {
      noExtra();
      return runClose(call, { by: need(values, 'by'), cancellation: optional(values, 'cancellation'), newGrant: optional(values, 'new-grant'), reason: optional(values, 'reason') }, io);
    }
    case 'forms': {
      noExtra();
      return printForms(desk, need(values, 'out'), optional(values, 'employee'), io);
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

/** The holder's grants and their shares (a tender naming a grant alone takes it in full). */
function rosterGrants(call: DeskCall, employeeId: string): Map<string, number> {
  try {
    return new Map(call('holders:get', { employeeId }).grants.map((g) => [g.grantId, g.shares]));
  } catch (e: unknown) {
    // An unknown id is refused first (a likely typo), saying how to log such paper anyway.
    if (isOfferDeskError(e) && e.code === 'not-found') throw notOnRosterError(employeeId);
    throw e;
  }
}
