// Confirmation letters and printing: the queue of what is due, previews, producing letters for
// the printer, reprints that are provably the same letters, and marking confirmations sent.
//
// A letter's content is fixed the moment it is produced. Its input (built from the desk's state
// then) is stored as canonical JSON with the SHA-256 of the letter's own PDF, in the same
// transaction as the print run; a reprint renders the stored input again and refuses to hand out
// anything whose SHA-256 differs.
import { OfferDeskError } from '../core/errors';
import { calendarDateInZone, formatInZone } from '../core/time';
import type { CalendarDate, Instant, LetterKind, ReceivedDocument, SendMethod } from '../core/types';
import type { ConfirmationFilter, ConfirmationJsonRow, ConfirmationQueue, LetterPreview, MarkSentResult, PrintedBatch, PrintRunView } from './letter-types';
import type { Ledger, LetterRecord as StoredLetter, PrintRun, WriteContext } from '../ledger/ledger';
import { MAX_LETTERS_PER_RUN } from '../ledger/print-runs';
import { renderBatch, renderLetter, type LetterFontPaths, type LetterInput } from '../letters';
import { confirmationRows, countByStatus, matchesFilter, toLetterRecord, toSentMarkView } from './confirmation-queue';
import { inErrorFor } from './correction-letters';
import { buildLetterInput, defaultLetterKind } from './letter-inputs';
import { countPdfPages, readStoredInput, sha256Hex, storedForm } from './letter-pdf';
import { planSentMarks } from './sent-marks';
import type { Snapshot } from './snapshot';
import { assessmentOf } from './views';

export interface LetterDeskDeps {
  ledger: Ledger;
  snapshot(): Snapshot;
  now(): Instant;
  operator(): string;
  /** Where the letter fonts are; the Electron app points at its resources folder (see main/letters/fonts.ts). */
  fonts: LetterFontPaths | undefined;
}

export interface ProduceOptions {
  /** Every document gets this kind of letter instead of its own (e.g. 'irregularity'). */
  kind?: LetterKind;
  /**
   * Runs inside the transaction, after the letters and the print run are written and before they
   * commit: the CLI writes the PDF file here, so a file that cannot be written leaves nothing
   * recorded. It must be synchronous.
   */
  beforeCommit?: (batch: PrintedBatch, pdf: Buffer) => void;
}

function refuse(code: 'invalid-input' | 'not-found' | 'conflict', message: string, details: readonly string[] = []): never {
  throw new OfferDeskError(code, message, details);
}

/** Ids as a caller gave them: 1 to MAX_LETTERS_PER_RUN whole numbers, none twice. */
function requireIdList(ids: readonly number[], what: string): number[] {
  if (ids.length === 0) refuse('invalid-input', `Name at least one ${what}.`);
  if (ids.length > MAX_LETTERS_PER_RUN) refuse('invalid-input', `${ids.length} ${what}s at once; at most ${MAX_LETTERS_PER_RUN} go into one batch.`);
  const bad = ids.filter((id) => !Number.isSafeInteger(id) || id < 1);
  if (bad.length > 0) refuse('invalid-input', `Not a ${what} number: ${bad.join(', ')}.`);
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (twice.length > 0) refuse('invalid-input', `${what[0]?.toUpperCase()}${what.slice(1)} ${twice.join(', ')} is named more than once.`);
  return [...ids];
}

export class LetterDesk {
  private readonly deps: LetterDeskDeps;

  constructor(deps: LetterDeskDeps) {
    this.deps = deps;
  }

  private today(snap: Snapshot, now: Instant): CalendarDate {
    return calendarDateInZone(now, snap.settings.zone);
  }

  /** One letter alone; a refusal (e.g. a character no letter font has) names the document and holder. */
  private render(input: LetterInput): Buffer {
    try {
      return renderLetter(input, { fonts: this.deps.fonts });
    } catch (e) {
      if (!(e instanceof OfferDeskError)) throw e;
      throw new OfferDeskError(e.code, `The letter about document ${input.document.id} (${input.holder.name}): ${e.message}`, e.details);
    }
  }

  // --- the queue -------------------------------------------------------------------------------

  queue(filter: ConfirmationFilter = 'all', offset = 0, limit = MAX_LETTERS_PER_RUN): ConfirmationQueue {
    const snap = this.deps.snapshot();
    const now = this.deps.now();
    const today = this.today(snap, now);
    const rows = confirmationRows(snap, this.deps.ledger.letters(), this.deps.ledger.sentMarks(), today, now);
    const matching = rows.filter((r) => matchesFilter(r.status, filter));
    return { today, counts: countByStatus(rows), total: matching.length, offset, rows: matching.slice(offset, offset + limit) };
  }

