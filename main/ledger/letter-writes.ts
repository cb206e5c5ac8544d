// The writes of format 2 — letters, print runs, sent marks — each with its audit event. They run
// inside the SqliteLedger's transaction (which the caller may have opened around a whole batch),
// check what the ledger holds first, and name every offending record in one refusal, so a batch
// of hundreds is either written whole or not at all and the person knows exactly why.

import { letterAnswersDocument } from '../core/answering-letter';
import { OfferDeskError } from '../core/errors';
import type { LetterRecord, NewPrintRun, NewSentMark, PrintRun, SentMark, WriteContext } from './ledger';
import type { validateLetter } from './letters';
import type { Stores } from './sqlite-ledger';

const SHOWN = 20;

/** "1, 2, 3 … (and 7 more)": enough to act on, short enough for a dialog. */
function nameSome(items: readonly (string | number)[]): string {
  const shown = items.slice(0, SHOWN).join(', ');
  return items.length > SHOWN ? `${shown} (and ${items.length - SHOWN} more)` : shown;
}

function refuse(code: 'not-found' | 'conflict' | 'invalid-input', message: string, details: readonly string[] = []): never {
  throw new OfferDeskError(code, `${message} Nothing was recorded.`, details);
}

export function writeLetters(stores: Stores, letters: readonly ReturnType<typeof validateLetter>[], ctx: WriteContext): LetterRecord[] {
  const missing = letters.filter((l) => !stores.documents.exists(l.documentId)).map((l) => l.documentId);
  if (missing.length > 0) refuse('not-found', `No document ${nameSome(missing)} in the ledger.`);
  const misaddressed = letters.filter((l) => stores.documents.holderOf(l.documentId) !== l.employeeId);
  if (misaddressed.length > 0) {
    const details = misaddressed.map((l) => `document ${l.documentId} is not from ${l.employeeId}`);
    refuse('invalid-input', `A letter must go to the holder who sent its document: ${details.join('; ')}.`, details);
  }
  return letters.map((l) => {
    const { letter, rows } = stores.letters.insert(l, ctx);
    stores.audit.append('letter.produced', rows, ctx);
    return letter;
  });
}

export function writePrintRun(stores: Stores, run: NewPrintRun, ctx: WriteContext): PrintRun {
  const missing = run.letterIds.filter((id) => stores.letters.get(id) === null);
  if (missing.length > 0) refuse('not-found', `No letter ${nameSome(missing)} in the ledger.`);
  const { run: saved, rows } = stores.printRuns.insert(run, ctx);
  stores.audit.append('print-run.recorded', rows, ctx);
  return saved;
}

export function writeSentMarks(stores: Stores, marks: readonly NewSentMark[], ctx: WriteContext): SentMark[] {
  const ids = marks.map((m) => m.documentId);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) refuse('invalid-input', `Document ${nameSome([...new Set(twice)])} is listed more than once.`);
  const missing = ids.filter((id) => !stores.documents.exists(id));
  if (missing.length > 0) refuse('not-found', `No document ${nameSome(missing)} in the ledger.`);
  const already = marks.map((m) => stores.sentMarks.get(m.documentId)).filter((m): m is SentMark => m !== null);
  if (already.length > 0) {
    const details = already.map((m) => `document ${m.documentId} was marked sent on ${m.sentOn} (${m.method})`);
    refuse('conflict', `Already marked sent: ${nameSome(details)}.`, details);
  }
  const wrong: string[] = [];
  for (const m of marks) {
    const letter = stores.letters.get(m.letterId);
    const defects = stores.documents.get(m.documentId)?.defects ?? [];
    if (letter === null || letter.documentId !== m.documentId || !letterAnswersDocument(letter.kind, defects)) {
      wrong.push(`letter ${m.letterId} is not the confirmation or late-delivery notice (or, for paper from someone not on the roster, the irregularity notice) of document ${m.documentId}`);
    } else if (letter.letterDate > m.sentOn) {
      wrong.push(`letter ${m.letterId} of document ${m.documentId} is dated ${letter.letterDate}, after ${m.sentOn}`);
    }
  }
  if (wrong.length > 0) refuse('invalid-input', `A confirmation is sent only as a letter that exists: ${nameSome(wrong)}.`, wrong);
  return marks.map((m) => {
    const { mark, rows } = stores.sentMarks.insert(m, ctx);
    stores.audit.append('confirmation.sent', rows, ctx);
    return mark;
  });
}
