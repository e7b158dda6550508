/**
 * A loaded search index, ready for queries. Most of it is decoded lazily (codec.ts), when a query
 * first needs it: at national scale a page load must not decode every posting.
 */
import { decodeCriteria, decodePassages, decodePostings, decodeService, type SearchIndexData, type TermPostings } from './codec.ts';
import type { FinderCriteria } from './finder.ts';
import type { Passage, ServiceDoc } from './model.ts';

export type { TermPostings } from './codec.ts';

/** What fuse.js sees of a service: its name and short passages, already normalised. */
export interface FuseDoc {
  name: string;
  text: string;
}

export interface Searcher {
  data: SearchIndexData;
  /** The services, decoded (cheap: texts are shared with the index, not copied). */
  services: ServiceDoc[];
  termIds: Map<string, number>;
  /** Decoded postings per term, filled lazily. */
  postings: (TermPostings | undefined)[];
  /** Decoded passages per service, filled lazily. */
  passages: (Passage[] | undefined)[];
  /** Normalised short texts per service for the fuse.js stage, filled lazily. */
  fuseDocs: Map<number, FuseDoc>;
  /** The finder's criteria lists, decoded on first use. */
  criteria?: FinderCriteria[] | undefined;
}

/**
 * Turns the static JSON into a searcher (once per page load). Cheap: the services are decoded,
 * the vocabulary gets a lookup table; postings, passages and criteria wait for a query to need them.
 */
export function loadSearcher(data: SearchIndexData): Searcher {
  return {
    data,
    services: data.services.map((entry) => decodeService(entry, data.texts)),
    termIds: new Map(data.terms.map((term, i) => [term, i])),
    postings: new Array<TermPostings | undefined>(data.terms.length),
    passages: new Array<Passage[] | undefined>(data.services.length),
    fuseDocs: new Map(),
  };
}

/** The postings of one term (decoded on first use). */
export function postingsOf(searcher: Searcher, termId: number): TermPostings {
  let decoded = searcher.postings[termId];
  if (decoded === undefined) {
    decoded = decodePostings(searcher.data.postings[termId] ?? '', searcher.data.services);
    searcher.postings[termId] = decoded;
  }
  return decoded;
}

/** The passages of one service (decoded on first use). */
export function passagesOf(searcher: Searcher, s: number): Passage[] {
  let passages = searcher.passages[s];
  if (passages === undefined) {
    passages = decodePassages(searcher.data.services[s], searcher.data.texts);
    searcher.passages[s] = passages;
  }
  return passages;
}

/** The finder's criteria lists (decoded on first use). */
export function finderCriteria(searcher: Searcher): FinderCriteria[] {
  searcher.criteria ??= searcher.data.criteria.map((entry) => decodeCriteria(entry, searcher.data.texts));
  return searcher.criteria;
}

/**
 * Visits every posting of the index terms a query word matches, with the term's rarity already
 * applied: `value` is similarity × idf, `weight` the posting's passage weight × 10.
 */
export function forEachPosting(
  searcher: Searcher,
  matches: ReadonlyMap<number, number>,
  visit: (service: number, passage: number, value: number, weight: number) => void,
): void {
  const total = searcher.services.length;
  for (const [termId, similarity] of matches) {
    const { flat, docFreq } = postingsOf(searcher, termId);
    const idf = Math.log(1 + total / Math.max(1, docFreq));
    for (let i = 0; i < flat.length; i += 3) visit(flat[i] ?? 0, flat[i + 1] ?? 0, similarity * idf, flat[i + 2] ?? 0);
  }
}
