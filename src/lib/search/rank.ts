/**
 * Ranking at query time, in two stages so a keystroke fits in one frame at national scale:
 * (1) candidates from the inverted index, each query word expanded to the index terms it may stand
 * for (query.ts) and weighted by rarity; (2) fuse.js ranks only the best candidates (token search
 * over the same normalised terms) and its score refines the order.
 *
 * Pure and browser-safe; relative .ts imports so the benchmark can run it in plain Node.
 */
import Fuse from 'fuse.js';
import { analyze, isStopWord, tokenize } from '../text/finnish.ts';
import { passesFilters, type SearchFilters } from './filters.ts';
import type { Passage, ServiceDoc } from './model.ts';
import { expandQuery, type QueryGroup } from './query.ts';
import { forEachPosting, passagesOf, type FuseDoc, type Searcher } from './searcher.ts';

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

/** Passage kinds fuse.js ranks on (long descriptions are left to the first stage). */
const FUSE_PASSAGES = new Set(['keyword', 'glossary', 'summary', 'targetGroup']);

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
  const ranked = candidateScores(searcher, groups)
    .filter(([s]) => passesFilters(services[s] as ServiceDoc, filters))
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

/**
 * Stage one: per service touched by any query word, the sum over query words of the word's best
 * posting (over the index terms it may stand for), scaled by how much of the query it covers.
 */
function candidateScores(searcher: Searcher, groups: readonly QueryGroup[]): (readonly [number, number])[] {
  const total = searcher.services.length;
  const totalWeight = groups.reduce((sum, group) => sum + group.weight, 0);
  // Typed arrays indexed by service: a common word's postings run to thousands at national scale.
  const scores = new Float64Array(total);
  const coverage = new Float64Array(total);
  const best = new Float64Array(total);
  const touched: number[] = [];
  const seen = new Uint8Array(total);
  for (const group of groups) {
    const groupTouched: number[] = [];
    forEachPosting(searcher, group.matches, (s, _p, value, weight) => {
      const contribution = (value * weight) / 10;
      if (best[s] === 0) groupTouched.push(s);
      if (contribution > (best[s] ?? 0)) best[s] = contribution;
    });
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
  return touched.map((s) => [s, (scores[s] ?? 0) * (0.4 + 0.6 * ((coverage[s] ?? 0) / totalWeight))] as const);
}

/** Matched weight per passage, for the few services shown (the excerpt each result displays). */
function scorePassages(searcher: Searcher, groups: readonly QueryGroup[], shown: ReadonlySet<number>): Map<number, Map<number, number>> {
  const byService = new Map<number, Map<number, number>>();
  for (const group of groups) {
    forEachPosting(searcher, group.matches, (s, p, value) => {
      if (!shown.has(s)) return;
      const byPassage = byService.get(s) ?? new Map<number, number>();
      byPassage.set(p, (byPassage.get(p) ?? 0) + value * group.weight);
      byService.set(s, byPassage);
    });
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
