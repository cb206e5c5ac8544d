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
  CureResult,
  DashboardData,
  ExtensionResult,
  HolderDetail,
  HolderPage,
  IntakePreview,
  IntakeResult,
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
} from './dto';
import { CONFIRMATION_FILTERS, HOLDER_FILTERS } from './dto';
import type { Extension, Waiver } from '../core/types';

const text = (max: number) => z.string().trim().min(1).max(max);
const employeeId = text(64);
/** A time as typed at the desk: ISO with offset, or wall-clock read in the offer's zone. */
const timeInput = text(40);

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/tiff', 'image/png', 'image/jpeg'] as const;
/** 25 MiB: a many-page fax scan fits; anything bigger is probably the wrong file. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

export const attachmentUpload = z
  .object({
    fileName: text(255),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
    base64: z.string().min(1).max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4),
  })
  .strict();

export const documentDraft = z
  .object({
    employeeId,
    kind: z.enum(DOCUMENT_KINDS),
    via: z.enum(DELIVERY_VIAS),
    receivedAt: timeInput,
    /** Defaults from `via`: a fax's header time, a hand delivery's desk stamp. */
    receiptSource: z.enum(RECEIPT_SOURCES).optional(),
    pages: z.number().int().min(1).max(1000).nullable().default(null),
    senderFax: z.string().trim().max(40).nullable().default(null),
    signedBy: z.string().trim().max(200).nullable().default(null),
    signerCapacity: z.enum(SIGNER_CAPACITIES).default('holder'),
    defects: z.array(z.enum(DEFECT_KINDS)).max(DEFECT_KINDS.length).default([]),
    /** Election Form only, and required on one: each grant named with the shares tendered (a grant not named keeps its options). */
    tenders: z
      .array(z.object({ grantId: text(64), shares: z.number().int().min(0).max(1e12) }).strict())
      .max(10_000)
      .default([]),
    lateKeyingReason: z.string().trim().max(2000).nullable().default(null),
    cureDeadline: timeInput.nullable().default(null),
  })
  .strict();
export type DocumentDraft = z.input<typeof documentDraft>;

/**
 * The intake form as it stands, for the preview: a holder not yet chosen or a receipt time not
 * yet typed is one of the preview's blocking reasons (said in the desk's words), not a refusal.
 */
export const intakePreviewDraft = documentDraft.extend({
  employeeId: z.string().trim().max(64),
  receivedAt: z.string().trim().max(40),
});
export type IntakePreviewDraft = z.input<typeof intakePreviewDraft>;

const none = z.object({}).strict().default({});

/** The most letters (or documents) one request may name: one batch for the printer. */
export const MAX_LETTERS_PER_BATCH = 5000;
const recordId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const idBatch = z.array(recordId).min(1).max(MAX_LETTERS_PER_BATCH);
/** A day as the desk writes it; whether it is real, past and after receipt is the service's call. */
const calendarDay = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date in the form YYYY-MM-DD');

/** Channel -> input schema. Adding a channel here makes it exist everywhere (handlers, preload, harness). */
export const inputs = {
  'session:get': none,
  'session:setOperator': z.object({ operator: text(100) }).strict(),
  'offer:get': none,
  'dashboard:get': none,
  'holders:list': z
    .object({
      query: z.string().max(200).default(''),
      filter: z.enum(HOLDER_FILTERS).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    })
    .strict(),
  'holders:get': z.object({ employeeId }).strict(),
  'roster:import': z.object({ csv: z.string().min(1).max(200 * 1024 * 1024) }).strict(),
  'intake:preview': z.object({ draft: intakePreviewDraft }).strict(),
  'intake:record': z
    .object({ draft: documentDraft, attachments: z.array(attachmentUpload).max(20).default([]) })
    .strict(),
  'attachments:get': z.object({ id: z.number().int().min(1) }).strict(),
  'defects:list': none,
  'defects:cure': z
    .object({ documentId: z.number().int().min(1), defect: z.enum(DEFECT_KINDS), curedAt: timeInput })
    .strict(),
  'waivers:list': none,
  'waivers:preview': z.object({ defect: z.enum(DEFECT_KINDS) }).strict(),
  'waivers:grant': z.object({ defect: z.enum(DEFECT_KINDS), reason: text(2000) }).strict(),
  'extensions:record': z.object({ to: timeInput, reason: text(2000) }).strict(),
  'settings:update': z
    .object({
      company: text(200).optional(),
      cfoName: text(200).optional(),
      cfoTitle: text(200).optional(),
      addressLines: z.array(text(200)).min(1).max(6).optional(),
      phone: text(40).optional(),
      fax: text(40).optional(),
    })
    .strict(),
  'audit:verify': none,
  'confirmations:list': z
    .object({
      filter: z.enum(CONFIRMATION_FILTERS).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(MAX_LETTERS_PER_BATCH).default(MAX_LETTERS_PER_BATCH),
    })
    .strict(),
  'confirmations:markSent': z.object({ documentIds: idBatch, sentOn: calendarDay, method: z.enum(SEND_METHODS) }).strict(),
  'letters:preview': z.object({ documentId: recordId, kind: z.enum(LETTER_KINDS).optional() }).strict(),
  'letters:produce': z.object({ documentIds: idBatch, kind: z.enum(LETTER_KINDS).optional() }).strict(),
  'letters:reprint': z.object({ letterIds: idBatch }).strict(),
  'letters:history': none,
} as const;

export type Channel = keyof typeof inputs;
export const CHANNELS = Object.keys(inputs) as Channel[];

/** Channel -> what a successful call returns. */
export interface Outputs {
  'session:get': SessionInfo;
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
  'settings:update': OfferSummary;
  'audit:verify': VerifyReport;
  'confirmations:list': ConfirmationQueue;
  'confirmations:markSent': MarkSentResult;
  'letters:preview': LetterPreview;
  'letters:produce': PrintedBatch;
  'letters:reprint': PrintedBatch;
  'letters:history': PrintRunView[];
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
