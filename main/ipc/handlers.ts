// The handler table: one plain function per channel, `(ctx, parsedInput) => output`. Electron's
// ipcMain, the browser harness and the tests all call the same table through `dispatch`.
import { isOfferDeskError } from '../core/errors';
import type { Desk } from '../services/desk';
import { correctDocument, previewDocumentVoid, voidDocument } from '../services/corrections';
import { previewExtension, previewExtensionVoid, recordExtension, voidExtension } from '../services/extensions';
import { correctionsDue } from '../services/standing-changes';
import { previewWaiverVoid, voidWaiver } from '../services/waiver-voids';
import { isChannel } from './channels';
import { inputs, type Channel, type Outputs, type ParsedInput, type Result } from './contract';

export interface HandlerContext {
  /** The desk of the ledger open now (File > Open swaps it). */
  desk(): Desk;
}

export type HandlerTable = { [C in Channel]: (ctx: HandlerContext, input: ParsedInput<C>) => Outputs[C] };

export function createHandlerTable(): HandlerTable {
  return {
    'session:get': (ctx) => ctx.desk().session(),
    'session:setOperator': (ctx, i) => ctx.desk().setOperator(i.operator),
    'offer:get': (ctx) => ctx.desk().offer(),
    'dashboard:get': (ctx) => ctx.desk().dashboard(),
    'holders:list': (ctx, i) => ctx.desk().listHolders(i),
    'holders:get': (ctx, i) => ctx.desk().holderDetail(i.employeeId),
    'roster:import': (ctx, i) => ctx.desk().importRoster(Buffer.from(i.base64, 'base64')),
    'intake:preview': (ctx, i) => ctx.desk().previewIntake(i.draft),
    'intake:record': (ctx, i) => ctx.desk().recordIntake(i.draft, i.attachments),
    'attachments:get': (ctx, i) => ctx.desk().attachment(i.id),
    'defects:list': (ctx) => ctx.desk().openDefects(),
    'defects:cure': (ctx, i) => ctx.desk().cure(i),
    'waivers:list': (ctx) => ctx.desk().ledger.waivers(),
    'waivers:preview': (ctx, i) => ctx.desk().previewWaiver(i.defect),
    'waivers:grant': (ctx, i) => ctx.desk().grantWaiver(i.defect, i.reason),
    'extensions:record': (ctx, i) => recordExtension(ctx.desk().parts, i),
    'extensions:preview': (ctx, i) => previewExtension(ctx.desk().parts, { ...i, reason: i.reason ?? '' }),
    'extensions:voidPreview': (ctx, i) => previewExtensionVoid(ctx.desk().parts, i.extensionId),
    'extensions:void': (ctx, i) => voidExtension(ctx.desk().parts, i.extensionId, i.reason),
    'waivers:voidPreview': (ctx, i) => previewWaiverVoid(ctx.desk().parts, i.waiverId),
    'waivers:void': (ctx, i) => voidWaiver(ctx.desk().parts, i.waiverId, i.reason),
    'documents:voidPreview': (ctx, i) => previewDocumentVoid(ctx.desk().parts, i.documentId),
    'documents:void': (ctx, i) => voidDocument(ctx.desk(), i.documentId, i.reason),
    'documents:correct': (ctx, i) => correctDocument(ctx.desk(), i.documentId, i.reason, i.draft),
    'corrections:due': (ctx) => correctionsDue(ctx.desk().ledger, ctx.desk().snapshot()),
    'settings:update': (ctx, i) => ctx.desk().updateSettings(i),
    'audit:verify': (ctx) => ctx.desk().verify(),
    'confirmations:list': (ctx, i) => ctx.desk().letters.queue(i.filter, i.offset, i.limit),
    'confirmations:markSent': (ctx, i) => ctx.desk().letters.markSent(i.documentIds, i.sentOn, i.method),
    'letters:preview': (ctx, i) => ctx.desk().letters.preview(i.documentId, i.kind),
    'letters:produce': (ctx, i) => ctx.desk().letters.produce(i.documentIds, i.kind === undefined ? {} : { kind: i.kind }),
    'letters:reprint': (ctx, i) => ctx.desk().letters.reprint(i.letterIds),
    'letters:history': (ctx) => ctx.desk().letters.history(),
    'letters:start': (ctx, i) => ctx.desk().letters.start(i.documentIds, i.kind),
    'letters:job': (ctx, i) => ctx.desk().letters.job(i.jobId),
    'letters:cancel': (ctx, i) => ctx.desk().letters.cancel(i.jobId),
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
