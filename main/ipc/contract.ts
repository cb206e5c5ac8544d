// The one API contract between the window and the desk: each channel's input schema (zod) and
// output type. The preload, the browser harness and the renderer import only its *types*;
// main parses every payload with these schemas, because anything from the renderer is `unknown`.
import { z } from 'zod';
import {
  DEFECT_KINDS,
  DELIVERY_VIAS,
  DOCUMENT_KINDS,
  LETTER_KINDS,
  RECEIPT_SOURCES,
  SEND_METHODS,
  SIGNER_CAPACITIES,
} from '../core/types';
import type { ErrorCode } from '../core/errors';
import type {
  AttachmentContent,
  ConfirmationQueue,
  CorrectionDue,
  ConfirmationJsonRow,
  CorrectionResult,
  CureResult,
  DocumentRow,
  ElectionRow,
  DocumentVoidPreview,
  DocumentVoidResult,
  ExtensionPreview,
  ExtensionVoidPreview,
  ExtensionVoidResult,
  WaiverVoidPreview,
  WaiverVoidResult,
  DashboardData,
  ExtensionResult,
  HolderDetail,
  HolderPage,
  IntakePreview,
  IntakeResult,
  LetterJobView,
  LetterPreview,
  MarkSentResult,
  OfferSummary,
  OpenDefectRow,
  PrintedBatch,
  PrintRunView,
  RosterImportResult,
  SessionInfo,
  VerifyReport,
  WaiverPreview,
  WaiverResult,
  ChangeSignal,
  BackupsInfo,
  ClosePreview,
  CloseResult,
  LedgerAccessInfo,
  PromiseQueue,
  ResultsPdf,
  ResultsSummary,
  NewOfferCheck,
  NewOfferCreated,
  OfferDetailsHistory,
  ExchangeTermsView,
  InboxView,
} from './dto';
import { exchangeSchema, ratioRuleSchema } from '../services/new-offer-schema';
import { CONFIRMATION_FILTERS, HOLDER_FILTERS } from './dto';
import type { Extension, Waiver } from '../core/types';
import {
  ADDRESS_LINE_MAX,
  ATTACHMENT_MAX_BYTES,
  CODE_MAX,
  FILE_NAME_MAX,
  NAME_MAX,
  OPERATOR_MAX,
  PHONE_MAX,
  REASON_MAX,
  ROSTER_MAX_BYTES,
  SEARCH_MAX,
  PATH_MAX,
  SIGNER_MAX,
  TIME_TEXT_MAX,
} from '../core/text';
import type { ChannelName } from './channels';
import type { FaxContent, FaxList, FaxView } from '../services/fax-types';
import { said } from '../services/text-schema';

// Every text field is declared with `said` (main/services/text-schema.ts): the one text rule of
// main/core/text.ts, so no channel can carry a lone surrogate or a control character into the
// ledger. A new channel's text fields must use it too (test/integration/text-sweep.test.ts).
const employeeId = said('the employee id', CODE_MAX);
/** A time as typed at the desk: ISO with offset, or wall-clock read in the offer's zone. */
const timeInput = (label: string) => said(label, TIME_TEXT_MAX);
/** Written reasons may run over several lines. */
const reason = (label: string) => said(label, REASON_MAX, { lines: 'many' });

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/tiff', 'image/png', 'image/jpeg'] as const;
export { ATTACHMENT_MAX_BYTES, ROSTER_MAX_BYTES };

export const attachmentUpload = z
  .object({
    fileName: said('the file name', FILE_NAME_MAX),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
    base64: z
      .string()
      .min(1)
      .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file must be sent as base64'),
  })
  .strict();

export const documentDraft = z
  .object({
    employeeId,
    kind: z.enum(DOCUMENT_KINDS),
    via: z.enum(DELIVERY_VIAS),
    receivedAt: timeInput('the receipt time'),
    /** Defaults from `via`: a fax's header time, a hand delivery's desk stamp. */
    receiptSource: z.enum(RECEIPT_SOURCES).optional(),
    pages: z.number().int().min(1).max(1000).nullable().default(null),
    senderFax: said("the sender's fax number", PHONE_MAX, { empty: true }).nullable().default(null),
    signedBy: said('the signer\'s name', SIGNER_MAX, { empty: true }).nullable().default(null),
    signerCapacity: z.enum(SIGNER_CAPACITIES).default('holder'),
    defects: z.array(z.enum(DEFECT_KINDS)).max(DEFECT_KINDS.length).default([]),
    /** Election Form only, and required on one: each grant named with the shares tendered (a grant not named keeps its options). */
    tenders: z
      .array(z.object({ grantId: said('the grant id', CODE_MAX), shares: z.number().int().min(0).max(1e12) }).strict())
      .max(10_000)
      .default([]),
    /**
     * The document's note, kept with any document. Required (the written reason, and the document
     * is flagged) when a timely document is keyed after the expiration. Named for that first use.
     */
    lateKeyingReason: said("the document's note", REASON_MAX, { lines: 'many', empty: true }).nullable().default(null),
    cureDeadline: timeInput('the cure deadline').nullable().default(null),
    /**
     * Paper from someone not on the roster, logged deliberately: the sender's name as written
     * (employeeId is then the id as written). It gets the defect not-on-roster and counts for nothing.
     * A grant that is not the holder's is logged deliberately with defects: ['grant-not-eligible'].
     */
    notOnRosterName: said("the sender's name as written", NAME_MAX).nullable().default(null),
  })
  .strict();
