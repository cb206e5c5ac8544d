// The Ledger over one open SQLite connection: wires the entity stores together, and makes every
// write one transaction holding its rows AND its audit event. Statements are prepared once, when
// the stores are built.

import type Database from 'better-sqlite3';
import { OfferDeskError } from '../core/errors';
import type { ExchangeTerms } from '../core/exchange-terms';
import type { NamedAnchor } from '../core/anchor';
import { closedAtText, offerClosedError } from '../core/offer-closed';
import { readOnlyRefusal } from '../core/ledger-access-words';
import type { Cure, Extension, Grant, OfferSettings, ReceivedDocument, Waiver } from '../core/types';
import { attachmentStore, validateAttachment } from './attachments';
import { auditStore } from './audit';
import { closingStore, type NewClosing, type OfferClosing, validateClosing } from './closings';
import { exchangeTermsStore, validateExchangeTerms, type ExchangeTermsVersion } from './exchange-terms';
import { settingsReasonStore } from './settings-reasons';
import { cureStore, validateCure } from './cures';
import { documentStore, validateDocument } from './documents';
import { extensionStore, validateExtension } from './extensions';
import { faxStore, validateFax, type FaxRecord, type NewFax } from './faxes';
import { writeFax, writeFaxFiling, writeFaxSetAside } from './fax-writes';
import { grantStore } from './grants';
import { holderStore } from './holders';
import type { IdCipher } from './id-cipher';
import { writeLetters, writePrintRun, writeSentMarks } from './letter-writes';
import { letterStore, validateLetter } from './letters';
import { printRunStore, validatePrintRun } from './print-runs';
import { sentMarkStore, validateSentMark } from './sent-marks';
import type {
  Attachment,
  AttachmentInfo,
  AuditEvent,
  AuditHead,
  ImportSummary,
  Ledger,
  LedgerAccess,
  LedgerCounts,
  LedgerInfo,
  LetterFilter,
  LetterRecord,
  NewAttachment,
  NewCure,
  NewDocument,
  NewExtension,
  NewLetter,
  NewPrintRun,
  NewSentMark,
  NewWaiver,
  PrintRun,
  RosterHolder,
  SentMark,
  VerifyReport,
  WriteContext,
} from './ledger';
import { metaStore } from './meta';
import { readFormat } from './migrations/run';
import { importRoster } from './roster';
import { SETTINGS_TABLE, settingsStore, validateSettings, type SettingsVersion } from './settings';
import { translateSqliteError } from './sql-errors';
import { toAuditRow } from './table-spec';
import { requireContext, requireText } from './validate';
import { verifyLedger } from './verify/index';
import { requireSender, writeCorrection, writeDocumentVoid, writeExtensionVoid, writeWaiverVoid } from './void-writes';
import { validateVoid, voidStore, type NewVoid } from './voids';
import { validateWaiver, waiverStore } from './waivers';

export function buildStores(db: Database.Database) {
  return {
    meta: metaStore(db),
    settings: settingsStore(db),
    holders: holderStore(db),
    grants: grantStore(db),
    documents: documentStore(db),
    attachments: attachmentStore(db),
    cures: cureStore(db),
    waivers: waiverStore(db),
    extensions: extensionStore(db),
    letters: letterStore(db),
    printRuns: printRunStore(db),
    sentMarks: sentMarkStore(db),
    voids: voidStore(db),
    exchangeTerms: exchangeTermsStore(db),
    settingsReasons: settingsReasonStore(db),
    closings: closingStore(db),
    faxes: faxStore(db),
    audit: auditStore(db),
  };
}
export type Stores = ReturnType<typeof buildStores>;

export class SqliteLedger implements Ledger {
  private readonly db: Database.Database;
  private readonly path: string;
  private readonly stores: Stores;
  private readonly idCipher: IdCipher;
  private keyChecked = false;
  /** One wrapper reused for every transaction; nested calls become savepoints. */
  private readonly inTransaction: Database.Transaction<(fn: () => unknown) => unknown>;
  /** Read-only media or a damaged file: every write is refused before it starts (read-only-open.ts). */
  private readonly accessMode: LedgerAccess;
  /** Run once the connection is closed (a read-only opening removes its private copy). */
  private readonly afterClose: (() => void) | undefined;

  constructor(
    db: Database.Database,
    path: string,
    idCipher: IdCipher,
    stores: Stores = buildStores(db),
    access: LedgerAccess = { writable: true },
    afterClose?: () => void,
  ) {
    this.db = db;
    this.path = path;
    this.idCipher = idCipher;
    this.stores = stores;
    this.accessMode = access;
    this.afterClose = afterClose;
    this.inTransaction = db.transaction((fn: () => unknown) => fn());
  }

