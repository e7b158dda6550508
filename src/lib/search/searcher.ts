/**
 * A search index ready for queries, assembled from the parts shards.ts describes. In Node (the
 * benchmarks, the tests) every part is there at once (loadSearcher); in the browser the island
 * starts from the entry and adds postings shards, fragments, criteria texts and facets as they
 * arrive. The ranking reads the same model either way: a postings shard or the facets that a
 * computation needed and did not find are noted in `missing` (the computation's result is then
 * incomplete, and the island fetches them and runs it again), so a complete run read exactly what
 * the whole index holds. Display data (fragments, criteria texts) is never needed for ranking.
 */
import { analyze } from '../text/finnish.ts';
import type { SearchIndexData } from './codec.ts';
import { decodeConcept } from './codec.ts';
import type { FinderCriteria } from './finder.ts';
import { indexTerms } from './index-build.ts';
import type { ConceptDoc, Passage, RegionScope, ServiceDoc } from './model.ts';
import { createPlaceFinder, type Place, type PlaceMention } from './place-mention.ts';
import { passesFilters, type SearchFilters } from './filters.ts';
import {
  charCodes,
  decodeFilterList,
  decodeId,
  decodePostings,
  decodeTerms,
  filterKeys,
  forceOf,
  passageKind,
  shardIndex,
  shardOf,
  type CriteriaTexts,
  type Facets,
  type FilterKey,
  type PostingsShard,
  type SearchEntry,
  type ServiceFragment,
  type TermPostings,
} from './shards.ts';
import { compileReading, type ReadingTable } from './understand.ts';
import type { Ranking } from './referral-search.ts';

export type { TermPostings } from './shards.ts';

/** A part of the index a computation needed: a postings shard, a filter list, or the facets. */
export type SearchPart = `sanat:${number}` | `rajaus:${FilterKey}` | 'rajaukset';

export interface Searcher {
  entry: SearchEntry;
  /** The sorted vocabulary. */
  terms: string[];
  termIds: Map<string, number>;
  acronyms: Record<string, string[]>;
  /** The services (display fields filled as fragments arrive). */
  readonly services: ServiceDoc[];
  /** Their ids, in index order. */
  readonly ids: string[];
  /** Index of each id (built on first use). */
  indexById?: Map<string, number> | undefined;
  /** Loaded postings shards, by number. */
  shards: (PostingsShard | undefined)[];
  /** Decoded postings per term, filled lazily. */
  postings: (TermPostings | undefined)[];
  /** Loaded fragments, by service index. */
  fragments: (ServiceFragment | undefined)[];
  /** Decoded passages per service, filled lazily. */
  passages: (Passage[] | undefined)[];
  /** Per service, per passage: the index terms it holds (what the postings once said), filled lazily. */
  passageTerms: Map<number, Set<number>[]>;
  criteriaTexts?: CriteriaTexts | undefined;
  facets?: Facets | undefined;
  /** Loaded filter lists (shards.ts: filterList), by key. */
  filterLists: Map<FilterKey, ReadonlySet<number>>;
  /** The finder's criteria lists, decoded on first use. */
  criteria?: FinderCriteria[] | undefined;
  /** Analysed words of each service's name, filled lazily. */
  nameWords: Map<number, string[]>;
  /** Length normalisation per service for the last b used (rank.ts). */
  lengthNorms?: { b: number; norms: Float64Array } | undefined;
  /** What descriptions are read with, compiled on first use. */
  reading?: SearcherReading | undefined;
  /** Parts computations needed and did not find, since the last `tracked` run. */
  missing: Set<SearchPart>;
  /**
   * Counts the parts added that a ranking reads (postings shards, filter lists, facets, criteria
   * texts), so a kept ranking is known to be current; fragments (display only) do not count.
   */
  rankingParts: number;
  /** The last complete ranking, for a run that only redisplays it (referral-search.ts). */
  lastRanking?: { key: string; parts: number; value: Ranking } | undefined;
}

/** Situations, target groups and the compiled cue and lexicon phrases. */
export interface SearcherReading {
  table: ReadingTable;
  situations: ConceptDoc[];
  situationById: Map<string, ConceptDoc>;
  targetGroupById: Map<string, ConceptDoc>;
  /** Stems of each situation's cue words (for offering the closest situations). */
  readonly cueStems: Map<string, string[]>;
  /** Places named in a description. */
  findPlaces: (text: string) => PlaceMention[];
  /** Per situation, how rare it is among the services' criteria (referral-search.ts), computed on first use. */
  rarity?: Map<string, number> | undefined;
  /** Municipalities with their areas, to resolve a place to a region. */
  municipalities: { code: string; wellbeingArea: string; employmentArea: string }[];
}

const NONE: readonly string[] = [];