export type DocumentDraft = z.input<typeof documentDraft>;

/**
 * The intake form as it stands, for the preview: a holder not yet chosen or a receipt time not
 * yet typed is one of the preview's blocking reasons (said in the desk's words), not a refusal.
 */
export const intakePreviewDraft = documentDraft.extend({
  employeeId: said('the employee id', CODE_MAX, { empty: true }),
  receivedAt: said('the receipt time', TIME_TEXT_MAX, { empty: true }),
  // A name not yet typed is a blocking reason too (recording refuses it).
  notOnRosterName: said("the sender's name as written", NAME_MAX, { empty: true }).nullable().default(null),
});
export type IntakePreviewDraft = z.input<typeof intakePreviewDraft>;

const none = z.object({}).strict().default({});

/** The most letters (or documents) one request may name: one batch for the printer. */
export const MAX_LETTERS_PER_BATCH = 5000;
const recordId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const idBatch = z.array(recordId).min(1).max(MAX_LETTERS_PER_BATCH);
/**
 * A day as the desk typed it (2003-03-25, 3/25/2003, Mar 25 2003 ...): the service reads it with
 * core's date reader, so the window, the CLI and the API accept the same days and save what was typed.
 */
const calendarDay = said('the date', TIME_TEXT_MAX);

/** An extension: the new expiration, why, and (optional) when decided and announced; a reason when recorded after the fact. */
const extensionInput = z
  .object({
    to: timeInput('the new expiration'),
    reason: reason('the extension reason'),
    /** Default: when keyed. */
    decidedAt: timeInput('when the extension was decided').nullable().optional(),
    /** Default: when decided. The 9:00 a.m. announcement rule judges this time. */
    announcedAt: timeInput('when the extension was announced').nullable().optional(),
    /** Required when the new expiration has already passed: the extension is then flagged "recorded after the fact". */
    afterTheFactReason: reason('the reason for recording it after the fact').nullable().optional(),
  })
  .strict();

