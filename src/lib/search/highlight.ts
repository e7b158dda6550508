/** Marking the words of a text that match the query, and cutting long passages to an excerpt. */
import { fold, stem, stemsMatch, words } from '../text/finnish.ts';

/** A piece of text to render, marked when it matched the query. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts, marking the words that match one of the `terms` (index terms of the
 * query): the same stem, a form of it, or a compound containing it. Render marked parts as <mark>.
 */
export function highlightParts(text: string, terms: readonly string[]): HighlightPart[] {
  const useful = terms.filter((term) => term.length >= 3);
  const parts: HighlightPart[] = [];
  let cursor = 0;
  const push = (part: HighlightPart) => {
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
