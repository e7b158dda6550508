/**
 * The referral view's whole state lives in the URL so a result can be shared:
 *   /ohjautuminen/?q=…&ryhma=…&toimija=…&porras=…&alue=…&tilanne=a,b&valitut=x,y&pois=situation:a,place:905
 * Parsed with zod; a value the catalogue does not know is dropped and reported (the page shows
 * a note), never an error.
 */
// zod/mini: the same parsing with a fraction of the code the island has to load and evaluate.
import { z } from 'zod/mini';
import { readingKeyParts } from './reading-groups.ts';

export interface ReferralState {
  q: string;
  targetGroup?: string | undefined;
  providerKind?: string | undefined;
  level?: string | undefined;
  /** A wellbeing area id or a municipality code. */
  region?: string | undefined;
  situations: string[];
  /** Services chosen for the printable referral summary. */
  chosen: string[];
  /**
   * Readings of the description the professional dropped ("situation:id", "targetGroup:id",
   * "place:value", "language:code"; referral-search.ts ReadingKey). Optional: absent means none.
   */
  dropped?: string[] | undefined;
}

/** URL parameter names (Finnish, stable: links rely on them). */
export const PARAMS = {
  q: 'q',
  targetGroup: 'ryhma',
  providerKind: 'toimija',
  level: 'porras',
  region: 'alue',
  situations: 'tilanne',
  chosen: 'valitut',
  dropped: 'pois',
} as const;

/** The values each parameter may take. */
export interface KnownValues {
  targetGroups: ReadonlySet<string>;
  providerKinds: ReadonlySet<string>;
  levels: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  situations: ReadonlySet<string>;
  /**
   * Service ids. Absent while the search index (which lists the services) is loading: chosen ids
   * are then kept if well-formed and checked later with checkChosen.
   */
  services?: ReadonlySet<string> | undefined;
}

/** A value that was in the URL but was ignored. */
export interface IgnoredValue {
  param: string;
  value: string;
}

export const MAX_QUERY_LENGTH = 300;

/** A dropped reading: its kind, a colon, and an id (a language is an ISO 639-1 code). */
const readingKey = z.string().check(z.trim(), z.regex(/^(situation|targetGroup|place):[a-z0-9-]{1,80}$|^language:[a-z]{2}$/));

/** Whether a dropped reading names something the catalogue knows (a language: any well-formed code). */
function knownReading(key: string, known: KnownValues): boolean {
  const { kind, id } = readingKeyParts(key);
  if (kind === 'situation') return known.situations.has(id);
  if (kind === 'targetGroup') return known.targetGroups.has(id);
  if (kind === 'place') return known.regions.has(id);
  return kind === 'language';
}

const token = z.string().check(z.trim(), z.regex(/^[a-z0-9-]{1,80}$/));
const list = z.pipe(
  z.string(),
  z.transform((value: string) => value.split(',').map((item) => item.trim()).filter((item) => item.length > 0)),
);
const query = z.pipe(
  z.string(),
  z.transform((value: string) => value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)),
);

export const emptyState: ReferralState = { q: '', situations: [], chosen: [] };

/** Parses a query string (with or without "?") against the known values. */
export function parseReferralState(search: string, known: KnownValues): { state: ReferralState; ignored: IgnoredValue[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredValue[] = [];
  const one = (param: string, allowed: ReadonlySet<string>): string | undefined => {
    const raw = params.get(param);
    if (raw === null || raw.trim() === '') return undefined;
    const parsed = token.safeParse(raw);
    if (parsed.success && allowed.has(parsed.data)) return parsed.data;
    ignored.push({ param, value: raw.slice(0, 80) });
    return undefined;
  };
  const many = (param: string, allowed: ReadonlySet<string> | undefined): string[] => {
    const raw = params.get(param);
    if (raw === null) return [];
    const out: string[] = [];
    for (const item of list.parse(raw)) {
      const parsed = token.safeParse(item);
      if (parsed.success && (allowed === undefined || allowed.has(parsed.data))) {
        if (!out.includes(parsed.data)) out.push(parsed.data);
      } else ignored.push({ param, value: item.slice(0, 80) });
    }
    return out;
  };
  const state: ReferralState = {
    q: query.parse(params.get(PARAMS.q) ?? ''),
    targetGroup: one(PARAMS.targetGroup, known.targetGroups),
    providerKind: one(PARAMS.providerKind, known.providerKinds),
    level: one(PARAMS.level, known.levels),
    region: one(PARAMS.region, known.regions),
    situations: many(PARAMS.situations, known.situations),
    chosen: many(PARAMS.chosen, known.services),
  };
  const dropped = droppedReadings(params.get(PARAMS.dropped), known, ignored);
  if (dropped.length > 0) state.dropped = dropped;
  return { state, ignored };
}

/** The dropped readings of `pois`: well-formed keys of known values, each once; the rest reported in `ignored`. */
function droppedReadings(raw: string | null, known: KnownValues, ignored: IgnoredValue[]): string[] {
  if (raw === null) return [];
  const out: string[] = [];
  for (const item of list.parse(raw)) {
    const parsed = readingKey.safeParse(item);
    if (parsed.success && knownReading(parsed.data, known)) {
      if (!out.includes(parsed.data)) out.push(parsed.data);
    } else ignored.push({ param: PARAMS.dropped, value: item.slice(0, 80) });
  }
  return out;
}

/** Chosen service ids split into those the index knows and those to report as ignored. */
export function checkChosen(chosen: readonly string[], services: ReadonlySet<string>): { chosen: string[]; ignored: IgnoredValue[] } {
  return {
    chosen: chosen.filter((id) => services.has(id)),
    ignored: chosen.filter((id) => !services.has(id)).map((value) => ({ param: PARAMS.chosen, value })),
  };
}

/** The query string for a state ("" when empty), parameters in a stable order. */
export function serializeReferralState(state: ReferralState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set(PARAMS.q, state.q.trim());
  if (state.targetGroup !== undefined) params.set(PARAMS.targetGroup, state.targetGroup);
  if (state.providerKind !== undefined) params.set(PARAMS.providerKind, state.providerKind);
  if (state.level !== undefined) params.set(PARAMS.level, state.level);
  if (state.region !== undefined) params.set(PARAMS.region, state.region);
  if (state.situations.length > 0) params.set(PARAMS.situations, state.situations.join(','));
  if (state.chosen.length > 0) params.set(PARAMS.chosen, state.chosen.join(','));
  if (state.dropped !== undefined && state.dropped.length > 0) params.set(PARAMS.dropped, state.dropped.join(','));
  // Commas and colons need no escaping in a query string; left as they are, the links stay readable.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return text === '' ? '' : `?${text}`;
}
