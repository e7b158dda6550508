/** The URL state of /alueet/vertaa/: known ids are kept, anything else is dropped and reported. */
import { describe, expect, test } from 'vitest';
import { compareSearch, parseCompareParams } from '@/lib/regions/compare';

const known = ['pohjois-karjala', 'pohjois-savo'];

describe('parseCompareParams', () => {
  test.each([
    ['', { a: null, b: null, ignored: [] }],
    ['?a=pohjois-karjala', { a: 'pohjois-karjala', b: null, ignored: [] }],
    ['?a=pohjois-karjala&b=pohjois-savo', { a: 'pohjois-karjala', b: 'pohjois-savo', ignored: [] }],
    ['?a=%20pohjois-savo%20', { a: 'pohjois-savo', b: null, ignored: [] }],
    ['?a=&b=%20', { a: null, b: null, ignored: [] }],
    ['?a=lappi&b=pohjois-savo', { a: null, b: 'pohjois-savo', ignored: ['lappi'] }],
    ['?a=Pohjois-Savo', { a: null, b: null, ignored: ['Pohjois-Savo'] }],
    ['?a=%3Cb%3E&b=a--b', { a: null, b: null, ignored: ['<b>', 'a--b'] }],
    [`?a=${'x'.repeat(70)}`, { a: null, b: null, ignored: ['x'.repeat(60)] }],
  ])('%s', (search, expected) => {
    expect(parseCompareParams(search, known)).toEqual(expected);
  });
});

describe('compareSearch', () => {
  test.each([
    [{ a: null, b: null }, ''],
    [{ a: 'pohjois-savo', b: null }, '?a=pohjois-savo'],
    [{ a: null, b: 'pohjois-savo' }, '?b=pohjois-savo'],
    [{ a: 'pohjois-karjala', b: 'pohjois-savo' }, '?a=pohjois-karjala&b=pohjois-savo'],
  ])('%j → %j', (state, expected) => {
    expect(compareSearch(state)).toBe(expected);
  });
});
