// The sentences the desk reads aloud about a holder's election: what governs and why every
// other document does not. Kept apart from the rules so that wording can change without
// touching them. Times are always on the offer's clock (formatInZone), never the machine's.

import { formatInZone } from './time';
import { isPaperDefect } from './types';
import type {
  CalendarDate,
  DefectStatus,
  ElectionState,
  Grant,
  GrantElection,
  Instant,
  ReceivedDocument,
} from './types';

export interface WeighedDocument {
  doc: ReceivedDocument;
  timely: boolean;
  defects: DefectStatus[];
  properlyMade: boolean;
}

export interface ExplanationContext {
  zone: string;
  expiresAt: Instant;
  lookbackFrom: CalendarDate;
  /** Every document, in receipt order. */
  weighed: readonly WeighedDocument[];
  governing: WeighedDocument | null;
  /** Timely, properly made documents in receipt order (the last one governs). */
  effective: readonly WeighedDocument[];
}

const TITLES = { election: 'Election Form', notice: 'Notice' } as const;

function at(instant: Instant, ctx: ExplanationContext): string {
  return formatInZone(instant, ctx.zone);
}

function named(doc: ReceivedDocument, ctx: ExplanationContext): string {
  return `the ${TITLES[doc.kind]} received ${at(doc.receivedAt, ctx)}`;
}

/** 12345 -> "12,345", by hand so the output never depends on the machine's locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function shares(n: number): string {
  return `${grouped(n)} share${n === 1 ? '' : 's'}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The defects still in the way: "unsigned (open)" on the document's own line, or
 * "unsigned: open" inside the holder's sentence, where it already sits in parentheses.
 */
function unsettled(w: WeighedDocument, ctx: ExplanationContext, inline = false): string[] {
  const deadline = w.doc.cureDeadline ?? ctx.expiresAt;
  const say = (defect: string, why: string) => (inline ? `${defect}: ${why}` : `${defect} (${why})`);
  return w.defects.flatMap((s) => {
    if (s.state === 'open') return [say(s.defect, 'open')];
    if (s.state === 'cure-late' && s.curedAt !== null) {
      return [say(s.defect, `cure received ${at(s.curedAt, ctx)}, after the cure deadline ${at(deadline, ctx)}`)];
    }
    return [];
  });
}

function settled(w: WeighedDocument, ctx: ExplanationContext): string[] {
  return w.defects.flatMap((s) => {
    if (s.state === 'cured' && s.curedAt !== null) return [`${s.defect} cured ${at(s.curedAt, ctx)}`];
    if (s.state === 'waived') return [`${s.defect} waived for the whole offer (waiver #${s.waiverId ?? '?'})`];
    return [];
  });
}

/** For a document whose defects were all settled: it counts from when it was received. */
function settledNote(w: WeighedDocument, ctx: ExplanationContext): string {
  const list = settled(w, ctx);
  if (list.length === 0) return '';
  return ` Its defects are settled (${list.join('; ')}), so it takes its place by its original receipt time ${at(w.doc.receivedAt, ctx)}.`;
}

/**
 * Paper from someone not on the roster, or naming a grant not the holder's, can never be cured or
 * waived into counting: saying "until cured or waived" of it would promise what cannot happen.
 */
function noEffect(w: WeighedDocument): string {
  return w.defects.some((s) => isPaperDefect(s.defect)) ? 'has no effect and never can: it is kept on record as written' : 'has no effect until cured or waived';
}

