/**
 * The index's first load (src/components/search/index-load.ts), over a fetch that serves the parts
 * as the build writes them: the entry and the shards of the URL's description arrive before the
 * island's first run, so that run is complete; failures are reported, never swallowed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '@/content-check';
import { loadIndex, RESULT_LIMIT } from '@/components/search/index-load';
import { resolveRegion } from '@/lib/search/filters';
import { buildSearchIndex } from '@/lib/search/index-build';
import { collectionsFromEntries, indexInput } from '@/lib/search/input';
import { noteWordPostings, referralSearch } from '@/lib/search/referral-search';
import { createSearcher, loadSearcher, tracked } from '@/lib/search/searcher';
import { partUrl } from '@/lib/search/parts';
import { filterList, shardIndex } from '@/lib/search/shards';
import { routes } from '@/lib/routes';
import { serializeReferralState } from '@/lib/search/url-state';

const { entries } = checkContent(join(process.cwd(), 'content'));
const whole = buildSearchIndex(indexInput(collectionsFromEntries(entries)));
const parts = shardIndex(whole);
const full = loadSearcher(whole);

const regionList = (code: string): [string, string] => [routes.searchPart({ filter: 'region', value: code }), JSON.stringify(filterList(whole, 'region', code))];

/** The site's index files by address, as JSON text (what a static server sends). */
const files = new Map<string, string>([
  [routes.searchPart('perus'), JSON.stringify(parts.entry)],
  ...parts.shards.map((shard, n): [string, string] => [routes.searchPart({ shard: n }), JSON.stringify(shard)]),
  ...whole.reading.municipalities.map(([code]) => regionList(code)),
]);

/** Serves `files`, records each address asked for; `failing` answers 404. */
function serve(failing: (url: string) => boolean = () => false) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = files.get(url);
    return body === undefined || failing(url) ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const QUERY = 'Kajaanilainen 23-v nuori, keskeyttänyt ammattikoulun, masentunut eikä jaksa hakea töitä';

describe('the first load of the search index', () => {
  test("fetches the entry, the description's shards and the list of the place it names, so the first run is complete and ranks as the whole index", async () => {
    const asked = serve();
    const load = await loadIndex(`?q=${encodeURIComponent(QUERY)}`);
    expect(load.status).toBe('ready');
    if (load.status !== 'ready') return;
    const run = tracked(load.searcher, () => referralSearch(load.searcher, QUERY, { limit: 20 }));
    expect(run.missing).toEqual([]);
    expect(run.value.hits.map((hit) => hit.service.id)).toEqual(referralSearch(full, QUERY, { limit: 20 }).hits.map((hit) => hit.service.id));
    // The entry first, then shards and Kajaani's list (the description's place): no fragments, and not the whole vocabulary.
    expect(asked[0]).toBe(routes.searchPart('perus'));
    const shardFolder = routes.searchPart({ shard: 0 }).replace(/0\.json$/, '');
    const shards = asked.filter((url) => url.startsWith(shardFolder));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThan(parts.shards.length);
    expect(asked.slice(1).filter((url) => !url.startsWith(shardFolder))).toEqual([regionList('205')[0]]);
  });

  test("asks first for the shards of the description's own words, then for the rest (the lexicon's words, the place's list), each once", async () => {
    const asked = serve();
    await loadIndex(`?q=${encodeURIComponent(QUERY)}`);
    const searcher = createSearcher(parts.entry);
    const words = tracked(searcher, () => noteWordPostings(searcher, QUERY)).missing.map((part) => partUrl(searcher, part));
    expect(words.length).toBeGreaterThan(0);
    expect(asked.slice(1, 1 + words.length)).toEqual(words);
    expect(asked.length).toBeGreaterThan(1 + words.length);
    expect(new Set(asked).size).toBe(asked.length);
  });

  test("ranks the URL's description once its parts are in, so the island's first run (its options as the island passes them) only displays that ranking", async () => {
    serve();
    const search = serializeReferralState({ q: QUERY, region: '091', situations: [], chosen: [], dropped: ['situation:mielenterveyden-haasteet'] });
    const load = await loadIndex(search);
    expect(load.status).toBe('ready');
    if (load.status !== 'ready') return;
    const kept = load.searcher.lastRanking;
    expect(kept).toBeDefined();
    const municipalities = whole.reading.municipalities.map(([code, , , wellbeingArea, employmentArea]) => ({ code, wellbeingArea, employmentArea }));
    const options = {
      filters: { targetGroup: undefined, providerKind: undefined, level: undefined, region: resolveRegion('091', municipalities) },
      regionFacet: '091',
      limit: RESULT_LIMIT,
      dropped: new Set(['situation:mielenterveyden-haasteet']),
    };
    const run = tracked(load.searcher, () => referralSearch(load.searcher, QUERY, options));
    expect(run.missing).toEqual([]);
    expect(load.searcher.lastRanking).toBe(kept);
    expect(run.value.hits.map((hit) => hit.service.id)).toEqual(referralSearch(full, QUERY, options).hits.map((hit) => hit.service.id));
  });

  test("with a region chosen in the URL fetches that region's list: the choice wins over the place the description names", async () => {
    const asked = serve();
    const search = serializeReferralState({ q: QUERY, region: '091', situations: [], chosen: [] });
    const load = await loadIndex(search);
    expect(load.status).toBe('ready');
    expect(asked).toContain(regionList('091')[0]);
    expect(asked).not.toContain(regionList('205')[0]);
  });

  test('without a description in the URL fetches the entry only', async () => {
    const asked = serve();
    const load = await loadIndex('?tilanne=ei-tunnettu');
    expect(load.status).toBe('ready');
    expect(asked).toEqual([routes.searchPart('perus')]);
  });

  test('an entry that does not load is an error the island reports', async () => {
    serve((url) => url === routes.searchPart('perus'));
    expect(await loadIndex('?q=nuori')).toEqual({ status: 'error' });
  });

  test('an entry that does not decode is broken: an error for the island\'s boundary, not a failed request', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"services": 5}', { status: 200 }));
    const load = await loadIndex('?q=nuori');
    expect(load.status).toBe('broken');
  });

  test('a shard that does not load is left missing, so the island fetches it again (and reports it if it fails)', async () => {
    const first = routes.searchPart({ shard: 0 }).replace(/0\.json$/, '');
    serve((url) => url.startsWith(first));
    const load = await loadIndex(`?q=${encodeURIComponent(QUERY)}`);
    expect(load.status).toBe('ready');
    if (load.status !== 'ready') return;
    expect(tracked(load.searcher, () => referralSearch(load.searcher, QUERY)).missing.length).toBeGreaterThan(0);
  });
});
