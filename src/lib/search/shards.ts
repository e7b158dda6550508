/**
 * The search index as the browser fetches it, in parts (the Pagefind model), both directions in one
 * place: `shardIndex` cuts the whole index (index-build.ts) into the parts at build time, the
 * decode* functions read them back in the browser and in Node (searcher.ts assembles them).
 *
 * - the entry (/data/haku/perus.json): everything a query reads about all services or the whole
 *   vocabulary: the terms (front-coded), per term whether it names what a service is for, where
 *   each postings shard starts, acronyms, the reading tables, and a compact per-service table of
 *   what ranking reads (id, name, length, kind, status, coordination, languages, target groups,
 *   national scope), and the finder's criteria as matching data (which services, which situations);
 * - postings shards (/data/haku/sanat/<n>.json): consecutive ranges of the sorted vocabulary,
 *   about SHARD_BYTES of postings each; a query fetches the shards of its terms only. A posting is
 *   per term and service the best weight of a match in a short passage (name, keywords, summary…)
 *   and in a long one (description, criteria…): all the ranking needs, as its formula takes the
 *   best match per service (rank.ts). Which passage matched is read from the fragment;
 * - fragments (/data/haku/palvelut/<id>.json): what a result card shows of one service (summary,
 *   providers, referral, sources, its passages), fetched for the results shown;
 * - the criteria's texts (/data/haku/kriteerit.json), fetched when the finder needs them;
 * - filter lists (/data/haku/rajaus/<filter>/<value>.json): the services one filter value lets
 *   through (a region, a provider kind, a level), fetched when a filter is set or a description
 *   names a place: a few hundred bytes instead of every service's facets;
 * - the facets (/data/haku/rajaukset.json: per service its provider kinds, levels and regions), for
 *   whatever reads a service's facets themselves (the ranking reads the filter lists).
 */
import { criterionForces } from '../../schemas/enums.ts';
import { fold } from '../text/finnish.ts';
import type { ConceptEntry, CriteriaEntry, SearchIndexData } from './codec.ts';
import { inRegion, resolveRegion, type SearchFilters } from './filters.ts';
import { PASSAGE_KINDS, postingWeight, type CitedSourceDoc, type PassageKind, type ReferralInfo } from './model.ts';

/** Raw postings characters per shard (a term longer than this gets a shard of its own). */
export const SHARD_BYTES = 3000;

/** Passage kinds whose matches the service's length discounts (long running text), see rank.ts. */
export const LONG_KINDS: ReadonlySet<PassageKind> = new Set(['description', 'criterion', 'role', 'provider', 'level', 'example']);
/** Passage kinds that name what a service is and is for, see rank.ts. */
export const DOMAIN_KINDS: ReadonlySet<PassageKind> = new Set(['name', 'keyword', 'glossary', 'criterion', 'targetGroup', 'role']);

/** Every posting weight × 10 a match can have, 0 (no match) first: a posting stores its code (a letter). */
export const WEIGHT_CODES: readonly number[] = [0, ...new Set(PASSAGE_KINDS.flatMap((kind) => [postingWeight(kind, false), postingWeight(kind, true)]))].sort((a, b) => a - b);

export interface SearchEntry {
  /** Sorted vocabulary, front-coded: per term the length shared with the previous term (base 36) and the rest, joined by "\n". */
  terms: string;
  /** Per term "1" when it occurs in a passage that names what a service is for, else "0". */
  domain: string;
  /** Index of the first term of each postings shard (the first is 0). */
  shards: number[];
  acronyms: Record<string, string[]>;
  /** The reading tables; concept labels index `labels`. */
  reading: SearchIndexData['reading'];
  labels: string[];
  services: ServiceTable;
  /** The finder's criteria lists, as matching needs them: [services (indexes), items: [force code, situation codes]]. */
  criteria: [number[], [number, number[]][]][];
  /** Situation ids the criteria codes index. */
  criteriaSituations: string[];
}

/** What ranking reads of every service, by column; small numbers as one character each (charCode − 48). */
export interface ServiceTable {
  /** Ids, each the id or a piece of its name's slug plus the rest (encodeId). */
  ids: string[];
  names: string[];
  /** Number of indexed words, base 36, comma-separated. */
  lengths: string;
  /** Kind and status codes (into `kinds` and `statuses`), a character per service. */
  kind: string;
  status: string;
  kinds: string[];
  statuses: string[];
  /** "1" per service that coordinates others. */
  coordinates: string;
  /** "1" per service available nationally. */
  national: string;
  /** Target group codes per service (into `targetGroupIds`), a character each, services separated by commas. */
  targetGroups: string;
  targetGroupIds: string[];
  /** Languages, for the services that name any: [service index, codes]. */
  languages: [number, string[]][];
}

