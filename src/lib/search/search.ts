/**
 * The referral search at query time, in two stages so a keystroke fits in one frame at national
 * scale: (1) candidates from the inverted index of normalised, stemmed terms, each query word
 * expanded to the index terms it may stand for (stem variants, compound parts, acronyms, small
 * typos) and weighted by rarity; (2) fuse.js ranks only the best candidates (token search over
 * the same normalised terms) and its score refines the order.
 *
 * Pure and browser-safe; relative .ts imports so the benchmark can run it in plain Node.
 */
import Fuse from 'fuse.js';
import {
  analyze,
  boundedEditDistance,
  fold,
  isStopWord,
  splitCompound,
  stem,
  stemsMatch,
  tokenize,
  typoAllowance,
  words,
} from '../text/finnish.ts';
import type { FinderCriteria } from './finder.ts';
import { FORCES, PASSAGE_KINDS, postingWeight, type Passage, type SearchIndexData, type ServiceDoc, type ServiceEntry } from './index-build.ts';

/** One word of the query and the index terms it matches, with how well each matches (0–1). */
export interface QueryGroup {
  word: string;
  weight: number;
  matches: Map<number, number>;
}

/** A loaded index, ready for queries. Most of it is decoded lazily, when a query first needs it. */
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

/** One term's postings: flat triples [service index, passage index, weight × 10], and how many services hold it. */
export interface TermPostings {
  flat: Int32Array;
  docFreq: number;
}

/** What fuse.js sees of a service: its name and short passages, already normalised. */
interface FuseDoc {
  name: string;
  text: string;
}

/** Passage kinds fuse.js ranks on (long descriptions are left to the first stage). */
const FUSE_PASSAGES = new Set(['keyword', 'glossary', 'summary', 'targetGroup']);

const NONE: readonly string[] = [];

function serviceDoc(entry: ServiceEntry, texts: readonly string[]): ServiceDoc {
  return {
    id: entry.i,
    name: texts[entry.n] ?? '',
    summary: texts[entry.s] ?? '',
    providers: (entry.p ?? []).map((id) => texts[id] ?? ''),
    providerKinds: entry.k ?? [],
    targetGroups: entry.g ?? [],
    levels: entry.l ?? [],
    regions: {
      national: entry.r.n === 1,
      wellbeingAreas: entry.r.w ?? (NONE as string[]),
      employmentAreas: entry.r.e ?? (NONE as string[]),
      municipalities: entry.r.m ?? (NONE as string[]),
    },
    referral: entry.referral,
    sources: entry.sources ?? [],
  };
}

/**
 * Turns the static JSON into a searcher (once per page load). Cheap: the services are decoded,
 * the vocabulary gets a lookup table; postings, passages and criteria wait for a query to need them.
 */
export function loadSearcher(data: SearchIndexData): Searcher {
  return {
    data,
    services: data.services.map((entry) => serviceDoc(entry, data.texts)),
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
    const text = searcher.data.postings[termId] ?? '';
    const numbers = text === '' ? [] : text.split(',');
    const count = Math.floor(numbers.length / 2);
    const flat = new Int32Array(count * 3);
    let service = 0;
    let docFreq = 0;
    for (let i = 0; i < count; i++) {
      const delta = Number(numbers[2 * i]);
      const code = Number(numbers[2 * i + 1]);
      if (i === 0 || delta > 0) docFreq++;
      service += delta;
      const p = code >> 1;
      const kind = PASSAGE_KINDS[searcher.data.services[service]?.ps[p * 4] ?? -1] ?? 'description';
      flat[3 * i] = service;
      flat[3 * i + 1] = p;
      flat[3 * i + 2] = postingWeight(kind, (code & 1) === 1);
    }
    decoded = { flat, docFreq };
    searcher.postings[termId] = decoded;
  }
  return decoded;
}

/** The passages of one service (decoded on first use). */
export function passagesOf(searcher: Searcher, s: number): Passage[] {
  let passages = searcher.passages[s];
  if (passages === undefined) {
    const flat = searcher.data.services[s]?.ps ?? [];
    const texts = searcher.data.texts;
    passages = [];
    for (let i = 0; i + 3 < flat.length; i += 4) {
      const passage: Passage = { kind: PASSAGE_KINDS[flat[i] ?? 0] ?? 'description', text: texts[flat[i + 1] ?? 0] ?? '' };
      const labelId = flat[i + 2] ?? -1;
      const force = FORCES[flat[i + 3] ?? -1];
      if (labelId >= 0) passage.label = texts[labelId];
      if (force !== undefined) passage.force = force;
      passages.push(passage);
    }
    searcher.passages[s] = passages;
  }
  return passages;
}

