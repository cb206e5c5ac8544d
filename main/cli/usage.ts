export const USAGE = `offer-desk: the CFO desk's ledger of an Offer to Exchange Options

  offer-desk init LEDGER --commenced DATE --expires TIME --zone ZONE [--company NAME] [--officer NAME]
             [--officer-title TITLE] [--address "LINE|LINE"] [--phone TEXT] [--fax TEXT]
             [--plans 1994,1985] [--look-back DATE]
             [--ratio N:M] [--offer FILE.json]
  offer-desk import-roster LEDGER ROSTER.csv
  offer-desk log LEDGER --employee ID --kind election|notice --via fax|hand --received TIME
             [--tender GRANT[:SHARES],...|none] [--defect KIND,...] [--reason NOTE] [--operator NAME]
             [--not-on-roster "NAME AS WRITTEN"]
  offer-desk log LEDGER --fax FAX_ID --employee ID --kind election|notice [--received TIME] [--tender …] …
  offer-desk inbox LEDGER --dir DIR [--xferfaxlog FILE] [--server-zone ZONE] [--json]
  offer-desk cure LEDGER (--document ID | --employee ID --received TIME) --defect KIND --at TIME
  offer-desk waive LEDGER --defect KIND --reason TEXT
  offer-desk extend LEDGER --to TIME --reason TEXT [--decided TIME] [--announced TIME] [--late-reason TEXT]
  offer-desk void LEDGER (--document ID | --extension ID | --waiver ID) --reason TEXT
  offer-desk elections LEDGER [--json]
  offer-desk documents LEDGER [--json]
  offer-desk verify LEDGER [--anchor SEQ:HASH] [--data-dir DIR]
  offer-desk backup LEDGER FILE
  offer-desk restore BACKUP LEDGER [--replace]
  offer-desk letters LEDGER --due [--out FILE.pdf]
  offer-desk letters LEDGER --promises [--out FILE.pdf]
  offer-desk confirmations LEDGER [--json]
  offer-desk mark-sent LEDGER --document ID[,ID...] --on DATE --how mail|hand|fax|email
  offer-desk export LEDGER --json FILE | --csv FILE | --ocf FILE.ocf.zip
  offer-desk close LEDGER --by NAME [--cancellation DATE] [--new-grant DATE] [--reason TEXT]
  offer-desk report LEDGER --out DIR
  offer-desk forms LEDGER --out FILE.pdf [--employee ID,...]

TIME is the wall clock of the offer's zone as the paper shows it, in US month/day order
(2003-03-31 17:00, 3/31/2003 5:00 PM, MAR-31-2003 17:00:05), optionally with an offset, Z, EST
or EDT (2003-03-31T17:00:00-05:00). mark-sent --on also takes 3/31/2003 or Mar 31 2003.
init without --company sets up the demo offer (Alpha, its officer and address); with --company
nothing of Alpha's is used: officer, title, address (lines separated by "|" or line breaks), phone
and fax are what is given, and letters are refused until the officer's name, address and fax are
set. --look-back (default six months before --commenced) may not be after --commenced.
The expiration may not be before the earliest Regulation 14E allows (midnight at the end of the
20th business day). --ratio N:M is new:old option shares for every plan (fractions rounded down).
--offer FILE.json holds any of company, officer, officerTitle, address [lines], phone, fax,
commenced, expires, zone, plans [names], lookBack and exchange {ratios: [{plan, priceFrom,
priceBelow, ratio: "1:2"}], newGrantAfter: {months, days}}; options given as well win over it.
Defect kinds: unsigned, signature-mismatch, name-mismatch, no-date-time, no-email, no-id-number, withdraw-box-unmarked, no-authority-evidence, and
grant-not-eligible (a form naming a grant that is not the holder's, logged as written: GRANT:SHARES).
--tender none (or GRANT:0) is an Election Form that tenders nothing; it still replaces every earlier
one. --reason on log is the document's note (required for a timely document keyed after the
expiration). Paper from someone not on the roster is logged with --not-on-roster "NAME": it is kept
and changes no one's election. An extension whose new expiration has passed needs --late-reason and
is flagged "recorded after the fact"; --announced is the time the 9:00 a.m. rule judges.
void keeps the record and makes it count for nothing; only the newest extension can be voided.
\`letters --due\` produces every unsent confirmation due today or earlier (five business days after
receipt, Eastern time), and a correction letter for every document whose earlier letter is now in
error (voided, or made late/timely by an extension or its void), as one PDF, each letter on a new
page, and records them; it never writes over a file (default letters-DATE.pdf beside the ledger).
\`confirmations\` shows those documents as CORRECTION DUE. DATE is YYYY-MM-DD.
\`export\` writes one new file (never over an existing one): --json the record of the offer (offer,
holders, documents, elections, letters with the SHA-256 of each PDF, the audit trail); --csv the
stock plan administrator's CSV (per holder and grant: accepted, kept, new option shares, dates);
--ocf the close's cancellations as an Open Cap Format package (a ZIP; refused before the close).
ID numbers appear only masked (last four), as on screen.
verify compares the ledger with every anchor (a copy of its audit head) it finds: the manifests of
the backups in LEDGER.backups/, this computer's record of it (--data-dir, or OFFER_DESK_DATA_DIR),
and --anchor SEQ:HASH as printed in a letter's footer; it names a ledger cut short or rolled back.
backup saves a verified copy to FILE with its manifest beside it (FILE without .ledger, plus .json).
restore proves BACKUP (integrity check, manifest SHA-256, verify) and never replaces an existing
LEDGER without --replace; the replaced ledger is kept as LEDGER.replaced-TIME.
\`close\` is allowed only after 9:00 a.m. ET on the business day after the expiration in force (until
then an extension may still be announced); it freezes the results and lists the documents still
defective (they count as not properly made). Cancellation and new grant dates default to the rules;
other dates need --reason. After it every change is refused; viewing, letters and verify still work.
\`letters --promises\` (only once the offer is closed) produces a Promise to Grant for every holder
whose options were accepted and who has none yet: per old grant the shares cancelled and the new
option's shares, the new grant date, the price rule and the employment condition (default
promises-to-grant-CANCELLATION-DATE.pdf beside the ledger). A holder is promised once; reprint to
give the same letter again.
\`report\` writes results.pdf (the results report: per holder and grant, totals by plan, the lists,
the audit head in every footer) and schedule-to.txt (the paragraph for the final amendment to the
Schedule TO) into DIR; it never writes over a file. Before the close both say PRELIMINARY.
\`inbox\` puts every new fax in DIR on record (TIFF or PDF, known by its SHA-256: a file seen again is
not recorded twice; anything else is skipped and named on stderr; nothing in DIR is ever changed),
then lists the faxes not yet filed, newest first (--json: fax_id, file, sha256, pages, received_at,
received_from, received_to, receipt_source, code {employee_id, kind} or null, document_id). A fax
named in HylaFAX's xferfaxlog (--xferfaxlog) was received between its call's logged start plus its
length and a minute later, read in the fax server's zone (--server-zone, default the offer's);
otherwise it was received when the desk saw it (the file's modification time opens the window).
\`log --fax FAX_ID\` files that fax as the document logged: by fax, received when its record says
(--received instead is kept and flagged as overridden); the holder and form are always given.
\`forms\` writes every holder's personalised forms (or those of --employee), in roster order, as one
new PDF: an Election Form listing the holder's eligible grants with a box for the shares tendered
(look-back grants marked required) and a Notice to Change Election, each page with a QR code naming
the offer, the holder and the form, which the desk reads back from a fax. Nothing is recorded.
ID numbers are encrypted with the key in LEDGER.key (or OFFER_DESK_KEY_FILE).
A missing key file is an error naming it (a new key is made only by init). A ledger whose file or
folder cannot be written, or that fails SQLite's integrity check, opens for reading only: elections,
documents, confirmations and verify work (with a warning saying why); every other command is refused.
Exit 0 on success, 1 when refused (nothing changed), 2 for a usage error.
`;
