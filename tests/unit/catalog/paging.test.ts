import { describe, expect, test } from 'vitest';
import { pageCatalog } from '@/lib/catalog/paging';

const group = (name: string, count: number) => ({ group: name, services: Array.from({ length: count }, (_, i) => `${name}${i + 1}`) });

describe('pageCatalog', () => {
  test('a catalogue smaller than a page is one page, groups as they were', () => {
    expect(pageCatalog([group('a', 2), group('b', 1)], 5)).toEqual([
      {
        number: 1,
        groups: [
          { group: 'a', services: ['a1', 'a2'], total: 2 },
          { group: 'b', services: ['b1'], total: 1 },
        ],
      },
    ]);
  });

  test('a group that continues on the next page is repeated there with its full count', () => {
    expect(pageCatalog([group('a', 3), group('b', 2)], 2)).toEqual([
      { number: 1, groups: [{ group: 'a', services: ['a1', 'a2'], total: 3 }] },
      {
        number: 2,
        groups: [
          { group: 'a', services: ['a3'], total: 3 },
          { group: 'b', services: ['b1'], total: 2 },
        ],
      },
      { number: 3, groups: [{ group: 'b', services: ['b2'], total: 2 }] },
    ]);
  });

  test('pages are full up to the last, and every service is on exactly one page', () => {
    const groups = [group('a', 1234), group('b', 567)];
    const pages = pageCatalog(groups, 500);
    expect(pages.map((page) => page.groups.reduce((sum, g) => sum + g.services.length, 0))).toEqual([500, 500, 500, 301]);
    expect(pages.flatMap((page) => page.groups.flatMap((g) => g.services))).toEqual(groups.flatMap((g) => g.services));
  });

  test.each([
    ['an empty catalogue', []],
    ['empty groups', [group('a', 0)]],
  ])('%s is one empty page', (_, groups) => {
    expect(pageCatalog(groups, 10)).toEqual([{ number: 1, groups: [] }]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => pageCatalog([group('a', 1)], 0)).toThrow(/positive integer/);
  });
});