  access(): LedgerAccess {
    return this.accessMode;
  }

  // ---- reads ---------------------------------------------------------------------------------

  info(): LedgerInfo {
    const meta = this.stores.meta.get();
    return {
      ledgerId: meta.ledger_id,
      path: this.path,
      format: readFormat(this.db),
      createdAt: meta.created_at,
      createdBy: meta.created_by,
    };
  }

  settings(): OfferSettings {
    return this.stores.settings.current();
  }

  holders() {
    return this.stores.holders.list();
  }

  holder(employeeId: string) {
    return this.stores.holders.get(employeeId);
  }

  grants(employeeId?: string): Grant[] {
    return this.stores.grants.list(employeeId);
  }

  documents(employeeId?: string): ReceivedDocument[] {
    return this.stores.documents.list(employeeId);
  }

  document(id: number): ReceivedDocument | null {
    return this.stores.documents.get(id);
  }

  cures(): Cure[] {
    return this.stores.cures.list();
  }

  waivers(): Waiver[] {
    return this.stores.waivers.list(this.stores.voids.waiverVoids());
  }

  extensions(): Extension[] {
    return this.stores.extensions.list(this.stores.voids.extensionVoids());
  }

  attachments(documentId: number): AttachmentInfo[] {
    return this.stores.attachments.list(documentId);
  }

  attachment(id: number): Attachment | null {
    return this.stores.attachments.get(id);
  }

  letters(filter: LetterFilter = {}): LetterRecord[] {
    return this.stores.letters.list(filter);
  }

  printRuns(): PrintRun[] {
    return this.stores.printRuns.list();
  }

  sentMarks(): SentMark[] {
    return this.stores.sentMarks.list();
  }

  auditEvents(range: { afterSeq?: number; limit?: number } = {}): AuditEvent[] {
    return this.stores.audit.page(range.afterSeq ?? 0, range.limit ?? -1);
  }

  auditHead(): AuditHead {
    return this.stores.audit.head();
  }

  auditKindsBetween(afterSeq: number, throughSeq: number): string[] {
    return this.stores.audit.typesBetween(afterSeq, throughSeq);
  }

  counts(): LedgerCounts {
    const s = this.stores;
    // One read transaction, so the figures are a consistent snapshot.
    return this.inTransaction.deferred(() => ({
      holders: s.holders.count(),
      grants: s.grants.count(),
      documents: s.documents.count(),
      attachments: s.attachments.count(),
      cures: s.cures.count(),
      waivers: s.waivers.count(),
      extensions: s.extensions.count(),
      settingsVersions: s.settings.count(),
      letters: s.letters.count(),
      printRuns: s.printRuns.count(),
      sentMarks: s.sentMarks.count(),
      voids: s.voids.count(),
      auditEvents: s.audit.count(),
    })) as LedgerCounts;
  }

  revealIdNumber(employeeId: string): string {
    const sealed = this.stores.holders.sealedIdNumber(employeeId);
    if (sealed === null) throw new OfferDeskError('not-found', `No holder ${employeeId} in the ledger.`);
    return this.cipher().decrypt(sealed, employeeId);
  }

  verify(anchors: readonly NamedAnchor[] = []): VerifyReport {
    return verifyLedger(this.db, this.stores.audit, anchors);
  }

  exchangeTerms(): ExchangeTerms {
    return this.stores.exchangeTerms.current();
  }

  settingsChangeReasons(): Map<number, string> {
    return this.stores.settingsReasons.byVersion();
  }

  settingsHistory(): SettingsVersion[] {
    return this.stores.settings.history();
  }

  exchangeTermsHistory(): ExchangeTermsVersion[] {
    return this.stores.exchangeTerms.history();
  }

  faxes(): FaxRecord[] {
    return this.stores.faxes.list();
  }

  fax(id: number): FaxRecord | null {
    return this.stores.faxes.get(id);
  }

  faxBySha256(sha256: string): FaxRecord | null {
    return this.stores.faxes.bySha256(sha256);
  }

  faxOfDocument(documentId: number): FaxRecord | null {
    return this.stores.faxes.ofDocument(documentId);
  }

  faxBytes(id: number): Buffer | null {
    return this.stores.faxes.bytes(id);
  }

  unfiledFaxCount(): number {
    return this.stores.faxes.unfiledCount();
  }

  closing(): OfferClosing | null {
    return this.stores.closings.get();
  }

  // ---- writes --------------------------------------------------------------------------------