/** The entry's service table, decoded by column. */
interface Columns {
  lengths: string[];
  kind: number[];
  status: number[];
  targetGroups: string[];
  languages: ReadonlyMap<number, string[]>;
}

/**
 * A service as ranking reads it, from the entry's table. The facets are getters on the prototype (a
 * page load makes thousands of these): read from the facets once loaded, else empty and noted missing.
 */
class IndexedService {
  declare id: string;
  declare name: string;
  summary = '';
  providers: string[] = [];
  declare targetGroups: string[];
  referral: ServiceDoc['referral'] = undefined;
  sources: ServiceDoc['sources'] = [];
  declare kind: string;
  declare status: string;
  permanence: string | undefined = undefined;
  declare coordinates: boolean;
  declare languages: string[];
  declare length: number;
  partial?: true | undefined = true;

  // Private (#): not fields of the service, so neither JSON nor a spread copies them.
  readonly #searcher: Searcher;
  readonly #s: number;
  readonly #national: boolean;

  constructor(searcher: Searcher, s: number, national: boolean) {
    this.#searcher = searcher;
    this.#s = s;
    this.#national = national;
  }

  #facet<T>(read: (facets: Facets) => T | undefined, empty: T): T {
    const facets = this.#searcher.facets;
    if (facets !== undefined) return read(facets) ?? empty;
    this.#searcher.missing.add('rajaukset');
    return empty;
  }
  get providerKinds(): string[] {
    return this.#facet((facets) => facets.providerKinds[this.#s], NONE as string[]);
  }
  get levels(): string[] {
    return this.#facet((facets) => facets.levels[this.#s], NONE as string[]);
  }
  get regions(): RegionScope {
    const none: string[] = [];
    const [wellbeingAreas, employmentAreas, municipalities] = this.#facet((facets) => facets.regions[this.#s], [none, none, none]);
    return { national: this.#national, wellbeingAreas, employmentAreas, municipalities };
  }
}

function serviceDoc(searcher: Searcher, s: number, columns: Columns): ServiceDoc {
  const table = searcher.entry.services;
  const doc = new IndexedService(searcher, s, table.national[s] === '1');
  const name = table.names[s] ?? '';
  doc.id = searcher.ids[s] ?? '';
  doc.name = name;
  doc.targetGroups = charCodes(columns.targetGroups[s] ?? '').map((code) => table.targetGroupIds[code] ?? '');
  doc.kind = table.kinds[columns.kind[s] ?? -1] ?? '';
  doc.status = table.statuses[columns.status[s] ?? -1] ?? '';
  doc.coordinates = table.coordinates[s] === '1';
  doc.languages = columns.languages.get(s) ?? (NONE as string[]);
  doc.length = parseInt(columns.lengths[s] ?? '0', 36);
  return doc;
}

/** A searcher from the entry alone (the browser adds the other parts as they arrive). */
export function createSearcher(entry: SearchEntry): Searcher {
  const terms = decodeTerms(entry.terms);
  const count = entry.services.names.length;
  let services: ServiceDoc[] | undefined;
  let ids: string[] | undefined;
  const searcher: Searcher = {
    entry,
    terms,
    termIds: new Map(terms.map((term, i) => [term, i])),
    acronyms: entry.acronyms,
    // The service table is decoded on first use: a description's first run, which only finds out
    // what to fetch, does not read it, so the page asks for the postings before decoding it.
    get services() {
      services ??= decodeServices(searcher);
      return services;
    },
    // Ids alone, without building the services: the criteria and the finder need them first.
    get ids() {
      ids ??= entry.services.ids.map((id, s) => decodeId(id, entry.services.names[s] ?? ''));
      return ids;
    },
    shards: new Array<PostingsShard | undefined>(entry.shards.length),
    postings: new Array<TermPostings | undefined>(terms.length),
    fragments: new Array<ServiceFragment | undefined>(count),
    passages: new Array<Passage[] | undefined>(count),
    passageTerms: new Map(),
    filterLists: new Map(),
    nameWords: new Map(),
    missing: new Set(),
    rankingParts: 0,
  };
  return searcher;
}

function decodeServices(searcher: Searcher): ServiceDoc[] {
  const table = searcher.entry.services;
  const columns: Columns = {
    lengths: table.lengths.split(','),
    kind: charCodes(table.kind),
    status: charCodes(table.status),
    targetGroups: table.targetGroups.split(','),
    languages: new Map(table.languages),
  };
  return table.names.map((_, s) => serviceDoc(searcher, s, columns));
}

/** The index of a service by its id. */
export function serviceIndex(searcher: Searcher, id: string): number | undefined {
  searcher.indexById ??= new Map(searcher.ids.map((serviceId, s) => [serviceId, s]));
  return searcher.indexById.get(id);
}

