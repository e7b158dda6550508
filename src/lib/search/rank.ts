/**
 * Word scores at query time, from the inverted index: each query word expanded to the index terms it
 * may stand for (query.ts), weighted by rarity, by the passage it matched in and (for long passages)
 * by the service's length, plus a bonus when the query names the service. referral-search.ts
 * combines them with criteria and target groups.
 *
 * fuse.js once refined the order of the best candidates; measured on all four quality sets it changed
 * nothing (npm run bench:quality), while it cost about 8 kB gzip of the page's JavaScript and most of a
 * short query's time, so it is now only the benchmarks' baseline.
 *
 * Pure and browser-safe; relative .ts imports so the benchmark can run it in plain Node.
 */
import { analyze, isStopWord, tokenize } from '../text/finnish.ts';
import type { SearchFilters } from './filters.ts';
import type { Passage, ServiceDoc } from './model.ts';
import { expandQuery, type QueryGroup } from './query.ts';
import { RANKING } from './weights.ts';
import { isDomainTerm, passagesOf, passageTermsOf, passesFiltersAt, postingsOf, type Searcher } from './searcher.ts';

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
  /** How many candidates are ranked (the rest are left out). */
  candidates?: number;
}


/** A service's text score, with the query groups it matched (indexes into the groups). */
export interface TextScore {
  service: number;
  score: number;
  groups: number[];
}

/** Ranks services for a query. An empty query lists the filtered services by name. */
export function search(searcher: Searcher, query: string, options: SearchOptions = {}): SearchHit[] {
  const { filters = {}, limit = 20, candidates = Math.max(20, limit) } = options;
  const groups = expandQuery(searcher, query).filter((group) => group.matches.size > 0);
  if (groups.length === 0) {
    if (tokenize(query).some((token) => !isStopWord(token))) return [];
    return listByName(searcher, filters, limit).map((service) => ({ service, score: 0, passage: undefined, terms: [] }));
  }
  const top = textScores(searcher, groups, filters, candidates).slice(0, limit);
  return hitsFor(searcher, groups, top.map(({ service, score }) => ({ s: service, score })));
}

/** The services that pass the filters, by name (for facets chosen without any words to rank by). */
export function listByName(searcher: Searcher, filters: SearchFilters, limit: number): ServiceDoc[] {
  return searcher.services
    .filter((_, s) => passesFiltersAt(searcher, s, filters))
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'))
    .slice(0, limit);
}

/** Results for services already ranked: each with its best passage and the matched index terms. */
export function hitsFor(searcher: Searcher, groups: readonly QueryGroup[], ranked: readonly { s: number; score: number }[]): SearchHit[] {
  const matchedTerms = [...new Set(groups.flatMap((group) => [...group.matches.keys()].map((id) => searcher.terms[id] ?? '')))];
  const passageScores = scorePassages(searcher, groups, new Set(ranked.map((hit) => hit.s)));
  return ranked.map(({ s, score }) => ({
    service: searcher.services[s] as ServiceDoc,
    score,
    passage: bestPassage(passagesOf(searcher, s), passageScores.get(s)),
    terms: matchedTerms,
  }));
}

/**
 * Word scores of the services that pass the filters, best first (at most `candidates`).
 */
export function textScores(searcher: Searcher, groups: readonly QueryGroup[], filters: SearchFilters, candidates: number): TextScore[] {
  const ranked = candidateScores(searcher, groups, RANKING.lengthNormalisation)
    .filter(({ service }) => passesFiltersAt(searcher, service, filters))
    .sort((a, b) => b.score - a.score)
    .slice(0, candidates);
  const matchedTerms = new Set(groups.flatMap((group) => (group.weight >= 0.5 ? [...group.matches.keys()].map((id) => searcher.terms[id] ?? '') : [])));
  return ranked
    .map((candidate) => ({
      ...candidate,
      score: candidate.score * (1 + RANKING.nameBonus * nameCoverage(searcher, candidate.service, matchedTerms)),
    }))
    .sort((a, b) => b.score - a.score);
}

/** Share of the words of a service's name that the query matched (0–1). */
function nameCoverage(searcher: Searcher, s: number, matchedTerms: ReadonlySet<string>): number {
  const name = nameWordsOf(searcher, s);
  if (name.length === 0) return 0;
  const hit = name.filter((word) => matchedTerms.has(word) || [...matchedTerms].some((term) => term.length >= 6 && word.includes(term))).length;
  return hit / name.length;
}

export function nameWordsOf(searcher: Searcher, s: number): string[] {
  let name = searcher.nameWords.get(s);
  if (name === undefined) {
    name = analyze(searcher.services[s]?.name ?? '');
    searcher.nameWords.set(s, name);
  }
  return name;
}

