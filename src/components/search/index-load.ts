/**
 * The search index's first load, started when the island's code arrives rather than when React
 * has hydrated it: the entry (preloaded by the page's head) and the postings shards that the
 * description in the URL needs download while the page hydrates, so a shared link's results are
 * ready when the island first runs. Later parts are fetched by the island as its runs need them.
 */
import { prepareRanking, referralSearch } from '@/lib/search/referral-search';
import { addPart, partUrl, type IndexPart } from '@/lib/search/parts';
import { createSearcher, readingOf, tracked, type Searcher } from '@/lib/search/searcher';
import type { SearchEntry } from '@/lib/search/shards';
import { parseReferralState, type KnownValues } from '@/lib/search/url-state';
import { resolveRegion } from '@/lib/search/filters';
import { routes } from '@/lib/routes';

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
  // The description and the region as the island will read them (the other filters are checked
  // against the page's options, which this code does not have: their lists come with the first run).
  const { q, region } = parseReferralState(search, knownRegions(searcher)).state;
  if (q.trim() === '') return { status: 'ready', searcher };
  const resolved = region === undefined ? undefined : resolveRegion(region, readingOf(searcher).municipalities);
  // The same run the island makes; missing parts end it early, so this only finds out what to
  // fetch. Should it throw, the island's own run throws too, inside its error boundary.
  let missing: IndexPart[] = [];
  try {
    missing = tracked(searcher, () => referralSearch(searcher, q, { filters: { region: resolved }, regionFacet: resolved === undefined ? undefined : region, limit: 1 })).missing;
  } catch {
    return { status: 'ready', searcher };
  }
  const arriving = loadParts(searcher, missing).catch(() => undefined);
  try {
    prepareRanking(searcher);
  } catch {
    // The island's first run computes it again, inside its error boundary.
  }
  await arriving;
  return { status: 'ready', searcher };
}

/** Only the regions are known here (from the entry's reading tables). */
function knownRegions(searcher: Searcher): KnownValues {
  const { wellbeingAreas, municipalities } = searcher.entry.reading;
  const none = new Set<string>();
  return { targetGroups: none, providerKinds: none, levels: none, situations: none, regions: new Set([...wellbeingAreas.map(([id]) => id), ...municipalities.map(([code]) => code)]) };
}

let started: Promise<IndexLoad> | undefined;

/** The page's one load of the index (started at most once, from the URL as the page opened). */
export function indexLoad(): Promise<IndexLoad> {
  started ??= loadIndex(window.location.search);
  return started;
}
