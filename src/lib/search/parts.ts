/**
 * The parts of the index the search page fetches after the entry (shards.ts): which address each
 * has, whether it has loaded, and where its data goes in the searcher. The island fetches what a
 * run noted missing (postings shards, facets) before it shows results, and then what the shown
 * results display (fragments, criteria texts).
 */
import { routes } from '../routes.ts';
import type { ServiceDoc } from './model.ts';
import { addCriteriaTexts, addFacets, addFilterList, addFragment, addShard, serviceIndex, type SearchPart, type Searcher } from './searcher.ts';
import type { CriteriaTexts, Facets, FilterKey, FilterKind, PostingsShard, ServiceFragment } from './shards.ts';

/** A part of the index: a postings shard, a filter list, the facets, the criteria texts or one service's fragment. */
export type IndexPart = SearchPart | 'kriteerit' | `palvelu:${number}`;

const number = (part: string) => Number(part.slice(part.indexOf(':') + 1));

/** A filter list's kind and value ("rajaus:region:091" → region, 091). */
function filterOf(part: `rajaus:${FilterKey}`): { key: FilterKey; filter: FilterKind; value: string } {
  const key = part.slice('rajaus:'.length) as FilterKey;
  const colon = key.indexOf(':');
  return { key, filter: key.slice(0, colon) as FilterKind, value: key.slice(colon + 1) };
}

const isFilterList = (part: IndexPart): part is `rajaus:${FilterKey}` => part.startsWith('rajaus:');

/** Where a part is served. */
export function partUrl(searcher: Searcher, part: IndexPart): string {
  if (part === 'kriteerit' || part === 'rajaukset') return routes.searchPart(part);
  if (isFilterList(part)) return routes.searchPart(filterOf(part));
  if (part.startsWith('sanat:')) return routes.searchPart({ shard: number(part) });
  return routes.searchPart({ service: searcher.ids[number(part)] ?? '' });
}

export function isLoaded(searcher: Searcher, part: IndexPart): boolean {
  if (part === 'kriteerit') return searcher.criteriaTexts !== undefined;
  if (part === 'rajaukset') return searcher.facets !== undefined;
  if (isFilterList(part)) return searcher.filterLists.has(filterOf(part).key);
  if (part.startsWith('sanat:')) return searcher.shards[number(part)] !== undefined;
  return searcher.fragments[number(part)] !== undefined;
}

/** The parts still to fetch: each once, neither loaded nor already on its way. */
export function partsToFetch(searcher: Searcher, parts: readonly IndexPart[], pending: ReadonlySet<IndexPart>): IndexPart[] {
  return [...new Set(parts)].filter((part) => !isLoaded(searcher, part) && !pending.has(part));
}

/** Puts a fetched part into the searcher (the data is the site's own file, as the build wrote it). */
export function addPart(searcher: Searcher, part: IndexPart, data: unknown): void {
  if (part === 'kriteerit') addCriteriaTexts(searcher, data as CriteriaTexts);
  else if (part === 'rajaukset') addFacets(searcher, data as Facets);
  else if (isFilterList(part)) addFilterList(searcher, filterOf(part).key, data as string);
  else if (part.startsWith('sanat:')) addShard(searcher, number(part), data as PostingsShard);
  else addFragment(searcher, number(part), data as ServiceFragment);
}

/** The fragments the given services still lack (the results shown, the services chosen). */
export function fragmentParts(searcher: Searcher, services: readonly ServiceDoc[]): IndexPart[] {
  return services.flatMap((doc): IndexPart[] => {
    const s = doc.partial === true ? serviceIndex(searcher, doc.id) : undefined;
    return s === undefined ? [] : [`palvelu:${s}`];
  });
}

/**
 * What the page shows next needs, once a run's results are in: the parts the finder's run missed,
 * the criteria texts when the finder is in use or a result does not fit (its reason quotes an
 * item), and the fragments of the results shown and the services chosen.
 */
export function displayParts(
  searcher: Searcher,
  view: { finderMissing: readonly IndexPart[]; finderInUse: boolean; hits: readonly { service: ServiceDoc; fits: boolean }[]; chosen: readonly ServiceDoc[] },
): IndexPart[] {
  const parts: IndexPart[] = [...view.finderMissing];
  if (view.finderInUse || view.hits.some((hit) => !hit.fits)) parts.push('kriteerit');
  parts.push(...fragmentParts(searcher, [...view.hits.map((hit) => hit.service), ...view.chosen]));
  return parts;
}
