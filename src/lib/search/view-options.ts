/**
 * The referral search's options for a view state (the URL's or the page's): its facets as filters,
 * a region resolved to its member areas and municipalities, the region facet (which wins over a
 * place named in the description) and the readings dropped. The island and the index's first load
 * both take their options from here: the first load ranks the URL's description ahead of the island,
 * and a kept ranking serves only the very same options.
 */
import { resolveRegion, type SearchFilters } from './filters.ts';
import type { ReferralOptions } from './referral-search.ts';
import type { ReferralState } from './url-state.ts';

/** The parts of a view state the search's options come from. */
export type ViewFacets = Pick<ReferralState, 'targetGroup' | 'providerKind' | 'level' | 'region'> & { dropped?: readonly string[] | undefined };

export interface ViewOptions extends ReferralOptions {
  filters: SearchFilters;
  regionFacet: string | undefined;
  dropped: ReadonlySet<string>;
}

export function viewOptions(
  state: ViewFacets,
  municipalities: readonly { code: string; wellbeingArea: string; employmentArea: string }[],
  limit: number,
): ViewOptions {
  const region = state.region === undefined ? undefined : resolveRegion(state.region, municipalities);
  return {
    filters: { targetGroup: state.targetGroup, providerKind: state.providerKind, level: state.level, region },
    // A region that does not resolve filters nothing, so it cannot win over a place in the text either.
    regionFacet: region === undefined ? undefined : state.region,
    limit,
    dropped: new Set(state.dropped ?? []),
  };
}
