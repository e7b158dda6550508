/**
 * The URL state of /alueet/vertaa/: ?a=<id>&b=<id>, parsed with zod. Unknown or malformed ids are
 * dropped and reported, so the page can say so instead of failing.
 */
// zod/mini, as in every URL-state parser: the island loads a fraction of full zod's code.
import { z } from 'zod/mini';

const idParam = z.string().check(z.trim(), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export interface CompareState {
  a: string | null;
  b: string | null;
  /** Values in the URL that were not ids of wellbeing areas, as typed (for the visible note). */
  ignored: string[];
}

export function parseCompareParams(search: string, knownIds: readonly string[]): CompareState {
  const params = new URLSearchParams(search);
  const known = new Set(knownIds);
  const ignored: string[] = [];
  const pick = (name: 'a' | 'b'): string | null => {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') return null;
    const parsed = idParam.safeParse(raw);
    if (!parsed.success || !known.has(parsed.data)) {
      ignored.push(raw.slice(0, 60));
      return null;
    }
    return parsed.data;
  };
  return { a: pick('a'), b: pick('b'), ignored };
}

/** The query string for a state (only known ids), "" when nothing is chosen. */
export function compareSearch(state: { a: string | null; b: string | null }): string {
  const params = new URLSearchParams();
  if (state.a) params.set('a', state.a);
  if (state.b) params.set('b', state.b);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
