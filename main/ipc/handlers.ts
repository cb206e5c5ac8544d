// The handler table: one plain function per channel, `(ctx, parsedInput) => output`, each a call
// into the domain service that owns it. Electron's ipcMain, the browser harness, the CLI and the
// tests all call the same table through `dispatch`, which parses every input once, here.
import { isOfferDeskError } from '../core/errors';
import { correctDocument, previewDocumentVoid, voidDocument } from '../services/corrections';
import { dashboard, holderPage, openDefectRows } from '../services/dashboard-figures';
import { cureDefect, grantWaiver, previewWaiver } from '../services/defects';
import type { Desk } from '../services/desk';
import { previewExtension, previewExtensionVoid, recordExtension, voidExtension } from '../services/extensions';
import { attachmentContent, holderDetail, importRoster } from '../services/holders';
import { previewIntake, recordIntake } from '../services/intake-entry';
import { offerSummary, updateSettings } from '../services/offer';
import { documentRows, electionRows, findDocument } from '../services/records';
import { changeSignal } from '../services/changes-signal';
import { closeOfferThen, previewClose, type AfterClose } from '../services/closing';
import { refuseWhenClosed } from './when-closed';
import { correctionsDue } from '../services/standing-changes';
import { previewWaiverVoid, voidWaiver } from '../services/waiver-voids';
import { verifyWithAnchors } from '../services/anchors';
import { backupsInfo, setBackupsKeep } from '../services/backups-info';
import { automaticBackup } from '../services/auto-backup';
import { plainSqliteError } from '../services/shell-support';
import { promiseQueue } from '../services/promises';
import { resultsSummary } from '../services/results-report';
import { resultsPdf } from '../services/results-pdf';
import { checkNewOffer, createNewOffer, type OfferLedgerCreator } from '../services/new-offer';
import { exchangeTermsView, offerDetailsHistory, updateExchangeTerms } from '../services/offer-edits';
import { inboxView, setInbox } from '../services/fax-inbox-settings';
import { isChannel } from './channels';
import { faxContent, faxView, listFaxes, setFaxAside } from '../services/fax-views';
import { inputs, type Channel, type Outputs, type ParsedInput, type Result } from './contract';

export interface HandlerContext {
  /** The desk of the ledger open now (File > Open swaps it). */
  desk(): Desk;
  /** The app's data folder (per-ledger state: backups kept, the audit head last seen); absent in the CLI. */
  dataDir?: string;
  /** Runs once a close is committed instead of the automatic backup at close (tests). */
  afterClose?: AfterClose | undefined;
  /**
   * Makes the ledger of a checked new offer where the operator chooses (Electron: the save dialog;
   * the harness: its data folder) and opens it; null when the operator cancelled. Absent: refused.
   */
  createOfferLedger?: OfferLedgerCreator;
}

export type HandlerTable = { [C in Channel]: (ctx: HandlerContext, input: ParsedInput<C>) => Outputs[C] };

