/**
 * Finding a municipality from what a professional types: Finnish or Swedish name, with or without
 * ä/ö/å, in a case form ("Kiteellä", "Kuopiossa", "Helsingissä", "Turussa") or a code ("091").
 * Pure: the island and the tests call the same function.
 */

export interface LookupEntry {
  code: string;
  name: string;
  nameSv: string;
}

export type MatchKind = 'exact' | 'inflected' | 'prefix';

export interface LookupMatch<E extends LookupEntry> {
  entry: E;
  kind: MatchKind;
  /** The name (Finnish or Swedish) that matched. */
  matchedName: string;
}

/** Lowercase, ä→a, ö→o, å→a, other accents dropped, anything but letters and digits removed. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Finnish case endings after normalisation (vowel harmony folded: ä→a, ö→o), longest first. */
const ENDINGS = [
  'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'seen', 'hin', 'hen', 'han', 'hon', 'hun', 'hyn',
  'tten', 'iden', 'jen', 'en', 'in', 'an', 'on', 'un', 'yn', 'na', 'a', 'n', 'ta', 'ja', 'ineen',
  // plural forms, as in Kauniaisissa, Kauniaisiin
  'issa', 'ista', 'illa', 'ilta', 'ille', 'iin', 'ihin', 'ten', 'ien',
].sort((a, b) => b.length - a.length);

/** Consonant gradation of the last syllable (strong → weak), as in Turku → Turu-, Helsinki → Helsingi-. */
const GRADATION: readonly [RegExp, string][] = [
  [/nk([aeiouy]+)$/, 'ng$1'],
  [/mp([aeiouy]+)$/, 'mm$1'],
  [/nt([aeiouy]+)$/, 'nn$1'],
  [/lt([aeiouy]+)$/, 'll$1'],
  [/rt([aeiouy]+)$/, 'rr$1'],
  [/kk([aeiouy]+)$/, 'k$1'],
  [/pp([aeiouy]+)$/, 'p$1'],
  [/tt([aeiouy]+)$/, 't$1'],
  [/([aeiouyhlr])t([aeiouy]+)$/, '$1d$2'],
  [/([aeiouy])p([aeiouy]+)$/, '$1v$2'],
  [/([rlh])k([aeiouy]+)$/, '$1$2'],
  [/([aeiouy])k([aeiouy])$/, '$1$2'],
];

/** Stems an inflected form may start with: the name, its weak grade, and -i → -e, -nen → -se/-s. */
export function nameStems(normalised: string): string[] {
  const stems = new Set([normalised]);
  for (const [pattern, replacement] of GRADATION) {
    if (pattern.test(normalised)) stems.add(normalised.replace(pattern, replacement));
  }
  for (const stem of [...stems]) {
    if (stem.endsWith('i')) stems.add(`${stem.slice(0, -1)}e`); // Lahti → Lahde-, Kemi → Keme-? (harmless)
    if (stem.endsWith('nen')) {
      stems.add(`${stem.slice(0, -3)}se`);
      stems.add(`${stem.slice(0, -3)}s`);
    }
  }
  return [...stems];
}

/** True when `query` is `stem` followed by nothing or by a case ending (optionally a possessive -kin/-han). */
function isInflection(query: string, stem: string): boolean {
  if (!query.startsWith(stem)) return false;
  const rest = query.slice(stem.length).replace(/(kin|kaan|han)$/, '');
  return rest === '' || ENDINGS.includes(rest) || (rest.length === 2 && rest[0] === rest[1]) /* Porvoo → Porvooseen */;
}

/** Drops a trailing "kunta", "kaupunki", "stad", "kommun" (in any case form) from a name or query. */
function stripGeneric(text: string): string {
  const stripped = text.trim().replace(/\s+(kun(ta|na|nan|nassa|nasta|taan|nalla)|kaupun(ki|gin|gissa|gista|kiin|gilla)|stad|kommun)$/i, '');
  return stripped.length > 0 ? stripped : text;
}

interface Indexed<E extends LookupEntry> {
  entry: E;
  names: { original: string; normalised: string; stems: string[] }[];
}

/** Builds the lookup once (at build time or when the island starts); returns the search function. */
export function createMunicipalityLookup<E extends LookupEntry>(entries: readonly E[]) {
  const index: Indexed<E>[] = entries.map((entry) => ({
    entry,
    // "Pedersören kunta" is also found as "Pedersöre": generic words are not part of the name.
    names: [...new Set([entry.name, entry.nameSv, stripGeneric(entry.name), stripGeneric(entry.nameSv)])].map((original) => {
      const normalised = normaliseName(original);
      return { original, normalised, stems: nameStems(normalised) };
    }),
  }));
  const rank: Record<MatchKind, number> = { exact: 0, inflected: 1, prefix: 2 };

  /** Matches for `query`, best first (exact, then inflected, then names starting with it), at most `limit`. */
  return function lookup(query: string, limit = 8): LookupMatch<E>[] {
    const q = normaliseName(stripGeneric(query));
    if (q.length === 0) return [];
    if (/^\d{1,3}$/.test(q)) {
      const code = q.padStart(3, '0');
      return index.filter((item) => item.entry.code === code).map((item) => ({ entry: item.entry, kind: 'exact', matchedName: item.entry.name }));
    }
    const found: LookupMatch<E>[] = [];
    for (const item of index) {
      let best: LookupMatch<E> | undefined;
      for (const name of item.names) {
        let kind: MatchKind | undefined;
        if (name.normalised === q) kind = 'exact';
        else if (q.length >= 3 && name.stems.some((stem) => stem.length >= 3 && isInflection(q, stem))) kind = 'inflected';
        else if (q.length >= 2 && name.normalised.startsWith(q)) kind = 'prefix';
        if (kind !== undefined && (best === undefined || rank[kind] < rank[best.kind])) {
          best = { entry: item.entry, kind, matchedName: name.original };
        }
      }
      if (best) found.push(best);
    }
    found.sort(
      (a, b) => rank[a.kind] - rank[b.kind] || a.entry.name.length - b.entry.name.length || a.entry.name.localeCompare(b.entry.name, 'fi'),
    );
    return found.slice(0, limit);
  };
}
