/** The compact municipality prop of the islands (referral search, lookup, compare, village). */
import { describe, expect, test } from 'vitest';
import { byWellbeingArea, decodeMunicipalities, encodeMunicipalities } from '@/lib/regions/municipality-options';

describe('municipality prop', () => {
  const list = [
    { code: '091', name: 'Helsinki', wellbeingArea: 'helsinki', employmentArea: 'helsinki' },
    { code: '167', name: 'Joensuu', wellbeingArea: 'pohjois-karjala', employmentArea: 'pohjois-karjala' },
  ];
  test('round-trips', () => {
    expect(encodeMunicipalities(list)).toBe('091|Helsinki|helsinki|helsinki;167|Joensuu|pohjois-karjala|pohjois-karjala');
    expect(decodeMunicipalities(encodeMunicipalities(list))).toEqual(list);
  });
  test('round-trips with Swedish names', () => {
    const withSv = [{ ...list[0]!, nameSv: 'Helsingfors' }, { ...list[1]!, nameSv: 'Joensuu' }];
    expect(encodeMunicipalities(withSv)).toBe('091|Helsinki|helsinki|helsinki|Helsingfors;167|Joensuu|pohjois-karjala|pohjois-karjala|Joensuu');
    expect(decodeMunicipalities(encodeMunicipalities(withSv))).toStrictEqual(withSv);
  });
  test.each([
    ['', []],
    ['091|Helsinki', []],
    ['091|Hel;sinki|a|b', []],
    ['091|Helsinki|a|b|Helsingfors|x', []],
  ])('%j decodes to %j (malformed rows skipped)', (text, expected) => {
    expect(decodeMunicipalities(text)).toEqual(expected);
  });
  test('separators inside a name are dropped', () => {
    expect(decodeMunicipalities(encodeMunicipalities([{ ...list[0]!, name: 'A|B;C' }]))[0]?.name).toBe('A B C');
  });
  test('groups by wellbeing area, keeping list order', () => {
    const vantaa = { code: '092', name: 'Vantaa', wellbeingArea: 'vantaa-kerava', employmentArea: 'vantaa' };
    const kerava = { code: '245', name: 'Kerava', wellbeingArea: 'vantaa-kerava', employmentArea: 'kerava' };
    const grouped = byWellbeingArea([vantaa, list[0]!, kerava]);
    expect([...grouped.keys()]).toEqual(['vantaa-kerava', 'helsinki']);
    expect(grouped.get('vantaa-kerava')?.map((m) => m.code)).toEqual(['092', '245']);
  });
});
