// What a write touches, by the kind of audit event it appended. The window keeps its answers
// until something they were built from changes; this table says which facts an event changed,
// so recording a document refetches the dashboard and the queue but not the print history.
// An event kind not named here (a newer ledger's) touches everything: refetching too much is
// slower, refetching too little shows a wrong figure.

/** The kinds of facts an answer can be built from. */
export const CHANGE_DOMAINS = [
  /** The offer's terms: settings, the expiration and its extensions (they re-judge every election). */
  'offer',
  /** Offer-wide waivers (they re-judge every election too). */
  'waivers',
  /** Holders and their grants. */
  'roster',
  /** Paper received: documents, their attachments, cures, voids and corrections. */
  'documents',
  /** Letters produced, printings and confirmations marked sent. */
  'letters',
  /** Faxes from the inbox and whether each is filed (format 7). */
  'faxes',
] as const;
export type ChangeDomain = (typeof CHANGE_DOMAINS)[number];

const BY_EVENT: Readonly<Record<string, readonly ChangeDomain[]>> = {
  'offer.created': CHANGE_DOMAINS,
  'ledger.migrated': CHANGE_DOMAINS,
  'settings.updated': ['offer'],
  'extension.recorded': ['offer'],
  'extension.voided': ['offer'],
  'waiver.granted': ['waivers'],
  'waiver.voided': ['waivers'],
  'holder.imported': ['roster'],
  'grant.imported': ['roster'],
  'roster.imported': ['roster'],
  'document.recorded': ['documents'],
  'document.voided': ['documents'],
  'document.corrected': ['documents'],
  'attachment.added': ['documents'],
  'cure.recorded': ['documents'],
  'letter.produced': ['letters'],
  'print-run.recorded': ['letters'],
  'confirmation.sent': ['letters'],
  'terms.recorded': ['offer'],
  // The close changes what every screen shows (CLOSED, no intake, the results).
  'offer.closed': CHANGE_DOMAINS,
  'fax.received': ['faxes'],
  // Filing records the document in the same transaction; its own event says 'documents' too.
  'fax.filed': ['faxes', 'documents'],
  'fax.set-aside': ['faxes'],
};

/** The event kinds named above; any other kind counts as touching everything. */
export const MAPPED_EVENT_KINDS: readonly string[] = Object.keys(BY_EVENT);

/** The domains touched by these audit event kinds, in CHANGE_DOMAINS order, each once. */
export function domainsOfEvents(kinds: Iterable<string>): ChangeDomain[] {
  const touched = new Set<ChangeDomain>();
  for (const kind of kinds) {
    for (const d of BY_EVENT[kind] ?? CHANGE_DOMAINS) touched.add(d);
    if (touched.size === CHANGE_DOMAINS.length) break;
  }
  return CHANGE_DOMAINS.filter((d) => touched.has(d));
}
