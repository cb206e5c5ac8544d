// The desk: every operation the window and the CLI offer, over one open ledger. Validates against
// the rules, writes through the ledger (one transaction: record + audit event), and answers with
// plain data. It reads the time only from its Clock.
import { OfferDeskError } from '../core/errors';
import { confirmationDueDate } from '../core/business-days';
import { describeDefect } from '../core/defects';
import { extensionAnnouncementDeadline, earliestPermittedExpiration } from '../core/schedule';
import { formatInZone, parseInstantInput, readInstantInput } from '../core/time';
import { signerProblem } from '../core/signer';
import { parseRosterCsv } from '../core/roster';
import { decodeRosterBytes } from '../core/text';
import type { DefectKind, HolderElection, Instant, ReceivedDocument } from '../core/types';
import { ATTACHMENT_MAX_BYTES, documentDraft, inputs, intakePreviewDraft, type DocumentDraft, type IntakePreviewDraft, type ParsedInput } from '../ipc/contract';
import { parseOrRefuse } from './parse-input';
import type {
  AttachmentContent,
  DashboardData,
  DocumentRow,
  ElectionRow,
  ExtensionResult,
  HolderDetail,
  HolderPage,
  IntakeOutcome,
  IntakePreview,
  IntakeResult,
  OfferSummary,
  OpenDefectRow,
  RosterImportResult,
  SessionInfo,
  VerifyReport,
  WaiverPreview,
  WaiverResult,
} from '../ipc/dto';
import { openLedger, type Ledger } from '../ledger/ledger';
import type { KeyProvider } from '../ledger/key-provider';
import type { LetterFontPaths } from '../letters';
import type { Clock } from './clock';
import { describeChanges } from './changes';
import { LetterDesk } from './letters';
import { decideIntake, needsLateKeyingReason, senderOf, type DraftInput } from './intake';
import { catchUp, electionOf, electionOrEmpty, judge, refreshHolder, refreshOfferWide, takeSnapshot, type Snapshot } from './snapshot';
import { electionRowsOf, toDocumentRow, toDocumentView } from './views';
import type { DeskParts } from './desk-parts';
import { recordExtension, type ExtensionInput } from './extensions';
import { dashboardFigures, holderPage, openDefectRows } from './dashboard-figures';

export interface DeskOptions {
  ledgerPath: string;
  keyProvider: KeyProvider;
  clock: Clock;
  /**
   * Who is keying, or null until the person at the desk says (the window asks; it never assumes
   * the OS account). Until then the desk reads and previews but refuses to record anything.
   */
  operator: string | null;
  /** The letter fonts; the Electron app passes its resources folder's (default: the repository's). */
  letterFonts?: LetterFontPaths;
}

const PREVIEW_DOCUMENT_ID = Number.MAX_SAFE_INTEGER;

/** Named in records the app makes before a person is (creating or upgrading a ledger at start). */
export const UNNAMED_OPERATOR = 'Offer Desk (before an operator was named)';
export const NO_OPERATOR = 'Say who is keying first: every record names the person who keyed it (the window asks for your name; the header changes it).';

type AttachmentUpload = ParsedInput<'intake:record'>['attachments'][number];

export class Desk {
  readonly ledger: Ledger;
  private readonly clock: Clock;
  private operator: string | null;
  private snapshotCache: Snapshot | null = null;
  private snapshotVersion = -1;
  /** Confirmation letters, printing and sent marks (main/services/letters.ts). */
  readonly letters: LetterDesk;
  /** What the services split out of the desk (corrections, extensions, voids) work with. */
  readonly parts: DeskParts;