/** A service by its id. */
export function serviceById(searcher: Searcher, id: string): ServiceDoc | undefined {
  const s = serviceIndex(searcher, id);
  return s === undefined ? undefined : searcher.services[s];
}

/** Adds a postings shard. */
export function addShard(searcher: Searcher, n: number, shard: PostingsShard): void {
  searcher.shards[n] = shard;
  searcher.rankingParts++;
}

/** Adds what a result card shows of one service. */
export function addFragment(searcher: Searcher, s: number, fragment: ServiceFragment): void {
  const doc = searcher.services[s];
  if (doc === undefined) return;
  searcher.fragments[s] = fragment;
  doc.summary = fragment.summary;
  doc.providers = fragment.providers;
  doc.referral = fragment.referral;
  doc.sources = fragment.sources ?? [];
  doc.permanence = fragment.permanence;
  delete doc.partial;
}

export function addCriteriaTexts(searcher: Searcher, texts: CriteriaTexts): void {
  searcher.criteriaTexts = texts;
  searcher.criteria = undefined;
  searcher.rankingParts++;
}

export function addFacets(searcher: Searcher, facets: Facets): void {
  searcher.facets = facets;
  searcher.rankingParts++;
}

export function addFilterList(searcher: Searcher, key: FilterKey, list: string): void {
  searcher.filterLists.set(key, decodeFilterList(list));
  searcher.rankingParts++;
}

/**
 * Turns the whole static index into a searcher with every part loaded (Node: the benchmarks and
 * tests; the same model the browser assembles from the parts it fetched).
 */
export function loadSearcher(data: SearchIndexData): Searcher {
  const parts = shardIndex(data);
  const searcher = createSearcher(parts.entry);
  parts.shards.forEach((shard, n) => addShard(searcher, n, shard));
  parts.fragments.forEach((fragment, s) => addFragment(searcher, s, fragment));
  addCriteriaTexts(searcher, parts.criteriaTexts);
  addFacets(searcher, parts.facets);
  return searcher;
}

/** Runs a computation and returns its result with the parts it needed and did not find (none: the result is complete). */
export function tracked<T>(searcher: Searcher, run: () => T): { value: T; missing: SearchPart[] } {
  searcher.missing.clear();
  const value = run();
  const missing = [...searcher.missing];
  searcher.missing.clear();
  return { value, missing };
}

const EMPTY: TermPostings = { services: new Int32Array(0), short: new Int32Array(0), long: new Int32Array(0), docFreq: 0 };

/** The postings of one term (decoded on first use); empty, and the shard noted missing, while its shard has not loaded. */
export function postingsOf(searcher: Searcher, termId: number): TermPostings {
  let decoded = searcher.postings[termId];
  if (decoded === undefined) {
    const n = shardOf(searcher.entry.shards, termId);
    const shard = searcher.shards[n];
    if (shard === undefined) {
      searcher.missing.add(`sanat:${n}`);
      return EMPTY;
    }
    decoded = decodePostings(shard.postings[termId - shard.first] ?? '|');
    searcher.postings[termId] = decoded;
  }
  return decoded;
}

/**
 * Notes the postings shards of these terms that have not loaded; true when all of them have. A
 * run that misses one is not shown (the island fetches it and runs again), so the ranking can
 * stop here instead of ranking on part of the index: the first run of a query then only finds out
 * what to fetch.
 */
export function hasPostings(searcher: Searcher, termIds: Iterable<number>): boolean {
  let complete = true;
  for (const termId of termIds) {
    if (searcher.postings[termId] !== undefined) continue;
    const n = shardOf(searcher.entry.shards, termId);
    if (searcher.shards[n] !== undefined) continue;
    searcher.missing.add(`sanat:${n}`);
    complete = false;
  }
  return complete;
}

/** Notes the filter lists the filters need that have not loaded; true when all of them have (or the facets have). */
export function hasFilterLists(searcher: Searcher, filters: SearchFilters): boolean {
  if (searcher.facets !== undefined) return true;
  let complete = true;
  for (const key of filterKeys(filters)) {
    if (searcher.filterLists.has(key)) continue;
    searcher.missing.add(`rajaus:${key}`);
    complete = false;
  }
  return complete;
}

/**
 * Whether service s passes the filters: as passesFilters decides with the facets loaded (Node, the
 * whole index), else from the filter lists (the browser), a list not yet loaded noted missing (the
 * run is then not shown, so no result ever shows with a filter half applied).
 */
export function passesFiltersAt(searcher: Searcher, s: number, filters: SearchFilters): boolean {
  const service = searcher.services[s];
  if (service === undefined) return false;
  if (searcher.facets !== undefined) return passesFilters(service, filters);
  if (filters.targetGroup !== undefined && !service.targetGroups.includes(filters.targetGroup)) return false;
  const national = searcher.entry.services.national[s] === '1';
  for (const key of filterKeys(filters)) {
    const list = searcher.filterLists.get(key);
    if (list === undefined) {
      searcher.missing.add(`rajaus:${key}`);
      return false;
    }
    // Region lists leave national services out: they reach every region.
    if (!list.has(s) && !(national && key.startsWith('region:'))) return false;
  }
  return true;
}

