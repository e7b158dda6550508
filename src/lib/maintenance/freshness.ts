/**
 * When an entry was last checked against its sources, and whether that is too long ago.
 * `verified` is a date a person wrote (YYYY-MM-DD); "today" is the build's date, passed in.
 */

const DAY = 86_400_000;

/** Whole days from `verified` to `today` (ISO dates); negative when `verified` is in the future. */
export function daysSince(verified: string, today: string): number {
  return Math.round((Date.parse(today) - Date.parse(verified)) / DAY);
}

/** True when the check is older than `maxAgeDays` on `today`. */
export function isStale(verified: string, today: string, maxAgeDays: number): boolean {
  return daysSince(verified, today) > maxAgeDays;
}

/** A date as Finns write it: 2026-12-07 → 7.12.2026 (the text itself when it is no ISO date). */
export function finnishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** Today as an ISO date (the build's clock, UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