  constructor(ledger: Ledger, clock: Clock, operator: string | null, letterFonts?: LetterFontPaths) {
    this.ledger = ledger;
    this.clock = clock;
    this.operator = operator;
    this.letters = new LetterDesk({
      ledger,
      snapshot: () => this.snapshot(),
      now: () => this.now(),
      operator: () => this.keyer(),
      fonts: letterFonts,
    });
    this.parts = {
      ledger,
      snapshot: () => this.snapshot(),
      now: () => this.now(),
      operator: () => this.keyer(),
      write: (fn) => this.write(fn),
    };
  }

  /**
   * One transaction against the snapshot current inside it; afterwards only the holders the write
   * touched are re-judged (an offer-wide write, `holders: null`, re-judges the holders with paper
   * from memory). The snapshot is marked current as of this write's own last event, never a later
   * one: a write by another process after it is caught up with on the next read.
   */
  private write<T>(fn: (snap: Snapshot) => { value: T; holders: readonly string[] | null }): T {
    let headBefore = -1;
    let headAfter = -1;
    const out = this.ledger.transaction(() => {
      const snap = this.snapshot();
      headBefore = this.snapshotVersion;
      const result = fn(snap);
      headAfter = this.ledger.auditHead().seq;
      return result;
    });
    if (this.snapshotCache && this.snapshotVersion === headBefore) {
      if (out.holders === null) refreshOfferWide(this.snapshotCache, this.ledger);
      else for (const id of out.holders) refreshHolder(this.snapshotCache, this.ledger, id);
      this.snapshotVersion = headAfter;
    }
    return out.value;
  }

  close(): void {
    this.ledger.close();
  }

  now(): Instant {
    return this.clock.now();
  }

  // --- reading -------------------------------------------------------------------------------

  /** Elections are brought up to date whenever the ledger changed (by this desk or another process). */
  snapshot(): Snapshot {
    // Every change appends an audit event, so the head's sequence number moves with any write.
    const version = this.ledger.auditHead().seq;
    if (!this.snapshotCache) this.snapshotCache = takeSnapshot(this.ledger);
    else if (version !== this.snapshotVersion) this.snapshotCache = catchUp(this.snapshotCache, this.ledger, this.snapshotVersion, version);
    this.snapshotVersion = version;
    return this.snapshotCache;
  }

  /**
   * Called right after this desk's own write for one holder. Nothing to do here: the next read
   * catches up from the audit trail (snapshot.ts catchUp), re-judging the holders this write's
   * events name and anything another process wrote meanwhile, so the cache is never marked current
   * without a write it has not seen.
   */
  private holderChanged(_employeeId: string, _headBefore: number): void {}

  session(): SessionInfo {
    return { operator: this.operator, ledgerPath: this.ledger.info().path, now: this.now() };
  }

  /** Null forgets who is keying (the test harness, between seeding and the window's own session). */
  setOperator(operator: string | null): SessionInfo {
    this.operator = operator === null ? null : parseOrRefuse(inputs['session:setOperator'], { operator }, 'operator').operator;
    return this.session();
  }

  /** Who is keying this write: every record names a person the desk was told, never a guess. */
  private keyer(): string {
    if (this.operator === null) throw new OfferDeskError('invalid-input', NO_OPERATOR);
    return this.operator;
  }

  offer(): OfferSummary {
    const snap = this.snapshot();
    const now = this.now();
    const zone = snap.settings.zone;
    return {
      settings: snap.settings,
      expiresAt: snap.expiresAt,
      expiresAtText: formatInZone(snap.expiresAt, zone),
      intakeOpen: now <= snap.expiresAt,
      now,
      extensions: this.ledger.extensions(),
      schedule: {
        earliestPermittedExpiration: earliestPermittedExpiration(snap.settings.commencedOn, zone),
        extensionAnnouncementDeadline: extensionAnnouncementDeadline(snap.expiresAt, zone),
      },
    };
  }

  private holderOrThrow(snap: Snapshot, employeeId: string) {
    const holder = snap.holderById.get(employeeId);
    if (!holder) throw new OfferDeskError('not-found', `No holder with employee id ${employeeId} is on the eligibility roster.`);
    return holder;
  }

