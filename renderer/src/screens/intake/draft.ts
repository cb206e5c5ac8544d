// The intake form's state and how it becomes the draft the desk is asked about. Pure, and it
// decides nothing: what is missing or wrong is the desk's answer (intake:preview's `blocking`).
import type { DefectKind, DeliveryVia, DocumentKind, FaxReceiptSource, Grant, ReceiptSource, SignerCapacity } from '../../../../main/core/types';
import type { IntakePreviewDraft } from '../../../../main/ipc/contract';

export interface IntakeForm {
  employeeId: string | null;
  kind: DocumentKind;
  via: DeliveryVia;
  /** The receipt-time field exactly as typed; the desk reads it (core's readInstantInput). */
  receivedAt: string;
  /**
   * The operator has typed in the receipt-time field. Until then a hand delivery's desk stamp
   * shows the desk's clock, ticking; a fax's time is never filled in (it comes from the header).
   */
  receivedAtEdited: boolean;
  receiptSource: ReceiptSource;
  pages: number | '';
  senderFax: string;
  signedBy: string;
  signerCapacity: SignerCapacity;
  defects: DefectKind[];
  /** "Every grant in full": each grant tenders all its shares, whatever grants the holder turns out to have. */
  everyGrantInFull: boolean;
  /** grantId -> shares tendered on the form; a grant not named tenders nothing (as in the CLI). */
  tenders: Record<string, number | ''>;
  files: File[];
  lateKeyingReason: string;
  /**
   * Paper from someone not on the roster, logged deliberately: the sender's name as written (null
   * for a holder on the roster). `employeeId` is then the id as written.
   */
  notOnRosterName: string | null;
  /**
   * Election Form lines typed as written: every line of paper from someone not on the roster, or
   * grants a rostered holder's form names that are not theirs (the form is then logged with the
   * defect grant-not-eligible and cannot count).
   */
  writtenLines: WrittenLine[];
}

export interface WrittenLine {
  grantId: string;
  shares: number | '';
}

export function emptyForm(employeeId: string | null): IntakeForm {
  return {
    employeeId,
    kind: 'election',
    via: 'fax',
    receivedAt: '',
    receivedAtEdited: false,
    receiptSource: 'fax-header',
    pages: 1,
    senderFax: '',
    signedBy: '',
    signerCapacity: 'holder',
    defects: [],
    everyGrantInFull: false,
    tenders: {},
    files: [],
    lateKeyingReason: '',
    notOnRosterName: null,
    writtenLines: [],
  };
}

/** The receipt time a fax from the inbox brings, as its record gives it (faxes:get's prefill). */
export interface FaxReceiptPrefill {
  /** The time field's text for the fax record's receipt time. */
  receivedAt: string;
  source: FaxReceiptSource;
  /** How the record knows it, in words ("from the fax server's log: between … and …"). */
  note: string;
}

/**
 * The form for a fax from the inbox: holder and form as its code says (empty when it says nothing
 * usable), delivered by fax, received when its record says, its pages counted. The source stays
 * "fax header" in the form: the desk takes the fax record's source unless the time is typed over.
 */
export function formFromFax(prefill: { employeeId: string; kind: DocumentKind | null; receivedAt: string; pages: number }): IntakeForm {
  return {
    ...emptyForm(prefill.employeeId === '' ? null : prefill.employeeId),
    kind: prefill.kind ?? 'election',
    via: 'fax',
    receivedAt: prefill.receivedAt,
    receivedAtEdited: true,
    pages: prefill.pages,
  };
}

/** The form switched to paper from someone not on the roster, prefilled with what was typed in the picker. */
export function asNotOnRoster(form: IntakeForm, typed: string): IntakeForm {
  // What was typed is an id if it looks like one (no spaces), else the name.
  const looksLikeId = /^\S+$/.test(typed) && /\d/.test(typed);
  return {
    ...form,
    employeeId: looksLikeId ? typed : '',
    notOnRosterName: looksLikeId ? '' : typed,
    everyGrantInFull: false,
    tenders: {},
    writtenLines: [],
  };
}

