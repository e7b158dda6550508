/**
 * Search quality on the real catalogue: builds the index from content/ (through the content gate,
 * not astro:content) and runs tests/content-policy/search-quality/queries.yaml. A query hits when one of its
 * expected services is among the top 3. Fails below 90 %; prints the hit rate and the misses.
 *
 * Queries whose expected services are not in the catalogue yet cannot be scored; they are listed
 * and left out of the rate (set SEARCH_QUALITY_STRICT=1 to fail on them once the catalogue is complete).
 * PALVELUKYLA_CONTENT_DIR points at another content folder (e.g. a committed snapshot).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { checkContent } from '@/content-check/index.ts';
import { buildSearchIndex } from '@/lib/search/index-build';
import { collectionsFromEntries, indexInput, withoutExampleSet, type SearchCollections } from '@/lib/search/input';
import { referralSearch } from '@/lib/search/referral-search';
import { loadSearcher } from '@/lib/search/searcher';

const root = resolve(import.meta.dirname, '..', '..');
const contentDir = process.env['PALVELUKYLA_CONTENT_DIR'] ?? join(root, 'content');
const querySchema = z.array(
  z.strictObject({ query: z.string().min(1), expect: z.array(z.string()).min(1), kind: z.string() }),
);
const queries = querySchema.parse(parse(readFileSync(join(root, 'tests/content-policy/search-quality/queries.yaml'), 'utf8')));

describe('search quality', () => {
  test('the query set is large enough and varied', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(queries.map((q) => q.kind)).size).toBeGreaterThanOrEqual(5);
  });

  test('at least 90 % of the queries find an expected service in the top 3', { timeout: 60_000 }, () => {
    const { entries } = checkContent(contentDir);
    const searcher = loadSearcher(buildSearchIndex(indexInput(collectionsFromEntries(entries))));
    const ids = new Set(searcher.services.map((s) => s.id));
    const scoreable = queries.filter((q) => q.expect.some((id) => ids.has(id)));
    const unscoreable = queries.filter((q) => !q.expect.some((id) => ids.has(id)));
    const misses: string[] = [];
    for (const q of scoreable) {
      const top = referralSearch(searcher, q.query, { limit: 3 }).hits.map((hit) => hit.service.id);
      if (!q.expect.some((id) => top.includes(id))) misses.push(`  "${q.query}" expected ${q.expect.join('|')}, got ${top.join(', ') || '(nothing)'}`);
    }
    const hits = scoreable.length - misses.length;
    const rate = scoreable.length === 0 ? 0 : hits / scoreable.length;
    console.log(
      [
        `search quality (${contentDir}, ${ids.size} services): ${hits}/${scoreable.length} scoreable queries hit in top 3 = ${(rate * 100).toFixed(1)} %`,
        ...(misses.length > 0 ? ['misses:', ...misses] : []),
        ...(unscoreable.length > 0
          ? [`${unscoreable.length} of ${queries.length} queries not scoreable yet (no expected service in the catalogue): ${[...new Set(unscoreable.flatMap((q) => q.expect))].join(', ')}`]
          : []),
      ].join('\n'),
    );
    if (process.env['SEARCH_QUALITY_STRICT'] === '1') expect(unscoreable.map((q) => q.query)).toEqual([]);
    if (scoreable.length > 0) expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  // Client descriptions in professionals' own words (see the files' headers). Floors one description
  // under today's figures, so a change that makes the search worse fails; `npm run bench:quality` prints
  // the figures. The held-out half is never tuned on, so its floor is the honest one.
  const descriptionSchema = z.array(z.object({ id: z.string(), text: z.string().min(1), accept: z.array(z.string()).min(1) }));
  const hitRate = (collections: SearchCollections, cases: readonly { text: string; accept: string[] }[]) => {
    const searcher = loadSearcher(buildSearchIndex(indexInput(collections)));
    return cases.filter((c) => referralSearch(searcher, c.text, { limit: 3 }).hits.some((hit) => c.accept.includes(hit.service.id))).length / cases.length;
  };
  // The second held-out set and the fifth development set are the two halves of one set of 80; so are
  // the third held-out set and the sixth development set; so are the fourth held-out set and the seventh
  // development set (written after six rounds of tuning), and the fifth held-out set and the eighth
  // development set (after seven).
  test.each([
    ['descriptions-held-out.yaml', 0.87, 50],
    ['descriptions-held-out-2.yaml', 0.92, 40],
    ['descriptions-held-out-3.yaml', 0.75, 40],
    ['descriptions-held-out-4.yaml', 0.92, 40],
    ['descriptions-held-out-5.yaml', 0.92, 40],
  ])('%s: at least %s find an acceptable service in the top 3', { timeout: 60_000 }, (file, floor, size) => {
    const cases = descriptionSchema.parse(parse(readFileSync(join(root, 'tests/content-policy/search-quality', file), 'utf8')));
    expect(cases.length).toBeGreaterThanOrEqual(size);
    const rate = hitRate(collectionsFromEntries(checkContent(contentDir).entries), cases);
    console.log(`${file}: ${(rate * 100).toFixed(1)} % in the top 3`);
    expect(rate).toBeGreaterThanOrEqual(floor);
  });

  // The development sets are content (content/referral-examples/): the search learns from them, so
  // each is scored by an index built without it (cross-validated), as a description it has not seen.
  test.each([
    ['development-1', 0.96, 50],
    ['development-2', 0.95, 50],
    ['development-3', 0.96, 50],
    ['development-4', 0.95, 50],
    ['development-5', 0.97, 40],
    ['development-6', 0.92, 40],
    ['development-7', 0.95, 40],
    ['development-8', 0.92, 40],
  ])('%s, scored without its own examples: at least %s in the top 3', { timeout: 60_000 }, (id, floor, size) => {
    const collections = collectionsFromEntries(checkContent(contentDir).entries);
    const set = collections.referralExamples.find((entry) => entry.id === id);
    expect(set?.examples.length ?? 0).toBeGreaterThanOrEqual(size);
    const rate = hitRate(withoutExampleSet(collections, id), set?.examples ?? []);
    console.log(`${id} (without its own examples): ${(rate * 100).toFixed(1)} % in the top 3`);
    expect(rate).toBeGreaterThanOrEqual(floor);
  });
});
