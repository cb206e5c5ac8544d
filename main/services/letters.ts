// Confirmation letters and printing: the queue of what is due, previews, producing letters for
// the printer, reprints that are provably the same letters, and marking confirmations sent.
//
// A letter's content is fixed the moment it is produced. Its input (built from the desk's state
// then) is stored as canonical JSON with the SHA-256 of the letter's own PDF, in the same
// transaction as the print run; a reprint renders the stored input again and refuses to hand out
// anything whose SHA-256 differs.
import { OfferDeskError } from '../core/errors';
import { formatInZone } from '../core/time';
import type { LetterKind, SendMethod } from '../core/types';
import type { ConfirmationFilter, ConfirmationJsonRow, ConfirmationQueue, LetterPreview, MarkSentResult, PrintedBatch, PrintRunView } from './letter-types';
import type { LetterRecord as StoredLetter, WriteContext } from '../ledger/ledger';
import { MAX_LETTERS_PER_RUN } from '../ledger/print-runs';
import { joinBatch, sha256Hex, countPdfPages } from '../letters';
import { confirmationRows, countByStatus, matchesFilter, toLetterRecord, toSentMarkView } from './confirmation-queue';
import { LetterJobs, type LetterJobView } from './letter-jobs';
import { readStoredInput, storedForm } from './letter-pdf';
import {
  documentsOrRefuse,
  inputsFor,
  prepareLetters,
  recordLetters,
  recordPrintRun,
  renderAlone,
  requireIdList,
  todayOf,
  type LetterDeskDeps,
} from './letter-production';
import { planSentMarks } from './sent-marks';

export type { LetterDeskDeps } from './letter-production';

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

export class LetterDesk {
  private readonly deps: LetterDeskDeps;
  /** Batches produced in the background, off the main thread (see letter-jobs.ts). */
  private readonly jobs: LetterJobs;

  constructor(deps: LetterDeskDeps) {
    this.deps = deps;
    this.jobs = new LetterJobs(deps);
  }

  // --- the queue -------------------------------------------------------------------------------

  queue(filter: ConfirmationFilter = 'all', offset = 0, limit = MAX_LETTERS_PER_RUN): ConfirmationQueue {
    const snap = this.deps.snapshot();
    const now = this.deps.now();
    const today = todayOf(snap, now);
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

  /** Renders a letter for the screen; nothing is recorded. It is byte for byte what `produce` would print now. */
  preview(documentId: number, kind?: LetterKind): LetterPreview {
    const snap = this.deps.snapshot();
    const now = this.deps.now();
    const [doc] = documentsOrRefuse(snap, [documentId]);
    const [input] = inputsFor(this.deps, snap, doc === undefined ? [] : [doc], kind, now);
    if (input === undefined) throw new OfferDeskError('internal', 'no letter input was built');
    const { pdf, pages } = renderAlone(this.deps, readStoredInput(`The letter about document ${documentId}`, storedForm(input).text));
    return {
      documentId,
      kind: input.kind,
      fileName: `preview-${input.kind}-document-${documentId}-${input.letterDate}.pdf`,
      base64: Buffer.from(pdf).toString('base64'),
      pages,
    };
  }

  /**
   * Produces one letter per document, dated today, as one PDF for the printer (each letter on a
   * new page), and records every letter and the print run in ONE transaction. Renders on this
   * thread, for the CLI and scripts; the window starts a job instead (`start`), rendered off it.
   */
  produce(documentIds: readonly number[], options: ProduceOptions = {}): PrintedBatch {
    const ids = requireIdList(documentIds, 'document');
    const ctx: WriteContext = { at: this.deps.now(), operator: this.deps.operator() };
    // Built, rendered and recorded under the write lock, so no other window or command can change
    // the holder's paper between what the letter says and what the ledger records.
    return this.deps.ledger.transaction(() => {
      const prepared = prepareLetters(this.deps, ids, options.kind, ctx.at);
      // Each letter is typeset once, alone; the batch joins those PDFs.
      const rendered = prepared.letters.map((l) => renderAlone(this.deps, l));
      const records = recordLetters(this.deps, prepared, rendered, ctx);
      const pdf = joinBatch(prepared.letters, rendered.map((r) => r.pdf));
      const batch = recordPrintRun(this.deps, prepared.snap, records, { pdf, sha256: sha256Hex(pdf), pages: countPdfPages(pdf) }, 'print', ctx);
      options.beforeCommit?.(batch, pdf);
      return batch;
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
      if (missing.length > 0) throw new OfferDeskError('not-found', `No letter ${missing.join(', ')} in the ledger. Nothing was printed.`);
      const letters = records.map((r) => readStoredInput(`Letter ${r.id}`, r.inputJson));
      const rendered = letters.map((l) => renderAlone(this.deps, l));
      const changed: string[] = [];
      rendered.forEach(({ sha256: now }, i) => {
        const record = records[i] as StoredLetter;
        if (now !== record.pdfSha256) {
          changed.push(`letter ${record.id} (${record.kind} of document ${record.documentId}) renders to SHA-256 ${now.slice(0, 12)}…, not the recorded ${record.pdfSha256.slice(0, 12)}…`);
        }
      });
      if (changed.length > 0) {
        throw new OfferDeskError(
          'conflict',
          `Not reprinted: ${changed.join('; ')}. Reprinting would hand out a letter different from the one produced — ` +
            'its stored input was changed outside the app, or this version of Offer Desk prints it differently. ' +
            'Nothing was printed; run Verify to see what changed.',
          changed,
        );
      }
      // The batch joins the very renders just checked against the recorded SHA-256s.
      const pdf = joinBatch(letters, rendered.map((r) => r.pdf));
      return recordPrintRun(this.deps, this.deps.snapshot(), records, { pdf, sha256: sha256Hex(pdf), pages: countPdfPages(pdf) }, 'reprint', ctx);
    });
  }

  // --- batches in the background ------------------------------------------------------------

  /** Starts producing letters off the main thread; refusals about the documents come at once. */
  start(documentIds: readonly number[], kind?: LetterKind): LetterJobView {
    return this.jobs.start(documentIds, kind);
  }

  job(jobId: number): LetterJobView {
    return this.jobs.view(jobId);
  }

  cancel(jobId: number): LetterJobView {
    return this.jobs.cancel(jobId);
  }

  /** Resolves when the job is recorded, or rejects with its refusal (the CLI and the bench wait so). */
  finished(jobId: number): Promise<PrintedBatch> {
    return this.jobs.finished(jobId);
  }

  /** Where the letter fonts are: the results report prints in the letters' fonts. */
  get fontPaths(): LetterDeskDeps['fonts'] {
    return this.deps.fonts;
  }

  /** Stops the letter workers (the desk is closing). */
  close(): void {
    this.jobs.close();
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
        documents: documentsOrRefuse(snap, ids),
        sentOn,
        method,
        today: todayOf(snap, ctx.at),
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
