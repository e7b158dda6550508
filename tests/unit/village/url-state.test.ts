/** The village's region in the URL (?alue=). */
import { describe, expect, test } from 'vitest';
import { parseRegionParam, regionSearch } from '@/lib/village/url-state';

describe('the URL', () => {
  const ids = ['pohjois-karjala', 'varsinais-suomi'];
  test.each([
    ['', { kind: 'national' }],
    ['?alue=', { kind: 'national' }],
    ['?alue=pohjois-karjala', { kind: 'area', id: 'pohjois-karjala' }],
    ['?alue=Pohjois-Karjala', { kind: 'area', id: 'pohjois-karjala' }],
    ['?alue=lappi', { kind: 'unknown', value: 'lappi' }],
    ['?alue=%3Cscript%3E', { kind: 'unknown', value: '<script>' }],
  ])('%s', (search, expected) => {
    expect(parseRegionParam(search, ids)).toEqual(expected);
  });

  test.each([
    ['', 'pohjois-karjala', '?alue=pohjois-karjala'],
    ['?alue=lappi&x=1', undefined, '?x=1'],
    ['?alue=lappi', undefined, ''],
  ])('regionSearch(%s, %s) → %s', (search, id, expected) => {
    expect(regionSearch(search, id)).toBe(expected);
  });
});
