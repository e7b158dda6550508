import { expect, test } from 'vitest';
import { groupByInitial, matchesFilter, searchableText } from '@/lib/glossary/filter';

const terms = [
  { id: 'typ', term: 'TYP', expansion: 'työllistymistä edistävä monialainen yhteispalvelu', explanation: 'Monialainen palvelu.' },
  { id: 'ohjaamo', term: 'Ohjaamo', explanation: 'Nuorten palvelupiste.' },
  { id: 'yhdyspinta', term: 'yhdyspinta', explanation: 'Toimijoiden yhteinen alue.' },
  { id: 'ammatillinen-kuntoutus', term: 'Ämmä', explanation: 'Testi.' },
];

test('groups by initial in Finnish order (Ä after Y)', () => {
  expect(groupByInitial(terms).map((group) => group.letter)).toEqual(['O', 'T', 'Y', 'Ä']);
});

test.each([
  ['TYP', 'typ', true],
  ['without diacritics', 'tyollistymista', true],
  ['all words must match', 'monialainen nuorten', false],
  ['empty query matches all', '  ', true],
])('filter: %s', (_, query, expected) => {
  expect(matchesFilter(searchableText(terms[0]!), query)).toBe(expected);
});