/** The finder's criteria lists (decoded on first use). */
export function finderCriteria(searcher: Searcher): FinderCriteria[] {
  searcher.criteria ??= searcher.data.criteria.map((list) => ({
    id: list.id,
    title: searcher.data.texts[list.title] ?? '',
    appliesTo: list.appliesTo,
    items: list.items.flatMap((item) => {
      const force = FORCES[item.force];
      if (force === undefined) return [];
      return [{ id: item.id, text: searcher.data.texts[item.text] ?? '', situations: item.situations, force, instead: item.instead }];
    }),
  }));
  return searcher.criteria;
}

/** First index of a term ≥ prefix in the sorted vocabulary. */
function lowerBound(terms: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index terms that are forms of the same word as `word` (stemsMatch), with their similarity. */
export function variantTerms(searcher: Searcher, word: string): Map<number, number> {
  const found = new Map<number, number>();
  const terms = searcher.data.terms;
  const prefix = word.slice(0, Math.max(4, word.length - 4));
  if (prefix.length < 4) {
    const id = searcher.termIds.get(word);
    if (id !== undefined) found.set(id, 1);
    return found;
  }
  for (let i = lowerBound(terms, prefix); i < terms.length; i++) {
    const term = terms[i] ?? '';
    if (!term.startsWith(prefix)) break;
    const similarity = stemsMatch(word, term);
    if (similarity > 0) found.set(i, similarity);
  }
  return found;
}

/** Index terms within the typo allowance of `word`. */
function typoTerms(searcher: Searcher, word: string): Map<number, number> {
  const found = new Map<number, number>();
  const allowance = typoAllowance(word.length);
  if (allowance === 0) return found;
  const first = word[0];
  searcher.data.terms.forEach((term, i) => {
    if (Math.abs(term.length - word.length) > allowance || term.length < 4) return;
    // Typos rarely hit the first letter; checking it keeps the scan cheap.
    if (term[0] !== first) return;
    const distance = boundedEditDistance(word, term, allowance);
    if (distance <= allowance) found.set(i, distance === 1 ? 0.7 : 0.55);
  });
  return found;
}

/**
 * The query as weighted groups of index terms. Stop words drop out; an acronym brings its
 * expansion's words along; a compound that is not in the index is split into parts that are;
 * a word found neither way is matched with small typos.
 */
export function expandQuery(searcher: Searcher, query: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const known = (piece: string) => searcher.termIds.has(piece);
  const seen = new Set<string>();
  const tokens = tokenize(query).filter((token) => !isStopWord(token) && token.length >= 2);
  for (const token of tokens) {
    const word = stem(token);
    if (seen.has(word)) continue;
    seen.add(word);
    const matches = variantTerms(searcher, word);
    const acronym = searcher.data.acronyms[token];
    if (acronym !== undefined) {
      for (const part of acronym) {
        const id = searcher.termIds.get(part);
        if (id !== undefined && !seen.has(part)) groups.push({ word: part, weight: 0.5, matches: new Map([[id, 1]]) });
      }
    }
    const exact = searcher.termIds.has(word);
    if (!exact && word.length >= 7) {
      const parts = splitCompound(word, known);
      if (parts.length > 0) {
        for (const part of parts) {
          const partMatches = variantTerms(searcher, part);
          groups.push({ word: part, weight: 1 / parts.length + 0.2, matches: partMatches });
        }
        if (matches.size > 0) groups.push({ word, weight: 0.5, matches });
        continue;
      }
    }
    // Long words are worth a typo scan even when a form of them was found (koordinaatori).
    if (matches.size === 0 || word.length >= 9) {
      for (const [id, similarity] of typoTerms(searcher, word)) if (!matches.has(id)) matches.set(id, similarity);
    }
    groups.push({ word, weight: 1, matches });
  }
  return [...groups, ...joinedGroups(searcher, tokens)];
}

/**
 * A compound typed in two words ("tyokyky koordinaattori"): adjacent words whose join is a
 * form of an index term (or one typo away) become one extra group.
 */
function joinedGroups(searcher: Searcher, tokens: readonly string[]): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = stem(`${tokens[i] ?? ''}${tokens[i + 1] ?? ''}`);
    if (word.length < 9) continue;
    const matches = variantTerms(searcher, word);
    for (const [id, similarity] of typoTerms(searcher, word)) if (!matches.has(id)) matches.set(id, similarity);
    if (matches.size > 0) groups.push({ word, weight: 1, matches });
  }
  return groups;
}

/** Facet filters; an absent field does not filter. */
export interface SearchFilters {
  targetGroup?: string | undefined;
  providerKind?: string | undefined;
  level?: string | undefined;
  /** The selected region, resolved to its areas and municipalities (see resolveRegion). */
  region?: ResolvedRegion | undefined;
}

/** A region selection as the sets a service's scope is compared with. */
export interface ResolvedRegion {
  wellbeingAreas: ReadonlySet<string>;
  employmentAreas: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
}

