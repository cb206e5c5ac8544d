// The one CSV writer of the desk's exports (the elections export, the administrator's CSV):
// RFC 4180 fields, CRLF line ends, and text a spreadsheet shows instead of running.

export type CsvValue = string | number | boolean | null;

/**
 * RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. A text
 * starting like a formula (=, +, -, @, tab, CR) gets a leading apostrophe so a spreadsheet shows
 * it instead of running it (CSV injection); numbers are written as numbers.
 */
export function csvField(value: CsvValue): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows as CSV text, each line ended by CRLF. */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Excel opens a CSV as UTF-8 only when it starts with the byte order mark; without it, "Łukasiewicz" is garbled. */
export const UTF8_BOM = '\uFEFF';
