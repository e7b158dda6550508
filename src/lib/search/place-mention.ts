/**
 * A municipality or wellbeing area mentioned in passing in a description: "Vaasassa asuva",
 * "porilaisella asiakkaalla", "joensuulainen", "bor i Jakobstad", "Pohjois-Karjalassa". Found in any
 * case form, as a -lainen/-läinen adjective, or by its Swedish name; the search then narrows to
 * that region like the region facet, shown and removable.
 *
 * Place names are also common words ("koski", "salo", "aura"), so a bare or inflected name counts
 * only when written with a capital letter; an adjective form counts in any case.
 */
import { createMunicipalityLookup, normaliseName, type LookupEntry } from '../regions/municipality-lookup.ts';

export interface Place extends LookupEntry {
  /** What the region facet takes: a municipality code, or a wellbeing area id. */
  value: string;
  kind: 'municipality' | 'wellbeingArea';
}

export interface PlaceMention {
  place: Place;
  /** The words of the description that named it, as typed. */
  phrase: string;
}

/** Words with their hyphenated parts kept together ("Pohjois-Karjalassa"). */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** -lainen/-läinen adjectives in their case forms, normalised (ä → a): porilaisella, vaasalainen, oululaista. */
const ADJECTIVE = /^(.{2,}?)(lai(nen|se\w*|s\w*)|(?<=[aeiouy][lrnst]?a)i(nen|se\w*|s\w*))$/;

/** Bases an adjective may come from: Pori → pori-, Lahti → lahte-, Rovaniemi → rovanieme-, Karjala → karjala-. */
function adjectiveBases(base: string): string[] {
  const bases = [base];
  if (base.endsWith('e')) bases.push(`${base.slice(0, -1)}i`);
  return bases;
}

/** Finds places in a description (first mention of each, in order). */
export function createPlaceFinder(places: readonly Place[]) {
  const lookup = createMunicipalityLookup(places);
  const byNormalisedName = new Map<string, Place>();
  for (const place of places) {
    for (const name of [place.name, place.nameSv]) {
      const key = normaliseName(name);
      if (key.length >= 3 && !byNormalisedName.has(key)) byNormalisedName.set(key, place);
    }
  }
  return function findPlaces(text: string): PlaceMention[] {
    const found: PlaceMention[] = [];
    const seen = new Set<string>();
    const add = (place: Place, phrase: string) => {
      if (seen.has(place.value)) return;
      seen.add(place.value);
      found.push({ place, phrase });
    };
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const normalised = normaliseName(word);
      if (normalised.length < 3) continue;
      const adjective = ADJECTIVE.exec(normalised);
      const adjectivePlace = adjective === null ? undefined : adjectiveBases(adjective[1] ?? '').map((base) => byNormalisedName.get(base)).find((place) => place !== undefined);
      if (adjectivePlace !== undefined) {
        add(adjectivePlace, word);
        continue;
      }
      if (word[0] === undefined || word[0] === word[0].toLowerCase()) continue;
      const best = lookup(word, 1)[0];
      if (best !== undefined && (best.kind === 'exact' || best.kind === 'inflected')) add(best.entry, word);
    }
    return found;
  };
}