/** One postings shard: the postings of terms first … first + postings.length − 1. */
export interface PostingsShard {
  first: number;
  /** Per term: service index deltas (comma-separated), "|", then two weight-code letters per service (short passage, long passage). */
  postings: string[];
}

/** What a result card shows of one service; passages as [kind code, text, label or null, force code or -1]. */
export interface ServiceFragment {
  summary: string;
  providers: string[];
  referral?: ReferralInfo;
  sources?: CitedSourceDoc[];
  permanence?: string;
  passages: [number, string, string | null, number][];
}

/** The criteria lists' ids, titles and items' ids, texts and alternatives, in the entry's order. */
export type CriteriaTexts = [string, string, [string, string, string[]][]][];

/** Per service: provider kinds, staircase levels and regions (national, wellbeing areas, employment areas, municipalities). */
export interface Facets {
  providerKinds: string[][];
  levels: string[][];
  regions: [string[], string[], string[]][];
}

/** All parts of a sharded index. */
export interface ShardedIndex {
  entry: SearchEntry;
  shards: PostingsShard[];
  fragments: ServiceFragment[];
  criteriaTexts: CriteriaTexts;
  facets: Facets;
}

// ---- small helpers shared by both directions ----

/** A table of distinct values by first use, and each value's code. */
function codes<T>(values: readonly T[]): { table: T[]; code: (value: T) => number } {
  const table = [...new Set(values)];
  const index = new Map(table.map((value, i) => [value, i]));
  return { table, code: (value) => index.get(value) ?? -1 };
}

const flags = (values: readonly boolean[]): string => values.map((value) => (value ? '1' : '0')).join('');
const chars = (values: readonly number[]): string => values.map((value) => String.fromCharCode(48 + value)).join('');
/** The codes of a `chars` string. */
export const charCodes = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0) - 48);

/** A name as an id-like slug: folded, runs of other characters as one hyphen. */
const slug = (name: string) => fold(name).replace(/[^a-z0-9]+/g, '-');

/**
 * An id, shortened when it repeats a piece of its name's slug (as most ids do): "~start.length.rest"
 * in base 36, the piece taken from the slug. Ids are slugs, so none starts with "~"; one that did
 * would be written as a piece of length 0.
 */
export function encodeId(id: string, name: string): string {
  const from = slug(name);
  let best = { start: 0, length: 0 };
  for (let length = id.length; length > 0 && best.length === 0; length--) {
    const start = from.indexOf(id.slice(0, length));
    if (start >= 0) best = { start, length };
  }
  const short = `~${best.start.toString(36)}.${best.length.toString(36)}.${id.slice(best.length)}`;
  return short.length < id.length || id.startsWith('~') ? short : id;
}

export function decodeId(text: string, name: string): string {
  if (!text.startsWith('~')) return text;
  const [start = '0', length = '0'] = text.slice(1).split('.', 2);
  const rest = text.slice(start.length + length.length + 3);
  const from = parseInt(start, 36);
  return slug(name).slice(from, from + parseInt(length, 36)) + rest;
}

/** Front-codes a sorted vocabulary. */
export function encodeTerms(terms: readonly string[]): string {
  let previous = '';
  return terms
    .map((term) => {
      let shared = 0;
      while (shared < previous.length && shared < term.length && shared < 35 && previous[shared] === term[shared]) shared++;
      previous = term;
      return `${shared.toString(36)}${term.slice(shared)}`;
    })
    .join('\n');
}

export function decodeTerms(text: string): string[] {
  if (text === '') return [];
  const terms: string[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    const term = previous.slice(0, parseInt(line[0] ?? '0', 36)) + line.slice(1);
    terms.push(term);
    previous = term;
  }
  return terms;
}

/**
 * Cuts the vocabulary into shards: consecutive terms until their postings pass SHARD_BYTES.
 * Deterministic: the same postings give the same shards.
 */
export function shardStarts(postingLengths: readonly number[], limit = SHARD_BYTES): number[] {
  const starts: number[] = [];
  let size = Number.POSITIVE_INFINITY;
  postingLengths.forEach((length, term) => {
    if (size + length > limit) {
      starts.push(term);
      size = 0;
    }
    size += length;
  });
  return starts;
}