  holderDetail(employeeId: string): HolderDetail {
    const snap = this.snapshot();
    const holder = this.holderOrThrow(snap, employeeId);
    const election = electionOf(snap, employeeId);
    const grants = snap.grantsByHolder.get(employeeId) ?? [];
    const byGrant = new Map(election.grants.map((g) => [g.grantId, g]));
    const documents = [...(snap.documentsByHolder.get(employeeId) ?? [])]
      .sort((a, b) => (a.receivedAt === b.receivedAt ? b.id - a.id : a.receivedAt < b.receivedAt ? 1 : -1))
      .map((d) => toDocumentView(d, election, snap.settings.zone, this.ledger.attachments(d.id)));
    return {
      holder,
      grants: grants.map((g) => {
        const e = byGrant.get(g.grantId);
        if (!e) throw new Error(`grant ${g.grantId} was not assessed`);
        return { ...g, ...e };
      }),
      election,
      documents,
    };
  }

  listHolders(input: ParsedInput<'holders:list'>): HolderPage {
    return holderPage(this.parts, input);
  }

  attachment(id: number): AttachmentContent {
    const found = this.ledger.attachment(id);
    if (!found) throw new OfferDeskError('not-found', `There is no attachment ${id}.`);
    const { bytes, ...info } = found;
    return { ...info, base64: Buffer.from(bytes).toString('base64') };
  }

  electionRows(): ElectionRow[] {
    return electionRowsOf(this.snapshot());
  }

  documentRows(): DocumentRow[] {
    const snap = this.snapshot();
    return this.ledger
      .documents()
      .map((d) => toDocumentRow(d, electionOf(snap, d.employeeId), snap.settings.zone));
  }

  dashboard(): DashboardData {
    return dashboardFigures(this.parts, this.offer());
  }

  openDefects(): OpenDefectRow[] {
    return openDefectRows(this.parts);
  }

  previewWaiver(defect: DefectKind): WaiverPreview {
    const snap = this.snapshot();
    const affected: WaiverPreview['affected'] = [];
    for (const doc of this.ledger.documents()) {
      if (!doc.defects.includes(defect)) continue;
      const election = electionOf(snap, doc.employeeId);
      const a = election.documents.find((x) => x.documentId === doc.id);
      const status = a?.defects.find((x) => x.defect === defect);
      if (!a || !status || status.state === 'waived' || status.state === 'cured') continue;
      const othersOpen = a.defects.some((x) => x.defect !== defect && (x.state === 'open' || x.state === 'cure-late'));
      affected.push({
        documentId: doc.id,
        employeeId: doc.employeeId,
        name: snap.holderById.get(doc.employeeId)?.name ?? doc.employeeId,
        receivedAtText: formatInZone(doc.receivedAt, snap.settings.zone),
        becomesProperlyMade: !othersOpen,
      });
    }
    return { defect, affected };
  }

  verify(): VerifyReport {
    return this.ledger.verify();
  }

  // --- intake --------------------------------------------------------------------------------

  private decide(raw: DocumentDraft) {
    const draft: DraftInput = parseOrRefuse(documentDraft, raw, 'document');
    const snap = this.snapshot();
    const holder = senderOf(snap, draft);
    const grants = snap.grantsByHolder.get(holder.employeeId) ?? [];
    const decision = decideIntake(draft, {
      settings: snap.settings,
      expiresAt: snap.expiresAt,
      now: this.now(),
      // A preview may be asked before anyone is named; recording checks the keyer first.
      operator: this.operator ?? UNNAMED_OPERATOR,
      grants,
    });
    const before = electionOrEmpty(snap, holder.employeeId);
    return { snap, holder, grants, decision, before };
  }

