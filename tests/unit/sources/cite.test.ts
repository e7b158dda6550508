import { describe, expect, test } from 'vitest';
import { citeSources, collectSourceRefs, linesText, mergeLineRanges } from '@/lib/sources/cite';

const sources = [
  { id: 'seed-a', title: 'Lähde A', publisher: 'P', kind: 'seed' },
  { id: 'data-b', title: 'Aineisto B', publisher: 'P', kind: 'dataset', url: 'https://stat.fi/' },
];

describe('citeSources', () => {
  test('merges repeated citations of one source and keeps the line ranges', () => {
    expect(
      citeSources(
        [
          { source: 'seed-a', lines: '1-2' },
          { source: 'seed-a', lines: '40' },
          { url: 'https://thl.fi/sivu', read: '2026-12-07' },
          { source: 'data-b' },
        ],
        sources,
      ),
    ).toEqual([
      { href: '/lahteet/#seed-a', title: 'Lähde A', lines: '1-2, 40', note: undefined, external: false },
      { href: 'https://thl.fi/sivu', title: 'thl.fi', note: undefined, read: '2026-12-07', external: true },
      { href: '/lahteet/#data-b', title: 'Aineisto B', lines: undefined, note: undefined, external: false },
    ]);
  });

  test('one source cited twice with the same lines shows them once (the "787-793, 787-793" of issue 17)', () => {
    const [cited] = citeSources(
      [
        { source: 'seed-a', lines: '787-793' },
        { source: 'seed-a', lines: '787-793' },
        { source: 'seed-a', lines: '787-793' },
      ],
      sources,
    );
    expect(cited?.lines).toBe('787-793');
  });

  test('a web page cited twice keeps its first note and the latest date it was read', () => {
    const cited = citeSources(
      [
        { url: 'https://kela.fi/a', read: '2026-11-01', note: 'Ensin.' },
        { url: 'https://kela.fi/a', read: '2026-12-07', note: 'Toiseen kertaan.' },
        { url: 'https://kela.fi/a', read: '2026-10-01' },
      ],
      sources,
    );
    expect(cited).toEqual([{ href: 'https://kela.fi/a', title: 'kela.fi', note: 'Ensin.', read: '2026-12-07', external: true }]);
  });
});

describe('collectSourceRefs', () => {
  test('finds sources of the entry, its offerings, figures and items', () => {
    const entry = {
      sources: [{ source: 'a', lines: '1' }],
      offerings: [{ sources: [{ source: 'b', lines: '2' }], figures: [{ sources: [{ source: 'c', lines: '3' }] }] }],
    };
    expect(collectSourceRefs(entry).map((ref) => ('source' in ref ? ref.source : ''))).toEqual(['a', 'b', 'c']);
  });
});

import { citationsBySource, staleEntries } from '@/lib/sources/cite';

describe('citationsBySource', () => {
  test('lists each citing entry once per source', () => {
    const map = citationsBySource([
      { href: '/palvelut/a/', name: 'A', value: { sources: [{ source: 's1', lines: '1' }, { source: 's1', lines: '9' }] } },
      { href: '/toimijat/b/', name: 'B', value: { sources: [{ source: 's2', lines: '1' }], figures: [{ sources: [{ source: 's1', lines: '3' }] }] } },
    ]);
    expect(Object.fromEntries(map)).toEqual({
      s1: [{ href: '/palvelut/a/', name: 'A' }, { href: '/toimijat/b/', name: 'B' }],
      s2: [{ href: '/toimijat/b/', name: 'B' }],
    });
  });
});

describe('staleEntries', () => {
  test.each([
    ['checked today', '2026-11-22', false],
    ['checked a year ago to the day', '2025-11-22', false],
    ['checked over a year ago', '2025-11-21', true],
  ])('%s', (_, verified, stale) => {
    expect(staleEntries([{ verified }], '2026-11-22', 365).length === 1).toBe(stale);
  });
});

describe('mergeLineRanges', () => {
  test.each([
    [['787-793', '787-793'], '787-793'],
    [['40', '1-2'], '1-2, 40'],
    [['1-2', '3-5'], '1-5'],
    [['10-20', '12-14'], '10-20'],
    [['5-7, 40-44', '6', '45'], '5-7, 40-45'],
    [['120-135'], '120-135'],
    [['9–3'], '3-9'],
  ])('%j → %s', (texts, expected) => {
    expect(mergeLineRanges(...texts)).toBe(expected);
  });
});

describe('linesText', () => {
  test('dashes for readers, each line once', () => {
    expect(linesText('1287-1319, 1365-1389, 1287-1293')).toBe('1287–1319, 1365–1389');
  });
});
