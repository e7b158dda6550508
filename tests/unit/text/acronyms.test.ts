import { expect, test } from 'vitest';
import { acronymMatcher } from '@/lib/text/acronyms';

const mark = acronymMatcher([
  { id: 'typ', term: 'TYP', expansion: 'työllistymistä edistävä monialainen yhteispalvelu' },
  { id: 'te', term: 'TE', expansion: 'työ- ja elinkeino' },
  { id: 'ips', term: 'IPS', expansion: 'Individual Placement and Support' },
  { id: 'tyhja', term: 'XYZ' },
]);

test.each([
  ['no acronym', 'Tavallinen lause.', [{ text: 'Tavallinen lause.' }]],
  [
    'acronyms inside a sentence',
    'Ohjaa TYP:iin tai IPS-valmennukseen.',
    [
      { text: 'Ohjaa ' },
      { acronym: 'TYP', expansion: 'työllistymistä edistävä monialainen yhteispalvelu', id: 'typ' },
      { text: ':iin tai ' },
      { acronym: 'IPS', expansion: 'Individual Placement and Support', id: 'ips' },
      { text: '-valmennukseen.' },
    ],
  ],
  ['part of a longer word is not an acronym', 'TYPPI ja ETE', [{ text: 'TYPPI ja ETE' }]],
  ['a term without expansion is left as text', 'XYZ', [{ text: 'XYZ' }]],
] as const)('%s', (_, text, parts) => {
  expect(mark(text)).toEqual(parts);
});

test('markup in text stays text', () => {
  expect(mark('<b>TYP</b>')[0]).toEqual({ text: '<b>' });
});
