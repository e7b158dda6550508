import { describe, expect, test } from 'vitest';
import { finnishDate } from '@/lib/sources/dates';

describe('finnishDate', () => {
  test.each([
    ['2026-12-07', '7.12.2026'],
    ['2025-01-01', '1.1.2025'],
    ['2026-10-20', '20.10.2026'],
    [' 2024-11-30 ', '30.11.2024'],
  ])('%s → %s', (iso, shown) => {
    expect(finnishDate(iso)).toBe(shown);
  });

  test.each(['', '7.12.2026', '2026-12', 'eilen'])('leaves "%s" as it is', (text) => {
    expect(finnishDate(text)).toBe(text);
  });
});
