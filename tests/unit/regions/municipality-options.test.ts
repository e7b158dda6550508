/** The referral island's compact municipality prop. */
import { describe, expect, test } from 'vitest';
import { decodeMunicipalities, encodeMunicipalities } from '@/lib/regions/municipality-options';

describe('municipality prop', () => {
  const list = [
    { code: '091', name: 'Helsinki', wellbeingArea: 'helsinki', employmentArea: 'helsinki' },
    { code: '167', name: 'Joensuu', wellbeingArea: 'pohjois-karjala', employmentArea: 'pohjois-karjala' },
  ];
  test('round-trips', () => {
    expect(encodeMunicipalities(list)).toBe('091|Helsinki|helsinki|helsinki;167|Joensuu|pohjois-karjala|pohjois-karjala');
    expect(decodeMunicipalities(encodeMunicipalities(list))).toEqual(list);
  });
  test.each([
    ['', []],
    ['091|Helsinki', []],
    ['091|Hel;sinki|a|b', []],
  ])('%j decodes to %j (malformed rows skipped)', (text, expected) => {
    expect(decodeMunicipalities(text)).toEqual(expected);
  });
  test('separators inside a name are dropped', () => {
    expect(decodeMunicipalities(encodeMunicipalities([{ ...list[0]!, name: 'A|B;C' }]))[0]?.name).toBe('A B C');
  });
});
