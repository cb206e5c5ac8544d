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
import { correctionsDue } from '../services/standing-changes';
import { previewWaiverVoid, voidWaiver } from '../services/waiver-voids';
import { checkNewOffer, createNewOffer, type OfferLedgerCreator } from '../services/new-offer';
import { exchangeTermsView, offerDetailsHistory, updateExchangeTerms } from '../services/offer-edits';
import { isChannel } from './channels';
import { inputs, type Channel, type Outputs, type ParsedInput, type Result } from './contract';

export interface HandlerContext {
  /** The desk of the ledger open now (File > Open swaps it). */
  desk(): Desk;
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
    'audit:verify': (ctx) => ctx.desk().parts.ledger.verify(),
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
    'intake:preview': (ctx, i) => previewIntake(ctx.desk().parts, i.draft),
    'intake:record': (ctx, i) => recordIntake(ctx.desk().parts, i.draft, i.attachments),
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
    // setting up a new offer (the wizard) and editing its details (main/services/new-offer.ts, offer-edits.ts)
    'offer:check-new': (_ctx, i) => checkNewOffer(i.offer, null),
    'offer:create': (ctx, i) => createNewOffer(i.offer, ctx.createOfferLedger),
    'offer:history': (ctx) => offerDetailsHistory(ctx.desk().parts),
    'terms:get': (ctx) => exchangeTermsView(ctx.desk().parts),
    'terms:update': (ctx, i) => updateExchangeTerms(ctx.desk().parts, i),
  };
}

/** Runs one call. Never throws: a refusal or a bug comes back as `{ ok: false, error }`. */
export function dispatch(table: HandlerTable, ctx: HandlerContext, channel: unknown, payload: unknown): Result<unknown> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'invalid-input', message: `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.`, details: [] } };
  }
  const parsed = inputs[channel].safeParse(payload ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`);
    return { ok: false, error: { code: 'invalid-input', message: `Bad request to ${channel}: ${details[0] ?? 'invalid input'}`, details } };
  }
  try {
    // The table is indexed by the same channel the schema parsed for, so the pair always matches.
    const handler = table[channel] as (c: HandlerContext, i: unknown) => unknown;
    return { ok: true, value: handler(ctx, parsed.data) };
  } catch (e: unknown) {
    if (isOfferDeskError(e)) return { ok: false, error: { code: e.code, message: e.message, details: [...e.details] } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'internal', message: `Internal error: ${message}`, details: [] } };
  }
}