/**
 * Resolves a region value: a wellbeing area id (its municipalities and the employment areas they
 * belong to), or a municipality code (its own wellbeing and employment area). Unknown → undefined.
 */
export function resolveRegion(
  value: string,
  municipalities: readonly { code: string; wellbeingArea: string; employmentArea: string }[],
): ResolvedRegion | undefined {
  const members = municipalities.filter((m) => m.code === value || m.wellbeingArea === value);
  if (members.length === 0) return undefined;
  return {
    wellbeingAreas: new Set(members.map((m) => m.wellbeingArea)),
    employmentAreas: new Set(members.map((m) => m.employmentArea)),
    municipalities: new Set(members.map((m) => m.code)),
  };
}

/** True when the service passes every filter; a regional filter keeps national services. */
export function passesFilters(service: ServiceDoc, filters: SearchFilters): boolean {
  if (filters.targetGroup !== undefined && !service.targetGroups.includes(filters.targetGroup)) return false;
  if (filters.providerKind !== undefined && !service.providerKinds.includes(filters.providerKind)) return false;
  if (filters.level !== undefined && !service.levels.includes(filters.level)) return false;
  const region = filters.region;
  if (region !== undefined && !service.regions.national) {
    const scope = service.regions;
    const inRegion =
      scope.wellbeingAreas.some((id) => region.wellbeingAreas.has(id)) ||
      scope.employmentAreas.some((id) => region.employmentAreas.has(id)) ||
      scope.municipalities.some((code) => region.municipalities.has(code));
    if (!inRegion) return false;
  }
  return true;
}

export interface SearchHit {
  service: ServiceDoc;
  score: number;
  /** The passage that matched best (shown highlighted). */
  passage: Passage | undefined;
  /** Index terms the query matched, for highlighting. */
  terms: string[];
}

export interface SearchOptions {
  filters?: SearchFilters;
  limit?: number;
  /** How many candidates fuse.js ranks. */
  candidates?: number;
}

const FUSE_KEYS = [
  { name: 'name', weight: 2 },
  { name: 'text', weight: 1 },
];