/** True when the term occurs in a passage that names what a service is for (precomputed at build time). */
export const isDomainTerm = (searcher: Searcher, termId: number): boolean => searcher.entry.domain[termId] === '1';

/** The passages of one service (decoded on first use); none while its fragment has not loaded. */
export function passagesOf(searcher: Searcher, s: number): Passage[] {
  let passages = searcher.passages[s];
  if (passages === undefined) {
    const fragment = searcher.fragments[s];
    if (fragment === undefined) return [];
    passages = fragment.passages.map(([kind, text, label, force]) => {
      const passage: Passage = { kind: passageKind(kind), text };
      if (label !== null) passage.label = label;
      const known = forceOf(force);
      if (known !== undefined) passage.force = known;
      return passage;
    });
    searcher.passages[s] = passages;
  }
  return passages;
}

/**
 * The index terms of each passage of a service, as the build indexed them. A compound is split
 * against the vocabulary: the build also knew COMPOUND_PARTS, but a piece that decided a split
 * there became a term itself, and a piece that only led into a dead end changes nothing, so the
 * vocabulary alone splits every word the same way (the shards test checks it).
 */
export function passageTermsOf(searcher: Searcher, s: number): Set<number>[] {
  let terms = searcher.passageTerms.get(s);
  if (terms === undefined) {
    const known = (piece: string) => searcher.termIds.has(piece);
    terms = passagesOf(searcher, s).map(
      (passage) => new Set(indexTerms(passage.text, known).flatMap(({ term }) => searcher.termIds.get(term) ?? [])),
    );
    if (searcher.fragments[s] !== undefined) searcher.passageTerms.set(s, terms);
  }
  return terms;
}

/** The finder's criteria lists (decoded on first use, and again once their ids and texts have loaded; empty until then). */
export function finderCriteria(searcher: Searcher): FinderCriteria[] {
  if (searcher.criteria === undefined) {
    const { criteria, criteriaSituations } = searcher.entry;
    searcher.criteria = criteria.map(([appliesTo, items], l) => {
      const [id = '', title = '', texts = []] = searcher.criteriaTexts?.[l] ?? [];
      return {
        // Before the texts arrive a list still needs an id of its own: the ranking counts a situation once per list.
        id: id === '' ? `#${l}` : id,
        title,
        appliesTo: appliesTo.map((s) => searcher.ids[s] ?? ''),
        items: items.flatMap(([force, situations], i) => {
          const known = forceOf(force);
          const [itemId = '', text = '', instead = []] = texts[i] ?? [];
          return known === undefined ? [] : [{ id: itemId, text, situations: situations.map((code) => criteriaSituations[code] ?? ''), force: known, instead }];
        }),
      };
    });
  }
  return searcher.criteria;
}

/** The reading tables (compiled on first use: about a thousand short phrases). */
export function readingOf(searcher: Searcher): SearcherReading {
  if (searcher.reading === undefined) {
    const { labels, reading } = searcher.entry;
    const situations = reading.situations.map((entry) => decodeConcept(entry, labels));
    const targetGroups = reading.targetGroups.map((entry) => decodeConcept(entry, labels));
    let cueStems: Map<string, string[]> | undefined;
    searcher.reading = {
      table: compileReading(
        [...situations.map((doc) => ({ kind: 'situation' as const, id: doc.id, cues: doc.cues })), ...targetGroups.map((doc) => ({ kind: 'targetGroup' as const, id: doc.id, cues: doc.cues }))],
        reading.lexicon,
      ),
      situations,
      situationById: new Map(situations.map((doc) => [doc.id, doc])),
      targetGroupById: new Map(targetGroups.map((doc) => [doc.id, doc])),
      // Only the closest situations (offered when nothing fits) read these: stemmed on first use.
      get cueStems() {
        cueStems ??= new Map(situations.map((doc) => [doc.id, doc.cues.flatMap((cue) => analyze(cue))]));
        return cueStems;
      },
      findPlaces: createPlaceFinder([
        ...reading.municipalities.map(([code, name, nameSv]): Place => ({ value: code, kind: 'municipality', code, name, nameSv })),
        ...reading.wellbeingAreas.map(([id, name, nameSv]): Place => ({ value: id, kind: 'wellbeingArea', code: id, name, nameSv })),
      ]),
      municipalities: reading.municipalities.map(([code, , , wellbeingArea, employmentArea]) => ({ code, wellbeingArea, employmentArea })),
    };
  }
  return searcher.reading;
}