  /**
   * The intake form as it stands, answered with every reason it cannot be saved yet (in the
   * words `intake:record` would refuse it with) or, when nothing blocks, what saving would do.
   * The window shows this answer; it never decides on its own what the desk will accept.
   */
  previewIntake(raw: IntakePreviewDraft): IntakePreview {
    const form = parseOrRefuse(intakePreviewDraft, raw, 'document');
    const snap = this.snapshot();
    const blocking: string[] = [];
    let lateKeyingRequired = false;
    // The facts the desk needs before it can judge anything, each reported on its own, so the
    // operator sees everything missing at once.
    const notOnRoster = form.notOnRosterName !== null;
    if (notOnRoster) {
      // Paper from someone not on the roster, logged deliberately: known by what the paper says.
      if (form.notOnRosterName === '') blocking.push('Type the sender\'s name as written on the paper.');
      if (form.employeeId === '') blocking.push('Type the employee id as written on the paper.');
    } else if (form.employeeId === '') blocking.push('Choose the holder.');
    else if (!snap.holderById.has(form.employeeId)) blocking.push(`No holder with employee id ${form.employeeId} is on the eligibility roster.`);
    if (form.receivedAt === '') {
      blocking.push(form.via === 'fax' ? 'Type the receipt time from the fax header.' : 'Enter when the document was received.');
    } else {
      const reading = readInstantInput(form.receivedAt, snap.settings.zone);
      if (reading.ok) lateKeyingRequired = needsLateKeyingReason(reading.instant, snap.expiresAt, this.now());
      else blocking.push(`The receipt time is unreadable: ${reading.message}`);
    }
    if (this.operator === null) blocking.push(NO_OPERATOR);
    const signer = signerProblem(form.defects, form.signedBy);
    if (signer !== null) blocking.push(signer);
    if (blocking.length > 0) return { blocking, lateKeyingRequired, outcome: null };

    // Everything else is exactly what recording would decide, refusal for refusal.
    try {
      const { holder, grants, decision, before } = this.decide(form);
      // Judge the holder's paper as if this document were already on file, under an id no real
      // document can have.
      const hypothetical: ReceivedDocument = { ...decision.document, id: PREVIEW_DOCUMENT_ID };
      const existing = snap.documentsByHolder.get(holder.employeeId) ?? [];
      const after = judge(snap.settings, snap.expiresAt, snap.waivers, snap.curesByDocument, grants, [...existing, hypothetical]);
      return { blocking: [], lateKeyingRequired: decision.lateKeyingRequired, outcome: this.preview(snap, holder, decision, before, after, PREVIEW_DOCUMENT_ID) };
    } catch (e: unknown) {
      if (e instanceof OfferDeskError) return { blocking: [e.message, ...e.details], lateKeyingRequired, outcome: null };
      throw e;
    }
  }

  private preview(snap: Snapshot, holder: Snapshot['holders'][number], decision: ReturnType<typeof decideIntake>, before: HolderElection, after: HolderElection, documentId: number): IntakeOutcome {
    const zone = snap.settings.zone;
    return {
      holder,
      receivedAt: decision.document.receivedAt,
      receivedAtText: formatInZone(decision.document.receivedAt, zone),
      timely: decision.timely,
      lateKeyingRequired: decision.lateKeyingRequired,
      confirmationDue: confirmationDueDate(decision.document.receivedAt, zone),
      before,
      after,
      changes: describeChanges(before, after, documentId),
      warnings: decision.warnings,
    };
  }

  recordIntake(draft: DocumentDraft, attachments: AttachmentUpload[] = []): IntakeResult {
    const decoded = attachments.map((a) => ({ fileName: a.fileName, mediaType: a.mediaType, bytes: decodeAttachment(a) }));
    const ctx = { at: this.now(), operator: this.keyer() };
    let headBefore = -1;
    const { document, preview } = this.ledger.transaction(() => {
      const { snap, holder, decision, before } = this.decide(draft);
      headBefore = this.snapshotVersion;
      const saved = this.ledger.addDocument(decision.document, ctx);
      for (const a of decoded) this.ledger.addAttachment(saved.id, a, ctx);
      return { document: saved, preview: { snap, holder, decision, before } };
    });
    this.holderChanged(document.employeeId, headBefore);
    const snap = this.snapshot();
    const after = electionOf(snap, document.employeeId);
    const result = this.preview(snap, preview.holder, preview.decision, preview.before, after, document.id);
    return {
      ...result,
      document: toDocumentView(document, after, snap.settings.zone, this.ledger.attachments(document.id)),
    };
  }

