/** The municipality lookup of /alueet/: names in Finnish or Swedish, without ä/ö, in case forms. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { createMunicipalityLookup, nameStems, normaliseName } from '@/lib/regions/municipality-lookup';

const { entries } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const municipalities = [...entries.municipalities.values()].map((e) => e.data);
const lookup = createMunicipalityLookup(municipalities);
const first = (query: string) => {
  const [match] = lookup(query);
  return match && `${match.entry.name} (${match.kind})`;
};

describe('normaliseName', () => {
  test.each([
    ['Pedersöre', 'pedersore'],
    ['  Mänttä-Vilppula ', 'manttavilppula'],
    ['Närpes', 'narpes'],
    ['Kristinestad', 'kristinestad'],
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('nameStems', () => {
  test.each([
    ['turku', ['turku', 'turu']],
    ['helsinki', ['helsinki', 'helsingi', 'helsinke', 'helsinge']],
    ['lahti', ['lahti', 'lahdi', 'lahte', 'lahde']],
    ['kauniainen', ['kauniainen', 'kauniaise', 'kauniais']],
  ])('%s', (name, stems) => expect(nameStems(name)).toEqual(stems));
});

describe('lookup over the 292 municipalities', () => {
  test.each([
    ['Kiteellä', 'Kitee (inflected)'],
    ['kiteella', 'Kitee (inflected)'],
    ['Kuopiossa', 'Kuopio (inflected)'],
    ['Pedersöre', 'Pedersören kunta (exact)'],
    ['pedersore', 'Pedersören kunta (exact)'],
    ['Pedersören kunnassa', 'Pedersören kunta (exact)'],
    ['Kiteen kaupunki', 'Kitee (inflected)'],
    ['Helsingissä', 'Helsinki (inflected)'],
    ['Turussa', 'Turku (inflected)'],
    ['Lahdessa', 'Lahti (inflected)'],
    ['Joensuuhun', 'Joensuu (inflected)'],
    ['Porvooseen', 'Porvoo (inflected)'],
    ['Jakobstad', 'Pietarsaari (exact)'],
    ['Helsingfors', 'Helsinki (exact)'],
    ['Kauniaisissa', 'Kauniainen (inflected)'],
    ['Hämeenlinnassa', 'Hämeenlinna (inflected)'],
    ['Oulusta', 'Oulu (inflected)'],
    ['091', 'Helsinki (exact)'],
    ['Mänttä-Vilppulassa', 'Mänttä-Vilppula (inflected)'],
  ])('%s → %s', (query, expected) => expect(first(query)).toBe(expected));

  test('a prefix lists every municipality that starts with it, shortest name first', () => {
    expect(lookup('pori').map((m) => m.entry.name)).toEqual(['Pori']);
    expect(lookup('kuo').map((m) => `${m.entry.name} ${m.kind}`)).toMatchInlineSnapshot(`
      [
        "Kuopio prefix",
        "Kuortane prefix",
      ]
    `);
  });

  test.each(['', '   ', 'x', 'zzzzz'])('nothing for %j', (query) => expect(lookup(query)).toEqual([]));
});
