// The CSV for the stock plan administrator: one row per holder and grant, saying what the close
// does to it (shares accepted and cancelled, kept under the old option, the new option's shares)
// and when. Every figure comes from resultsOf, the same rows the report, the close and the OCF
// export sum. ID numbers are masked as the screens show them; the administrator matches on the
// employee id. UTF-8 with a byte order mark so Excel keeps "Łukasiewicz", CRLF, and no text that
// a spreadsheet would run as a formula (csv-field.ts).
import { describeRatio } from '../core/exchange-terms';
import { maskedId } from '../core/masked-id';
import { closeDatesOf } from './close-dates';
import { csvText, type CsvValue, UTF8_BOM } from './csv-field';
import type { DeskReader } from './desk-parts';
import { resultsOf } from './offer-results';

export const ADMINISTRATOR_COLUMNS = [
  'employee_id', 'name', 'id_number', 'grant_id', 'plan', 'grant_date', 'exercise_price', 'shares_outstanding',
  'shares_accepted', 'shares_kept', 'new_option_shares', 'ratio', 'cancellation_date', 'new_grant_date', 'governing_document',
] as const;

/**
 * The administrator's CSV as text (BOM first). Before the close the dates are the ones the rules
 * give for the expiration in force; after it, the close's. A grant with nothing accepted has no
 * ratio or dates: nothing happens to it.
 */
export function administratorCsv(reader: DeskReader): string {
  const results = resultsOf(reader);
  const dates = closeDatesOf(reader);
  const holders = new Map(reader.snapshot().holders.map((h) => [h.employeeId, h]));
  const rows: CsvValue[][] = [];
  for (const holder of results.holders) {
    const last4 = holders.get(holder.employeeId)?.idLast4 ?? '';
    for (const g of holder.grants) {
      const accepted = g.sharesAccepted > 0;
      rows.push([
        holder.employeeId, holder.name, last4 === '' ? '' : maskedId(last4), g.grantId, g.plan, g.grantDate, g.exercisePrice, g.sharesOutstanding,
        g.sharesAccepted, g.sharesKept, g.newShares,
        accepted && g.ratio !== null ? describeRatio(g.ratio) : '',
        accepted ? dates.cancellationDate : '',
        accepted && g.newShares > 0 ? dates.newGrantDate : '',
        holder.governingDocumentId,
      ]);
    }
  }
  return UTF8_BOM + csvText(ADMINISTRATOR_COLUMNS, rows);
}
