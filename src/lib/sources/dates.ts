/** Dates as the site shows them: Finnish style, day and month without leading zeros. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date ("2026-12-07") written the Finnish way ("7.12.2026"). Content dates are validated
 * as YYYY-MM-DD by the schema; anything else is returned unchanged rather than guessed at.
 */
export function finnishDate(iso: string): string {
  const match = ISO_DATE.exec(iso.trim());
  if (match === null) return iso;
  const [, year, month, day] = match;
  return `${Number(day)}.${Number(month)}.${year}`;
}