  /** The CLI names a document by holder and receipt time, as the paper does. */
  findDocument(employeeIdText: string, receivedAtText: string): ReceivedDocument {
    // The CLI's --employee: the same rule as the channel's, so a refusal never echoes a huge value.
    const { employeeId } = parseOrRefuse(inputs['holders:get'], { employeeId: employeeIdText }, 'employee id');
    const snap = this.snapshot();
    this.holderOrThrow(snap, employeeId);
    const receivedAt = parseInstantInput(receivedAtText, snap.settings.zone);
    const matches = (snap.documentsByHolder.get(employeeId) ?? []).filter((d) => d.receivedAt === receivedAt);
    if (matches.length === 0) {
      throw new OfferDeskError('not-found', `No document from ${employeeId} was received at ${formatInZone(receivedAt, snap.settings.zone)}.`);
    }
    if (matches.length > 1) {
      throw new OfferDeskError('conflict', `${matches.length} documents from ${employeeId} were received at ${formatInZone(receivedAt, snap.settings.zone)}; name one by its id.`);
    }
    return matches[0] as ReceivedDocument;
  }

  cure(raw: ParsedInput<'defects:cure'>): { detail: HolderDetail; warnings: string[] } {
    const input = parseOrRefuse(inputs['defects:cure'], raw, 'cure');
    const warnings: string[] = [];
    const ctx = { at: this.now(), operator: this.keyer() };
    let headBefore = -1;
    const doc = this.ledger.transaction(() => {
      const snap = this.snapshot();
      headBefore = this.snapshotVersion;
      const zone = snap.settings.zone;
      const doc = this.ledger.document(input.documentId);
      if (!doc) throw new OfferDeskError('not-found', `There is no document ${input.documentId}.`);
      if (doc.voided) throw new OfferDeskError('conflict', `Document ${doc.id} is void (${doc.voided.reason}); it counts for nothing and needs no cure.`);
      if (!doc.defects.includes(input.defect)) {
        throw new OfferDeskError('invalid-input', `Document ${doc.id} was not logged with the defect "${input.defect}" (${describeDefect(input.defect)}); there is nothing to cure.`);
      }
      const curedAt = parseInstantInput(input.curedAt, zone);
      if (curedAt > ctx.at) throw new OfferDeskError('future-receipt', `The cure time ${formatInZone(curedAt, zone)} is in the future (it is now ${formatInZone(ctx.at, zone)}).`);
      if (curedAt < doc.receivedAt) throw new OfferDeskError('invalid-input', `A cure cannot come before the document it cures (received ${formatInZone(doc.receivedAt, zone)}).`);
      const status = electionOf(snap, doc.employeeId).documents.find((a) => a.documentId === doc.id)?.defects.find((s) => s.defect === input.defect);
      if (status?.state === 'cured') throw new OfferDeskError('conflict', `The defect "${input.defect}" of document ${doc.id} is already cured.`);
      if (status?.state === 'waived') throw new OfferDeskError('conflict', `The defect "${input.defect}" is waived offer-wide; document ${doc.id} needs no cure for it.`);
      const deadline = doc.cureDeadline ?? snap.expiresAt;
      if (curedAt > deadline) {
        warnings.push(`The cure was received ${formatInZone(curedAt, zone)}, after the cure deadline ${formatInZone(deadline, zone)}: it is logged but the defect stays open.`);
      }
      this.ledger.addCure({ documentId: doc.id, defect: input.defect, curedAt }, ctx);
      return doc;
    });
    this.holderChanged(doc.employeeId, headBefore);
    return { detail: this.holderDetail(doc.employeeId), warnings };
  }

