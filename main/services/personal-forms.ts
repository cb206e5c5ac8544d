// Personalised forms for `offer-desk forms` and File › Print personalised forms…: every holder's
// Election Form (their eligible grants, a box for the shares tendered) and Notice to Change
// Election, each page carrying the 2-D code the desk reads back from a fax, as one PDF streamed to
// a new file. Nothing is recorded: blank forms are not paper received, and the code names the
// holder and the form, nothing that could change.
//
// Who gets forms: every holder on the roster, in roster order, both forms. A holder is on the roster
// only through an eligible grant, so every Election Form lists at least one; and a complete mailing
// (forms = holders) is what a CFO can count and check. The Notice goes to everyone too, even to a
// holder who has not tendered: they may tender later and then change their mind, and a form they
// already have is one less phone call on the last day.
import { OfferDeskError } from '../core/errors';
import { grantsWithoutPaper } from '../core/elections';
import { letterheadProblem } from '../core/letterhead-ready';
import { calendarDateInZone } from '../core/time';
import { isTimely } from '../core/timeliness';
import type { LetterFontPaths } from '../letters';
import type { FormHolder, PersonalFormsOffer } from '../letters/personal-form-input';
import { PersonalFormsPdf } from '../letters/personal-forms-pdf';
import type { DeskReader } from './desk-parts';
import { openNewFile } from './export-file';
import { letterhead } from './letter-inputs';
import type { Snapshot } from './snapshot';

export interface PersonalFormsRequest {
  /** The PDF to create; it must not exist. */
  path: string;
  /** Only these holders (in roster order all the same); null or absent: every holder. */
  employeeIds?: readonly string[] | null;
  fonts?: LetterFontPaths;
}

export interface PersonalFormsResult {
  path: string;
  holders: number;
  pages: number;
  bytes: number;
  /**
   * The offer had expired when the forms were printed: a form received now cannot count. Printing
   * is not refused (a copy for the file, a reprint for a dispute), but the caller says so.
   */
  expired: boolean;
}

function formsOffer(reader: DeskReader, snap: Snapshot): PersonalFormsOffer {
  const s = snap.settings;
  return {
    letterhead: letterhead(snap),
    ledgerId: reader.ledger.info().ledgerId,
    plans: [...s.plans],
    lookbackFrom: s.lookbackFrom,
    printDate: calendarDateInZone(reader.now(), s.zone),
  };
}

/** The holders to print, in roster order; an id not on the roster is refused, every one named. */
function chosenHolders(snap: Snapshot, employeeIds: readonly string[] | null | undefined): Snapshot['holders'] {
  if (employeeIds === null || employeeIds === undefined) return snap.holders;
  const wanted = new Set(employeeIds);
  const unknown = [...wanted].filter((id) => !snap.holderById.has(id));
  if (unknown.length > 0) {
    throw new OfferDeskError(
      'not-found',
      `${unknown.length === 1 ? 'This employee id is' : 'These employee ids are'} not on the roster: ${unknown.join(', ')}. No forms were printed.`,
      unknown,
    );
  }
  return snap.holders.filter((h) => wanted.has(h.employeeId));
}

function formHolder(snap: Snapshot, holder: Snapshot['holders'][number]): FormHolder {
  const grants = snap.grantsByHolder.get(holder.employeeId) ?? [];
  // Which grants the look-back rule makes required is core's rule, asked, not restated here.
  const judged = grantsWithoutPaper(grants, snap.settings.lookbackFrom);
  return {
    employeeId: holder.employeeId,
    name: holder.name,
    grants: grants.map((g, i) => ({
      grantId: g.grantId,
      plan: g.plan,
      grantDate: g.grantDate,
      exercisePrice: g.exercisePrice,
      shares: g.shares,
      required: judged[i]?.required ?? false,
    })),
  };
}

/**
 * Writes the forms, holder by holder, yielding after each holder the number done so far (the
 * window's caller gives the event loop a turn; the CLI just runs it through). Every refusal comes
 * before the file is created; a failure part way removes the partial file.
 */
export function* personalFormsSteps(reader: DeskReader, request: PersonalFormsRequest): Generator<number, PersonalFormsResult> {
  // The roster and grants are read once, from the desk's snapshot, not per holder.
  const snap = reader.snapshot();
  const unready = letterheadProblem(snap.settings);
  // The forms tell the holder whom to send them to, at which fax number and address: the letters' rule.
  if (unready !== null) throw new OfferDeskError('invalid-input', `No forms were printed. ${unready}`);
  const holders = chosenHolders(snap, request.employeeIds);
  if (holders.length === 0) throw new OfferDeskError('not-found', 'The roster has no holders: there is nobody to print forms for. No file was written.');
  const offer = formsOffer(reader, snap);
  const expired = !isTimely(reader.now(), snap.expiresAt);
  const file = openNewFile(request.path);
  try {
    let bytes = 0;
    const pdf = new PersonalFormsPdf(
      offer,
      (chunk) => {
        file.write(chunk);
        bytes += chunk.length;
      },
      request.fonts === undefined ? {} : { fonts: request.fonts },
    );
    for (const holder of holders) {
      pdf.add(formHolder(snap, holder));
      yield pdf.holders;
    }
    pdf.finish();
    file.commit();
    return { path: request.path, holders: pdf.holders, pages: pdf.pages, bytes, expired };
  } finally {
    file.discard();
  }
}

/** All at once (the CLI, tests, the bench). */
export function writePersonalForms(reader: DeskReader, request: PersonalFormsRequest): PersonalFormsResult {
  const steps = personalFormsSteps(reader, request);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * For the window: the same, giving the event loop a turn every `every` holders so the window
 * keeps painting during a long batch. `progress` hears the count done.
 */
export async function writePersonalFormsInTurns(
  reader: DeskReader,
  request: PersonalFormsRequest,
  progress: (done: number) => void = () => undefined,
  every = 20,
): Promise<PersonalFormsResult> {
  const steps = personalFormsSteps(reader, request);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (step.value % every === 0) {
      progress(step.value);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
