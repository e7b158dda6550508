/**
 * Budgets at national scale, on a build of today's content plus the synthetic national catalogue
 * (tests/national/global-setup.ts): the full national size in `npm test` (5,000 synthetic services,
 * 1,000 actors: generated and built in about a minute on CI's 2-core machine, so no half-scale
 * stand-in is needed). Bytes only: timings are printed by `npm run bench`, never asserted.
 * 1 kB = 1,000 bytes.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { siteWeights, type PageWeight } from '../../scripts/national/weight';
import { launchChromium, SEARCH_QUERY, timePage, VIEW_MARKS } from '../../scripts/national/timings';
import { checkLinks } from '../browser/link-check';

const kB = 1000;
const MB = 1_000_000;
const HTML_GZIP = 300 * kB;
const HTML_RAW = 2 * MB;


let weights: PageWeight[];
beforeAll(() => {
  weights = siteWeights(inject('nationalOutDir'));
});

const overBudget = (pages: readonly PageWeight[]) =>
  pages
    .filter((page) => page.html.gzip > HTML_GZIP || page.html.raw > HTML_RAW)
    .map((page) => `${page.path}: ${(page.html.gzip / kB).toFixed(0)} kB gzip, ${(page.html.raw / MB).toFixed(2)} MB`);

describe(`national scale (× ${inject('nationalScale')})`, () => {
  test('the build has the national catalogue', () => {
    expect(weights.filter((page) => page.type === 'service').length).toBeGreaterThan(2000 * inject('nationalScale'));
  });

  test('every internal link and #anchor resolves (the paged service list included)', () => {
    const result = checkLinks(inject('nationalOutDir'));
    expect(result.checked).toBeGreaterThan(result.pages);
    expect(result.broken).toEqual([]);
  });

  test('no HTML page is above 300 kB gzip or 2 MB uncompressed', () => {
    expect(overBudget(weights)).toEqual([]);
  });

  // The village's data is fetched per region as JSON (/data/mokkikyla/<alue>.json), so its page stays small.
  test('/mokkikyla/ is within the HTML budget', () => {
    expect(overBudget(weights.filter((page) => page.type === 'village'))).toEqual([]);
  });

  // The overview shows counts per area; each area's services are on its own page
  // (/alueet/kattavuus/hyvinvointialueet/<id>/, …/tyollisyysalueet/<id>/), every one of them held to the budget.
  test('/alueet/kattavuus/ is within the HTML budget', () => {
    const coverage = weights.filter((page) => page.type === 'coverage');
    expect(coverage.map((page) => page.path)).toContain('/alueet/kattavuus/');
    expect(coverage.filter((page) => page.path.startsWith('/alueet/kattavuus/hyvinvointialueet/')).length).toBeGreaterThan(0);
    expect(coverage.filter((page) => page.path.startsWith('/alueet/kattavuus/tyollisyysalueet/')).length).toBeGreaterThan(0);
    expect(overBudget(coverage)).toEqual([]);
  });

  // The index comes in parts (src/lib/search/shards.ts): the entry, the postings shards of the query's
  // terms, and the filter list of a place the description names or a filter chosen on the page.
  test.each([
    ['a description', `q=${encodeURIComponent(SEARCH_QUERY)}`],
    ['a description naming a place', `q=${encodeURIComponent(`kajaanilainen ${SEARCH_QUERY}`)}`],
    ['a description with a region, provider kind and level chosen', `q=${encodeURIComponent(SEARCH_QUERY)}&alue=pirkanmaa&toimija=sote&taso=porras-tyotoiminta`],
  ])('the search fetches at most 150 kB gzip of index data before its first result: %s', async (_, query) => {
    const browser = await launchChromium();
    try {
      const moments = await timePage(browser, `${inject('baseUrl')}/ohjautuminen/?${query}`, VIEW_MARKS.search, 1);
      expect(moments['firstResult']?.ms).toBeGreaterThan(0);
      expect(moments['firstResult']?.fetched.data).toBeLessThanOrEqual(150 * kB);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