  /**
   * Documents whose confirmation is not sent and is due today or earlier, most overdue first, and
   * documents owed a correction letter (a letter on record about them is in error).
   */
  dueDocumentIds(): number[] {
    return this.queue('all')
      .rows.filter((r) => r.status === 'overdue' || r.status === 'due-today' || r.status === 'correction-due')
      .map((r) => r.documentId);
  }

  /** `offer-desk confirmations --json`: one row per document, by document id. */
  confirmationJson(): ConfirmationJsonRow[] {
    return this.queue('all')
      .rows.map((r) => ({ document_id: r.documentId, employee_id: r.employeeId, due: r.due, sent_at: r.sent?.sentOn ?? null }))
      .sort((a, b) => a.document_id - b.document_id);
  }

  // --- letters ---------------------------------------------------------------------------------

  private documentsOrRefuse(snap: Snapshot, ids: readonly number[]): ReceivedDocument[] {
    const all = new Map([...snap.documentsByHolder.values()].flat().map((d) => [d.id, d]));
    const missing = ids.filter((id) => !all.has(id));
    if (missing.length > 0) refuse('not-found', `No document ${missing.join(', ')} in the ledger. Nothing was produced.`);
    return ids.map((id) => all.get(id) as ReceivedDocument);
  }

  /** The inputs for these documents, every refusal named at once. */
  private inputsFor(snap: Snapshot, docs: readonly ReceivedDocument[], kind: LetterKind | undefined, now: Instant): LetterInput[] {
    const letterDate = this.today(snap, now);
    const problems: string[] = [];
    const inputs: LetterInput[] = [];
    for (const doc of docs) {
      const election = snap.elections.get(doc.employeeId);
      if (election === undefined) throw new OfferDeskError('internal', `no election computed for ${doc.employeeId}`);
      const assessment = assessmentOf(election, doc.id);
      const inError = inErrorFor(this.deps.ledger.letters({ documentId: doc.id }), assessment.standing);
      try {
        inputs.push(buildLetterInput(snap, doc, kind ?? defaultLetterKind(assessment, inError.length > 0), letterDate, now, inError));
      } catch (e) {
        if (!(e instanceof OfferDeskError) || e.code !== 'invalid-input') throw e;
        problems.push(e.message);
      }
    }
    if (problems.length > 0) refuse('invalid-input', `${problems.join(' ')} Nothing was produced.`, problems);
    return inputs;
  }

  /** Renders a letter for the screen; nothing is recorded. It is byte for byte what `produce` would print now. */
  preview(documentId: number, kind?: LetterKind): LetterPreview {
    const snap = this.deps.snapshot();
    const now = this.deps.now();
    const [doc] = this.documentsOrRefuse(snap, [documentId]);
    const [input] = this.inputsFor(snap, doc === undefined ? [] : [doc], kind, now);
    if (input === undefined) throw new OfferDeskError('internal', 'no letter input was built');
    const pdf = this.render(readStoredInput(`The letter about document ${documentId}`, storedForm(input).text));
    return {
      documentId,
      kind: input.kind,
      fileName: `preview-${input.kind}-document-${documentId}-${input.letterDate}.pdf`,
      base64: pdf.toString('base64'),
      pages: countPdfPages(pdf),
    };
  }

  /**
   * Produces one letter per document, dated today, as one PDF for the printer (each letter on a
   * new page), and records every letter and the print run in ONE transaction.
   */
  produce(documentIds: readonly number[], options: ProduceOptions = {}): PrintedBatch {
    const ids = requireIdList(documentIds, 'document');
    const ctx: WriteContext = { at: this.deps.now(), operator: this.deps.operator() };
    const { ledger } = this.deps;
    // Built, rendered and recorded under the write lock, so no other window or command can change
    // the holder's paper between what the letter says and what the ledger records.
    return ledger.transaction(() => {
      const snap = this.deps.snapshot();
      const inputs = this.inputsFor(snap, this.documentsOrRefuse(snap, ids), options.kind, ctx.at);
      // Each letter is rendered from its stored form, so what is printed is what a reprint renders.
      const stored = inputs.map(storedForm);
      const letters = stored.map((s, i) => readStoredInput(`The letter about document ${ids[i] ?? '?'}`, s.text));
      const singles = letters.map((l) => this.render(l));
      const records = ledger.addLetters(
        letters.map((l, i) => {
          const single = singles[i] as Buffer;
          return {
            documentId: l.document.id,
            employeeId: l.holder.employeeId,
            kind: l.kind,
            letterDate: l.letterDate,
            input: (stored[i] as (typeof stored)[number]).json,
            pdfSha256: sha256Hex(single),
            pages: countPdfPages(single),
          };
        }),
        ctx,
      );
      return this.print(snap, records, letters, 'print', ctx, options.beforeCommit);
    });
  }

