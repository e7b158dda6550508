/** Dates of the last check (src/lib/maintenance/freshness.ts). */
import { describe, expect, test } from 'vitest';
import { daysSince, finnishDate, isoToday, isStale } from '@/lib/maintenance/freshness';

describe('daysSince and isStale', () => {
  test.each([
    ['2026-12-07', '2026-12-07', 0, false],
    ['2025-12-07', '2026-12-07', 365, false],
    ['2025-12-06', '2026-12-07', 366, true],
    ['2024-02-28', '2024-03-01', 2, false],
    ['2027-01-01', '2026-12-07', -25, false],
  ] as const)('verified %s, today %s: %i days, stale after 365: %s', (verified, today, days, stale) => {
    expect(daysSince(verified, today)).toBe(days);
    expect(isStale(verified, today, 365)).toBe(stale);
  });
});

describe('finnishDate', () => {
  test.each([
    ['2026-12-07', '7.12.2026'],
    ['2024-01-31', '31.1.2024'],
    ['2026-12-07T05:44:57+00:00', '7.12.2026'],
    ['ei päivämäärä', 'ei päivämäärä'],
  ])('%s → %s', (iso, finnish) => {
    expect(finnishDate(iso)).toBe(finnish);
  });
});

test('isoToday is the UTC date of the clock it is given', () => {
  expect(isoToday(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-07');
});
