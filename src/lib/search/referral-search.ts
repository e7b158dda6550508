/**
 * The referral search as the page runs it: a professional's own words in, ranked services and
 * what was understood out. One function for the island, the quality benchmark and the tests.
 */
import { search, type SearchHit, type SearchOptions } from './rank.ts';
import type { Searcher } from './searcher.ts';

export interface ReferralResult {
  hits: SearchHit[];
}

export function referralSearch(searcher: Searcher, query: string, options: SearchOptions = {}): ReferralResult {
  return { hits: search(searcher, query, options) };
}