export function createHandlerTable(): HandlerTable {
  return {
    // session and offer
    'session:get': (ctx) => ctx.desk().session(),
    'changes:get': (ctx, i) => changeSignal(ctx.desk().parts, i.since ?? null),
    'session:setOperator': (ctx, i) => ctx.desk().setOperator(i.operator),
    'offer:get': (ctx) => offerSummary(ctx.desk().parts),
    'settings:update': (ctx, i) => updateSettings(ctx.desk().parts, i),
    // Compared with the anchors kept outside the file: backups' manifests, the app's per-ledger state.
    'audit:verify': (ctx) => verifyWithAnchors(ctx.desk().parts.ledger, { dataDir: ctx.dataDir ?? null }),
    'backups:info': (ctx) => backupsInfo(ctx.desk(), ctx.dataDir ?? null),
    'backups:setKeep': (ctx, i) => setBackupsKeep(ctx.desk(), ctx.dataDir ?? null, i.keep),
    'dashboard:get': (ctx) => dashboard(ctx.desk().parts),
    // holders and roster
    'holders:list': (ctx, i) => holderPage(ctx.desk().parts, i),
    'holders:get': (ctx, i) => holderDetail(ctx.desk().parts, i.employeeId),
    'roster:import': (ctx, i) => importRoster(ctx.desk().parts, Buffer.from(i.base64, 'base64')),
    'attachments:get': (ctx, i) => attachmentContent(ctx.desk().parts, i.id),
    'elections:rows': (ctx) => electionRows(ctx.desk().parts),
    'documents:rows': (ctx) => documentRows(ctx.desk().parts),
    'documents:find': (ctx, i) => findDocument(ctx.desk().parts, i),
    // intake
    'intake:preview': (ctx, i) => previewIntake(ctx.desk().parts, i.draft, i.faxId),
    'intake:record': (ctx, i) => recordIntake(ctx.desk().parts, i.draft, i.attachments, i.faxId),
    // defects and waivers
    'defects:list': (ctx) => openDefectRows(ctx.desk().parts),
    'defects:cure': (ctx, i) => cureDefect(ctx.desk().parts, i),
    'waivers:list': (ctx) => ctx.desk().parts.ledger.waivers(),
    'waivers:preview': (ctx, i) => previewWaiver(ctx.desk().parts, i.defect),
    'waivers:grant': (ctx, i) => grantWaiver(ctx.desk().parts, i),
    'waivers:voidPreview': (ctx, i) => previewWaiverVoid(ctx.desk().parts, i.waiverId),
    'waivers:void': (ctx, i) => voidWaiver(ctx.desk().parts, i.waiverId, i.reason),
    // extensions
    'extensions:record': (ctx, i) => recordExtension(ctx.desk().parts, i),
    'extensions:preview': (ctx, i) => previewExtension(ctx.desk().parts, { ...i, reason: i.reason ?? '' }),
    'extensions:voidPreview': (ctx, i) => previewExtensionVoid(ctx.desk().parts, i.extensionId),
    'extensions:void': (ctx, i) => voidExtension(ctx.desk().parts, i.extensionId, i.reason),
    // voids and corrections of documents
    'documents:voidPreview': (ctx, i) => previewDocumentVoid(ctx.desk().parts, i.documentId),
    'documents:void': (ctx, i) => voidDocument(ctx.desk().parts, i.documentId, i.reason),
    'documents:correct': (ctx, i) => correctDocument(ctx.desk().parts, i.documentId, i.reason, i.draft),
    'corrections:due': (ctx) => correctionsDue(ctx.desk().parts.ledger, ctx.desk().snapshot()),
    // letters (main/services/letters.ts)
    'confirmations:list': (ctx, i) => ctx.desk().letters.queue(i.filter, i.offset, i.limit),
    'confirmations:markSent': (ctx, i) => ctx.desk().letters.markSent(i.documentIds, i.sentOn, i.method),
    'confirmations:json': (ctx) => ctx.desk().letters.confirmationJson(),
    'letters:preview': (ctx, i) => ctx.desk().letters.preview(i.documentId, i.kind),
    'letters:produce': (ctx, i) => ctx.desk().letters.produce(i.documentIds, i.kind === undefined ? {} : { kind: i.kind }),
    'letters:reprint': (ctx, i) => ctx.desk().letters.reprint(i.letterIds),
    'letters:history': (ctx) => ctx.desk().letters.history(),
    'letters:start': (ctx, i) => ctx.desk().letters.start(i.documentIds, i.kind),
    'letters:job': (ctx, i) => ctx.desk().letters.job(i.jobId),
    'letters:cancel': (ctx, i) => ctx.desk().letters.cancel(i.jobId),
    // the close of the offer (main/services/closing.ts)
    'close:preview': (ctx) => previewClose(ctx.desk().parts),
    'close:record': (ctx, i) =>
      closeOfferThen(ctx.desk().parts, i, ctx.afterClose ?? ((parts) => void automaticBackup(parts, 'close', { dataDir: ctx.dataDir ?? null }))),
    'ledger:access': (ctx) => ctx.desk().access(),
    'promises:list': (ctx) => promiseQueue(ctx.desk().parts),
    // results (main/services/results-report.ts, results-pdf.ts)
    'results:get': (ctx) => resultsSummary(ctx.desk().parts),
    'results:pdf': (ctx) => resultsPdf(ctx.desk().parts, ctx.desk().letters.fontPaths),
    // setting up a new offer (the wizard) and editing its details (main/services/new-offer.ts, offer-edits.ts)
    'offer:check-new': (_ctx, i) => checkNewOffer(i.offer, null),
    'offer:create': (ctx, i) => createNewOffer(i.offer, ctx.createOfferLedger),
    'offer:history': (ctx) => offerDetailsHistory(ctx.desk().parts),
    'terms:get': (ctx) => exchangeTermsView(ctx.desk().parts),
    'terms:update': (ctx, i) => updateExchangeTerms(ctx.desk().parts, i),
    'faxes:list': (ctx, i) => listFaxes(ctx.desk().parts, i.which),
    'faxes:get': (ctx, i) => faxView(ctx.desk().parts, i.id),
    'faxes:content': (ctx, i) => faxContent(ctx.desk().parts, i.id),
    'faxes:setAside': (ctx, i) => setFaxAside(ctx.desk().parts, i.id, i.reason),
    // Settings › Fax inbox: this computer's per-ledger state, and the watcher (main/services/fax-inbox-settings.ts).
    'inbox:get': (ctx) => inboxView(ctx.desk(), ctx.dataDir ?? null),
    'inbox:set': (ctx, i) => setInbox(ctx.desk(), ctx.dataDir ?? null, i),
  };
}

/** Runs one call. Never throws: a refusal or a bug comes back as `{ ok: false, error }`. */
export function dispatch(table: HandlerTable, ctx: HandlerContext, channel: unknown, payload: unknown): Result<unknown> {
  if (!isChannel(channel)) {
    // Named only when it is text: String() of a hostile object ({ toString: false }) would throw.
    const named = typeof channel === 'string' ? ` ${JSON.stringify(channel).slice(0, 80)}` : ` (a ${channel === null ? 'null' : typeof channel}, not a channel name)`;
    return { ok: false, error: { code: 'invalid-input', message: `Unknown channel${named}.`, details: [] } };
  }
  const parsed = inputs[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`);
    return { ok: false, error: { code: 'invalid-input', message: `Bad request to ${channel}: ${details[0] ?? 'invalid input'}`, details } };
  }
  try {
    // A closed offer refuses every change to its record in the same words, whatever the input.
    refuseWhenClosed(channel, () => ctx.desk().parts);
    // The table is indexed by the same channel the schema parsed for, so the pair always matches.
    const handler = table[channel] as (c: HandlerContext, i: unknown) => unknown;
    return { ok: true, value: handler(ctx, parsed.data) };
  } catch (thrown: unknown) {
    // A full disk, a read-only or damaged file, a failing drive is said plainly, not as a bug.
    const e = plainSqliteError(thrown);
    if (isOfferDeskError(e)) return { ok: false, error: { code: e.code, message: e.message, details: [...e.details] } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'internal', message: `Internal error: ${message}`, details: [] } };
  }
}