  /** Renders letters produced earlier from their stored inputs; refuses any that no longer match its SHA-256. */
  reprint(letterIds: readonly number[]): PrintedBatch {
    const ids = requireIdList(letterIds, 'letter');
    const ctx: WriteContext = { at: this.deps.now(), operator: this.deps.operator() };
    const { ledger } = this.deps;
    return ledger.transaction(() => {
      const records = ledger.letters({ ids });
      const found = new Set(records.map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) refuse('not-found', `No letter ${missing.join(', ')} in the ledger. Nothing was printed.`);
      const letters = records.map((r) => readStoredInput(`Letter ${r.id}`, r.inputJson));
      const changed: string[] = [];
      letters.forEach((letter, i) => {
        const record = records[i] as StoredLetter;
        const now = sha256Hex(this.render(letter));
        if (now !== record.pdfSha256) {
          changed.push(`letter ${record.id} (${record.kind} of document ${record.documentId}) renders to SHA-256 ${now.slice(0, 12)}…, not the recorded ${record.pdfSha256.slice(0, 12)}…`);
        }
      });
      if (changed.length > 0) {
        refuse(
          'conflict',
          `Not reprinted: ${changed.join('; ')}. Reprinting would hand out a letter different from the one produced — ` +
            'its stored input was changed outside the app, or this version of Offer Desk prints it differently. ' +
            'Nothing was printed; run Verify to see what changed.',
          changed,
        );
      }
      return this.print(this.deps.snapshot(), records, letters, 'reprint', ctx);
    });
  }

  /** Renders the batch and records the print run (inside the caller's transaction). */
  private print(
    snap: Snapshot,
    records: readonly StoredLetter[],
    letters: readonly LetterInput[],
    purpose: PrintRun['purpose'],
    ctx: WriteContext,
    beforeCommit?: ProduceOptions['beforeCommit'],
  ): PrintedBatch {
    const pdf = renderBatch([...letters], { fonts: this.deps.fonts });
    const pages = countPdfPages(pdf);
    const expected = records.reduce((sum, r) => sum + r.pages, 0);
    if (pages !== expected) throw new OfferDeskError('internal', `the batch has ${pages} pages but its letters ${expected}`);
    const run = this.deps.ledger.addPrintRun({ purpose, letterIds: records.map((r) => r.id), pages, pdfSha256: sha256Hex(pdf) }, ctx);
    const batch: PrintedBatch = {
      printRunId: run.id,
      purpose,
      fileName: `letters-${this.today(snap, ctx.at)}-${purpose}-${run.id}.pdf`,
      base64: pdf.toString('base64'),
      pages,
      pdfSha256: run.pdfSha256,
      letters: records.map((r) => toLetterRecord(r, snap)),
    };
    beforeCommit?.(batch, pdf);
    return batch;
  }

  // --- sent marks and history ------------------------------------------------------------------

  /**
   * Marks the documents' confirmations sent on `sentOn` (a day in the offer's zone, as typed: core
   * reads it, so 2003-03-25 and 3/25/2003 are the same day), all or none.
   */
  markSent(documentIds: readonly number[], sentOn: string, method: SendMethod): MarkSentResult {
    const ids = requireIdList(documentIds, 'document');
    const ctx: WriteContext = { at: this.deps.now(), operator: this.deps.operator() };
    const { ledger } = this.deps;
    return ledger.transaction(() => {
      const snap = this.deps.snapshot();
      const marks = planSentMarks({
        documents: this.documentsOrRefuse(snap, ids),
        sentOn,
        method,
        today: this.today(snap, ctx.at),
        zone: snap.settings.zone,
        letters: ledger.letters(),
        sent: ledger.sentMarks(),
      });
      return { marked: ledger.markSent(marks, ctx).map(toSentMarkView) };
    });
  }

  /** Every print run, newest first, with its letters in printed order. */
  history(): PrintRunView[] {
    const snap = this.deps.snapshot();
    const letters = new Map(this.deps.ledger.letters().map((l) => [l.id, toLetterRecord(l, snap)]));
    return this.deps.ledger
      .printRuns()
      .reverse()
      .map((run) => ({
        id: run.id,
        at: run.at,
        atText: formatInZone(run.at, snap.settings.zone),
        operator: run.operator,
        purpose: run.purpose,
        pages: run.pages,
        pdfSha256: run.pdfSha256,
        letters: run.letterIds.flatMap((id) => {
          const letter = letters.get(id);
          return letter === undefined ? [] : [letter];
        }),
      }));
  }
}
