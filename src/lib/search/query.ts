/**
 * Query expansion: each word of the query becomes a weighted group of the index terms it may
 * stand for (stem variants, compound parts, acronym expansions, small typos).
 */
import { analyze, boundedEditDistance, fold, isStopWord, splitCompound, stem, stemsMatch, typoAllowance, words } from '../text/finnish.ts';
import type { Searcher } from './searcher.ts';

/** One word of the query and the index terms it matches, with how well each matches (0–1). */
export interface QueryGroup {
  word: string;
  weight: number;
  matches: Map<number, number>;
  /** The words of the query this group stands for, as typed (for "why is this here"). */
  typed: string;
}

/** Extra words for the query: catalogue terms an everyday word stands for, with the words that brought them. */
export interface ExtraWord {
  term: string;
  typed: string;
  weight: number;
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
  const terms = searcher.terms;
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
  // Typos rarely hit the first letter: only terms that share it are compared, and in the sorted
  // vocabulary they stand together (a national vocabulary is tens of thousands of terms).
  const first = word.charAt(0);
  const terms = searcher.terms;
  const end = lowerBound(terms, String.fromCharCode(first.charCodeAt(0) + 1));
  for (let i = lowerBound(terms, first); i < end; i++) {
    const term = terms[i] ?? '';
    if (Math.abs(term.length - word.length) > allowance || term.length < 4) continue;
    const distance = boundedEditDistance(word, term, allowance);
    if (distance <= allowance) found.set(i, distance === 1 ? 0.7 : 0.55);
  }
  return found;
}

/**
 * The query as weighted groups of index terms. Stop words drop out; an acronym brings its
 * expansion's words along; a compound that is not in the index is split into parts that are;
 * a word found neither way is matched with small typos.
 */
export function expandQuery(searcher: Searcher, query: string, extra: readonly ExtraWord[] = []): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const known = (piece: string) => searcher.termIds.has(piece);
  const seen = new Set<string>();
  const spans = words(query)
    .map((span) => ({ token: fold(span.word), typed: span.word }))
    .filter(({ token }) => !isStopWord(token) && token.length >= 2);
  for (const { token, typed } of spans) {
    const word = stem(token);
    if (seen.has(word)) continue;
    seen.add(word);
    const matches = variantTerms(searcher, word);
    const acronym = Object.hasOwn(searcher.acronyms, token) ? searcher.acronyms[token] : undefined;
    if (acronym !== undefined) {
      for (const part of acronym) {
        const id = searcher.termIds.get(part);
        if (id !== undefined && !seen.has(part)) groups.push({ word: part, weight: 0.5, matches: new Map([[id, 1]]), typed });
      }
    }
    const exact = searcher.termIds.has(word);
    if (!exact && word.length >= 7) {
      const parts = splitCompound(word, known);
      if (parts.length > 0) {
        for (const part of parts) {
          const partMatches = variantTerms(searcher, part);
          groups.push({ word: part, weight: 1 / parts.length + 0.2, matches: partMatches, typed });
        }
        if (matches.size > 0) groups.push({ word, weight: 0.5, matches, typed });
        continue;
      }
    }
    // Long words are worth a typo scan even when a form of them was found (koordinaatori).
    if (matches.size === 0 || (word.length >= 9 && !exact)) {
      for (const [id, similarity] of typoTerms(searcher, word)) if (!matches.has(id)) matches.set(id, similarity);
    }
    groups.push({ word, weight: 1, matches, typed });
  }
  for (const { term, typed, weight } of extra) {
    for (const word of analyze(term)) {
      if (seen.has(word)) continue;
      seen.add(word);
      groups.push({ word, weight, matches: variantTerms(searcher, word), typed });
    }
  }
  return [...groups, ...joinedGroups(searcher, spans)];
}

/**
 * A compound typed in two words ("tyokyky koordinaattori"): adjacent words whose join is a
 * form of an index term (or one typo away) become one extra group.
 */
function joinedGroups(searcher: Searcher, spans: readonly { token: string; typed: string }[]): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const word = stem(`${spans[i]!.token}${spans[i + 1]!.token}`);
    if (word.length < 9) continue;
    const matches = variantTerms(searcher, word);
    for (const [id, similarity] of typoTerms(searcher, word)) if (!matches.has(id)) matches.set(id, similarity);
    if (matches.size > 0) groups.push({ word, weight: 1, matches, typed: `${spans[i]!.typed} ${spans[i + 1]!.typed}` });
  }
  return groups;
}