  grantWaiver(defectKind: DefectKind, reasonText: string): WaiverResult {
    // The CLI calls here directly: the same schema as the channel, so the same text rule.
    const { defect, reason } = parseOrRefuse(inputs['waivers:grant'], { defect: defectKind, reason: reasonText }, 'waiver');
    const ctx = { at: this.now(), operator: this.keyer() };
    return this.ledger.transaction(() => {
      if (this.ledger.waivers().some((w) => w.defect === defect)) {
        throw new OfferDeskError('conflict', `The defect "${defect}" is already waived offer-wide.`);
      }
      const { affected } = this.previewWaiver(defect);
      const waiver = this.ledger.addWaiver({ defect, reason }, ctx);
      return { waiver, affected };
    });
  }

  /** See services/extensions.ts (also after the fact, with decided/announced times). */
  recordExtension(toText: string, reason: string, more: Omit<ExtensionInput, 'to' | 'reason'> = {}): ExtensionResult {
    // The CLI arrives here directly: its text obeys the same schema as the window's.
    const input = parseOrRefuse(inputs['extensions:record'], { to: toText, reason, ...more }, 'extension');
    return recordExtension(this.parts, input);
  }

  updateSettings(raw: ParsedInput<'settings:update'>): OfferSummary {
    const patch = parseOrRefuse(inputs['settings:update'], raw, 'settings');
    const ctx = { at: this.now(), operator: this.keyer() };
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length === 0) throw new OfferDeskError('invalid-input', 'Nothing to change: name at least one setting.');
    this.ledger.updateSettings({ ...this.ledger.settings(), ...defined }, ctx);
    return this.offer();
  }

  /**
   * A roster file as read from disk or sent by the window: bytes, decoded here as strict UTF-8
   * (a cp1252 file is refused, never guessed). Text already in memory (tests, benchmarks) is
   * checked by the same parser.
   */
  importRoster(file: Uint8Array | string): RosterImportResult {
    const settings = this.ledger.settings();
    const parsed = parseRosterCsv(typeof file === 'string' ? file : decodeRosterBytes(file), settings.plans);
    this.ledger.importRoster(parsed.holders, parsed.grants, { at: this.now(), operator: this.keyer() });
    return { holders: parsed.holders.length, grants: parsed.grants.length };
  }
}

/** The first bytes of each kind of scan we accept: a file must be what it claims to be. */
const MAGIC: Record<AttachmentUpload['mediaType'], readonly (readonly number[])[]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/tiff': [[0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]], // little- and big-endian
};

function decodeAttachment(a: AttachmentUpload): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.base64)) {
    throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is not valid base64.`);
  }
  const bytes = Buffer.from(a.base64, 'base64');
  if (bytes.length === 0) throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is empty.`);
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is ${(bytes.length / 1048576).toFixed(1)} MiB; the limit is ${ATTACHMENT_MAX_BYTES / 1048576} MiB.`);
  }
  const ok = MAGIC[a.mediaType].some((sig) => sig.every((b, i) => bytes[i] === b));
  if (!ok) throw new OfferDeskError('invalid-input', `Attachment ${a.fileName} is not a ${a.mediaType} file (its contents say otherwise).`);
  return bytes;
}

export function openDesk(options: DeskOptions): Desk {
  // `opening` lets an older ledger be upgraded with the upgrade recorded: who opened it, and when.
  const opening = { at: options.clock.now(), operator: options.operator ?? UNNAMED_OPERATOR };
  const ledger = openLedger({ path: options.ledgerPath, keyProvider: options.keyProvider, opening });
  return new Desk(ledger, options.clock, options.operator, options.letterFonts);
}