/** The shard that holds a term (binary search over the starts). */
export function shardOf(starts: readonly number[], term: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---- encoding (build time) ----

/** One term's postings in the whole index's format, as the best short and long weight per service. */
function reducePostings(text: string, kindsOf: (s: number, p: number) => PassageKind): { postings: string; domain: boolean } {
  if (text === '') return { postings: '|', domain: false };
  const numbers = text.split(',').map(Number);
  const best = new Map<number, [number, number]>();
  let service = 0;
  let domain = false;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    service += numbers[i] ?? 0;
    const code = numbers[i + 1] ?? 0;
    const kind = kindsOf(service, code >> 1);
    if (DOMAIN_KINDS.has(kind)) domain = true;
    const weight = postingWeight(kind, (code & 1) === 1);
    const pair = best.get(service) ?? [0, 0];
    const slot = LONG_KINDS.has(kind) ? 1 : 0;
    if (weight > pair[slot]) pair[slot] = weight;
    best.set(service, pair);
  }
  const deltas: number[] = [];
  let letters = '';
  let previous = 0;
  for (const [s, [short, long]] of best) {
    deltas.push(s - previous);
    previous = s;
    letters += String.fromCharCode(97 + WEIGHT_CODES.indexOf(short), 97 + WEIGHT_CODES.indexOf(long));
  }
  return { postings: `${deltas.join(',')}|${letters}`, domain };
}

/** The whole index cut into the parts the browser fetches. */
export function shardIndex(data: SearchIndexData): ShardedIndex {
  const texts = data.texts;
  const kindsOf = (s: number, p: number): PassageKind => PASSAGE_KINDS[data.services[s]?.ps[p * 4] ?? -1] ?? 'description';
  const reduced = data.postings.map((text) => reducePostings(text, kindsOf));
  const starts = shardStarts(reduced.map((term) => term.postings.length));
  const shards = starts.map((first, i) => ({ first, postings: reduced.slice(first, starts[i + 1] ?? reduced.length).map((term) => term.postings) }));

  const labels = codes<string>([]);
  const relabel = (concept: ConceptEntry): ConceptEntry => {
    labels.table.push(texts[concept.label] ?? '');
    return { ...concept, label: labels.table.length - 1 };
  };
  const services = data.services;
  const kinds = codes(services.map((entry) => entry.ks[0]));
  const statuses = codes(services.map((entry) => entry.ks[1]));
  const targetGroups = codes(services.flatMap((entry) => entry.g ?? []));
  const indexById = new Map(services.map((entry, s) => [entry.i, s]));
  const situations = codes(data.criteria.flatMap((list) => list.items.flatMap((item) => item.situations)));

  const entry: SearchEntry = {
    terms: encodeTerms(data.terms),
    domain: flags(reduced.map((term) => term.domain)),
    shards: starts,
    acronyms: data.acronyms,
    reading: { ...data.reading, situations: data.reading.situations.map(relabel), targetGroups: data.reading.targetGroups.map(relabel) },
    labels: labels.table,
    services: {
      ids: services.map((s) => encodeId(s.i, texts[s.n] ?? '')),
      names: services.map((s) => texts[s.n] ?? ''),
      lengths: services.map((s) => s.len.toString(36)).join(','),
      kind: chars(services.map((s) => kinds.code(s.ks[0]))),
      status: chars(services.map((s) => statuses.code(s.ks[1]))),
      kinds: kinds.table,
      statuses: statuses.table,
      coordinates: flags(services.map((s) => s.c === 1)),
      national: flags(services.map((s) => s.r.n === 1)),
      targetGroups: services.map((s) => chars((s.g ?? []).map(targetGroups.code))).join(','),
      targetGroupIds: targetGroups.table,
      languages: services.flatMap((s, i): [number, string[]][] => (s.lang === undefined ? [] : [[i, s.lang]])),
    },
    criteria: data.criteria.map((list) => [
      list.appliesTo.map((id) => {
        // The content gate checks every reference, so this is a build without the service it names.
        const s = indexById.get(id);
        if (s === undefined) throw new Error(`criteria list ${list.id} applies to ${id}, which the index does not hold`);
        return s;
      }),
      list.items.map((item): [number, number[]] => [item.force, item.situations.map(situations.code)]),
    ]),
    criteriaSituations: situations.table,
  };

  const fragments = services.map((s): ServiceFragment => {
    const fragment: ServiceFragment = {
      summary: texts[s.s] ?? '',
      providers: (s.p ?? []).map((id) => texts[id] ?? ''),
      passages: [],
    };
    if (s.referral !== undefined) fragment.referral = s.referral;
    if (s.sources !== undefined) fragment.sources = s.sources;
    if (s.ks[2] !== '') fragment.permanence = s.ks[2];
    for (let i = 0; i + 3 < s.ps.length; i += 4) {
      // Example descriptions count in the postings but are never shown: the card does not fetch them.
      if (passageKind(s.ps[i] ?? 0) === 'example') continue;
      const label = s.ps[i + 2] ?? -1;
      fragment.passages.push([s.ps[i] ?? 0, texts[s.ps[i + 1] ?? 0] ?? '', label >= 0 ? (texts[label] ?? '') : null, s.ps[i + 3] ?? -1]);
    }
    return fragment;
  });

  const criteriaTexts: CriteriaTexts = data.criteria.map((list: CriteriaEntry) => [
    list.id,
    texts[list.title] ?? '',
    list.items.map((item): [string, string, string[]] => [item.id, texts[item.text] ?? '', item.instead]),
  ]);
  const facets: Facets = {
    providerKinds: services.map((s) => s.k ?? []),
    levels: services.map((s) => s.l ?? []),
    regions: services.map((s) => [s.r.w ?? [], s.r.e ?? [], s.r.m ?? []]),
  };
  return { entry, shards, fragments, criteriaTexts, facets };
}