/** Back to the holder picker: nothing typed for the sender not on the roster is kept. */
export function backToRoster(form: IntakeForm): IntakeForm {
  return { ...form, employeeId: null, notOnRosterName: null, everyGrantInFull: false, tenders: {}, writtenLines: [] };
}

/** The lines typed as written that name a grant (an empty new line is not sent). */
function writtenTenders(form: IntakeForm): { grantId: string; shares: number }[] {
  return form.writtenLines
    .filter((l) => l.grantId.trim() !== '')
    .map((l) => ({ grantId: l.grantId.trim(), shares: l.shares === '' ? 0 : l.shares }));
}

/** A rostered holder's form names a grant not theirs: it is logged as written with grant-not-eligible. */
export function namesForeignGrant(form: IntakeForm): boolean {
  return form.notOnRosterName === null && form.kind === 'election' && form.writtenLines.length > 0;
}

/** The receipt source follows the delivery unless someone changed it: a fax has a header, a hand delivery a stamp. */
export function sourceFor(via: DeliveryVia): ReceiptSource {
  return via === 'fax' ? 'fax-header' : 'desk-stamp';
}

/** What the receipt-time field shows: an untouched hand-delivery stamp is the desk's clock now. */
export function receiptText(form: IntakeForm, nowWallClock: () => string): string {
  return form.via === 'hand' && !form.receivedAtEdited ? nowWallClock() : form.receivedAt;
}

/** The form after a change of delivery: an untouched fax time stays empty, an untouched stamp ticks. */
export function withDelivery(form: IntakeForm, via: DeliveryVia): IntakeForm {
  return { ...form, via, receiptSource: sourceFor(via), receivedAt: form.receivedAtEdited ? form.receivedAt : '' };
}

export function sharesOnForm(form: IntakeForm, grant: Grant): number {
  if (form.everyGrantInFull) return grant.shares;
  const v = form.tenders[grant.grantId];
  return v === undefined || v === '' ? 0 : v;
}

/** Shares of one grant typed over: the other grants keep what the form showed for them. */
export function withShares(form: IntakeForm, grants: Grant[], grantId: string, shares: number | ''): IntakeForm {
  const shown: Record<string, number | ''> = form.everyGrantInFull ? Object.fromEntries(grants.map((g) => [g.grantId, g.shares])) : { ...form.tenders };
  return { ...form, everyGrantInFull: false, tenders: { ...shown, [grantId]: shares } };
}

/**
 * The form as a draft for the desk, whatever state it is in. `receivedAt` is the text the field
 * shows; `askReason` is true while the desk says a written late-keying reason is needed.
 */
export function buildDraft(form: IntakeForm, receivedAt: string, grants: Grant[], askReason: boolean): IntakePreviewDraft {
  const reason = form.lateKeyingReason.trim();
  const notOnRoster = form.notOnRosterName !== null;
  const rosterTenders = notOnRoster ? [] : grants.map((g) => ({ grantId: g.grantId, shares: sharesOnForm(form, g) }));
  return {
    employeeId: (form.employeeId ?? '').trim(),
    kind: form.kind,
    via: form.via,
    receivedAt: receivedAt.trim(),
    receiptSource: form.receiptSource,
    pages: form.pages === '' ? null : form.pages,
    senderFax: form.via === 'fax' && form.senderFax.trim() !== '' ? form.senderFax.trim() : null,
    signedBy: form.signedBy.trim() === '' ? null : form.signedBy.trim(),
    signerCapacity: form.signerCapacity,
    defects: namesForeignGrant(form) ? [...form.defects, 'grant-not-eligible'] : form.defects,
    // Every grant is listed explicitly, with 0 for a grant the form does not tender; then the
    // lines typed as written (the desk decides what they may be).
    tenders: form.kind === 'election' ? [...rosterTenders, ...writtenTenders(form)] : [],
    lateKeyingReason: askReason && reason !== '' ? reason : null,
    cureDeadline: null,
    notOnRosterName: notOnRoster ? (form.notOnRosterName ?? '').trim() : null,
  };
}