/** Ranks services for a query. An empty query lists the filtered services by name. */
export function search(searcher: Searcher, query: string, options: SearchOptions = {}): SearchHit[] {
  const { filters = {}, limit = 20, candidates = Math.max(20, limit) } = options;
  const services = searcher.services;
  const groups = expandQuery(searcher, query).filter((group) => group.matches.size > 0);
  if (groups.length === 0) {
    if (tokenize(query).some((token) => !isStopWord(token))) return [];
    return services
      .filter((service) => passesFilters(service, filters))
      .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
      .slice(0, limit)
      .map((service) => ({ service, score: 0, passage: undefined, terms: [] }));
  }
  const total = services.length;
  const totalWeight = groups.reduce((sum, group) => sum + group.weight, 0);
  // Typed arrays indexed by service: a common word's postings run to thousands at national scale.
  const scores = new Float64Array(total);
  const coverage = new Float64Array(total);
  const best = new Float64Array(total);
  const touched: number[] = [];
  const seen = new Uint8Array(total);
  for (const group of groups) {
    // Best contribution of this query word per service (over the index terms it may stand for).
    const groupTouched: number[] = [];
    for (const [termId, similarity] of group.matches) {
      const { flat, docFreq } = postingsOf(searcher, termId);
      const idf = Math.log(1 + total / Math.max(1, docFreq));
      for (let i = 0; i < flat.length; i += 3) {
        const s = flat[i] ?? 0;
        const value = (similarity * idf * (flat[i + 2] ?? 0)) / 10;
        if (best[s] === 0) groupTouched.push(s);
        if (value > (best[s] ?? 0)) best[s] = value;
      }
    }
    for (const s of groupTouched) {
      scores[s] = (scores[s] ?? 0) + (best[s] ?? 0) * group.weight;
      coverage[s] = (coverage[s] ?? 0) + group.weight;
      best[s] = 0;
      if (seen[s] === 0) {
        seen[s] = 1;
        touched.push(s);
      }
    }
  }
  const ranked = touched
    .filter((s) => passesFilters(services[s] as ServiceDoc, filters))
    .map((s) => [s, (scores[s] ?? 0) * (0.4 + 0.6 * ((coverage[s] ?? 0) / totalWeight))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, candidates);

  const fuseFactor = fuseRanking(
    ranked.map(([s]) => fuseDoc(searcher, s)),
    groups.map((group) => group.word).join(' '),
  );
  const matchedTerms = [...new Set(groups.flatMap((group) => [...group.matches.keys()].map((id) => searcher.data.terms[id] ?? '')))];
  const top = ranked
    .map(([s, score], i) => ({ s, score: score * (1 + 0.25 * (fuseFactor[i] ?? 0)) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  const passageScores = scorePassages(searcher, groups, new Set(top.map((hit) => hit.s)));
  return top.map(({ s, score }) => {
    const service = services[s] as ServiceDoc;
    return { service, score, passage: bestPassage(passagesOf(searcher, s), passageScores.get(s)), terms: matchedTerms };
  });
}

/** Matched weight per passage, for the few services shown (the excerpt each result displays). */
function scorePassages(searcher: Searcher, groups: readonly QueryGroup[], shown: ReadonlySet<number>): Map<number, Map<number, number>> {
  const total = searcher.services.length;
  const byService = new Map<number, Map<number, number>>();
  for (const group of groups) {
    for (const [termId, similarity] of group.matches) {
      const { flat, docFreq } = postingsOf(searcher, termId);
      const idf = Math.log(1 + total / Math.max(1, docFreq));
      for (let i = 0; i < flat.length; i += 3) {
        const s = flat[i] ?? 0;
        if (!shown.has(s)) continue;
        const p = flat[i + 1] ?? 0;
        const byPassage = byService.get(s) ?? new Map<number, number>();
        byPassage.set(p, (byPassage.get(p) ?? 0) + similarity * idf * group.weight);
        byService.set(s, byPassage);
      }
    }
  }
  return byService;
}

/** The passage with most matched weight; the name only when nothing else matched. */
function bestPassage(passages: readonly Passage[], byPassage: Map<number, number> | undefined): Passage | undefined {
  if (byPassage === undefined) return undefined;
  let bestIndex = -1;
  let bestValue = 0;
  for (const [p, value] of byPassage) {
    const passage = passages[p];
    if (passage === undefined || passage.kind === 'name') continue;
    if (value > bestValue) {
      bestValue = value;
      bestIndex = p;
    }
  }
  return passages[bestIndex] ?? (byPassage.has(0) ? passages[0] : undefined);
}

function fuseDoc(searcher: Searcher, s: number): FuseDoc {
  let doc = searcher.fuseDocs.get(s);
  if (doc === undefined) {
    const service = searcher.services[s] as ServiceDoc;
    doc = {
      name: analyze(service.name).join(' '),
      text: passagesOf(searcher, s)
        .filter((passage) => FUSE_PASSAGES.has(passage.kind))
        .map((passage) => analyze(passage.text).join(' '))
        .join(' '),
    };
    searcher.fuseDocs.set(s, doc);
  }
  return doc;
}

/**
 * fuse.js over the candidates only: token search (TF-IDF) on the same normalised terms. Returns, per
 * candidate, 1 − fuse score (1 = perfect, 0 = no match).
 */
function fuseRanking(docs: readonly FuseDoc[], normalisedQuery: string): number[] {
  if (docs.length === 0 || normalisedQuery.length === 0) return [];
  const fuse = new Fuse(docs, {
    keys: FUSE_KEYS,
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    tokenize: (text: string) => text.split(' ').filter((word) => word.length > 0),
    // Exact terms: stage one already resolved forms, compounds and typos into index terms.
    threshold: 0,
  });
  const factor = docs.map(() => 0);
  for (const result of fuse.search(normalisedQuery)) factor[result.refIndex] = 1 - (result.score ?? 1);
  return factor;
}

/** A piece of text to render, marked when it matched the query. */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts, marking the words that match one of the `terms` (index terms of the
 * query): the same stem, a form of it, or a compound containing it. Render marked parts as <mark>.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const useful = terms.filter((term) => term.length >= 3);
  const parts: TextPart[] = [];
  let cursor = 0;
  const push = (part: TextPart) => {
    if (part.text.length === 0) return;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.match === part.match) last.text += part.text;
    else parts.push(part);
  };
  for (const span of words(text)) {
    const word = stem(fold(span.word));
    const hit = useful.some((term) => stemsMatch(word, term) > 0 || (term.length >= 5 && word.includes(term)));
    if (!hit) continue;
    push({ text: text.slice(cursor, span.start), match: false });
    push({ text: text.slice(span.start, span.end), match: true });
    cursor = span.end;
  }
  push({ text: text.slice(cursor), match: false });
  return parts;
}

/**
 * A window of at most `max` characters of a long passage around its first matching word, cut at
 * word boundaries, with "…" where text was left out. Short texts come back whole.
 */
export function excerpt(text: string, terms: readonly string[], max = 220): string {
  if (text.length <= max) return text;
  const parts = highlightParts(text, terms);
  let offset = 0;
  for (const part of parts) {
    if (part.match) break;
    offset += part.text.length;
  }
  if (offset >= text.length) offset = 0;
  let start = Math.max(0, offset - Math.floor(max / 3));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) start = text.indexOf(' ', start) + 1;
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + 1);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