  transaction<T>(fn: () => T): T {
    // A ledger open for reading only is refused here too: the connection could not write anyway
    // (it reads a private copy), but the person is told why in words, not "readonly database".
    if (!this.accessMode.writable) throw new OfferDeskError(this.accessMode.code, readOnlyRefusal(this.path, this.accessMode));
    try {
      // IMMEDIATE: take the write lock first, so what fn reads cannot change before it writes.
      return this.inTransaction.immediate(fn) as T;
    } catch (e) {
      throw translateSqliteError(e);
    }
  }

  importRoster(holders: readonly RosterHolder[], grants: readonly Grant[], ctx: WriteContext): ImportSummary {
    const context = requireContext(ctx);
    return this.transaction(() => {
      this.requireOpen();
      return importRoster({ ...this.stores, cipher: () => this.cipher() }, holders, grants, context);
    });
  }

  addDocument(doc: NewDocument, ctx: WriteContext): ReceivedDocument {
    const context = requireContext(ctx);
    const clean = validateDocument(doc);
    return this.transaction(() => {
      this.requireOpen();
      requireSender(this.stores, clean);
      const seq = this.stores.audit.nextSeq();
      const { document, digests } = this.stores.documents.insert(clean, seq);
      this.stores.audit.append('document.recorded', {}, context, undefined, { seq, tables: digests });
      return document;
    });
  }

  voidDocument(v: NewVoid, ctx: WriteContext): ReceivedDocument {
    const context = requireContext(ctx);
    const clean = validateVoid(v, 'void: document');
    return this.transaction(() => {
      this.requireOpen();
      return writeDocumentVoid(this.stores, clean, context);
    });
  }

  correctDocument(v: NewVoid, corrected: NewDocument, ctx: WriteContext): [ReceivedDocument, ReceivedDocument] {
    const context = requireContext(ctx);
    const clean = validateVoid(v, 'correction: document');
    const doc = validateDocument(corrected);
    return this.transaction(() => {
      this.requireOpen();
      return writeCorrection(this.stores, clean, doc, context);
    });
  }

  voidExtension(v: NewVoid, ctx: WriteContext): Extension {
    const context = requireContext(ctx);
    const clean = validateVoid(v, 'void: extension');
    return this.transaction(() => {
      this.requireOpen();
      return writeExtensionVoid(this.stores, clean, context);
    });
  }

  voidWaiver(v: NewVoid, ctx: WriteContext): Waiver {
    const context = requireContext(ctx);
    const clean = validateVoid(v, 'void: waiver');
    return this.transaction(() => {
      this.requireOpen();
      return writeWaiverVoid(this.stores, clean, context);
    });
  }

  addAttachment(documentId: number, attachment: NewAttachment, ctx: WriteContext): AttachmentInfo {
    const context = requireContext(ctx);
    const clean = validateAttachment(attachment);
    return this.transaction(() => {
      this.requireOpen();
      this.requireDocument(documentId);
      const { info, rows } = this.stores.attachments.insert(documentId, clean, context);
      this.stores.audit.append('attachment.added', rows, context);
      return info;
    });
  }

  addCure(cure: NewCure, ctx: WriteContext): Cure {
    const context = requireContext(ctx);
    const clean = validateCure(cure);
    return this.transaction(() => {
      this.requireOpen();
      this.requireDocument(clean.documentId);
      const result = this.stores.cures.insert(clean, context);
      this.stores.audit.append('cure.recorded', result.rows, context);
      return result.cure;
    });
  }

  addWaiver(waiver: NewWaiver, ctx: WriteContext): Waiver {
    const context = requireContext(ctx);
    const clean = validateWaiver(waiver);
    return this.transaction(() => {
      this.requireOpen();
      const result = this.stores.waivers.insert(clean, context);
      this.stores.audit.append('waiver.granted', result.rows, context);
      return result.waiver;
    });
  }

  addExtension(extension: NewExtension, ctx: WriteContext): Extension {
    const context = requireContext(ctx);
    const clean = validateExtension(extension, context.at);
    return this.transaction(() => {
      this.requireOpen();
      const result = this.stores.extensions.insert(clean, context);
      this.stores.audit.append('extension.recorded', result.rows, context);
      return result.extension;
    });
  }

  updateSettings(settings: OfferSettings, ctx: WriteContext, reason?: string): OfferSettings {
    const context = requireContext(ctx);
    const clean = validateSettings(settings);
    const why = reason === undefined ? undefined : requireText(reason, 'settings: the reason for the change');
    return this.transaction(() => {
      this.requireOpen();
      const row = this.stores.settings.insert(clean, context);
      const reasonRows = why === undefined ? {} : this.stores.settingsReasons.insert(row.version, why, context);
      this.stores.audit.append('settings.updated', { offer_settings: [toAuditRow(SETTINGS_TABLE, row)], ...reasonRows }, context);
      return this.stores.settings.current();
    });
  }

