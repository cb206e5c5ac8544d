// Producing letters, in the steps the synchronous `produce` and the background jobs share:
// prepare (build each letter's input from the ledger, under the write lock), render (each letter
// alone: the PDF whose SHA-256 is recorded), join (those very PDFs into the batch), record (the
// letters and the print run, in one transaction).
import { OfferDeskError } from '../core/errors';
import { letterheadProblem } from '../core/letterhead-ready';
import { calendarDateInZone } from '../core/time';
import type { CalendarDate, Instant, LetterKind, ReceivedDocument } from '../core/types';
import type { PrintedBatch } from './letter-types';
import type { Json } from '../ledger/canonical-json';
import type { Ledger, LetterRecord as StoredLetter, PrintRun, WriteContext } from '../ledger/ledger';
import { MAX_LETTERS_PER_RUN } from '../ledger/print-runs';
import { countPdfPages, renderLetter, sha256Hex, type LetterFontPaths, type LetterInput } from '../letters';
import { toLetterRecord } from './confirmation-queue';
import { inErrorFor } from './correction-letters';
import { buildLetterInput, defaultLetterKind } from './letter-inputs';
import { readStoredInput, storedForm } from './letter-pdf';
import { promiseInputsFor } from './promise-letters';
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

/** A letter rendered alone, as the worker gives it back (see main/letters/render-protocol.ts). */
export interface RenderedLetter {
  pdf: Uint8Array;
  sha256: string;
  pages: number;
}

/** The batch for the printer, joined from rendered letters. */
export interface JoinedBatch {
  pdf: Uint8Array;
  sha256: string;
  pages: number;
}

/** What a batch of new letters says, built from the ledger at one moment. */
export interface PreparedLetters {
  snap: Snapshot;
  letters: LetterInput[];
  /** Each letter's stored form: canonical JSON text (what is rendered) and JSON data (what is recorded). */
  stored: { text: string; json: Json }[];
}

function refuse(code: 'invalid-input' | 'not-found' | 'conflict', message: string, details: readonly string[] = []): never {
  throw new OfferDeskError(code, message, details);
}

/** Ids as a caller gave them: 1 to MAX_LETTERS_PER_RUN whole numbers, none twice. */
export function requireIdList(ids: readonly number[], what: string): number[] {
  if (ids.length === 0) refuse('invalid-input', `Name at least one ${what}.`);
  if (ids.length > MAX_LETTERS_PER_RUN) refuse('invalid-input', `${ids.length} ${what}s at once; at most ${MAX_LETTERS_PER_RUN} go into one batch.`);
  const bad = ids.filter((id) => !Number.isSafeInteger(id) || id < 1);
  if (bad.length > 0) refuse('invalid-input', `Not a ${what} number: ${bad.join(', ')}.`);
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (twice.length > 0) refuse('invalid-input', `${what[0]?.toUpperCase()}${what.slice(1)} ${twice.join(', ')} is named more than once.`);
  return [...ids];
}

export function todayOf(snap: Snapshot, now: Instant): CalendarDate {
  return calendarDateInZone(now, snap.settings.zone);
}

export function documentsOrRefuse(snap: Snapshot, ids: readonly number[]): ReceivedDocument[] {
  const all = new Map([...snap.documentsByHolder.values()].flat().map((d) => [d.id, d]));
  const missing = ids.filter((id) => !all.has(id));
  if (missing.length > 0) refuse('not-found', `No document ${missing.join(', ')} in the ledger. Nothing was produced.`);
  return ids.map((id) => all.get(id) as ReceivedDocument);
}

