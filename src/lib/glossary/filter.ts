/** Grouping and filtering of glossary terms (the page renders; the island-free filter script calls these). */
import { fold } from '../text/finnish.ts';

export interface TermLike {
  id: string;
  term: string;
  expansion?: string | undefined;
  explanation: string;
}

/** First letter for the letter index: Å, Ä and Ö are letters of their own in Finnish. */
export function initial(term: string): string {
  const first = term.trim().charAt(0).toLocaleUpperCase('fi');
  return /[A-ZÅÄÖ]/.test(first) ? first : '#';
}

/** Terms grouped by initial, in Finnish alphabetical order. */
export function groupByInitial<T extends TermLike>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'fi'));
  const groups = new Map<string, T[]>();
  for (const term of sorted) {
    const letter = initial(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, list]) => ({ letter, terms: list }));
}

/** The text a filter query is matched against: term, expansion and explanation, folded. */
export function searchableText(term: TermLike): string {
  return fold([term.term, term.expansion ?? '', term.explanation].join(' '));
}

/** True when every word of the query occurs in the term's searchable text (case and ä/ö ignored). */
export function matchesFilter(haystack: string, query: string): boolean {
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