  recordExchangeTerms(terms: ExchangeTerms, reason: string, ctx: WriteContext): ExchangeTerms {
    const context = requireContext(ctx);
    if (typeof reason !== 'string') throw new OfferDeskError('invalid-input', 'exchange terms: the reason must be text (empty before the first document)');
    return this.transaction(() => {
      this.requireOpen();
      const clean = validateExchangeTerms(terms, this.stores.settings.current().plans);
      const rows = this.stores.exchangeTerms.insert(clean, reason.trim(), context);
      this.stores.audit.append('terms.recorded', rows, context);
      return this.stores.exchangeTerms.current();
    });
  }

  recordClosing(closing: NewClosing, ctx: WriteContext): OfferClosing {
    const context = requireContext(ctx);
    const clean = validateClosing(closing);
    return this.transaction(() => {
      this.requireOpen();
      const result = this.stores.closings.insert(clean, context);
      this.stores.audit.append('offer.closed', result.rows, context);
      return result.closing;
    });
  }

  /**
   * The close makes the record of the offer final: checked inside each record-writing transaction
   * (after the write lock is taken), so a close by another process can never be overtaken.
   * Letters, printings and sent marks are not checked: the letters of the closing go out after it.
   */
  recordFax(fax: NewFax, ctx: WriteContext): FaxRecord {
    const context = requireContext(ctx);
    const clean = validateFax(fax);
    return this.transaction(() => {
      this.requireOpen();
      return writeFax(this.stores, clean, context);
    });
  }

  fileFax(faxId: number, documentId: number, receiptOverridden: boolean, ctx: WriteContext): FaxRecord {
    const context = requireContext(ctx);
    return this.transaction(() => {
      this.requireOpen();
      return writeFaxFiling(this.stores, faxId, documentId, receiptOverridden === true, context);
    });
  }

  setFaxAside(faxId: number, reason: string, ctx: WriteContext): FaxRecord {
    const context = requireContext(ctx);
    const why = requireText(reason, 'fax: the reason it is not an offer document');
    return this.transaction(() => {
      this.requireOpen();
      return writeFaxSetAside(this.stores, faxId, why, context);
    });
  }

  private requireOpen(): void {
    const closed = this.stores.closings.get();
    if (closed === null) return;
    const zone = this.stores.settings.current().zone;
    throw offerClosedError(closedAtText(closed.closedAt, zone), closed.closedBy);
  }

  addLetters(letters: readonly NewLetter[], ctx: WriteContext): LetterRecord[] {
    const context = requireContext(ctx);
    if (!Array.isArray(letters) || letters.length === 0) throw new OfferDeskError('invalid-input', 'No letters to record.');
    // Validated (and their inputs spelled canonically) before the write lock is taken.
    const clean = letters.map(validateLetter);
    return this.transaction(() => writeLetters(this.stores, clean, context));
  }

  addPrintRun(run: NewPrintRun, ctx: WriteContext): PrintRun {
    const context = requireContext(ctx);
    const clean = validatePrintRun(run);
    return this.transaction(() => writePrintRun(this.stores, clean, context));
  }

  markSent(marks: readonly NewSentMark[], ctx: WriteContext): SentMark[] {
    const context = requireContext(ctx);
    if (!Array.isArray(marks) || marks.length === 0) throw new OfferDeskError('invalid-input', 'No confirmations to mark sent.');
    const clean = marks.map(validateSentMark);
    return this.transaction(() => writeSentMarks(this.stores, clean, context));
  }

  backupTo(destPath: string): AuditHead {
    // VACUUM INTO writes a consistent snapshot (WAL contents included) as one compact file, in a
    // single statement: the copy can never be half-written from a moment between two changes.
    // SQLite refuses to write over an existing file, which is exactly what a backup should do.
    this.db.prepare('VACUUM INTO ?').run(destPath);
    return this.auditHead();
  }

  close(): void {
    if (!this.db.open) return;
    this.db.close();
    this.afterClose?.();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private requireDocument(id: number): void {
    if (!this.stores.documents.exists(id)) throw new OfferDeskError('not-found', `No document ${id} in the ledger.`);
  }

  /** The cipher, once its key is proven to be this ledger's key (checked once per session). */
  private cipher(): IdCipher {
    if (!this.keyChecked) {
      this.idCipher.assertKeyMatches(this.stores.meta.get().key_check);
      this.keyChecked = true;
    }
    return this.idCipher;
  }
}