/**
 * Stage one: per service touched by any query word, the sum over query words of the word's best
 * posting (over the index terms it may stand for), scaled by how much of the query it covers.
 */
function candidateScores(searcher: Searcher, groups: readonly QueryGroup[], lengthNormalisation: number): TextScore[] {
  const total = searcher.services.length;
  const matched = new Map<number, number[]>();
  const totalWeight = groups.reduce((sum, group) => sum + group.weight, 0);
  const norm = lengthNorms(searcher, lengthNormalisation);
  // Typed arrays indexed by service: a common word's postings run to thousands at national scale.
  const scores = new Float64Array(total);
  const coverage = new Float64Array(total);
  const best = new Float64Array(total);
  const touched: number[] = [];
  const seen = new Uint8Array(total);
  groups.forEach((group, g) => {
    // Best contribution of this query word per service (over the index terms it may stand for).
    const groupTouched: number[] = [];
    const weight = group.weight * (isDomainWord(searcher, group.matches) ? 1 : RANKING.narrativeWeight);
    for (const [termId, similarity] of group.matches) {
      const { services: holders, short, long, docFreq } = postingsOf(searcher, termId);
      const value = similarity * idf(total, docFreq);
      for (let i = 0; i < holders.length; i++) {
        const s = holders[i] ?? 0;
        // BM25F-like: only matches in long passages are discounted by the service's length; a match
        // in the name, keywords or summary counts in full however long the rest is. A posting holds
        // the best weight of each sort, and the best match is what counts.
        const shortWeight = short[i] ?? 0;
        const longWeight = long[i] ?? 0;
        let contribution = (value * shortWeight) / 10;
        if (longWeight > 0) {
          const discounted = (value * longWeight) / 10 / (norm[s] ?? 1);
          if (discounted > contribution) contribution = discounted;
        }
        if (best[s] === 0) groupTouched.push(s);
        if (contribution > (best[s] ?? 0)) best[s] = contribution;
      }
    }
    for (const s of groupTouched) {
      scores[s] = (scores[s] ?? 0) + (best[s] ?? 0) * weight;
      coverage[s] = (coverage[s] ?? 0) + weight;
      best[s] = 0;
      if (seen[s] === 0) {
        seen[s] = 1;
        touched.push(s);
      }
      const list = matched.get(s);
      if (list === undefined) matched.set(s, [g]);
      else list.push(g);
    }
  });
  return touched.map((s) => ({ service: s, score: (scores[s] ?? 0) * (0.4 + 0.6 * ((coverage[s] ?? 0) / totalWeight)), groups: matched.get(s) ?? [] }));
}

/** Rarity of a term held by `docFreq` of `total` services. */
const idf = (total: number, docFreq: number) => Math.log(1 + total / Math.max(1, docFreq));

/** True when one of the index terms a query word stands for occurs in a domain passage anywhere (shards.ts DOMAIN_KINDS, precomputed). */
function isDomainWord(searcher: Searcher, matches: ReadonlyMap<number, number>): boolean {
  for (const termId of matches.keys()) if (isDomainTerm(searcher, termId)) return true;
  return false;
}

/** Per service: 1 − b + b × length / average length (computed once per searcher and b). */
export function lengthNorms(searcher: Searcher, b: number): Float64Array {
  const cached = searcher.lengthNorms;
  if (cached !== undefined && cached.b === b) return cached.norms;
  const lengths = searcher.services.map((service) => service.length);
  const average = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length) || 1;
  const norms = Float64Array.from(lengths, (length) => 1 - b + b * (length / average));
  searcher.lengthNorms = { b, norms };
  return norms;
}

/**
 * Matched weight per passage, for the few services shown (the excerpt each result displays): per
 * query word and term, in that order, its rarity × similarity × the word's weight on each passage
 * that holds the term (read from the service's fetched passages).
 */
function scorePassages(searcher: Searcher, groups: readonly QueryGroup[], shown: ReadonlySet<number>): Map<number, Map<number, number>> {
  const total = searcher.services.length;
  const byService = new Map<number, Map<number, number>>();
  for (const s of shown) {
    const passageTerms = passageTermsOf(searcher, s);
    const byPassage = new Map<number, number>();
    for (const group of groups) {
      for (const [termId, similarity] of group.matches) {
        const value = similarity * idf(total, postingsOf(searcher, termId).docFreq);
        passageTerms.forEach((terms, p) => {
          if (terms.has(termId)) byPassage.set(p, (byPassage.get(p) ?? 0) + value * group.weight);
        });
      }
    }
    if (byPassage.size > 0) byService.set(s, byPassage);
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

