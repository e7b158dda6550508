/**
 * The search index's first load, started when the island's code arrives rather than when React
 * has hydrated it: the entry (preloaded by the page's head) and the postings shards that the
 * description in the URL needs download while the page hydrates, so a shared link's results are
 * ready when the island first runs. Later parts are fetched by the island as its runs need them.
 */
import { noteWordPostings, prepareRanking, referralSearch, type ReferralOptions } from '@/lib/search/referral-search';
import { addPart, partUrl, type IndexPart } from '@/lib/search/parts';
import { createSearcher, readingOf, tracked, type Searcher } from '@/lib/search/searcher';
import type { SearchEntry } from '@/lib/search/shards';
import { parseReferralState, type KnownValues } from '@/lib/search/url-state';
import { viewOptions } from '@/lib/search/view-options';
import { routes } from '@/lib/routes';

/** Results shown at once: a professional reads the first ones; the count says if there are more. */
export const RESULT_LIMIT = 20;

/** Ready; or not loaded (a request failed: said on the page); or broken (the entry does not decode: an error of the island, for its boundary). */
export type IndexLoad = { status: 'ready'; searcher: Searcher } | { status: 'error' } | { status: 'broken'; error: unknown };

/** One of the site's own JSON files; a failed request is an error naming the address. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/**
 * Fetches parts of the index and adds them to the searcher, all together once all have arrived
 * (one batch, one new run); rejects, adding none, if any request fails.
 */
export async function loadParts(searcher: Searcher, parts: readonly IndexPart[]): Promise<void> {
  const loaded = await Promise.all(parts.map((part) => fetchJson(partUrl(searcher, part))));
  loaded.forEach((data, i) => addPart(searcher, parts[i]!, data));
}

/**
 * The searcher, with the parts the URL's description needs when they could be fetched (if one
 * fails they are left to the island, which fetches what a run misses and reports a failure).
 * Never rejects.
 */
export async function loadIndex(search: string): Promise<IndexLoad> {
  // User Timing marks: `npm run bench:national` prints where a first result's time goes.
  performance.mark('search:start');
  let entry: unknown;
  try {
    entry = await fetchJson(routes.searchPart('perus'));
  } catch {
    return { status: 'error' };
  }
  let searcher: Searcher;
  try {
    searcher = createSearcher(entry as SearchEntry);
  } catch (error) {
    return { status: 'broken', error };
  }
  // The description and its options as the island will read them (the provider-kind and level
  // filters are checked against the page's options, which this code does not have).
  performance.mark('search:entry');
  const { q, region, targetGroup, dropped } = parseReferralState(search, knownValues(searcher)).state;
  if (q.trim() === '') return { status: 'ready', searcher };
  // Should a run here throw, the island's own run throws too, inside its error boundary.
  const arriving: Promise<void>[] = [];
  let options: ReferralOptions = {};
  try {
    // First the shards of the description's own words: they download while the reading tables compile.
    const words = tracked(searcher, () => noteWordPostings(searcher, q)).missing;
    arriving.push(loadParts(searcher, words).catch(() => undefined));
    options = viewOptions({ targetGroup, region, dropped }, readingOf(searcher).municipalities, RESULT_LIMIT);
    // Then the run the island makes first; missing parts end it early, so it only finds out what
    // else to fetch (the lexicon's words, a place's filter list).
    const missing = tracked(searcher, () => referralSearch(searcher, q, options)).missing;
    arriving.push(loadParts(searcher, missing.filter((part) => !words.includes(part))).catch(() => undefined));
    prepareRanking(searcher);
    performance.mark('search:read');
  } catch {
    await Promise.all(arriving);
    return { status: 'ready', searcher };
  }
  await Promise.all(arriving);
  performance.mark('search:parts');
  // With its parts in, rank the description now, with the options the island's first run will
  // use (a kept ranking serves exactly those only): that run then only displays it.
  try {
    referralSearch(searcher, q, options);
    performance.mark('search:ranked');
  } catch {
    // The island's run throws it again, inside its error boundary.
  }
  return { status: 'ready', searcher };
}

/** What this code can check the URL against: the entry's situations, target groups and regions. */
function knownValues(searcher: Searcher): KnownValues {
  const { wellbeingAreas, municipalities, situations, targetGroups } = searcher.entry.reading;
  const none = new Set<string>();
  return {
    targetGroups: new Set(targetGroups.map((entry) => entry.id)),
    providerKinds: none,
    levels: none,
    situations: new Set(situations.map((entry) => entry.id)),
    regions: new Set([...wellbeingAreas.map(([id]) => id), ...municipalities.map(([code]) => code)]),
  };
}

let started: Promise<IndexLoad> | undefined;

/** The page's one load of the index (started at most once, from the URL as the page opened). */
export function indexLoad(): Promise<IndexLoad> {
  started ??= loadIndex(window.location.search);
  return started;
}
