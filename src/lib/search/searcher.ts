/**
 * A loaded search index, ready for queries. Most of it is decoded lazily (codec.ts), when a query
 * first needs it: at national scale a page load must not decode every posting.
 */
import { analyze } from '../text/finnish.ts';
import { decodeConcept, decodeCriteria, decodePassages, decodePostings, decodeService, type SearchIndexData, type TermPostings } from './codec.ts';
import type { FinderCriteria } from './finder.ts';
import type { ConceptDoc, Passage, ServiceDoc } from './model.ts';
import { createPlaceFinder, type Place, type PlaceMention } from './place-mention.ts';
import { compileReading, type ReadingTable } from './understand.ts';

export type { TermPostings } from './codec.ts';

export interface Searcher {
  data: SearchIndexData;
  /** The services, decoded (cheap: texts are shared with the index, not copied). */
  services: ServiceDoc[];
  termIds: Map<string, number>;
  /** Decoded postings per term, filled lazily. */
  postings: (TermPostings | undefined)[];
  /** Decoded passages per service, filled lazily. */
  passages: (Passage[] | undefined)[];
  /** The finder's criteria lists, decoded on first use. */
  criteria?: FinderCriteria[] | undefined;
  /** Per index term: whether it occurs in a passage that names what a service is for (rank.ts), filled lazily. */
  domainTerms: Map<number, boolean>;
  /** Analysed words of each service's name, filled lazily. */
  nameWords: Map<number, string[]>;
  /** Length normalisation per service for the last b used (rank.ts). */
  lengthNorms?: { b: number; norms: Float64Array } | undefined;
  /** What descriptions are read with, compiled on first use. */
  reading?: SearcherReading | undefined;
}

/** Situations, target groups and the compiled cue and lexicon phrases. */
export interface SearcherReading {
  table: ReadingTable;
  situations: ConceptDoc[];
  situationById: Map<string, ConceptDoc>;
  targetGroupById: Map<string, ConceptDoc>;
  /** Stems of each situation's cue words (for offering the closest situations). */
  cueStems: Map<string, string[]>;
  /** Places named in a description. */
  findPlaces: (text: string) => PlaceMention[];
  /** Per situation, how rare it is among the services' criteria (referral-search.ts), computed on first use. */
  rarity?: Map<string, number> | undefined;
  /** Municipalities with their areas, to resolve a place to a region. */
  municipalities: { code: string; wellbeingArea: string; employmentArea: string }[];
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
    nameWords: new Map(),
    domainTerms: new Map(),
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

/** The reading tables (compiled on first use: about a thousand short phrases). */
export function readingOf(searcher: Searcher): SearcherReading {
  if (searcher.reading === undefined) {
    const { texts, reading } = searcher.data;
    const situations = reading.situations.map((entry) => decodeConcept(entry, texts));
    const targetGroups = reading.targetGroups.map((entry) => decodeConcept(entry, texts));
    searcher.reading = {
      table: compileReading(
        [...situations.map((doc) => ({ kind: 'situation' as const, id: doc.id, cues: doc.cues })), ...targetGroups.map((doc) => ({ kind: 'targetGroup' as const, id: doc.id, cues: doc.cues }))],
        reading.lexicon,
      ),
      situations,
      situationById: new Map(situations.map((doc) => [doc.id, doc])),
      targetGroupById: new Map(targetGroups.map((doc) => [doc.id, doc])),
      cueStems: new Map(situations.map((doc) => [doc.id, doc.cues.flatMap((cue) => analyze(cue))])),
      findPlaces: createPlaceFinder([
        ...reading.municipalities.map(([code, name, nameSv]): Place => ({ value: code, kind: 'municipality', code, name, nameSv })),
        ...reading.wellbeingAreas.map(([id, name, nameSv]): Place => ({ value: id, kind: 'wellbeingArea', code: id, name, nameSv })),
      ]),
      municipalities: reading.municipalities.map(([code, , , wellbeingArea, employmentArea]) => ({ code, wellbeingArea, employmentArea })),
    };
  }
  return searcher.reading;
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