// ---- filter lists ----

/** A filter the browser reads as lists of services: a region (a wellbeing area id or a municipality code), a provider kind, a level. */
export type FilterKind = 'region' | 'providerKind' | 'level';

/** "kind:value", the key of one filter list. */
export type FilterKey = `${FilterKind}:${string}`;

/** The filter lists a filter set needs (the target group is in the entry: no list). */
export function filterKeys(filters: SearchFilters): FilterKey[] {
  const keys: FilterKey[] = [];
  if (filters.providerKind !== undefined) keys.push(`providerKind:${filters.providerKind}`);
  if (filters.level !== undefined) keys.push(`level:${filters.level}`);
  if (filters.region !== undefined) keys.push(`region:${filters.region.value}`);
  return keys;
}

/**
 * The services one filter value lets through, as passesFilters decides it on the whole index: their
 * indexes as base-36 differences, comma-separated. National services pass every region and are left
 * out of region lists (the entry flags them). An unknown region lets nothing regional through.
 */
export function filterList(data: SearchIndexData, kind: FilterKind, value: string): string {
  const region = kind === 'region' ? resolveRegion(value, data.reading.municipalities.map(([code, , , wellbeingArea, employmentArea]) => ({ code, wellbeingArea, employmentArea }))) : undefined;
  const passes = (s: SearchIndexData['services'][number]): boolean => {
    if (kind === 'providerKind') return (s.k ?? []).includes(value);
    if (kind === 'level') return (s.l ?? []).includes(value);
    return region !== undefined && s.r.n !== 1 && inRegion({ national: false, wellbeingAreas: s.r.w ?? [], employmentAreas: s.r.e ?? [], municipalities: s.r.m ?? [] }, region);
  };
  let previous = 0;
  const deltas: string[] = [];
  data.services.forEach((s, i) => {
    if (!passes(s)) return;
    deltas.push((i - previous).toString(36));
    previous = i;
  });
  return deltas.join(',');
}

export function decodeFilterList(text: string): Set<number> {
  const services = new Set<number>();
  if (text === '') return services;
  let s = 0;
  for (const delta of text.split(',')) services.add((s += parseInt(delta, 36)));
  return services;
}

// ---- decoding (browser and Node) ----

/** One term's postings: per service it occurs in, the best weight × 10 in a short and in a long passage (0: none). */
export interface TermPostings {
  services: Int32Array;
  short: Int32Array;
  long: Int32Array;
  /** How many services hold the term. */
  docFreq: number;
}

export function decodePostings(text: string): TermPostings {
  const bar = text.indexOf('|');
  const deltas = bar <= 0 ? [] : text.slice(0, bar).split(',');
  const letters = text.slice(bar + 1);
  const count = deltas.length;
  const services = new Int32Array(count);
  const short = new Int32Array(count);
  const long = new Int32Array(count);
  let service = 0;
  for (let i = 0; i < count; i++) {
    service += Number(deltas[i]);
    services[i] = service;
    short[i] = WEIGHT_CODES[letters.charCodeAt(2 * i) - 97] ?? 0;
    long[i] = WEIGHT_CODES[letters.charCodeAt(2 * i + 1) - 97] ?? 0;
  }
  return { services, short, long, docFreq: count };
}

/** The kind of a passage from its code. */
export const passageKind = (code: number): PassageKind => PASSAGE_KINDS[code] ?? 'description';

/** A criteria force from its code (undefined for none). */
export const forceOf = (code: number) => criterionForces[code];