/** The inputs for these documents, every refusal named at once. */
export function inputsFor(deps: LetterDeskDeps, snap: Snapshot, docs: readonly ReceivedDocument[], kind: LetterKind | undefined, now: Instant): LetterInput[] {
  // An offer set up without its officer or address cannot sign or head a letter: refused first.
  const unready = letterheadProblem(snap.settings);
  if (unready !== null) refuse('invalid-input', unready);
  const letterDate = todayOf(snap, now);
  // The head as the letters are made (inside the caller's transaction): printed in each footer.
  const head = deps.ledger.auditHead();
  const anchor = { seq: head.seq, hash: head.hash };
  // The letters of the close are made per holder whose options were accepted, not as a reply to a document.
  if (kind === 'promise-to-grant') return promiseInputsFor(deps.ledger, snap, docs, letterDate, deps.now).map((input) => ({ ...input, anchor }));
  const problems: string[] = [];
  const inputs: LetterInput[] = [];
  for (const doc of docs) {
    const election = snap.elections.get(doc.employeeId);
    if (election === undefined) throw new OfferDeskError('internal', `no election computed for ${doc.employeeId}`);
    const assessment = assessmentOf(election, doc.id);
    const inError = inErrorFor(deps.ledger.letters({ documentId: doc.id }), assessment.standing);
    try {
      inputs.push({ ...buildLetterInput(snap, doc, kind ?? defaultLetterKind(assessment, inError.length > 0), letterDate, now, inError), anchor });
    } catch (e) {
      if (!(e instanceof OfferDeskError) || e.code !== 'invalid-input') throw e;
      problems.push(e.message);
    }
  }
  if (problems.length > 0) refuse('invalid-input', `${problems.join(' ')} Nothing was produced.`, problems);
  return inputs;
}

/**
 * The letters about these documents as the ledger says now. Call it inside a transaction: the
 * snapshot and the letters on record are then read at one moment.
 */
export function prepareLetters(deps: LetterDeskDeps, ids: readonly number[], kind: LetterKind | undefined, now: Instant): PreparedLetters {
  const snap = deps.snapshot();
  const inputs = inputsFor(deps, snap, documentsOrRefuse(snap, ids), kind, now);
  // Each letter is rendered from its stored form, so what is printed is what a reprint renders.
  const stored = inputs.map(storedForm);
  const letters = stored.map((s, i) => readStoredInput(`The letter about document ${ids[i] ?? '?'}`, s.text));
  return { snap, letters, stored };
}

/** A refusal while rendering a letter, naming the document and holder it is about. */
export function aboutLetter(input: LetterInput, e: OfferDeskError): OfferDeskError {
  return new OfferDeskError(e.code, `The letter about document ${input.document.id} (${input.holder.name}): ${e.message}`, e.details);
}

/** One letter alone, on this thread (previews, the CLI, reprint checks). */
export function renderAlone(deps: LetterDeskDeps, input: LetterInput): RenderedLetter {
  try {
    const pdf = renderLetter(input, { fonts: deps.fonts });
    return { pdf, sha256: sha256Hex(pdf), pages: countPdfPages(pdf) };
  } catch (e) {
    if (!(e instanceof OfferDeskError)) throw e;
    throw aboutLetter(input, e);
  }
}

/** Records the new letters (inside the caller's transaction); returns them in printed order. */
export function recordLetters(deps: LetterDeskDeps, prepared: PreparedLetters, rendered: readonly RenderedLetter[], ctx: WriteContext): StoredLetter[] {
  return deps.ledger.addLetters(
    prepared.letters.map((l, i) => {
      const single = rendered[i];
      const stored = prepared.stored[i];
      if (single === undefined || stored === undefined) throw new OfferDeskError('internal', `letter ${i + 1} was not rendered`);
      return {
        documentId: l.document.id,
        employeeId: l.holder.employeeId,
        kind: l.kind,
        letterDate: l.letterDate,
        input: stored.json,
        pdfSha256: single.sha256,
        pages: single.pages,
      };
    }),
    ctx,
  );
}

/** Records the print run of a joined batch (inside the caller's transaction). */
export function recordPrintRun(
  deps: LetterDeskDeps,
  snap: Snapshot,
  records: readonly StoredLetter[],
  batch: JoinedBatch,
  purpose: PrintRun['purpose'],
  ctx: WriteContext,
): PrintedBatch {
  const expected = records.reduce((sum, r) => sum + r.pages, 0);
  if (batch.pages !== expected) throw new OfferDeskError('internal', `the batch has ${batch.pages} pages but its letters ${expected}`);
  const run = deps.ledger.addPrintRun({ purpose, letterIds: records.map((r) => r.id), pages: batch.pages, pdfSha256: batch.sha256 }, ctx);
  return {
    printRunId: run.id,
    purpose,
    fileName: `letters-${todayOf(snap, ctx.at)}-${purpose}-${run.id}.pdf`,
    base64: Buffer.from(batch.pdf.buffer, batch.pdf.byteOffset, batch.pdf.byteLength).toString('base64'),
    pages: batch.pages,
    pdfSha256: run.pdfSha256,
    letters: records.map((r) => toLetterRecord(r, snap)),
  };
}