export function explainDocument(w: WeighedDocument, ctx: ExplanationContext): string {
  if (!w.timely) {
    return `Late: received ${at(w.doc.receivedAt, ctx)}, after the expiration ${at(ctx.expiresAt, ctx)}; it has no effect.`;
  }
  if (!w.properlyMade) {
    const done = settled(w, ctx);
    const also = done.length > 0 ? ` Already settled: ${done.join('; ')}.` : '';
    return `Defective: ${unsettled(w, ctx).join('; ')}. It ${noEffect(w)}.${also}`;
  }
  if (w === ctx.governing) {
    const twins = ctx.effective.filter((o) => o !== w && o.doc.receivedAt === w.doc.receivedAt);
    const tie =
      twins.length === 0
        ? ''
        : ` ${twins.map((o) => `Document #${o.doc.id}`).join(' and ')} ${twins.length === 1 ? 'was' : 'were'} received at the same instant; ` +
          `of documents received at the same instant the one recorded later (here #${w.doc.id}) is taken as the later.`;
    return `Governs: received ${at(w.doc.receivedAt, ctx)}, the latest properly made document received by the expiration.${tie}${settledNote(w, ctx)}`;
  }
  const next = ctx.effective[ctx.effective.indexOf(w) + 1];
  if (next === undefined) return `Superseded.${settledNote(w, ctx)}`; // unreachable: only the last effective one governs
  const tie =
    next.doc.receivedAt === w.doc.receivedAt
      ? ` (received at the same instant; the one recorded later, #${next.doc.id}, is taken as the later)`
      : '';
  return `Superseded by ${named(next.doc, ctx)}${tie}.${settledNote(w, ctx)}`;
}

function whyNot(w: WeighedDocument, ctx: ExplanationContext): string | null {
  if (!w.timely) return `${named(w.doc, ctx)} was late`;
  if (!w.properlyMade) return `${named(w.doc, ctx)} is defective (${unsettled(w, ctx, true).join('; ')}) and ${noEffect(w)}`;
  return null;
}

function firstSentence(ctx: ExplanationContext): string {
  if (ctx.weighed.length === 0) return 'No document has been received from this holder.';
  const reasons = ctx.weighed.flatMap((w) => whyNot(w, ctx) ?? []);
  const gov = ctx.governing;
  if (gov === null) return `No document governs: ${reasons.join('; ')}.`;
  const twins = ctx.effective.filter((o) => o !== gov && o.doc.receivedAt === gov.doc.receivedAt);
  const tie = twins.length === 0 ? '' : ` (recorded after document #${twins.map((o) => o.doc.id).join(' and #')}, received at the same instant)`;
  const earlier = ctx.effective.length - 1;
  const supersedes = earlier === 0 ? '' : `, which supersedes ${plural(earlier, 'earlier document')}`;
  return `${[`Governed by ${named(gov.doc, ctx)}${tie}${supersedes}`, ...reasons].join('; ')}.`;
}

function resultSentence(state: ElectionState, elections: readonly GrantElection[], ctx: ExplanationContext): string {
  if (ctx.governing?.doc.kind === 'notice') return 'It withdraws every tender: nothing is tendered and the holder keeps all Old Options.';
  if (state === 'tendered-none') return 'Nothing is tendered.';
  if (state === 'tendered-all') {
    return `Every eligible grant is tendered in full (${shares(elections.reduce((s, g) => s + g.sharesTendered, 0))}).`;
  }
  const tendered = elections
    .filter((g) => g.sharesTendered > 0)
    .map((g) => `${g.grantId} (${grouped(g.sharesTendered)} of ${shares(g.sharesEligible)})`);
  const kept = elections.filter((g) => g.sharesTendered === 0).map((g) => g.grantId);
  return `Tendered: ${tendered.join(', ')}${kept.length > 0 ? `; kept: ${kept.join(', ')}` : ''}.`;
}

function lookbackSentence(elections: readonly GrantElection[], grants: readonly Grant[], ctx: ExplanationContext): string {
  const raised = elections.filter((g) => g.raisedByLookback);
  if (raised.length === 0) return '';
  const dates = new Map(grants.map((g) => [g.grantId, g.grantDate]));
  const list = raised.map((g) => `${g.grantId} (granted ${dates.get(g.grantId) ?? '?'})`).join(', ');
  const one = raised.length === 1;
  return ` Under the look-back rule ${one ? 'grant' : 'grants'} ${list} ${one ? 'is' : 'are'} tendered in full, more than the form said, because anything tendered carries every grant made on or after ${ctx.lookbackFrom}.`;
}

export function explainHolder(
  state: ElectionState,
  elections: readonly GrantElection[],
  grants: readonly Grant[],
  ctx: ExplanationContext,
): string {
  return `${firstSentence(ctx)} ${resultSentence(state, elections, ctx)}${lookbackSentence(elections, grants, ctx)}`;
}
