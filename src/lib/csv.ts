/**
 * CSV for spreadsheets (RFC 4180): a field is quoted when it holds a quote, a comma, a semicolon
 * (Finnish Excel splits on it) or a line break; rows end with "\n".
 */

/** The byte order mark: with it, Excel reads the file as UTF-8 and shows ä and ö. */
export const BOM = '\uFEFF';

export interface CsvOptions {
  /** Start the text with a byte order mark (files people open in Excel). */
  bom?: boolean;
}

/** One field, quoted where needed. */
export function csvField(value: string): string {
  return /[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of fields as CSV text, with a final line break (and a byte order mark when asked). */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const text = rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
  return options.bom === true ? BOM + text : text;
}