/** Channel -> input schema. Adding a channel here makes it exist everywhere (handlers, preload, harness). */
export const inputs = {
  'session:get': none,
  /** The audit head (and, given `since`, which kinds of facts changed after it): what the window watches. */
  'changes:get': z.object({ since: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() }).strict().default({}),
  'session:setOperator': z.object({ operator: said("the operator's name", OPERATOR_MAX) }).strict(),
  'offer:get': none,
  'dashboard:get': none,
  'holders:list': z
    .object({
      query: said('the search', SEARCH_MAX, { empty: true }).default(''),
      filter: z.enum(HOLDER_FILTERS).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    })
    .strict(),
  'holders:get': z.object({ employeeId }).strict(),
  /** The roster file's bytes, base64: the desk decodes them (strict UTF-8), never the window. */
  'roster:import': z
    .object({
      base64: z
        .string()
        .min(1, 'the roster file is empty')
        .max(Math.ceil((ROSTER_MAX_BYTES * 4) / 3) + 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the roster file must be sent as base64'),
    })
    .strict(),
  /** `faxId`: the draft files that fax from the inbox (its receipt time and source, its bytes attached). */
  'intake:preview': z.object({ draft: intakePreviewDraft, faxId: recordId.nullable().default(null) }).strict(),
  'intake:record': z
    .object({ draft: documentDraft, attachments: z.array(attachmentUpload).max(20).default([]), faxId: recordId.nullable().default(null) })
    .strict(),
  'attachments:get': z.object({ id: z.number().int().min(1) }).strict(),
  'defects:list': none,
  'defects:cure': z
    .object({ documentId: z.number().int().min(1), defect: z.enum(DEFECT_KINDS), curedAt: timeInput('the cure time') })
    .strict(),
  'waivers:list': none,
  'waivers:preview': z.object({ defect: z.enum(DEFECT_KINDS) }).strict(),
  'waivers:grant': z.object({ defect: z.enum(DEFECT_KINDS), reason: reason('the waiver reason') }).strict(),
  'extensions:record': extensionInput,
  'extensions:preview': extensionInput.omit({ reason: true }).extend({ reason: reason('the extension reason').optional() }).strict(),
  'extensions:voidPreview': z.object({ extensionId: recordId }).strict(),
  'extensions:void': z.object({ extensionId: recordId, reason: reason('the reason for the void') }).strict(),
  'waivers:voidPreview': z.object({ waiverId: recordId }).strict(),
  'waivers:void': z.object({ waiverId: recordId, reason: reason('the reason for the void') }).strict(),
  'documents:voidPreview': z.object({ documentId: recordId }).strict(),
  'documents:void': z.object({ documentId: recordId, reason: reason('the reason for the void') }).strict(),
  /** Void the document (with the reason) and record the corrected draft in its place, linked both ways. */
  'documents:correct': z.object({ documentId: recordId, reason: reason('the reason for the correction'), draft: documentDraft }).strict(),
  /** A document named as the paper names it: holder and receipt time (the CLI's --employee/--received). */
  'documents:find': z.object({ employeeId, receivedAt: timeInput('the receipt time') }).strict(),
  /** Every document, one row each (the CLI's `documents`). */
  'documents:rows': none,
  /** Every grant's election, one row each (the CLI's `elections`). */
  'elections:rows': none,
  /** Letters on record that no longer fit their document (void, or late <-> timely): a correction letter is due. */
  'corrections:due': none,
  'settings:update': z
    .object({
      company: said("the company's name", NAME_MAX).optional(),
      cfoName: said("the CFO's name", NAME_MAX).optional(),
      cfoTitle: said("the CFO's title", NAME_MAX).optional(),
      addressLines: z.array(said('an address line', ADDRESS_LINE_MAX)).min(1).max(6).optional(),
      phone: said('the phone number', PHONE_MAX).optional(),
      fax: said('the fax number', PHONE_MAX).optional(),
      /** Needed once a document is logged (main/services/offer-edits.ts decides). */
      reason: reason('the reason for the change').optional(),
    })
    .strict(),
  'audit:verify': none,
  'backups:info': none,
  'backups:setKeep': z.object({ keep: z.number().int().min(1).max(1000) }).strict(),
  'confirmations:list': z
    .object({
      filter: z.enum(CONFIRMATION_FILTERS).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(MAX_LETTERS_PER_BATCH).default(MAX_LETTERS_PER_BATCH),
    })
    .strict(),
  'confirmations:markSent': z.object({ documentIds: idBatch, sentOn: calendarDay, method: z.enum(SEND_METHODS) }).strict(),
  /** Every confirmation, by document id, as the CLI's `confirmations --json` prints it. */
  'confirmations:json': none,
  'letters:preview': z.object({ documentId: recordId, kind: z.enum(LETTER_KINDS).optional() }).strict(),
  'letters:produce': z.object({ documentIds: idBatch, kind: z.enum(LETTER_KINDS).optional() }).strict(),
  'letters:reprint': z.object({ letterIds: idBatch }).strict(),
  'letters:history': none,
  // A batch produced off the main thread: started, watched (a count), cancelled before it is recorded.
  'letters:start': z.object({ documentIds: idBatch, kind: z.enum(LETTER_KINDS).optional() }).strict(),
  'letters:job': z.object({ jobId: recordId }).strict(),
  'letters:cancel': z.object({ jobId: recordId }).strict(),
  /** Whether the offer may be closed now, the figures the close will freeze, the defective documents, the dates. */
  'close:preview': none,
  /** Close the offer: dates omitted are the rules'; other dates need the written reason. */
  'close:record': z
    .object({
      closedBy: said('the name of the officer closing the offer', NAME_MAX),
      cancellationDate: said('the cancellation date', TIME_TEXT_MAX, { empty: true }).nullable().optional(),
      newGrantDate: said('the new grant date', TIME_TEXT_MAX, { empty: true }).nullable().optional(),
      datesReason: reason('the reason for other dates').nullable().optional(),
    })
    .strict(),
  /** Whether the open ledger may be written (read-only media, a damaged file): the window's banner. */
  'ledger:access': none,
  /** After the close: every holder whose options were accepted and their Promise to Grant (letters:* with kind 'promise-to-grant' make them). */
  'promises:list': none,
  /** The offer's results as the ledger stands (PRELIMINARY until the close): the Results screen. */
  'results:get': none,
  /** The results report as a PDF (per holder and grant included), anchored to the audit head. */
  'results:pdf': none,
  /** The wizard's fields as typed: the desk reads and checks them (main/services/new-offer.ts) and names each problem. */
  'offer:check-new': z.object({ offer: z.unknown() }).strict(),
  'offer:create': z.object({ offer: z.unknown() }).strict(),
  'offer:history': none,
  'terms:get': none,
  'terms:update': z
    .object({
      ratios: z.array(ratioRuleSchema).min(1, 'name at least one ratio').max(50),
      newGrantAfter: exchangeSchema.shape.newGrantAfter.unwrap(),
      /** Needed once a document is logged (main/services/offer-edits.ts decides). */
      reason: reason('the reason for the change').optional(),
    })
    .strict(),
  'faxes:list': z.object({ which: z.enum(['unfiled', 'all']).default('unfiled') }).strict().default({ which: 'unfiled' }),
  'faxes:get': z.object({ id: recordId }).strict(),
  'faxes:content': z.object({ id: recordId }).strict(),
  'faxes:setAside': z.object({ id: recordId, reason: reason('why it is not an offer document') }).strict(),
  /** Settings › Fax inbox of the open ledger on this computer, and its watcher's status. */
  'inbox:get': none,
  /** `dir` null stops watching; `serverZone` null is the offer's zone; `xferfaxlog` null: no server log. */
  'inbox:set': z
    .object({
      dir: said('the fax inbox folder', PATH_MAX).nullable(),
      xferfaxlog: said("the fax server's log file", PATH_MAX).nullable().default(null),
      serverZone: said("the fax server's time zone", CODE_MAX).nullable().default(null),
    })
    .strict(),
} as const satisfies Record<ChannelName, z.ZodType>;

export type Channel = keyof typeof inputs;
export const CHANNELS = Object.keys(inputs) as Channel[];
// Fails to compile if channels.ts names a channel this table has no schema for (`satisfies`
// above refuses the opposite: a schema for a name channels.ts lacks).
type Unschemed = Exclude<ChannelName, Channel>;
const everyNameHasASchema: [Unschemed] extends [never] ? true : Unschemed = true;
void everyNameHasASchema;

/** Channel -> what a successful call returns. */
export interface Outputs {
  'session:get': SessionInfo;
  'changes:get': ChangeSignal;
  'session:setOperator': SessionInfo;
  'offer:get': OfferSummary;
  'dashboard:get': DashboardData;
  'holders:list': HolderPage;
  'holders:get': HolderDetail;
  'roster:import': RosterImportResult;
  'intake:preview': IntakePreview;
  'intake:record': IntakeResult;
  'attachments:get': AttachmentContent;
  'defects:list': OpenDefectRow[];
  'defects:cure': CureResult;
  'waivers:list': Waiver[];
  'waivers:preview': WaiverPreview;
  'waivers:grant': WaiverResult;
  'extensions:record': ExtensionResult;
  'extensions:preview': ExtensionPreview;
  'extensions:voidPreview': ExtensionVoidPreview;
  'extensions:void': ExtensionVoidResult;
  'waivers:voidPreview': WaiverVoidPreview;
  'waivers:void': WaiverVoidResult;
  'documents:voidPreview': DocumentVoidPreview;
  'documents:void': DocumentVoidResult;
  'documents:correct': CorrectionResult;
  'documents:find': { documentId: number };
  'documents:rows': DocumentRow[];
  'elections:rows': ElectionRow[];
  'corrections:due': CorrectionDue[];
  'settings:update': OfferSummary;
  'audit:verify': VerifyReport;
  'backups:info': BackupsInfo;
  'backups:setKeep': BackupsInfo;
  'confirmations:list': ConfirmationQueue;
  'confirmations:markSent': MarkSentResult;
  'confirmations:json': ConfirmationJsonRow[];
  'letters:preview': LetterPreview;
  'letters:produce': PrintedBatch;
  'letters:reprint': PrintedBatch;
  'letters:history': PrintRunView[];
  'letters:start': LetterJobView;
  'letters:job': LetterJobView;
  'letters:cancel': LetterJobView;
  'close:preview': ClosePreview;
  'close:record': CloseResult;
  'ledger:access': LedgerAccessInfo;
  'promises:list': PromiseQueue;
  'results:get': ResultsSummary;
  'results:pdf': ResultsPdf;
  'offer:check-new': NewOfferCheck;
  'offer:create': NewOfferCreated;
  'offer:history': OfferDetailsHistory;
  'terms:get': ExchangeTermsView;
  'terms:update': ExchangeTermsView;
  'faxes:list': FaxList;
  'faxes:get': FaxView;
  'faxes:content': FaxContent;
  'faxes:setAside': FaxView;
  'inbox:get': InboxView;
  'inbox:set': InboxView;
}

export type Input<C extends Channel> = z.input<(typeof inputs)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputs)[C]>;

/** Errors cross the boundary as data with a code the UI can act on; never as a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string; details: string[] } };

/** The one object the preload exposes on `window.offerDesk`. */
export interface OfferDeskApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Outputs[C]>>;
}

export type { Extension };
