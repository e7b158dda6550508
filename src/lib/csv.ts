/**
 * CSV for spreadsheets (RFC 4180): a field is quoted when it holds a quote, a comma, a semicolon
 * (Finnish Excel splits on it) or a line break; rows end with "\n".
 */

/** One field, quoted where needed. */
export function csvField(value: string): string {
  return /[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of fields as CSV text, with a final line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}
