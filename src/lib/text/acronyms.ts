/**
 * Marks acronyms in plain content text so pages can render them as <abbr title="expansion">.
 * Works on text only and returns parts; components render the parts as text, never as HTML.
 */

export interface AcronymTerm {
  id: string;
  term: string;
  expansion?: string | undefined;
}

export type TextPart = { text: string } | { acronym: string; expansion: string; id: string };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a matcher for the given glossary acronyms (those with an expansion). */
export function acronymMatcher(terms: readonly AcronymTerm[]): (text: string) => TextPart[] {
  const byTerm = new Map(terms.filter((term) => term.expansion).map((term) => [term.term, term]));
  if (byTerm.size === 0) return (text) => [{ text }];
  // Longest first so "TE-toimisto" wins over "TE"; letters or digits around a match break it.
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const parts: TextPart[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const term = byTerm.get(match[0]);
      if (term === undefined) continue;
      if (match.index > last) parts.push({ text: text.slice(last, match.index) });
      parts.push({ acronym: match[0], expansion: term.expansion ?? '', id: term.id });
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push({ text: text.slice(last) });
    return parts;
  };
}
