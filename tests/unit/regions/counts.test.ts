/** Region counts from the tables, and count placeholders in content text. */
import { describe, expect, test } from 'vitest';
import { fillCounts, regionCounts } from '@/lib/regions/counts';
import type { RegionTables } from '@/lib/regions/structure';

const counts = { wellbeingAreas: 22, employmentAreas: 45, municipalities: 292 };

describe('regionCounts', () => {
  test('counts the rows of each table', () => {
    const tables = { municipalities: [{}, {}, {}], wellbeingAreas: [{}], employmentAreas: [{}, {}] } as unknown as RegionTables;
    expect(regionCounts(tables)).toEqual({ wellbeingAreas: 1, employmentAreas: 2, municipalities: 3 });
  });
});

describe('fillCounts', () => {
  test.each([
    ['joita on {employmentAreas}.', 'joita on 45.'],
    ['{wellbeingAreas} ja {employmentAreas}', '22 ja 45'],
    ['{municipalities} kuntaa', '292 kuntaa'],
    ['ei paikkamerkkejä', 'ei paikkamerkkejä'],
    ['{unknown} jää', '{unknown} jää'],
    ['{toString} ja {constructor}', '{toString} ja {constructor}'],
  ])('%j → %j', (text, expected) => {
    expect(fillCounts(text, counts)).toBe(expected);
  });
});
