/**
 * The mökkikylä's state in the URL: `?alue=<wellbeing area id>`. Parsed with zod; an unknown or
 * malformed value is ignored (the national village is shown) and reported so the page can say so.
 */
// zod's mini build: the same validation with a fraction of the bytes in the island.
import { z } from 'zod/mini';

export const REGION_PARAM = 'alue';

/** The national village's key in data file names (/data/mokkikyla/koko-maa.json). */
export const NATIONAL_KEY = 'koko-maa';

export type RegionChoice =
  | { kind: 'national' }
  | { kind: 'area'; id: string }
  /** The URL named something that is not a wellbeing area: shown as text in a note, never as HTML. */
  | { kind: 'unknown'; value: string };

/** Reads `?alue=` against the known wellbeing area ids. */
export function parseRegionParam(search: string, areaIds: readonly string[]): RegionChoice {
  const raw = new URLSearchParams(search).get(REGION_PARAM);
  if (raw === null || raw === '') return { kind: 'national' };
  if (areaIds.length === 0) return { kind: 'unknown', value: raw.slice(0, 80) };
  // A string refined to the known ids rather than z.enum: the enum's code would join the zod chunk
  // every island page loads.
  const parsed = z.string().check(z.refine((id) => areaIds.includes(id))).safeParse(raw.trim().toLowerCase());
  return parsed.success ? { kind: 'area', id: parsed.data } : { kind: 'unknown', value: raw.slice(0, 80) };
}

/** The search string for a choice, keeping any other parameters: `?alue=x`, or none for the national village. */
export function regionSearch(currentSearch: string, areaId: string | undefined): string {
  const params = new URLSearchParams(currentSearch);
  if (areaId === undefined) params.delete(REGION_PARAM);
  else params.set(REGION_PARAM, areaId);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
