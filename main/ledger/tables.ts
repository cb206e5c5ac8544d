// Every table the audit chain speaks for, in the order verify() reports on them. A later migration
// that adds a table adds its spec here; verify() then expects its rows in the events and its
// append-only triggers (<table>_no_update, <table>_no_delete) in the schema.

import { ATTACHMENTS_TABLE } from './attachments';
import { OFFER_CLOSINGS_TABLE } from './closings';
import { CURES_TABLE } from './cures';
import { EXCHANGE_TERMS_TABLE } from './exchange-terms';
import { DOCUMENT_DEFECTS_TABLE, DOCUMENT_TENDERS_TABLE, DOCUMENTS_TABLE } from './documents';
import { EXTENSIONS_TABLE } from './extensions';
import { FAX_DISPOSITIONS_TABLE, FAXES_TABLE } from './faxes';
import { GRANTS_TABLE } from './grants';
import { HOLDERS_TABLE } from './holders';
import { LETTERS_TABLE } from './letters';
import { META_TABLE } from './meta';
import { PRINT_RUN_LETTERS_TABLE, PRINT_RUNS_TABLE } from './print-runs';
import { CONFIRMATIONS_SENT_TABLE } from './sent-marks';
import { SETTINGS_TABLE } from './settings';
import { SETTINGS_CHANGE_REASONS_TABLE } from './settings-reasons';
import type { TableSpec } from './table-spec';
import { DOCUMENT_VOIDS_TABLE, EXTENSION_VOIDS_TABLE, WAIVER_VOIDS_TABLE } from './voids';
import { WAIVERS_TABLE } from './waivers';

export const RECORD_TABLES: readonly TableSpec[] = [
  META_TABLE,
  SETTINGS_TABLE,
  HOLDERS_TABLE,
  GRANTS_TABLE,
  DOCUMENTS_TABLE,
  DOCUMENT_DEFECTS_TABLE,
  DOCUMENT_TENDERS_TABLE,
  ATTACHMENTS_TABLE,
  CURES_TABLE,
  WAIVERS_TABLE,
  EXTENSIONS_TABLE,
  // Format 2
  LETTERS_TABLE,
  PRINT_RUNS_TABLE,
  PRINT_RUN_LETTERS_TABLE,
  CONFIRMATIONS_SENT_TABLE,
  // Format 3
  DOCUMENT_VOIDS_TABLE,
  EXTENSION_VOIDS_TABLE,
  WAIVER_VOIDS_TABLE,
  // Format 6
  EXCHANGE_TERMS_TABLE,
  SETTINGS_CHANGE_REASONS_TABLE,
  OFFER_CLOSINGS_TABLE,
  // Format 7
  FAXES_TABLE,
  FAX_DISPOSITIONS_TABLE,
];

/** Tables guarded against UPDATE and DELETE by triggers: every record table and the audit log. */
export const APPEND_ONLY_TABLES: readonly string[] = [...RECORD_TABLES.map((t) => t.table), 'audit_events'];

/** Triggers that keep cross-table rules, by name, with what they protect. */
export const RULE_TRIGGERS: Readonly<Record<string, string>> = {
  document_tenders_fit_the_roster: 'tenders name only grants of the document’s holder',
  cures_answer_a_defect: 'cures answer only defects the document was found to have',
  letters_match_their_document: 'letters go only to the holder who sent their document',
  confirmations_sent_name_their_letter: 'a sent mark names a confirming letter of that document, dated no later than the day sent',
  documents_name_a_rostered_holder: 'documents name a holder on the roster unless logged as paper from someone not on it',
  document_voids_name_their_correction: 'a void names as its correction only the document recorded as correcting it',
};
