import { describe, expect, test } from 'vitest';
import { viewOptions } from '@/lib/search/view-options';
import { readingKeyParts } from '@/lib/search/reading-groups';

const municipalities = [
  { code: '091', wellbeingArea: 'helsinki', employmentArea: 'helsinki' },
  { code: '205', wellbeingArea: 'kainuu', employmentArea: 'kainuu' },
  { code: '105', wellbeingArea: 'kainuu', employmentArea: 'kainuu' },
];

describe('the search options of a view state', () => {
  test('facets become filters; a region resolves to its members and is the region facet', () => {
    const options = viewOptions({ targetGroup: 'nuoret', level: '2', region: 'kainuu', dropped: ['situation:a'] }, municipalities, 20);
    expect(options.filters.targetGroup).toBe('nuoret');
    expect(options.filters.level).toBe('2');
    expect(options.filters.providerKind).toBeUndefined();
    expect([...(options.filters.region?.municipalities ?? [])].sort()).toEqual(['105', '205']);
    expect(options.regionFacet).toBe('kainuu');
    expect([...options.dropped]).toEqual(['situation:a']);
    expect(options.limit).toBe(20);
  });

  test('a region that does not resolve filters nothing and does not win over a place in the text', () => {
    const options = viewOptions({ region: 'ei-tunnettu' }, municipalities, 5);
    expect(options.filters.region).toBeUndefined();
    expect(options.regionFacet).toBeUndefined();
    expect(options.dropped.size).toBe(0);
  });
});

describe('reading keys', () => {
  test('split at the first colon', () => {
    expect(readingKeyParts('place:905')).toEqual({ kind: 'place', id: '905' });
    expect(readingKeyParts('situation:ika-16-29')).toEqual({ kind: 'situation', id: 'ika-16-29' });
    expect(readingKeyParts('language:sv')).toEqual({ kind: 'language', id: 'sv' });
  });
});
