/** Text with the words that matched the query marked (<mark>), from highlightParts. Never HTML strings. */
import { highlightParts } from '@/lib/search/highlight';

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
