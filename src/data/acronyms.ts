/** The acronym marker for content text, compiled once per build from the glossary. */
import { acronymMatcher, type TextPart } from '@/lib/text/acronyms';
import { getCatalog } from './catalog';

let cached: Promise<(text: string) => TextPart[]> | undefined;

export function getAcronymMarker(): Promise<(text: string) => TextPart[]> {
  cached ??= getCatalog().then(({ glossary }) => acronymMatcher(glossary.filter((term) => term.isAcronym)));
  return cached;
}
