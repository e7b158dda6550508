/**
 * The readings as the page lists them (src/lib/search/reading-groups.ts): an age read from the text
 * and the situations it signals are one reading, in use or dropped; everything else stays one each.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '@/content-check/index.ts';
import { buildSearchIndex } from '@/lib/search/index-build';
import { collectionsFromEntries, indexInput } from '@/lib/search/input';
import { readingGroups } from '@/lib/search/reading-groups';
import { AGE_CUE, referralSearch } from '@/lib/search/referral-search';
import { loadSearcher } from '@/lib/search/searcher';

const { entries } = checkContent(join(import.meta.dirname, '..', '..', '..', 'content'));
const searcher = loadSearcher(buildSearchIndex(indexInput(collectionsFromEntries(entries))));
const understand = (query: string, dropped: string[] = []) => referralSearch(searcher, query, { dropped: new Set(dropped) }).understood;

const QUERY = 'masentunut 24v, ammattikoulu jäi kesken';

describe('readings as the page lists them', () => {
  test('an age that signals several situations is one reading, where the first of them was read', () => {
    const understood = understand(QUERY);
    const ageKeys = understood.concepts.filter((concept) => concept.cue === AGE_CUE).map((concept) => concept.key);
    expect(ageKeys.length).toBeGreaterThan(1);
    const { inUse, dropped } = readingGroups(understood);
    const ages = inUse.filter((reading) => reading.kind === 'age');
    expect(ages).toEqual([{ kind: 'age', phrase: '24v', keys: ageKeys }]);
    // Every other reading stays, once each, in the order read.
    expect(inUse.flatMap((reading) => (reading.kind === 'age' ? reading.keys : [reading.key]))).toEqual(understood.concepts.map((concept) => concept.key));
    expect(dropped).toEqual([]);
  });

  test('dropping the age drops all its situations, and lists them as one dropped reading', () => {
    const ageKeys = understand(QUERY).age?.keys ?? [];
    const understood = understand(QUERY, ageKeys);
    expect(understood.concepts.some((concept) => concept.cue === AGE_CUE)).toBe(false);
    const { inUse, dropped } = readingGroups(understood);
    expect(inUse.some((reading) => reading.kind === 'age')).toBe(false);
    expect(dropped).toEqual([{ kind: 'age', phrase: '24v', keys: ageKeys }]);
  });

  test('a situation dropped on its own is listed on its own', () => {
    const situation = understand(QUERY).concepts.find((concept) => concept.cue !== AGE_CUE && concept.kind === 'situation');
    expect(situation).toBeDefined();
    const { dropped } = readingGroups(understand(QUERY, [situation!.key]));
    expect(dropped).toEqual([situation!.key]);
  });

  test('without an age, nothing is grouped', () => {
    const understood = understand('masentunut, ammattikoulu jäi kesken');
    expect(understood.age).toBeUndefined();
    expect(readingGroups(understood).inUse).toEqual(understood.concepts);
  });
});
